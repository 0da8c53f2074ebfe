/// A JSON value whose objects keep their key order, so that every report is byte-for-byte reproducible.
public enum JSONValue: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.double(let x), .double(let y)): return x == y || (x.isNaN && y.isNaN)
        case (.int(let x), .double(let y)), (.double(let y), .int(let x)): return Double(x) == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x == y
        case (.object(let x), .object(let y)):
            guard x.count == y.count else { return false }
            let lookup = Dictionary(y, uniquingKeysWith: { first, _ in first })
            return x.allSatisfy { key, value in lookup[key] == value }
        default: return false
        }
    }

    /// Compact JSON on one line.
    public func compact() -> String {
        var out: [UInt8] = []
        write(to: &out, indented: false, level: 0)
        return String(decoding: out, as: UTF8.self)
    }

    /// JSON indented by two spaces, ending without a newline; `level` is the depth it is written at
    /// inside an enclosing document (its first line is not indented).
    public func pretty(level: Int = 0) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(to: &out, indented: true, level: level)
        return String(decoding: out, as: UTF8.self)
    }

    /// Written as UTF-8 bytes: a batch report is mostly strings, and appending bytes is far
    /// cheaper than appending scalars to a String.
    private func write(to out: inout [UInt8], indented: Bool, level: Int) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .double(let value):
            if value.isNaN {
                out.append(contentsOf: "\".nan\"".utf8)
            } else if value.isInfinite {
                out.append(contentsOf: (value < 0 ? "\"-.inf\"" : "\".inf\"").utf8)
            } else {
                out.append(contentsOf: "\(value)".utf8)
            }
        case .string(let value): JSONValue.writeString(value, to: &out)
        case .array(let items):
            if items.isEmpty { out.append(contentsOf: "[]".utf8); return }
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indented, level + 1)
                item.write(to: &out, indented: indented, level: level + 1)
            }
            newline(&out, indented, level)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            if members.isEmpty { out.append(contentsOf: "{}".utf8); return }
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                newline(&out, indented, level + 1)
                JSONValue.writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                if indented { out.append(UInt8(ascii: " ")) }
                value.write(to: &out, indented: indented, level: level + 1)
            }
            newline(&out, indented, level)
            out.append(UInt8(ascii: "}"))
        }
    }

    private func newline(_ out: inout [UInt8], _ indented: Bool, _ level: Int) {
        guard indented else { return }
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
    }

    static func writeString(_ value: String, to out: inout String) {
        var bytes: [UInt8] = []
        writeString(value, to: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, and U+2028 and U+2029
    /// too, which end a line in JavaScript.
    static func writeString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.makeContiguousUTF8()
        let needsLook = Self.needsLook
        value.utf8.withContiguousStorageIfAvailable { bytes in
            var runStart = 0
            var index = 0
            func escape(_ escaped: String, skipping count: Int) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                out.append(contentsOf: escaped.utf8)
                index += count
                runStart = index
            }
            while index < bytes.count {
                let byte = bytes[index]
                if !needsLook[Int(byte)] {
                    index += 1
                    continue
                }
                switch byte {
                case UInt8(ascii: "\""): escape("\\\"", skipping: 1)
                case UInt8(ascii: "\\"): escape("\\\\", skipping: 1)
                case 0x0A: escape("\\n", skipping: 1)
                case 0x0D: escape("\\r", skipping: 1)
                case 0x09: escape("\\t", skipping: 1)
                case 0x08: escape("\\b", skipping: 1)
                case 0x0C: escape("\\f", skipping: 1)
                case 0x00..<0x20, 0x7F: escape(hexEscape(UInt32(byte)), skipping: 1)
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    escape(hexEscape(bytes[index + 2] == 0xA8 ? 0x2028 : 0x2029), skipping: 3)
                default: index += 1
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
        }
        out.append(UInt8(ascii: "\""))
    }

    /// Bytes that may need an escape: control characters, quote, backslash, DEL, and the lead byte
    /// of U+2028 and U+2029. Every other byte is copied as it is.
    private static let needsLook: [Bool] = (0...255).map { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C || $0 == 0x7F || $0 == 0xE2 }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}

extension YAMLNode {
    /// The data of the node as JSON: how Accord reads the YAML, without tags.
    public var json: JSONValue {
        switch content {
        case .scalar(_, _, let value):
            switch value {
            case .null: return .null
            case .bool(let flag): return .bool(flag)
            case .int(let number): return .int(number)
            case .float(let number): return .double(number)
            case .string(let text): return .string(text)
            }
        case .sequence(let items):
            return .array(items.map(\.json))
        case .mapping(let pairs):
            return .object(pairs.map { pair in (pair.key.keyText, pair.value.json) })
        }
    }

    /// A key as JSON must spell it: a string, whatever the key's type.
    var keyText: String {
        switch content {
        case .scalar(let text, _, let value):
            switch value {
            case .null: return ""
            case .bool(let flag): return flag ? "true" : "false"
            case .int(let number): return String(number)
            case .float: return text
            case .string(let string): return string
            }
        default:
            return json.compact()
        }
    }
}
