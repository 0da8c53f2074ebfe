import Accord

/// What the proposal format says a field holds, read from the engine's `ProposalSchema`.
enum FieldDocumentation {
    /// The field at a schema path (`participants[].role`).
    static func field(at schemaPath: String) -> Field? {
        var fields = ProposalSchema.fields
        var found: Field?
        for segment in schemaPath.split(separator: ".") {
            let name = segment.hasSuffix("[]") ? segment.dropLast(2) : segment
            guard let field = fields.first(where: { $0.name == name }) else { return nil }
            found = field
            switch field.type {
            case .object(let children), .list(.object(let children), _): fields = children
            default: fields = []
            }
        }
        return found
    }

    /// Markdown for a hover on the field's key.
    static func markdown(for schemaPath: String) -> String? {
        guard let field = field(at: schemaPath) else { return nil }
        var text = "**`\(schemaPath)`**\(field.required ? " (required)" : "") — \(field.summary)\n\n\(kind(of: field.type))"
        if let values = ValueMeanings.values(at: schemaPath) {
            text += "\n\n" + values.values.map { "- `\($0)`" + (ValueMeanings.meanings[$0].map { ": \($0)" } ?? "") }.joined(separator: "\n")
        }
        return text
    }

    static func kind(of type: FieldType) -> String {
        switch type {
        case .text: return "One line of text."
        case .freeText: return "Free text, English or Japanese; the text rules screen it."
        case .version(let number): return "The format version: \(number)."
        case .boolean: return "`true` or `false`."
        case .date: return "A date, YYYY-MM-DD."
        case .enumeration: return "One of:"
        case .identifier(let known): return known.isEmpty ? "A lower-case-hyphenated name." : "A lower-case-hyphenated name; known:"
        case .list(let element, let minimum): return "A list" + (minimum > 0 ? " of at least \(minimum)" : "") + "; each entry: " + kind(of: element).lowercasedFirst
        case .object: return "A mapping of the fields below it."
        }
    }
}

extension String {
    fileprivate var lowercasedFirst: String { prefix(1).lowercased() + dropFirst() }
}
