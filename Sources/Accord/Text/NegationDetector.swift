import Foundation

/// Decides whether a phrase found in text is negated, after NegEx: negation cues within a
/// short window before an English phrase, or after a Japanese predicate; pseudo-negations
/// ("not only") and scope terminators ("but") do not negate.
enum NegationDetector {
    static let englishWindow = 5
    static let englishCues: Set<String> = ["not", "never", "no", "without", "neither", "nor", "cannot", "none", "nothing", "nowhere"]
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
    static let japaneseCues = ["ない", "ません", "せず", "無い", "なかった", "ずに"]
    /// Endings that contain a cue but do not negate: 「のみならず」 "not only", 「ないし」 "or".
    static let japanesePseudo = ["ないし", "だけでなく", "のみならず", "に限らず", "ならない"]
    static let sentenceEnds: Set<Character> = [".", "!", "?", ";", "。", "！", "？", "\n", "；"]

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
            if sentenceEnds.contains(character) { break }
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
        while end < text.count, end - range.upperBound < japaneseWindow, !sentenceEnds.contains(text[end]), text[end] != "、" {
            end += 1
        }
        let after = String(text[range.upperBound..<end])
        for cue in japaneseCues {
            guard let found = after.range(of: cue) else { continue }
            let isPseudo = japanesePseudo.contains { pseudo in
                guard let pseudoRange = after.range(of: pseudo) else { return false }
                return pseudoRange.overlaps(found)
            }
            if !isPseudo { return cue }
        }
        return nil
    }
}
