/// Classes of the Unicode scalars ("units") that folded text is made of. ASCII is decided by
/// comparison; the Unicode property tables are asked only for the rare other scalars.
enum TextUnit {
    static let space: UInt32 = 0x20
    /// A run of blanks holding exactly one line break: it matches a space of a phrase, and
    /// before a list item it ends a sentence.
    static let lineBreak: UInt32 = 0x0A
    /// A run of blanks holding two or more line breaks (a new paragraph): it matches nothing
    /// and ends a sentence. U+2029 is a blank itself, so no run of a text can be confused with it.
    static let paragraph: UInt32 = 0x2029

    /// Unicode's White_Space property, which names these 25 code points and is stable; spelled out,
    /// as Japanese text would otherwise ask the property tables for every character.
    static func isBlank(_ unit: UInt32) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    static func isLineBreak(_ unit: UInt32) -> Bool {
        switch unit {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// Letters and digits that make up an English word (for word boundaries).
    @inline(__always)
    static func isWord(_ unit: UInt32) -> Bool {
        if unit < 0x80 { return isASCIIWord(unit) }
        return isNonASCIIWord(unit)
    }

    private static func isNonASCIIWord(_ unit: UInt32) -> Bool {
        if isJapanese(unit) { return true }
        guard let properties = Unicode.Scalar(unit)?.properties else { return false }
        return properties.isAlphabetic || properties.numericType != nil
    }

    /// A unit that an English word boundary must not fall next to: Japanese text does not
    /// continue an English word, as Japanese writes no spaces between words.
    @inline(__always)
    static func continuesEnglishWord(_ unit: UInt32) -> Bool {
        if unit < 0x80 { return isASCIIWord(unit) }
        return !isJapanese(unit) && isNonASCIIWord(unit)
    }

    @inline(__always)
    private static func isASCIIWord(_ unit: UInt32) -> Bool {
        (unit >= 0x61 && unit <= 0x7A) || (unit >= 0x30 && unit <= 0x39) || (unit >= 0x41 && unit <= 0x5A) || unit == 0x5F
    }

    /// ASCII capitals in lower case; any other unit as it is.
    @inline(__always)
    static func lowercasedASCII(_ unit: UInt32) -> UInt32 {
        unit >= 0x41 && unit <= 0x5A ? unit + 0x20 : unit
    }

    /// The length of the UTF-8 sequence that starts with `lead`.
    static func utf8Length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar at `offset` of valid UTF-8 (Swift strings, and sources the loader has checked)
    /// and the length of its sequence.
    @inline(__always)
    static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        func continuation(_ index: Int) -> UInt32 { UInt32(bytes[offset + index] & 0x3F) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
    }

    /// Chinese characters, hiragana and katakana: text in which words are not separated by spaces.
    static func isJapanese(_ unit: UInt32) -> Bool {
        switch unit {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F: return true
        default: return false
        }
    }

    /// Scalars that NFKC and lower-casing leave as they are and that never join the scalar
    /// before them: ASCII, hiragana, katakana, the unified ideographs and the common Japanese
    /// punctuation. Full-width and half-width forms, the ideographic space, compatibility
    /// ideographs and combining marks are not, and are folded by Foundation.
    static func foldsToItself(_ scalar: UInt32) -> Bool {
        switch scalar {
        case 0x00...0x7F, 0x3001...0x3002, 0x3005, 0x300C...0x300F, 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x4E00...0x9FFF:
            return true
        default:
            return false
        }
    }

    static func string(_ units: some Sequence<UInt32>) -> String {
        var scalars = String.UnicodeScalarView()
        for unit in units { if let scalar = Unicode.Scalar(unit) { scalars.append(scalar) } }
        return String(scalars)
    }
}
