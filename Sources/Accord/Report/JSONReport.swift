/// The JSON report of SPEC section 6 (`--format json`); `schemas/report.schema.json` describes it.
public enum JSONReport {
    public static let formatVersion = 1

    public static func render(_ batch: BatchReport) -> String {
        var out = ""
        var writer = ReportStream(format: .json, ruleSet: batch.ruleSet) { out += $0 }
        batch.reports.forEach { writer.add($0) }
        writer.finish(waiverNotes: batch.waiverNotes, skipped: batch.skipped)
        return out
    }

    /// The members before `results`.
    static func header(_ ruleSet: RuleSet) -> [(String, JSONValue)] {
        [
            ("format", .string("accord-report")),
            ("version", .int(formatVersion)),
            ("accord", .string(AccordVersion.current)),
            ("ruleset", .object([
                ("digest", .string(ruleSet.digest)),
                ("premises", .int(ruleSet.premises.count)),
                ("rules", .int(ruleSet.rules.count)),
            ])),
        ]
    }

    /// The members after `results`: they need the whole batch.
    static func footer(_ tally: BatchTally, waiverNotes: [WaiverNote], skipped: [String]) -> [(String, JSONValue)] {
        [
            ("summary", .object([("files", .int(tally.files))] + Verdict.allCases.map { ($0.rawValue, .int(tally.count($0))) })),
            ("skipped", .array(skipped.map(JSONValue.string))),
            ("waivers", .array(waiverNotes.map { note in
                .object([
                    ("status", .string(note.kind.rawValue)),
                    ("rule", .string(note.waiver.rule)),
                    ("proposal", .string(note.waiver.proposal)),
                    ("expires", .string(note.waiver.expires)),
                    ("message", .string(note.message)),
                    ("location", location(note.waiver.location)),
                ])
            })),
        ]
    }

    public static func result(_ report: ProposalReport) -> JSONValue {
        .object([
            ("path", .string(report.path)),
            ("proposal", report.proposalID.map(JSONValue.string) ?? .null),
            ("verdict", .string(report.verdict.rawValue)),
            ("findings", .array(report.results.compactMap { $0.isFinding ? finding($0) : nil })),
            ("errors", .array(report.problems.map { problem in
                .object([
                    ("message", .string(problem.message)),
                    ("hint", problem.hint.map(JSONValue.string) ?? .null),
                    ("location", location(problem.location)),
                ])
            })),
        ])
    }

    public static func finding(_ result: RuleResult) -> JSONValue {
        var members: [(String, JSONValue)] = [
            ("rule", .string(result.rule)),
            ("premise", .string(result.premise)),
            ("severity", .string(result.severity.rawValue)),
            ("status", .string(result.status.rawValue)),
            ("title", .string(result.title)),
            ("message", .string(result.message)),
            ("location", location(result.location)),
            ("citation", .object([
                ("premise", .string(result.citation.premise)),
                ("section", .string(result.citation.section)),
                ("quote", .string(result.citation.quote)),
            ])),
            ("explanation", explanation(result.explanation)),
            ("fix", .string(result.fix)),
            ("guidance", .string(result.guidance)),
        ]
        if let exception = result.exception {
            members.append(("exception", .object([("name", .string(exception.name)), ("reason", .string(exception.reason))])))
        }
        if let waiver = result.waiver {
            members.append(("waiver", .object([
                ("approver", .string(waiver.approver)),
                ("justification", .string(waiver.justification)),
                ("expires", .string(waiver.expires)),
            ])))
        }
        return .object(members)
    }

    /// The chain of conditions that decided a finding; the SARIF report carries the same.
    public static func explanation(_ steps: [ExplanationStep]) -> JSONValue {
        .array(steps.map { step in
            .object([
                ("condition", .string(step.condition)),
                ("result", .string(step.result.rawValue)),
                ("seen", step.seen.map(JSONValue.string) ?? .null),
                ("location", step.location.map(location) ?? .null),
                ("depth", .int(step.depth)),
            ])
        })
    }

    static func location(_ location: SourceLocation) -> JSONValue {
        .object([("path", .string(location.path)), ("line", .int(location.line)), ("column", .int(location.column))])
    }
}
