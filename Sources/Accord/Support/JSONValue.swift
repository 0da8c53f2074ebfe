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
        var writer = JSONWriter(indented: false)
        writer.value(self)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// JSON indented by two spaces, ending without a newline; `level` is the depth it is written at
    /// inside an enclosing document (its first line is not indented).
    public func pretty(level: Int = 0) -> String {
        var writer = JSONWriter(indented: true, level: level)
        writer.value(self)
        return String(decoding: writer.bytes, as: UTF8.self)
    }

    /// A JSON string: quotes, backslashes and control characters escaped, and U+2028 and U+2029
    /// too, which end a line in JavaScript.
    ///
    /// Unsafe on purpose (Benchmarks/README.md, "Unsafe code budget"): every string of a JSON
    /// report passes here. Read through a buffer, eight bytes looked at at once and runs copied
    /// whole, it takes 32M instructions of the 1,000-file batch. The best checked version tried
    /// (a byte at a time over `String.UTF8View.span`, a string without escapes appended whole)
    /// took 102M: 70M more, 3.8 % of the batch. Swift 6.3 has no checked bulk copy from a
    /// `Span` into an array, and appending `UTF8View` slices copies byte by byte.
    static func writeString(_ value: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.makeContiguousUTF8()
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
                index = nextToLookAt(in: bytes, from: index)
                guard index < bytes.count else { break }
                let byte = bytes[index]
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

    /// The index of the first byte from `start` on that may need an escape: a control character,
    /// quote, backslash, DEL, or the lead byte of U+2028 and U+2029; the end if there is none.
    /// Every other byte is copied as it is. A report is mostly plain ASCII text, so eight bytes are
    /// looked at at once, and a word with a byte of any of those kinds (or any non-ASCII byte) is
    /// then looked at byte by byte.
    private static func nextToLookAt(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits = ones &* 0x80
        var index = start
        while index + 8 <= bytes.count {
            let word = UnsafeRawPointer(bytes.baseAddress! + index).loadUnaligned(as: UInt64.self)
            let quote = word ^ (ones &* 0x22)
            let backslash = word ^ (ones &* 0x5C)
            // A byte's high bit ends up set by: being non-ASCII; being below 0x20 (its subtraction
            // borrows); being 0x7F (adding one reaches 0x80); being zero after the exclusive or
            // with a quote or a backslash (the usual zero-byte test).
            let flagged = word | (word &- ones &* 0x20) | (word &+ ones)
                | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
            if flagged & highBits != 0 { break }
            index += 8
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x7F || byte == 0xE2 { break }
            index += 1
        }
        return index
    }

    private static func hexEscape(_ value: UInt32) -> String {
        let hex = String(value, radix: 16)
        return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
    }
}

/// Writes JSON as UTF-8 bytes as it goes, laid out as `JSONValue.pretty` and `compact` lay it out:
/// a report can be written straight from its results, without a tree of values in between.
/// Values written after `open...` are the container's items; in an object, each follows its `key`.
struct JSONWriter {
    private(set) var bytes: [UInt8] = []
    private let indented: Bool
    /// The depth of the document inside an enclosing one: its first line is not indented.
    private let level: Int
    private var depth = 0
    /// Whether the innermost open container has no item yet.
    private var isEmpty = true
    /// Whether a key was just written: the value follows it on its line.
    private var afterKey = false
    /// A comma, a line break and blanks to indent with, this writer's own, appended as one
    /// slice: the comma and line break that start an item and its indentation (or the line break
    /// and indentation alone). A slice of an array shared by every writer counted a reference to
    /// it from every worker at every line of a report, blanks appended one by one
    /// (`repeatElement`) cost more than the rest of writing a member name, and the comma, the
    /// line break and the blanks appended apart cost more than the name.
    private var lineStart: [UInt8] = []

    init(indented: Bool, level: Int = 0, capacity: Int = 4096) {
        self.indented = indented
        self.level = level
        bytes.reserveCapacity(capacity)
    }

    mutating func openObject() { open(UInt8(ascii: "{")) }
    mutating func closeObject() { close(UInt8(ascii: "}")) }
    mutating func openArray() { open(UInt8(ascii: "[")) }
    mutating func closeArray() { close(UInt8(ascii: "]")) }

    /// A member name the report spells itself: plain ASCII with nothing to escape, written as it
    /// is (a report has a dozen of them for each finding, and scanning each cost more than the rest).
    mutating func key(_ name: StaticString) {
        assert(name.withUTF8Buffer { $0.allSatisfy { $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") } })
        startItem()
        bytes.append(UInt8(ascii: "\""))
        name.withUTF8Buffer { bytes.append(contentsOf: $0) }
        bytes.append(UInt8(ascii: "\""))
        endKey()
    }

    /// A member name taken from data, escaped as any string.
    mutating func key(text name: String) {
        startItem()
        JSONValue.writeString(name, to: &bytes)
        endKey()
    }

    private mutating func endKey() {
        bytes.append(UInt8(ascii: ":"))
        if indented { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    mutating func string(_ value: String) {
        startValue()
        JSONValue.writeString(value, to: &bytes)
    }

    mutating func string(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    mutating func member(_ name: StaticString, _ value: String?) {
        key(name)
        string(value)
    }

    /// A member whose value is a string already quoted and escaped (`JSONValue.writeString`).
    mutating func member(_ name: StaticString, escaped value: [UInt8]) {
        key(name)
        rendered(value)
    }

    /// A value written beforehand by a writer at this depth (`level`), such as a report's part
    /// rendered on a worker thread.
    mutating func rendered(_ value: [UInt8]) {
        startValue()
        bytes.append(contentsOf: value)
    }

    /// The bytes written so far, which the writer then forgets.
    mutating func take() -> [UInt8] {
        defer { bytes = [] }
        return bytes
    }

    /// Hands the bytes written so far to `emit` and forgets them, keeping their room for what
    /// follows: a document streamed in pieces is written through one buffer.
    mutating func flush(_ emit: ([UInt8]) -> Void) {
        emit(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    mutating func int(_ value: Int) {
        startValue()
        Self.appendDecimal(value, to: &bytes)
    }

    /// An integer's digits as `String(value)` writes them, without the string: every finding has
    /// a line and a column or two, and describing each cost more than writing its member name.
    static func appendDecimal(_ value: Int, to bytes: inout [UInt8]) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var count = 1
        var rest = magnitude / 10
        while rest > 0 {
            count += 1
            rest /= 10
        }
        var at = bytes.count + count
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: count))
        repeat {
            at -= 1
            bytes[at] = UInt8(ascii: "0") + UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    mutating func null() {
        startValue()
        bytes.append(contentsOf: "null".utf8)
    }

    mutating func value(_ value: JSONValue) {
        switch value {
        case .null: null()
        case .bool(let flag):
            startValue()
            bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .int(let number): int(number)
        case .double(let number):
            startValue()
            if number.isNaN {
                bytes.append(contentsOf: "\".nan\"".utf8)
            } else if number.isInfinite {
                bytes.append(contentsOf: (number < 0 ? "\"-.inf\"" : "\".inf\"").utf8)
            } else {
                bytes.append(contentsOf: "\(number)".utf8)
            }
        case .string(let text): string(text)
        case .array(let items):
            openArray()
            for item in items { self.value(item) }
            closeArray()
        case .object(let members):
            openObject()
            for (name, member) in members {
                key(text: name)
                self.value(member)
            }
            closeObject()
        }
    }

    private mutating func open(_ bracket: UInt8) {
        startValue()
        bytes.append(bracket)
        depth += 1
        isEmpty = true
    }

    /// An empty container closes on its line: `[]`, `{}`.
    private mutating func close(_ bracket: UInt8) {
        depth -= 1
        if !isEmpty { newline() }
        bytes.append(bracket)
        isEmpty = false
    }

    private mutating func startValue() {
        if afterKey {
            afterKey = false
        } else if depth > 0 {
            startItem()
        }
    }

    private mutating func startItem() {
        let comma = !isEmpty
        isEmpty = false
        guard indented else {
            if comma { bytes.append(UInt8(ascii: ",")) }
            return
        }
        appendLineStart(from: comma ? 0 : 1)
    }

    private mutating func newline() {
        guard indented else { return }
        appendLineStart(from: 1)
    }

    /// `lineStart` from `first` (0 with the comma, 1 without) to the end of this depth's blanks.
    private mutating func appendLineStart(from first: Int) {
        let end = 2 + 2 * (level + depth)
        if lineStart.count < end {
            lineStart = [UInt8(ascii: ","), UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: max(end, 34) - 2)
        }
        bytes.append(contentsOf: lineStart[first..<end])
    }
}
