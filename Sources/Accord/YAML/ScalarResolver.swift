import Foundation

/// Resolves scalars by the YAML 1.2 core schema and honours the standard tags.
///
/// Written by hand over bytes rather than with regular expressions: it runs for
/// every scalar of every file, and it is the part of loading that dominates.
enum ScalarResolver {
    static let strTag = "tag:yaml.org,2002:str"
    static let intTag = "tag:yaml.org,2002:int"
    static let floatTag = "tag:yaml.org,2002:float"
    static let boolTag = "tag:yaml.org,2002:bool"
    static let nullTag = "tag:yaml.org,2002:null"
    static let mapTag = "tag:yaml.org,2002:map"
    static let seqTag = "tag:yaml.org,2002:seq"
    static let scalarTags: Set<String> = [strTag, intTag, floatTag, boolTag, nullTag]

    enum Failure: Error {
        /// The text does not fit the tag it carries.
        case doesNotFit(String)
        /// An integer with more digits than 64 bits hold.
        case integerOutOfRange
    }

    /// The value of a scalar, given how it was written and its tag (nil or "!" when untagged).
    /// The forms are recognised in the text's UTF-8.
    static func resolve(_ text: String, plain: Bool, tag: String?) throws(Failure) -> ScalarValue {
        let bytes = text.utf8.span
        switch tag {
        case strTag:
            return .string(text)
        case intTag:
            guard let value = try integer(bytes, text) else { throw .doesNotFit("an integer") }
            return .int(value)
        case floatTag:
            if let value = float(bytes, text) { return .float(value) }
            if let value = try integer(bytes, text) { return .float(Double(value)) }
            throw .doesNotFit("a floating-point number")
        case boolTag:
            guard let value = bool(bytes) else { throw .doesNotFit("a boolean (true or false)") }
            return .bool(value)
        case nullTag:
            guard isNull(bytes) else { throw .doesNotFit("null") }
            return .null
        case "!":
            return .string(text)
        default:
            // Untagged, or a custom tag (kept on the node): read like an untagged scalar.
            return plain ? try implicit(text) : .string(text)
        }
    }

    static func implicit(_ text: String) throws(Failure) -> ScalarValue {
        let bytes = text.utf8.span
        // The first byte tells which forms can apply: most scalars are words, compared with none.
        guard !bytes.isEmpty else { return .null }
        switch bytes[0] {
        case UInt8(ascii: "~"), UInt8(ascii: "n"), UInt8(ascii: "N"):
            return isNull(bytes) ? .null : .string(text)
        case UInt8(ascii: "t"), UInt8(ascii: "T"), UInt8(ascii: "f"), UInt8(ascii: "F"):
            return bool(bytes).map(ScalarValue.bool) ?? .string(text)
        case UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "0")...UInt8(ascii: "9"):
            if let value = try integer(bytes, text) { return .int(value) }
            if let value = float(bytes, text) { return .float(value) }
            return .string(text)
        default:
            return .string(text)
        }
    }

    private static let nullWords = words("null", "Null", "NULL")
    private static let trueWords = words("true", "True", "TRUE")
    private static let falseWords = words("false", "False", "FALSE")

    private static func words(_ words: String...) -> [[UInt8]] { words.map { Array($0.utf8) } }

    /// Whether the bytes spell one of the words.
    private static func isOne(of words: [[UInt8]], _ bytes: Span<UInt8>) -> Bool {
        for word in words where word.count == bytes.count {
            var same = true
            for index in word.indices where word[index] != bytes[index] { same = false }
            if same { return true }
        }
        return false
    }

    static func isNull(_ bytes: Span<UInt8>) -> Bool {
        bytes.isEmpty || (bytes.count == 1 && bytes[0] == UInt8(ascii: "~")) || isOne(of: nullWords, bytes)
    }

    static func bool(_ bytes: Span<UInt8>) -> Bool? {
        if isOne(of: trueWords, bytes) { return true }
        if isOne(of: falseWords, bytes) { return false }
        return nil
    }

    /// Decimal `[-+]?[0-9]+`, octal `0o[0-7]+`, hexadecimal `0x[0-9a-fA-F]+`; nil if the text is none of them.
    static func integer(_ bytes: Span<UInt8>, _ text: String) throws(Failure) -> Int? {
        guard !bytes.isEmpty else { return nil }
        if bytes.count > 2, bytes[0] == UInt8(ascii: "0"), bytes[1] == UInt8(ascii: "o") || bytes[1] == UInt8(ascii: "x") {
            let radix = bytes[1] == UInt8(ascii: "o") ? 8 : 16
            guard allDigits(bytes, from: 2, radix: radix) else { return nil }
            guard let value = Int(text.dropFirst(2), radix: radix) else { throw .integerOutOfRange }
            return value
        }
        let start = bytes[0] == UInt8(ascii: "-") || bytes[0] == UInt8(ascii: "+") ? 1 : 0
        guard start < bytes.count, allDigits(bytes, from: start, radix: 10) else { return nil }
        guard let value = Int(text) else { throw .integerOutOfRange }
        return value
    }

    private static func allDigits(_ bytes: Span<UInt8>, from start: Int, radix: Int) -> Bool {
        for index in start..<bytes.count where !digit(bytes[index], radix: radix) { return false }
        return true
    }

    private static func digit(_ byte: UInt8, radix: Int) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "7"): return true
        case UInt8(ascii: "8"), UInt8(ascii: "9"): return radix >= 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"), UInt8(ascii: "A")...UInt8(ascii: "F"): return radix == 16
        default: return false
        }
    }

    /// `[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?`, `[-+]?\.(inf|Inf|INF)`, `\.(nan|NaN|NAN)`.
    static func float(_ bytes: Span<UInt8>, _ text: String) -> Double? {
        switch text {
        case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF": return .infinity
        case "-.inf", "-.Inf", "-.INF": return -.infinity
        case ".nan", ".NaN", ".NAN": return .nan
        default: break
        }
        var index = 0
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
        let whole = digits(bytes, &index)
        var fraction = 0
        var hasPoint = false
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            hasPoint = true
            index += 1
            fraction = digits(bytes, &index)
        }
        guard whole > 0 || (hasPoint && fraction > 0) else { return nil }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") { index += 1 }
            guard digits(bytes, &index) > 0 else { return nil }
        }
        guard index == bytes.count else { return nil }
        // Swift's parser wants a digit on each side of the point.
        var normalized = text.replacingOccurrences(of: ".e", with: ".0e").replacingOccurrences(of: ".E", with: ".0E")
        if normalized.hasSuffix(".") { normalized += "0" }
        if let dot = normalized.firstIndex(of: "."), dot == normalized.startIndex || !normalized[normalized.index(before: dot)].isNumber {
            normalized.insert("0", at: dot)
        }
        return Double(normalized)
    }

    /// How many decimal digits start at `index`, which is moved past them.
    private static func digits(_ bytes: Span<UInt8>, _ index: inout Int) -> Int {
        let start = index
        while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        return index - start
    }
}
