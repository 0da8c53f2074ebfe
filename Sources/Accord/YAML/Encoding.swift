/// Checks that input is UTF-8 before libyaml sees it, so that a bad byte is reported
/// where it is, in lines and columns, and a UTF-16 file gets a sentence of its own.
enum Encoding {
    static func check(_ bytes: [UInt8], path: String) throws(Diagnostic) {
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
            || (bytes[0] == 0 && bytes[1] != 0) || (bytes[0] != 0 && bytes[1] == 0)
        {
            throw Diagnostic(
                SourceLocation(path: path, line: 1, column: 1),
                "the file is UTF-16 (or UTF-32) encoded; Accord reads UTF-8 only",
                hint: "save the file as UTF-8, e.g. `iconv -f UTF-16 -t UTF-8`")
        }
        guard let offset = firstInvalidByte(bytes) else { return }
        // Lines and columns are counted only for a file that has a bad byte.
        let place = SourceLocation(path: path, after: bytes[..<offset])
        throw invalid(bytes[offset], path, place.line, place.column)
    }

    /// The offset of the first byte that does not start a valid UTF-8 character, or nil if there is none.
    static func firstInvalidByte(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            let count = buffer.count
            var index = 0
            while index < count {
                // Most of a file is ASCII: pass it eight bytes at a time.
                if index + 8 <= count,
                   UnsafeRawPointer(buffer.baseAddress! + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                    continue
                }
                let byte = buffer[index]
                if byte < 0x80 {
                    index += 1
                    continue
                }
                guard let width = characterWidth(buffer, at: index) else { return index }
                index += width
            }
            return nil
        }
    }

    /// The length of the valid multi-byte character at `index`, or nil if none starts there.
    private static func characterWidth(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int? {
        let byte = buffer[index]
        let width: Int
        let minimum: UInt32
        var scalar: UInt32
        switch byte {
        case 0xC2...0xDF: width = 2; scalar = UInt32(byte & 0x1F); minimum = 0x80
        case 0xE0...0xEF: width = 3; scalar = UInt32(byte & 0x0F); minimum = 0x800
        case 0xF0...0xF4: width = 4; scalar = UInt32(byte & 0x07); minimum = 0x10000
        default: return nil
        }
        guard index + width <= buffer.count else { return nil }
        for offset in 1..<width {
            let next = buffer[index + offset]
            guard next & 0xC0 == 0x80 else { return nil }
            scalar = scalar << 6 | UInt32(next & 0x3F)
        }
        if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { return nil }
        return width
    }

    private static func invalid(_ byte: UInt8, _ path: String, _ line: Int, _ column: Int) -> Diagnostic {
        let hex = String(byte, radix: 16, uppercase: true)
        return Diagnostic(
            SourceLocation(path: path, line: line, column: column),
            "invalid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) does not start a valid character here",
            hint: "save the file as UTF-8; it may be in Shift_JIS, EUC-JP or Latin-1")
    }
}
