/// A message or fix with `{{path}}` placeholders, parsed once at load.
public struct Template: Sendable {
    public enum Part: Sendable {
        case literal(String)
        case field(FieldPath)
        /// The text span that decided a `mentions` condition.
        case match
    }

    public var parts: [Part]
    public var source: String

    /// Splits the text into literals and placeholders; `resolve` checks each placeholder's path.
    static func parse(_ text: String, resolve: (String) -> FieldPath?) -> Result<Template, TemplateError> {
        var parts: [Part] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            if open.lowerBound > rest.startIndex { parts.append(.literal(String(rest[..<open.lowerBound]))) }
            guard let close = rest[open.upperBound...].range(of: "}}") else { return .failure(.unclosed) }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
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

    enum TemplateError: Error {
        case unclosed
        case unknownPath(String)
    }
}
