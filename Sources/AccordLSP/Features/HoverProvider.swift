import Accord

/// Hover: on a finding, the premise it rests on — its section, the report's own words — with the
/// rule's title and reason; on a field's key, what the format says the field holds.
enum HoverProvider {
    static func hover(at position: Position, in analysis: DocumentAnalysis) -> JSONValue {
        var parts: [String] = analysis.findings(at: position).map { finding($0.result) }
        var range: Range?
        if let first = analysis.findings(at: position).first { range = first.range }
        if let field = field(at: position, in: analysis.positions) {
            parts.append(field.markdown)
            range = range ?? field.range
        }
        guard !parts.isEmpty else { return .null }
        var members: [(String, JSONValue)] = [
            ("contents", .object([("kind", .string("markdown")), ("value", .string(parts.joined(separator: "\n\n---\n\n")))])),
        ]
        if let range { members.append(("range", range.json)) }
        return .object(members)
    }

    static func finding(_ result: RuleResult) -> String {
        let citation = result.citation
        var text = "**\(result.title)** — `\(result.rule)` (\(result.severity.rawValue), \(result.status.rawValue))\n\n"
        text += "Premise **\(citation.premise)**, Interim Report (2014) section \(citation.section):\n\n"
        text += citation.quote.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
        if let reason = citation.reason { text += "\n\nAlso rests on: \(reason)" }
        if let exception = result.exception { text += "\n\nException '\(exception.name)': \(exception.reason)" }
        text += "\n\nFix: \(result.fix)"
        return text
    }

    /// The field whose key the position is on (block-style YAML), with the key's range.
    static func field(at position: Position, in positions: TextPositions) -> (markdown: String, range: Range)? {
        guard let (path, line) = YAMLLinePath.path(atLine: position.line, lines: positions.lineText) else { return nil }
        // Keys and what precedes them are ASCII: columns in characters are UTF-16 columns.
        let keyRange = Range(start: Position(line: position.line, character: line.keyColumn),
                             end: Position(line: position.line, character: line.keyColumn + line.key.count))
        guard keyRange.contains(position), let markdown = FieldDocumentation.markdown(for: path) else { return nil }
        return (markdown, keyRange)
    }
}
