import Foundation

/// Text folded for matching (Unicode NFKC, lower case), with a map back to the original characters,
/// so that a hit found in the folded text is quoted and placed in the original.
struct NormalizedText {
    /// The folded text, as an array of characters for indexed access.
    let characters: [Character]
    /// For each folded character, the offset of the original character it came from.
    let origin: [Int]
    let original: [Character]

    init(_ text: String) {
        var characters: [Character] = []
        var origin: [Int] = []
        let original = Array(text)
        characters.reserveCapacity(original.count)
        origin.reserveCapacity(original.count)
        for (offset, character) in original.enumerated() {
            if character.isASCII {
                characters.append(Character(character.lowercased()))
                origin.append(offset)
                continue
            }
            // Per grapheme: half-width kana and their voicing marks form one cluster and fold together.
            for folded in NormalizedText.fold(String(character)) {
                characters.append(folded)
                origin.append(offset)
            }
        }
        self.characters = characters
        self.origin = origin
        self.original = original
    }

    static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// The original text behind folded characters `range`.
    func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let start = origin[range.lowerBound]
        let end = origin[range.upperBound - 1]
        return String(original[start...end])
    }
}

extension Character {
    /// Letters and digits that make up an English word (for word boundaries).
    var isWordCharacter: Bool {
        isLetter || isNumber || self == "_"
    }

    /// A character that an English word boundary must not fall next to: Japanese text does not
    /// continue an English word, as Japanese writes no spaces between words.
    var continuesEnglishWord: Bool {
        isWordCharacter && !isJapanese
    }

    /// Chinese characters, hiragana and katakana: text in which words are not separated by spaces.
    var isJapanese: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F: return true
        default: return false
        }
    }
}
