import Foundation

/// The SARIF 2.1.0 report (`--format sarif`) for code-scanning platforms such as GitHub's.
///
/// One run. `tool.driver.rules` holds every rule of the rule set as a `reportingDescriptor` (by id),
/// and `accord.invalid-input` for proposals that could not be read or break the format.
/// Results are the findings that still stand, were waived or are in the baseline (violated,
/// undetermined, waived, existing; a waived one carries an external `suppression`). With a
/// baseline every result has a `baselineState`: `unchanged` for one the baseline holds, `new`
/// otherwise; baseline entries that matched nothing are notifications. Satisfied findings, even
/// those an exception decided, are no results.
///
/// Decision: an invalid proposal's problems are *results* of `accord.invalid-input` at level
/// `error`, each at its file, line and column, not `toolExecutionNotifications`. GitHub code
/// scanning shows results as alerts on the file and line, and shows notifications only in the
/// tool's status page, where an author would miss that the proposal was never checked. The notes on
/// the operator's waiver file (expired or unused waivers) are not about any proposal: they are
/// `toolExecutionNotifications` of the one invocation.
///
/// The output holds no time stamp and no absolute path of the working directory, so the same inputs
/// give the same bytes on any machine.
public enum SARIFReport {
    public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"
    public static let invalidInputRule = "accord.invalid-input"

    /// - Parameter workingDirectory: absolute path that artifact URIs are made relative to.
    public static func render(_ batch: BatchReport, workingDirectory: String) -> String {
        document(batch, workingDirectory: workingDirectory).pretty() + "\n"
    }

    public static func document(_ batch: BatchReport, workingDirectory: String) -> JSONValue {
        let descriptors = ([(invalidInputRule, invalidInputDescriptor)] + batch.ruleSet.rules.map { ($0.id, descriptor($0, batch.ruleSet)) })
            .sorted { $0.0 < $1.0 }
        var index: [String: Int] = [:]
        for (position, (id, _)) in descriptors.enumerated() { index[id] = position }

        var results: [JSONValue] = []
        for report in batch.reports {
            let path = ReportText.relativePath(report.path, workingDirectory: workingDirectory)
            for problem in report.problems {
                results.append(invalidResult(problem, report: report, workingDirectory: workingDirectory, ruleIndex: index[invalidInputRule]!))
            }
            for finding in report.results where finding.isFinding && finding.status != .satisfied {
                var entry = result(finding, report: report, path: path, workingDirectory: workingDirectory, ruleIndex: index[finding.rule])
                if batch.baseline != nil, case .object(var members) = entry {
                    members.append(("baselineState", .string(finding.status == .existing ? "unchanged" : "new")))
                    entry = .object(members)
                }
                results.append(entry)
            }
        }

        var notifications: [JSONValue] = batch.waiverNotes.map { note in
            .object([
                ("level", .string("warning")),
                ("message", .object([("text", .string(note.message))])),
            ] + locations(note.waiver.location, workingDirectory: workingDirectory))
        }
        notifications += (batch.baseline?.unmatched ?? []).map { entry in
            .object([
                ("level", .string("note")),
                ("message", .object([("text", .string(BaselineSummary.message(entry)))])),
            ] + locations(entry.location, workingDirectory: workingDirectory))
        }

        return .object([
            ("$schema", .string(schemaURI)),
            ("version", .string("2.1.0")),
            ("runs", .array([.object([
                ("tool", .object([("driver", .object([
                    ("name", .string("accord")),
                    ("version", .string(AccordVersion.current)),
                    ("semanticVersion", .string(AccordVersion.current)),
                    ("rules", .array(descriptors.map(\.1))),
                ]))])),
                ("invocations", .array([.object([
                    ("executionSuccessful", .bool(true)),
                    ("toolExecutionNotifications", .array(notifications)),
                ])])),
                ("columnKind", .string("unicodeCodePoints")),
                ("results", .array(results)),
                ("properties", .object([
                    ("rulesetDigest", .string(batch.ruleSet.digest)),
                    ("summary", .object([("files", .int(batch.reports.count))] + Verdict.allCases.map { ($0.rawValue, .int(batch.count($0))) })),
                ])),
            ])])),
        ])
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    static func descriptor(_ rule: Rule, _ ruleSet: RuleSet) -> JSONValue {
        let premise = ruleSet.premise(rule.premise)
        let section = premise?.section ?? ""
        let passage = premise?.passage ?? ""
        var full = "\(rule.title). It rests on the premise `\(rule.premise)`"
        if !section.isEmpty { full += " (Interim Report, \(section))" }
        full += passage.isEmpty ? "." : ": \"\(passage)\""
        if let reason = rule.reason { full += " It rests also on: \(reason)" }
        var helpText = "Fix: \(rule.fix.source)"
        var helpMarkdown = "**Fix:** \(rule.fix.source)"
        if let premise {
            helpText += "\n\nPremise `\(premise.id)` (\(premise.section)): \(premise.reading)\n\n\"\(passage)\""
            helpMarkdown += "\n\n**Premise** `\(premise.id)` (\(premise.section)): \(premise.reading)\n\n> \(passage)"
        }
        return .object([
            ("id", .string(rule.id)),
            ("name", .string(pascalCase(rule.id))),
            ("shortDescription", .object([("text", .string(rule.title))])),
            ("fullDescription", .object([("text", .string(full))])),
            ("help", .object([("text", .string(helpText)), ("markdown", .string(helpMarkdown))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.severity)))])),
            ("properties", .object([
                ("premise", .string(rule.premise)),
                ("section", .string(section)),
                ("tags", .array([.string("compliance"), .string(rule.premise)])),
            ])),
        ])
    }

    static let invalidInputDescriptor: JSONValue = .object([
        ("id", .string(invalidInputRule)),
        ("name", .string("InvalidInput")),
        ("shortDescription", .object([("text", .string("The proposal can be read and follows the proposal format"))])),
        ("fullDescription", .object([("text", .string(
            "A proposal that cannot be read, or that breaks the proposal format (an unknown field, a value of the wrong type, a value outside its list), is invalid and was not checked against any rule."))])),
        ("help", .object([("text", .string("Correct the proposal at the place given; the message's hint says how. `accord init` writes a template that passes `accord check` once filled."))])),
        ("defaultConfiguration", .object([("level", .string("error"))])),
        ("properties", .object([("tags", .array([.string("compliance"), .string("input")]))])),
    ])

    static func result(_ finding: RuleResult, report: ProposalReport, path: String, workingDirectory: String, ruleIndex: Int?) -> JSONValue {
        var text = (finding.baselined?.status ?? finding.status) == .undetermined ? "Undetermined: \(finding.message)" : finding.message
        text += " Fix: \(finding.fix)"
        var properties: [(String, JSONValue)] = [
            ("proposal", report.proposalID.map(JSONValue.string) ?? .null),
            ("premise", .string(finding.premise)),
            ("status", .string(finding.status.rawValue)),
            ("severity", .string(finding.severity.rawValue)),
            ("section", .string(finding.citation.section)),
            ("explanation", JSONReport.explanation(finding.explanation)),
            ("fix", .string(finding.fix)),
        ]
        var members: [(String, JSONValue)] = [("ruleId", .string(finding.rule))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members += [
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string(text))])),
        ]
        members += locations(finding.location, workingDirectory: workingDirectory)
        members += [
            ("partialFingerprints", .object([(FindingFingerprint.key, .string(
                finding.baselined?.fingerprint ?? FindingFingerprint.of(finding, proposal: report.proposalID)))])),
        ]
        if let waiver = finding.waiver {
            members.append(("suppressions", .array([.object([
                ("kind", .string("external")),
                ("status", .string("accepted")),
                ("justification", .string(waiver.justification)),
                ("location", location(waiver.location, workingDirectory: workingDirectory) ?? .null),
            ].filter { $0.1 != .null })])))
            properties.append(("waiver", .object([
                ("approver", .string(waiver.approver)),
                ("expires", .string(waiver.expires)),
            ])))
        }
        members.append(("properties", .object(properties)))
        return .object(members)
    }

    static func invalidResult(_ problem: Diagnostic, report: ProposalReport, workingDirectory: String, ruleIndex: Int) -> JSONValue {
        let path = ReportText.relativePath(problem.location.path, workingDirectory: workingDirectory)
        let head: [(String, JSONValue)] = [
            ("ruleId", .string(invalidInputRule)),
            ("ruleIndex", .int(ruleIndex)),
            ("level", .string("error")),
            ("message", .object([("text", .string("The proposal is invalid and was not checked: \(ReportText.problem(problem))"))])),
        ]
        return .object(head + locations(problem.location, workingDirectory: workingDirectory) + [
            ("partialFingerprints", .object([(FindingFingerprint.key, .string(FindingFingerprint.ofProblem(
                problem.message, rule: invalidInputRule, proposal: report.proposalID, path: path)))])),
            ("properties", .object([
                ("proposal", report.proposalID.map(JSONValue.string) ?? .null),
                ("status", .string(Verdict.invalid.rawValue)),
                ("hint", problem.hint.map(JSONValue.string) ?? .null),
            ])),
        ])
    }

    /// The `locations` member: none for standard input, which has no URI.
    static func locations(_ place: SourceLocation, workingDirectory: String) -> [(String, JSONValue)] {
        location(place, workingDirectory: workingDirectory).map { [("locations", .array([$0]))] } ?? []
    }

    /// A physical location, or nil for standard input, which has no URI.
    static func location(_ place: SourceLocation, workingDirectory: String) -> JSONValue? {
        guard place.path != "<stdin>" else { return nil }
        return .object([("physicalLocation", .object([
            ("artifactLocation", .object([("uri", .string(uri(ReportText.relativePath(place.path, workingDirectory: workingDirectory))))])),
            ("region", .object([("startLine", .int(max(1, place.line))), ("startColumn", .int(max(1, place.column)))])),
        ]))])
    }

    /// A relative path as a URI reference; an absolute one as a `file:` URI.
    static func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":;?#[]@!$&'()*+,=")
        let encoded = path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    /// `international-law.host-nation-consent` → `InternationalLawHostNationConsent`.
    static func pascalCase(_ id: String) -> String {
        id.split { !$0.isLetter && !$0.isNumber }.map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }
}
