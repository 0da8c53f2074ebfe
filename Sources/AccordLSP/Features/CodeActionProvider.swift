import Accord

/// Quick fixes: where a failing rule's derived fix is a change of fields, one action that makes
/// it, titled with the rule's own advice. The client applies it only when the planner chooses it.
/// Each action is tried on a copy of the document first, and offered only if the rule then holds:
/// a fix that adds `host_nation_consent` offers the value the rule needs, and a fix that would not
/// satisfy the rule is not offered at all. Where many values would do, none is offered.
struct CodeActionProvider {
    let checker: Checker
    /// Most combinations of candidate values tried for one finding.
    static let maxTrials = 16

    func actions(uri: String, path: String, analysis: DocumentAnalysis, range: Range, diagnostics: DiagnosticBuilder) -> [JSONValue] {
        guard let editor = YAMLFieldEditor(analysis.positions) else { return [] }
        return analysis.findings.filter { $0.result.isFailure && overlaps($0.range, range) }.flatMap { placed -> [JSONValue] in
            let fixes = fixes(placed.result, editor: editor, path: path)
            let advice = placed.result.guidance.isEmpty ? placed.result.fix : placed.result.guidance
            return fixes.map { fix in
                let textEdits: [JSONValue] = fix.edits.map { edit in
                    let range = Range(start: analysis.positions.position(ofOffset: edit.range.lowerBound), end: analysis.positions.position(ofOffset: edit.range.upperBound))
                    return .object([("range", range.json), ("newText", .string(edit.text))])
                }
                // Where several values would do, each action says which it sets.
                let title = fixes.count == 1 ? advice : advice + " (" + fix.values.map { "`\($0)`" }.joined(separator: ", ") + ")"
                return .object([
                    ("title", .string(title)),
                    ("kind", .string("quickfix")),
                    ("diagnostics", .array([diagnostics.finding(placed)])),
                    ("isPreferred", .bool(fixes.count == 1)),
                    ("edit", .object([("changes", .object([(uri, .array(textEdits))]))])),
                ])
            }
        }
    }

    /// Edits that make the field changes of a finding's fix, and the values they write.
    struct Fix {
        var edits: [YAMLFieldEditor.Edit]
        var values: [String]
    }

    /// Most fixes offered for one finding: where more values would satisfy the rule (`area`, one of
    /// 22), choosing is the planner's, and the rule's advice in the diagnostic says so.
    static let maxFixes = 3

    /// The edits that make every field change of the finding's fix, for each combination of values
    /// that satisfies the rule; none when a change is not a field change or none satisfies it.
    func fixes(_ result: RuleResult, editor: YAMLFieldEditor, path: String) -> [Fix] {
        let changes = result.changes.compactMap(FieldChange.parse)
        guard !changes.isEmpty, changes.count == result.changes.count else { return [] }
        let choices: [[String]] = changes.map { change in
            switch change {
            case .set(_, let values), .add(_, let values): return values
            case .addItem(_, let value): return [value]
            }
        }
        let combinations = Self.combinations(choices)
        guard combinations.count <= Self.maxTrials else { return [] }
        var fixes: [Fix] = []
        for combination in combinations {
            var edits: [YAMLFieldEditor.Edit] = []
            for (change, value) in zip(changes, combination) {
                guard let edit = editor.edit(change, value: value) else { return [] }
                edits.append(edit)
            }
            guard !Self.overlap(edits) else { return [] }
            if satisfies(result.rule, after: edits, in: editor.bytes, path: path) { fixes.append(Fix(edits: edits, values: combination)) }
        }
        return fixes.count <= Self.maxFixes ? fixes : []
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

    /// Every combination of one value for each change, up to one more than `maxTrials` (to tell there are more).
    static func combinations(_ choices: [[String]]) -> [[String]] {
        choices.reduce([[]]) { partial, options in
            Array(partial.flatMap { prefix in options.map { prefix + [$0] } }.prefix(maxTrials + 1))
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
