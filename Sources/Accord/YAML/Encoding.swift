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
        var line = 1
        var column = 1
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                if byte == 0x0A { line += 1; column = 1 } else { column += 1 }
                index += 1
                continue
            }
            let width: Int
            let minimum: UInt32
            var scalar: UInt32
            switch byte {
            case 0xC2...0xDF: width = 2; scalar = UInt32(byte & 0x1F); minimum = 0x80
            case 0xE0...0xEF: width = 3; scalar = UInt32(byte & 0x0F); minimum = 0x800
            case 0xF0...0xF4: width = 4; scalar = UInt32(byte & 0x07); minimum = 0x10000
            default: throw invalid(byte, path, line, column)
            }
            guard index + width <= count else { throw invalid(byte, path, line, column) }
            for offset in 1..<width {
                let next = bytes[index + offset]
                guard next & 0xC0 == 0x80 else { throw invalid(byte, path, line, column) }
                scalar = scalar << 6 | UInt32(next & 0x3F)
            }
            if scalar < minimum || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) {
                throw invalid(byte, path, line, column)
            }
            index += width
            column += 1
        }
    }

    private static func invalid(_ byte: UInt8, _ path: String, _ line: Int, _ column: Int) -> Diagnostic {
        let hex = String(byte, radix: 16, uppercase: true)
        return Diagnostic(
            SourceLocation(path: path, line: line, column: column),
            "invalid UTF-8: byte 0x\(hex.count == 1 ? "0" + hex : hex) does not start a valid character here",
            hint: "save the file as UTF-8; it may be in Shift_JIS, EUC-JP or Latin-1")
    }
}
