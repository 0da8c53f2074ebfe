/// Classes of Unicode scalars ("units") and UTF-8 decoding, for the code that walks text byte by
/// byte: placing spans in the source, plain patterns, folding. Decided by comparison, without
/// the Unicode property tables.
enum TextUnit {
    /// Unicode's White_Space property, which names these 25 code points and is stable; spelled out,
    /// as Japanese text would otherwise ask the property tables for every character.
    static func isBlank(_ unit: UInt32) -> Bool {
        switch unit {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// The length of the UTF-8 sequence that starts with `lead`.
    static func utf8Length(lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    /// The scalar at `offset` of valid UTF-8 (Swift strings, and sources the loader has checked)
    /// and the length of its sequence.
    @inline(__always)
    static func decodeUTF8(_ bytes: Span<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return (lead, 1) }
        func continuation(_ index: Int) -> UInt32 { UInt32(bytes[offset + index] & 0x3F) }
        if lead < 0xE0 { return ((lead & 0x1F) << 6 | continuation(1), 2) }
        if lead < 0xF0 { return ((lead & 0x0F) << 12 | continuation(1) << 6 | continuation(2), 3) }
        return ((lead & 0x07) << 18 | continuation(1) << 12 | continuation(2) << 6 | continuation(3), 4)
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
}
