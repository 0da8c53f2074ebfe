/// Decides whether a phrase found in text is negated, after NegEx: negation cues within a
/// short window before an English phrase, or after a Japanese predicate; pseudo-negations
/// ("not only") and scope terminators ("but") do not negate. Works on folded text, whose runs
/// of blanks are single units (`TextUnit`).
enum NegationDetector {
    static let englishWindow = 5
    /// `non` is a cue through the hyphen of "non-binding", which splits it off as a word.
    static let englishCues: Set<String> = ["not", "never", "no", "without", "neither", "nor", "cannot", "none", "nothing", "nowhere", "non"]
    /// Cue followed by these words is no negation ("not only", "no doubt").
    static let englishPseudo: [String: Set<String>] = [
        "not": ["only", "just", "merely", "necessarily", "least"],
        "no": ["doubt", "later", "less"],
        "without": ["delay", "doubt", "prejudice"],
        "never": ["theless"],
    ]
    /// Words that end a negation's scope: "does not expire, but is legally binding".
    static let englishTerminators: Set<String> = ["but", "however", "although", "though", "yet", "except", "whereas", "which", "while", "unless"]

    static let japaneseWindow = 10
    static let japaneseCues = ["ない", "ません", "せず", "無い", "なかった", "ずに", "ず"].map(units)
    /// Endings that contain a cue but do not negate: 「のみならず」 "not only", 「ないし」 "or",
    /// 「ならない」「なりません」 "must", 「ずつ」 "each", 「を問わず」 "regardless of".
    static let japanesePseudo = ["ないし", "だけでなく", "のみならず", "に限らず", "ならない", "なりません", "ずつ", "を問わず"].map(units)
    static let ideographicComma = Unicode.Scalar("、").value

    /// `.`, `!`, `?`, `;` and `。`; full-width marks are folded to the first four before the detector sees them.
    static func isSentenceEnd(_ unit: UInt32) -> Bool {
        unit == 0x2E || unit == 0x21 || unit == 0x3F || unit == 0x3B || unit == 0x3002
    }

    /// Marks that start a list item on a new line: `-`, `*`, `•`, `・`, `‐`.
    static func isListMark(_ unit: UInt32) -> Bool {
        unit == 0x2D || unit == 0x2A || unit == 0x2022 || unit == 0x30FB || unit == 0x2010
    }

    private static func units(_ text: String) -> [UInt32] { text.unicodeScalars.map(\.value) }

    /// Whether the unit at `index` ends a sentence. A line break does only before a list item or
    /// at the end: a literal block keeps the writer's line breaks, which fall inside sentences.
    /// A new paragraph always does.
    static func endsSentence(_ text: UnsafeBufferPointer<UInt32>, at index: Int) -> Bool {
        let unit = text[index]
        if unit == TextUnit.paragraph || isSentenceEnd(unit) { return true }
        guard unit == TextUnit.lineBreak else { return false }
        return index + 1 == text.count || isListMark(text[index + 1])
    }

    /// The cue that negates the hit at `range` of the folded text, if any.
    static func cue(in text: [UInt32], hit range: Range<Int>, japanese: Bool) -> String? {
        text.withUnsafeBufferPointer { japanese ? japaneseCue($0, range) : englishCue($0, range) }
    }

    private static func englishCue(_ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> String? {
        // Words before the hit, back to the start of its sentence, nearest first, each decided as
        // the walk finds it; compared as units, as most hits have no cue near them and a String
        // per word costs more than the search.
        var wordsRead = 0
        // The word found before this one, which stands after it: it decides a pseudo-negation.
        var nearer: Range<Int>?
        var index = range.lowerBound - 1
        var wordEnd: Int?
        while true {
            let atStart = index < 0 || endsSentence(text, at: index)
            if !atStart, TextUnit.isWord(text[index]) || text[index] == 0x27 || text[index] == 0x2019 {
                if wordEnd == nil { wordEnd = index + 1 }
                index -= 1
                continue
            }
            if let end = wordEnd {
                let word = UnsafeBufferPointer(rebasing: text[(index + 1)..<end])
                if englishTerminatorUnits.contains(where: { spells($0, word) }) { return nil }
                if let cue = englishCueTable.first(where: { spells($0.units, word) }) {
                    let isPseudo = nearer.map { nearer in
                        cue.pseudo.contains { spells($0, UnsafeBufferPointer(rebasing: text[nearer])) }
                    } ?? false
                    if !isPseudo { return cue.text }
                } else if word.count >= 3, spells(apostropheT, UnsafeBufferPointer(rebasing: word[(word.endIndex - 3)...])) {
                    // No cue of the pseudo-negation list ends in "n't".
                    return Self.word(word)
                }
                wordsRead += 1
                if wordsRead == englishWindow { return nil }
                nearer = (index + 1)..<end
                wordEnd = nil
            }
            if atStart { return nil }
            index -= 1
        }
    }

    /// Each cue as units, with the words after it that make it a pseudo-negation.
    private static let englishCueTable: [(text: String, units: [UInt32], pseudo: [[UInt32]])] = englishCues.map { cue in
        (cue, units(cue), (englishPseudo[cue] ?? []).map(units))
    }
    private static let englishTerminatorUnits = englishTerminators.map(units)
    private static let apostropheT = units("n't")

    /// Whether the units spell the word as the lists do: a typographic apostrophe is a plain one.
    private static func spells(_ word: [UInt32], _ units: UnsafeBufferPointer<UInt32>) -> Bool {
        guard word.count == units.count else { return false }
        var index = units.startIndex
        for letter in word {
            if letter != (units[index] == 0x2019 ? 0x27 : units[index]) { return false }
            index += 1
        }
        return true
    }

    /// A word as the cue lists spell it.
    private static func word(_ units: UnsafeBufferPointer<UInt32>) -> String {
        var scalars = String.UnicodeScalarView()
        for unit in units {
            if let scalar = Unicode.Scalar(unit == 0x2019 ? 0x27 : unit) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    private static func japaneseCue(_ text: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) -> String? {
        var end = range.upperBound
        while end < text.count, end - range.upperBound < japaneseWindow, !endsSentence(text, at: end), text[end] != ideographicComma {
            end += 1
        }
        return withUnsafeTemporaryAllocation(of: UInt32.self, capacity: japaneseWindow) { window in
            // A line break inside the window is where the writer wrapped the line.
            var count = 0
            for unit in text[range.upperBound..<end] where unit != TextUnit.lineBreak {
                window[count] = unit
                count += 1
            }
            let after = UnsafeBufferPointer(rebasing: window[..<count])
            // Every occurrence counts: 「ガイドラインないし取決めではない」 has a pseudo-negation, then a
            // negation. The units inside pseudo-negations, one bit each.
            var pseudo: UInt64 = 0
            for ending in japanesePseudo {
                forEachStart(of: ending, in: after) { pseudo |= span($0, ending.count) }
            }
            for (cue, spelled) in japaneseCueTexts {
                var negates = false
                forEachStart(of: cue, in: after) { if span($0, cue.count) & pseudo == 0 { negates = true } }
                if negates { return spelled }
            }
            return nil
        }
    }

    private static let japaneseCueTexts = japaneseCues.map { ($0, TextUnit.string($0)) }

    /// The bits of units `start..<(start + count)` of a window.
    private static func span(_ start: Int, _ count: Int) -> UInt64 {
        ((1 << UInt64(count)) - 1) << UInt64(start)
    }

    private static func forEachStart(of needle: [UInt32], in haystack: UnsafeBufferPointer<UInt32>, _ body: (Int) -> Void) {
        guard needle.count <= haystack.count else { return }
        for start in 0...(haystack.count - needle.count) where haystack[start..<(start + needle.count)].elementsEqual(needle) {
            body(start)
        }
    }
}
