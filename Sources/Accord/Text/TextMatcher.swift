/// Where a phrase stands in a folded text, and whether a negation suppresses it there.
struct PhraseOccurrence {
    var slot: Int32
    var range: Range<Int>
    var negatedBy: String?
}

/// Decides whether a phrase stands at a given place of a folded text.
enum TextMatcher {
    /// Every occurrence of one phrase, negated or not, in order: the search for a phrase that no
    /// `PhraseIndex` holds (a condition evaluated on its own, as `rules test` and the tests do).
    static func occurrences(of phrase: Phrase, in text: FoldedText) -> [PhraseOccurrence] {
        guard let first = phrase.units.first else { return [] }
        var found: [PhraseOccurrence] = []
        for start in text.units.indices where text.units[start] == first || (first == TextUnit.space && text.units[start] == TextUnit.lineBreak) {
            if let occurrence = occurrence(of: phrase, slot: -1, in: text.units, at: start) { found.append(occurrence) }
        }
        return found
    }

    /// The occurrence of the phrase at `start`, if it stands there on the boundaries it needs.
    static func occurrence(of phrase: Phrase, slot: Int32, in units: [UInt32], at start: Int) -> PhraseOccurrence? {
        occurrence(of: phrase.units, isJapanese: phrase.isJapanese, slot: slot, in: units, at: start)
    }

    /// As `occurrence(of:slot:in:at:)`, from the phrase's folded units: the index reads them in
    /// place rather than copy each candidate phrase.
    static func occurrence(of needle: [UInt32], isJapanese: Bool, slot: Int32, in units: [UInt32], at start: Int) -> PhraseOccurrence? {
        guard let end = matchEnd(needle, units, from: start) else { return nil }
        if !isJapanese {
            // Japanese text around an English phrase is a boundary: it has no spaces to give one.
            if start > 0, TextUnit.continuesEnglishWord(units[start - 1]), TextUnit.isWord(needle[0]) { return nil }
            if end < units.count, TextUnit.continuesEnglishWord(units[end]), TextUnit.isWord(needle[needle.count - 1]) { return nil }
        }
        let range = start..<end
        return PhraseOccurrence(slot: slot, range: range, negatedBy: NegationDetector.cue(in: units, hit: range, japanese: isJapanese))
    }

    /// Where the phrase ends if it stands at `start`. A space of the phrase matches a run of blanks
    /// with at most one line break, so a tab or a wrapped line does not hide a phrase; a blank
    /// line (a new paragraph) does.
    static func matchEnd(_ needle: [UInt32], _ haystack: [UInt32], from start: Int) -> Int? {
        guard !needle.isEmpty, start + needle.count <= haystack.count else { return nil }
        var index = start
        for unit in needle {
            let found = haystack[index]
            guard found == unit || (unit == TextUnit.space && found == TextUnit.lineBreak) else { return nil }
            index += 1
        }
        return index
    }
}
