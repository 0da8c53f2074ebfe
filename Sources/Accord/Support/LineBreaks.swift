/// Where lines end, as libyaml counts them and so every line and column Accord reports: at "\n",
/// "\r\n", "\r", U+0085, U+2028 and U+2029. Columns count Unicode scalars, as libyaml's marks do.
/// Every caller that answers a line or a column from bytes asks here, the language server too.
public enum LineBreaks {
    /// The length of the line break at `position` of valid UTF-8; 0 for none.
    static func length(_ bytes: Span<UInt8>, at position: Int) -> Int {
        switch bytes[position] {
        case 0x0A: return 1
        case 0x0D: return position + 1 < bytes.count && bytes[position + 1] == 0x0A ? 2 : 1
        case 0xC2: return position + 1 < bytes.count && bytes[position + 1] == 0x85 ? 2 : 0
        case 0xE2:
            return position + 2 < bytes.count && bytes[position + 1] == 0x80 && (bytes[position + 2] == 0xA8 || bytes[position + 2] == 0xA9) ? 3 : 0
        default: return 0
        }
    }

    public static func length(_ bytes: [UInt8], at position: Int) -> Int { length(bytes.span, at: position) }

    /// Whether a line break can start with the byte: "\n", "\r", or the lead byte of U+0085, U+2028 or U+2029.
    @inline(__always)
    static func mayStart(_ byte: UInt8) -> Bool {
        byte == 0x0A || byte == 0x0D || byte == 0xC2 || byte == 0xE2
    }

    /// The lines of valid UTF-8 text, without their breaks; the last is what follows the last break.
    static func lines(of source: [UInt8]) -> [Substring] {
        let text = String(decoding: source, as: UTF8.self)
        let utf8 = text.utf8
        let bytes = source.span
        var lines: [Substring] = []
        var lineStart = 0
        var position = 0
        while position < bytes.count {
            let breakLength = length(bytes, at: position)
            if breakLength == 0 {
                position += 1
                continue
            }
            lines.append(text[utf8.index(utf8.startIndex, offsetBy: lineStart)..<utf8.index(utf8.startIndex, offsetBy: position)])
            position += breakLength
            lineStart = position
        }
        lines.append(text[utf8.index(utf8.startIndex, offsetBy: lineStart)...])
        return lines
    }

    /// The 1-based line and column just after the bytes (columns in scalars: bytes that do not
    /// continue a character).
    static func place(after bytes: Span<UInt8>) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        var position = 0
        while position < bytes.count {
            let breakLength = length(bytes, at: position)
            if breakLength > 0 {
                line += 1
                column = 1
                position += breakLength
                continue
            }
            if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        return (line, column)
    }
}
