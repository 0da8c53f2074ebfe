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
    static func endsSentence(_ text: [UInt32], at index: Int) -> Bool {
        let unit = text[index]
        if unit == TextUnit.paragraph || isSentenceEnd(unit) { return true }
        guard unit == TextUnit.lineBreak else { return false }
        return index + 1 == text.count || isListMark(text[index + 1])
    }

    /// The cue that negates the hit at `range` of the folded text, if any.
    static func cue(in text: [UInt32], hit range: Range<Int>, japanese: Bool) -> String? {
        japanese ? japaneseCue(text, range) : englishCue(text, range)
    }

    private static func englishCue(_ text: [UInt32], _ range: Range<Int>) -> String? {
        // Words before the hit, back to the start of its sentence, nearest first; compared as
        // units, as most hits have no cue near them and a String per word costs more than the search.
        var words: [Range<Int>] = []
        words.reserveCapacity(englishWindow + 1)
        var index = range.lowerBound - 1
        var wordEnd: Int?
        while index >= 0, words.count < englishWindow + 1 {
            let unit = text[index]
            if endsSentence(text, at: index) { break }
            if TextUnit.isWord(unit) || unit == 0x27 || unit == 0x2019 {
                if wordEnd == nil { wordEnd = index + 1 }
            } else if let end = wordEnd {
                words.append((index + 1)..<end)
                wordEnd = nil
            }
            index -= 1
        }
        if let end = wordEnd { words.append((index + 1)..<end) }
        let window = words.prefix(englishWindow)
        for (position, word) in window.enumerated() {
            if englishTerminatorUnits.contains(where: { spells($0, text[word]) }) { return nil }
            let isCue = englishCueUnits.contains(where: { spells($0, text[word]) }) || spells(apostropheT, text[word].suffix(3))
            guard isCue else { continue }
            let token = Self.word(text[word])
            // The word after the cue (nearer the hit) decides a pseudo-negation.
            if position > 0, englishPseudo[token]?.contains(Self.word(text[window[position - 1]])) == true { continue }
            return token
        }
        return nil
    }

    private static let englishCueUnits = englishCues.map(units)
    private static let englishTerminatorUnits = englishTerminators.map(units)
    private static let apostropheT = units("n't")

    /// Whether the units spell the word as the lists do: a typographic apostrophe is a plain one.
    private static func spells(_ word: [UInt32], _ units: ArraySlice<UInt32>) -> Bool {
        guard word.count == units.count else { return false }
        var index = units.startIndex
        for letter in word {
            if letter != (units[index] == 0x2019 ? 0x27 : units[index]) { return false }
            index += 1
        }
        return true
    }

    /// A word as the cue lists spell it.
    private static func word(_ units: ArraySlice<UInt32>) -> String {
        var scalars = String.UnicodeScalarView()
        for unit in units {
            if let scalar = Unicode.Scalar(unit == 0x2019 ? 0x27 : unit) { scalars.append(scalar) }
        }
        return String(scalars)
    }

    private static func japaneseCue(_ text: [UInt32], _ range: Range<Int>) -> String? {
        var end = range.upperBound
        while end < text.count, end - range.upperBound < japaneseWindow, !endsSentence(text, at: end), text[end] != ideographicComma {
            end += 1
        }
        // A line break inside the window is where the writer wrapped the line.
        let after = text[range.upperBound..<end].filter { $0 != TextUnit.lineBreak }
        // Every occurrence counts: 「ガイドラインないし取決めではない」 has a pseudo-negation, then a negation.
        var pseudo: Set<Int> = []
        for ending in japanesePseudo {
            for start in starts(of: ending, in: after) { pseudo.formUnion(start..<(start + ending.count)) }
        }
        for cue in japaneseCues {
            if starts(of: cue, in: after).contains(where: { start in !(start..<(start + cue.count)).contains(where: pseudo.contains) }) {
                return TextUnit.string(cue)
            }
        }
        return nil
    }

    private static func starts(of needle: [UInt32], in haystack: [UInt32]) -> [Int] {
        guard needle.count <= haystack.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
