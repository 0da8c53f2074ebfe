/// A message or fix with `{{path}}` placeholders, parsed once at load.
public struct Template: Sendable {
    public enum Part: Sendable {
        case literal(String)
        case field(FieldPath)
        /// The sentence that decided a `says` condition.
        case match
    }

    public var parts: [Part]
    public var source: String

    /// Splits the text into literals and placeholders; `resolve` checks each placeholder's path.
    static func parse(_ text: String, resolve: (String) -> FieldPath?) -> Result<Template, TemplateError> {
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = Self.doubled("{", in: rest) {
            if open.lowerBound > rest.startIndex { parts.append(.literal(String(rest[..<open.lowerBound]))) }
            guard let close = Self.doubled("}", in: rest[open.upperBound...]) else { return .failure(.unclosed) }
            let name = Blanks.trimmed(rest[open.upperBound..<close.lowerBound])
            if name == "match" {
                parts.append(.match)
            } else if let path = resolve(name) {
                parts.append(.field(path))
            } else {
                return .failure(.unknownPath(name))
            }
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty { parts.append(.literal(String(rest))) }
        return .success(Template(parts: parts, source: text))
    }

    /// The first `{{` or `}}` in the text that stands as two characters (Foundation's `range(of:)`
    /// goes through NSString, and the rule set has a template for every message and fix). Bytes
    /// are searched, and a pair found is confirmed as characters: a brace can carry a combining mark.
    private static func doubled(_ brace: Character, in text: Substring) -> Range<Substring.Index>? {
        let byte = brace.asciiValue!
        let bytes = text.utf8
        var index = bytes.startIndex
        while let found = bytes[index...].firstIndex(of: byte) {
            let next = bytes.index(after: found)
            guard next < bytes.endIndex else { return nil }
            if bytes[next] == byte, text[found] == brace, text[next] == brace {
                return found..<text.index(after: next)
            }
            index = next
        }
        return nil
    }

    enum TemplateError: Error {
        case unclosed
        case unknownPath(String)
    }
}
