import Foundation

/// Decides whether a phrase found in text is negated, after NegEx: negation cues within a
/// short window before an English phrase, or after a Japanese predicate; pseudo-negations
/// ("not only") and scope terminators ("but") do not negate.
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
    static let japaneseCues = ["ない", "ません", "せず", "無い", "なかった", "ずに", "ず"]
    /// Endings that contain a cue but do not negate: 「のみならず」 "not only", 「ないし」 "or",
    /// 「ならない」「なりません」 "must", 「ずつ」 "each", 「を問わず」 "regardless of".
    static let japanesePseudo = ["ないし", "だけでなく", "のみならず", "に限らず", "ならない", "なりません", "ずつ", "を問わず"]
    static let sentenceEnds: Set<Character> = [".", "!", "?", ";", "。", "！", "？", "；"]
    /// Marks that start a list item on a new line.
    static let listMarks: Set<Character> = ["-", "*", "•", "・", "‐"]

    /// Whether the character at `index` ends a sentence. A line break does only before a blank
    /// line or a list item: a literal block keeps the writer's line breaks, which fall inside sentences.
    static func endsSentence(_ text: [Character], at index: Int) -> Bool {
        let character = text[index]
        if sentenceEnds.contains(character) { return true }
        guard character.isNewline else { return false }
        var next = index + 1
        while next < text.count, text[next] == " " || text[next] == "\t" || text[next] == "\u{3000}" { next += 1 }
        return next == text.count || text[next].isNewline || listMarks.contains(text[next])
    }

    /// The cue that negates the hit at `range` of the folded text, if any.
    static func cue(in text: [Character], hit range: Range<Int>, japanese: Bool) -> String? {
        japanese ? japaneseCue(text, range) : englishCue(text, range)
    }

    private static func englishCue(_ text: [Character], _ range: Range<Int>) -> String? {
        // Words before the hit, back to the start of its sentence, nearest first.
        var words: [String] = []
        var index = range.lowerBound - 1
        var word: [Character] = []
        while index >= 0, words.count < englishWindow + 1 {
            let character = text[index]
            if endsSentence(text, at: index) { break }
            if character.isWordCharacter || character == "'" || character == "’" {
                word.append(character)
            } else if !word.isEmpty {
                words.append(String(word.reversed()))
                word = []
            }
            index -= 1
        }
        if !word.isEmpty { words.append(String(word.reversed())) }
        let window = Array(words.prefix(englishWindow))
        for (position, candidate) in window.enumerated() {
            if englishTerminators.contains(candidate) { return nil }
            let token = candidate.replacingOccurrences(of: "’", with: "'")
            let isCue = englishCues.contains(token) || token.hasSuffix("n't")
            guard isCue else { continue }
            // The word after the cue (nearer the hit) decides a pseudo-negation.
            if position > 0, englishPseudo[token]?.contains(window[position - 1]) == true { continue }
            return token
        }
        return nil
    }

    private static func japaneseCue(_ text: [Character], _ range: Range<Int>) -> String? {
        var end = range.upperBound
        while end < text.count, end - range.upperBound < japaneseWindow, !endsSentence(text, at: end), text[end] != "、" {
            end += 1
        }
        // A line break inside the window is where the writer wrapped the line.
        let after = text[range.upperBound..<end].filter { !$0.isNewline }
        // Every occurrence counts: 「ガイドラインないし取決めではない」 has a pseudo-negation, then a negation.
        var pseudo: Set<Int> = []
        for ending in japanesePseudo {
            for start in starts(of: Array(ending), in: after) { pseudo.formUnion(start..<(start + ending.count)) }
        }
        for cue in japaneseCues {
            let length = cue.count
            if starts(of: Array(cue), in: after).contains(where: { start in !(start..<(start + length)).contains(where: pseudo.contains) }) {
                return cue
            }
        }
        return nil
    }

    private static func starts(of needle: [Character], in haystack: [Character]) -> [Int] {
        guard needle.count <= haystack.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
    }
}
