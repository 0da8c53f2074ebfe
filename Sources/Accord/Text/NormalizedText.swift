import Foundation

/// Text folded for matching (Unicode NFKC, lower case), with a map back to the original characters,
/// so that a hit found in the folded text is quoted and placed in the original.
struct NormalizedText {
    /// The folded text, as an array of characters for indexed access.
    let characters: [Character]
    /// For each folded character, the offset of the original character it came from.
    let origin: [Int]
    let original: [Character]
    /// Where each pair of adjacent folded characters starts, by `pairKey`: a phrase is looked for
    /// only where its first two characters stand, which keeps hundreds of phrases per text cheap.
    let pairStarts: [UInt64: [Int]]
    /// `key` of each folded character: matching compares these numbers before any Character.
    let keys: [UInt64]

    init(_ text: String) {
        var characters: [Character] = []
        var origin: [Int] = []
        let original = Array(text)
        characters.reserveCapacity(original.count)
        origin.reserveCapacity(original.count)
        // Most text is already in NFKC form; then only case needs folding, character by character.
        let compatible = Self.isFoldStable(text) || text.precomposedStringWithCompatibilityMapping == text
        for (offset, character) in original.enumerated() {
            if let ascii = character.asciiValue {
                let lower = ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii
                characters.append(lower == ascii ? character : Character(Unicode.Scalar(lower)))
                origin.append(offset)
                continue
            }
            if compatible && !character.isCased {
                characters.append(character)
                origin.append(offset)
                continue
            }
            // Per grapheme: half-width kana and their voicing marks form one cluster and fold together.
            for folded in NormalizedText.fold(String(character)) {
                characters.append(folded)
                origin.append(offset)
            }
        }
        let keys = characters.map(Self.key)
        var pairStarts: [UInt64: [Int]] = [:]
        if keys.count > 1 {
            for index in 0..<(keys.count - 1) {
                pairStarts[Self.pairKey(keys[index], keys[index + 1]), default: []].append(index)
            }
        }
        self.keys = keys
        self.characters = characters
        self.origin = origin
        self.original = original
        self.pairStarts = pairStarts
    }

    /// Two characters as one number; equal characters give equal keys. Not their scalars: Foundation
    /// may fold 「ｶﾞ」 to カ and a combining mark, which equals 「ガ」 as a Character but not scalar by scalar.
    static func pairKey(_ first: UInt64, _ second: UInt64) -> UInt64 {
        first &* 0x9E37_79B9_7F4A_7C15 ^ second
    }

    /// A number per character: its ASCII code, or its hash (equal for equal characters). Keys
    /// below 0x80 decide equality alone; others are confirmed by comparing the characters.
    static func key(_ character: Character) -> UInt64 {
        // Any blank matches a space of a phrase (see `TextMatcher.matchEnd`).
        if character.isWhitespace { return 0x20 }
        if let ascii = character.asciiValue { return UInt64(ascii) }
        return UInt64(bitPattern: Int64(character.hashValue)) | 0x80
    }

    static func fold(_ text: String) -> String {
        if isFoldStable(text) { return text.lowercased() }
        return text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// Whether NFKC leaves the text as it is, known without asking Foundation: ASCII, hiragana,
    /// katakana, the unified ideographs and the common Japanese punctuation have no compatibility
    /// mapping (full-width and half-width forms, the ideographic space and compatibility
    /// ideographs do, and go through Foundation).
    static func isFoldStable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x00...0x7F, 0x3001...0x3002, 0x3005, 0x300C...0x300F, 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x4E00...0x9FFF:
                return true
            default:
                return false
            }
        }
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
