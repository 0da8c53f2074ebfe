import Accord

/// Quick fixes: where a failing rule's derived fix is a change of fields, one action that makes
/// it, titled with the rule's own advice. The client applies it only when the planner chooses it.
/// Each action is tried on a copy of the document first, and offered only if the rule then holds:
/// a fix that adds `host_nation_consent` offers the value the rule needs, and a fix that would not
/// satisfy the rule is not offered at all.
struct CodeActionProvider {
    let checker: Checker
    /// Most combinations of candidate values tried for one finding.
    static let maxTrials = 16

    func actions(uri: String, path: String, analysis: DocumentAnalysis, range: Range, diagnostics: DiagnosticBuilder) -> [JSONValue] {
        guard let editor = YAMLFieldEditor(analysis.positions) else { return [] }
        return analysis.findings.filter { $0.result.isFailure && overlaps($0.range, range) }.compactMap { placed in
            guard let edits = fix(placed.result, editor: editor, path: path) else { return nil }
            let advice = placed.result.guidance.isEmpty ? placed.result.fix : placed.result.guidance
            let textEdits: [JSONValue] = edits.map { edit in
                let range = Range(start: analysis.positions.position(ofOffset: edit.range.lowerBound), end: analysis.positions.position(ofOffset: edit.range.upperBound))
                return .object([("range", range.json), ("newText", .string(edit.text))])
            }
            return .object([
                ("title", .string(advice)),
                ("kind", .string("quickfix")),
                ("diagnostics", .array([diagnostics.finding(placed)])),
                ("isPreferred", .bool(true)),
                ("edit", .object([("changes", .object([(uri, .array(textEdits))]))])),
            ])
        }
    }

    /// The edits that make every field change of the finding's fix, with values that satisfy the
    /// rule; nil when a change is not a field change or no tried combination satisfies it.
    func fix(_ result: RuleResult, editor: YAMLFieldEditor, path: String) -> [YAMLFieldEditor.Edit]? {
        let changes = result.changes.map(FieldChange.parse)
        guard !changes.isEmpty, changes.allSatisfy({ $0 != nil }) else { return nil }
        let choices: [[String]] = changes.map { change in
            switch change! {
            case .set(_, let values), .add(_, let values): return values
            case .addItem(_, let value): return [value]
            }
        }
        for combination in Self.combinations(choices).prefix(Self.maxTrials) {
            var edits: [YAMLFieldEditor.Edit] = []
            for (change, value) in zip(changes, combination) {
                guard let edit = editor.edit(change!, value: value) else { return nil }
                edits.append(edit)
            }
            guard !Self.overlap(edits) else { return nil }
            if satisfies(result.rule, after: edits, in: editor.bytes, path: path) { return edits }
        }
        return nil
    }

    /// Whether the rule no longer fails once the edits are made.
    private func satisfies(_ rule: String, after edits: [YAMLFieldEditor.Edit], in bytes: [UInt8], path: String) -> Bool {
        var edited = bytes
        for edit in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
            edited.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        }
        guard let report = checker.check(InputFile(path: path, bytes: edited)), report.verdict != .invalid else { return false }
        return !report.results.contains { $0.rule == rule && $0.isFailure }
    }

    static func combinations(_ choices: [[String]]) -> [[String]] {
        choices.reduce([[]]) { partial, options in
            partial.flatMap { prefix in options.map { prefix + [$0] } }.prefix(maxTrials).map { $0 }
        }
    }

    private static func overlap(_ edits: [YAMLFieldEditor.Edit]) -> Bool {
        let sorted = edits.sorted { $0.range.lowerBound < $1.range.lowerBound }
        return zip(sorted, sorted.dropFirst()).contains { $0.range.upperBound > $1.range.lowerBound }
    }

    /// Whether the ranges share a line: a client asks with the cursor's place, which may stand
    /// before a finding's range on its line.
    private func overlaps(_ a: Range, _ b: Range) -> Bool { a.start.line <= b.end.line && b.start.line <= a.end.line }
}
