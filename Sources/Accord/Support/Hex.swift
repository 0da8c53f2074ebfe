/// Lower-case hexadecimal, as digests are written. `String(format:)` would do it through
/// Foundation's varargs formatting, which costs a noticeable part of a single check's start-up.
public enum Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    public static func string<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        // Room for a digest's 64 digits from the start: grown as they came, it was copied four times.
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// 0-9 or a-f, as `string` writes them.
    public static func isLowerDigit(_ byte: UInt8) -> Bool { digits.contains(byte) }
}
