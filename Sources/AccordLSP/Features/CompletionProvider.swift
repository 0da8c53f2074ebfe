import Accord

/// Completion of the values of the format's enumerations (area, situation, location kind, role,
/// commitment type, use of force and of weapons, ...) with their meanings. Field names are left to
/// yaml-language-server and the JSON Schema: only Accord knows what the values mean.
enum CompletionProvider {
    static func completion(at position: Position, in positions: TextPositions) -> JSONValue {
        let text = positions.lineText(position.line)
        guard let (path, line) = YAMLLinePath.path(atLine: position.line, lines: positions.lineText),
              let offered = ValueMeanings.values(at: path) else {
            return .object([("isIncomplete", .bool(false)), ("items", .array([]))])
        }
        // Only after the colon: on the key itself the client completes field names.
        let cursor = utf16Column(position.character, in: text)
        guard cursor >= line.valueColumn, !line.value.hasPrefix("["), !line.value.hasPrefix("{") else { return .object([("isIncomplete", .bool(false)), ("items", .array([]))]) }
        // The value typed so far is replaced whole, so that choosing an item never leaves half a word behind.
        let replaced = Range(start: Position(line: position.line, character: line.valueColumn),
                             end: Position(line: position.line, character: line.valueColumn + line.value.utf16.count))
        let items: [JSONValue] = offered.values.enumerated().map { index, value in
            var documentation = ValueMeanings.meanings[value] ?? ""
            if let summary = offered.fieldSummary { documentation += (documentation.isEmpty ? "" : "\n\n") + "`\(path)`: \(summary)" }
            return .object([
                ("label", .string(value)),
                // LSP's CompletionItemKind.EnumMember.
                ("kind", .int(20)),
                ("detail", .string(ValueMeanings.meanings[value] ?? path)),
                ("documentation", .object([("kind", .string("markdown")), ("value", .string(documentation))])),
                ("sortText", .string(String(repeating: "0", count: max(0, 3 - String(index).count)) + String(index))),
                ("filterText", .string(value)),
                ("textEdit", .object([("range", replaced.json), ("newText", .string(value))])),
            ])
        }
        return .object([("isIncomplete", .bool(false)), ("items", .array(items))])
    }

    /// A UTF-16 column as a column of characters, for comparing with the line's ASCII prefix.
    private static func utf16Column(_ character: Int, in text: String) -> Int {
        var units = 0
        var characters = 0
        for scalar in text.unicodeScalars {
            if units >= character { break }
            units += scalar.utf16.count
            characters += 1
        }
        return characters + max(0, character - units)
    }
}
