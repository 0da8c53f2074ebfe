import Foundation

enum Lemma {
    /// NFKC and lower case: 「ＳＯＦＡ」, "SOFA" and "sofa" are one form, and so are ５ and 5.
    static func normalize(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// Kana, kanji and the marks of Japanese text.
    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFFEF, 0x31F0...0x31FF: return true
        default: return false
        }
    }

    static func isKanaOrKanji(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F, 0x31F0...0x31FF: return true
        default: return false
        }
    }
}
