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
        do {
            _ = try UTF8Span(validating: bytes.span)
            return nil
        } catch {
            // The error's bytes start where the invalid character does.
            return error.byteOffsets.lowerBound
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
