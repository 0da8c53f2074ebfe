/// The JSON report of SPEC section 6 (`--format json`); `schemas/report.schema.json` describes it.
public enum JSONReport {
    public static let formatVersion = 1

    public static func render(_ batch: BatchReport) -> String {
        var out: [UInt8] = []
        var writer = ReportStream(format: .json, ruleSet: batch.ruleSet) { out += $0 }
        batch.reports.forEach { writer.add($0) }
        writer.finish(waiverNotes: batch.waiverNotes, baseline: batch.baseline, skipped: batch.skipped)
        return String(decoding: out, as: UTF8.self)
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
    static func footer(_ tally: BatchTally, waiverNotes: [WaiverNote], baseline: BaselineSummary?, skipped: [String]) -> [(String, JSONValue)] {
        var members: [(String, JSONValue)] = [
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
        if let baseline {
            members.append(("baseline", .object([
                ("path", .string(baseline.path)),
                ("existing", .int(baseline.existing)),
                ("unmatched", .array(baseline.unmatched.map { entry in
                    .object([
                        ("fingerprint", .string(entry.fingerprint)),
                        ("rule", .string(entry.rule)),
                        ("proposal", .string(entry.proposal)),
                        ("message", .string(BaselineSummary.message(entry))),
                        ("location", location(entry.location)),
                    ])
                })),
            ])))
        }
        return members
    }

    /// One proposal's entry in `results`, written straight from its results: a batch report is
    /// mostly findings, and a tree of values for each would be built only to be written once.
    static func write(_ report: ProposalReport, to writer: inout JSONWriter) {
        writer.openObject()
        writer.member("path", report.path)
        writer.member("proposal", report.proposalID)
        writer.member("verdict", report.verdict.rawValue)
        writer.key("findings")
        writer.openArray()
        for result in report.results where result.isFinding {
            write(finding: result, proposal: report.proposalID, to: &writer)
        }
        writer.closeArray()
        writer.key("errors")
        writer.openArray()
        for problem in report.problems {
            writer.openObject()
            writer.member("message", problem.message)
            writer.member("hint", problem.hint)
            writer.key("location")
            write(problem.location, to: &writer)
            writer.closeObject()
        }
        writer.closeArray()
        writer.closeObject()
    }

    static func write(finding result: RuleResult, proposal: String?, to writer: inout JSONWriter) {
        let heading = result.headingJSON
        writer.openObject()
        writer.member("rule", escaped: heading.rule)
        writer.member("premise", escaped: heading.premise)
        writer.member("severity", result.severity.rawValue)
        writer.member("status", result.status.rawValue)
        if let baselined = result.baselined {
            writer.key("baseline")
            writer.openObject()
            writer.member("status", baselined.status.rawValue)
            writer.closeObject()
        }
        writer.member("fingerprint", result.baselined?.fingerprint ?? FindingFingerprint.of(result, proposal: proposal))
        writer.member("title", escaped: heading.title)
        writer.member("message", result.message)
        writer.key("location")
        write(result.location, to: &writer)
        writer.key("citation")
        writer.openObject()
        writer.member("premise", escaped: heading.citationPremise)
        writer.member("section", escaped: heading.section)
        writer.member("quote", escaped: heading.quote)
        if let reason = heading.reason { writer.member("reason", escaped: reason) }
        writer.closeObject()
        writer.key("explanation")
        write(result.explanation, to: &writer)
        writer.member("fix", result.fix)
        writer.member("guidance", result.guidance)
        if let exception = result.exception {
            writer.key("exception")
            writer.openObject()
            writer.member("name", exception.name)
            writer.member("reason", exception.reason)
            writer.closeObject()
        }
        if let waiver = result.waiver {
            writer.key("waiver")
            writer.openObject()
            writer.member("approver", waiver.approver)
            writer.member("justification", waiver.justification)
            writer.member("expires", waiver.expires)
            writer.closeObject()
        }
        writer.closeObject()
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

    /// As `explanation(_:)`, written straight to the report: a tree of values for each step of
    /// each finding would be built only to be written once.
    static func write(_ steps: [ExplanationStep], to writer: inout JSONWriter) {
        writer.openArray()
        for step in steps {
            writer.openObject()
            writer.member("condition", step.condition)
            writer.member("result", step.result.rawValue)
            writer.member("seen", step.seen)
            writer.key("location")
            if let location = step.location { write(location, to: &writer) } else { writer.null() }
            writer.key("depth")
            writer.int(step.depth)
            writer.closeObject()
        }
        writer.closeArray()
    }

    /// As `location(_:)`, written straight to the report.
    static func write(_ location: SourceLocation, to writer: inout JSONWriter) {
        writer.openObject()
        writer.member("path", location.path)
        writer.key("line")
        writer.int(location.line)
        writer.key("column")
        writer.int(location.column)
        writer.closeObject()
    }

    static func location(_ location: SourceLocation) -> JSONValue {
        .object([("path", .string(location.path)), ("line", .int(location.line)), ("column", .int(location.column))])
    }
}
