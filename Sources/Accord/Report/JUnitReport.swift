import Foundation

/// The JUnit XML report (`--format junit`) in the Apache Ant form that CI platforms read, valid
/// against `shared/schemas/junit.xsd`.
///
/// A `<testsuites>` wrapper holds one `<testsuite>` per proposal file and, in it, one `<testcase>`
/// per rule that applies to the proposal: a `<failure>` for a violated or undetermined rule (its
/// `type` says which; every severity counts, the message names it), `<skipped>` for a waived one
/// or one the baseline already holds (`existing`).
/// An invalid proposal has a single test case, `accord.invalid-input`, with an `<error>` listing
/// every problem. Notes on waivers go to the `<system-err>` of the proposal they name.
///
/// The schema wants a time stamp without a zone (UTC here), a host name (always `localhost`, so
/// that reports are reproducible) and times (always `0`: rules take no measurable time).
public enum JUnitReport {
    public static func render(_ batch: BatchReport, timestamp: Date) -> String {
        let stamp = String(ReportText.timestamp(timestamp).dropLast())  // without the "Z"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n"
        for (id, report) in batch.reports.enumerated() {
            out += suite(report, id: id, timestamp: stamp, batch: batch)
        }
        out += "</testsuites>\n"
        return out
    }

    static func suite(_ report: ProposalReport, id: Int, timestamp: String, batch: BatchReport) -> String {
        let name = ReportText.name(report)
        let failures = report.results.filter(\.isFailure).count
        let skipped = report.results.filter { $0.status == .waived || $0.status == .existing }.count
        let invalid = report.verdict == .invalid
        let attributes: [(String, String)] = [
            ("name", name),
            ("package", report.path),
            ("id", String(id)),
            ("timestamp", timestamp),
            ("hostname", "localhost"),
            ("tests", String(invalid ? 1 : report.results.count)),
            ("failures", String(failures)),
            ("errors", invalid ? "1" : "0"),
            ("skipped", String(skipped)),
            ("time", "0"),
        ]
        var out = "  <testsuite\(attributeText(attributes))>\n"
        out += "    <properties>\n"
        var properties: [(String, String)] = [("path", report.path), ("proposal", report.proposalID ?? "")]
        if let title = report.proposalTitle { properties.append(("title", title)) }
        properties += [
            ("verdict", report.verdict.rawValue),
            ("accord.version", AccordVersion.current),
            ("ruleset.digest", batch.ruleSet.digest),
        ]
        for (key, value) in properties {
            out += "      <property\(attributeText([("name", key), ("value", value)]))/>\n"
        }
        out += "    </properties>\n"

        if invalid {
            let first = report.problems.first.map(ReportText.problem) ?? "the proposal is invalid"
            let more = report.problems.count > 1 ? " (and \(report.problems.count - 1) more)" : ""
            let body = report.problems.map { "\($0.location): error: \(ReportText.problem($0))" }.joined(separator: "\n")
            out += "    <testcase\(attributeText([("name", SARIFReport.invalidInputRule), ("classname", name), ("time", "0")]))>\n"
            out += "      <error\(attributeText([("message", first + more), ("type", "invalid")]))>\(Markup.escape(body))</error>\n"
            out += "    </testcase>\n"
        }
        for result in report.results {
            let attributes = [("name", result.rule), ("classname", "\(name).\(result.premise)"), ("time", "0")]
            switch result.status {
            case .violated, .undetermined:
                out += "    <testcase\(attributeText(attributes))>\n"
                let message = "\(result.severity.rawValue): \(result.message)"
                out += "      <failure\(attributeText([("message", message), ("type", result.status.rawValue)]))>\(Markup.escape(details(result)))</failure>\n"
                out += "    </testcase>\n"
            case .waived:
                out += "    <testcase\(attributeText(attributes))>\n"
                let message = result.waiver.map(ReportText.waiver) ?? "waived"
                out += "      <skipped\(attributeText([("message", message)]))>\(Markup.escape(details(result)))</skipped>\n"
                out += "    </testcase>\n"
            case .existing:
                out += "    <testcase\(attributeText(attributes))>\n"
                let message = "existing: \(result.baselined?.status.rawValue ?? "failing") and in the baseline"
                out += "      <skipped\(attributeText([("message", message)]))>\(Markup.escape(details(result)))</skipped>\n"
                out += "    </testcase>\n"
            case .satisfied, .notApplicable:
                out += "    <testcase\(attributeText(attributes))/>\n"
            }
        }

        var standardOutput = "\(name) (\(report.path)): \(report.verdict.rawValue)\n"
        for result in report.results {
            if let exception = result.exception {
                standardOutput += "\(result.rule): satisfied by the exception '\(exception.name)': \(exception.reason)\n"
            }
        }
        let notes = batch.waiverNotes.filter { $0.waiver.proposal == report.proposalID }
        let standardError = notes.map { "\($0.waiver.location): warning: \($0.message)\n" }.joined()
        out += "    <system-out>\(Markup.escape(standardOutput))</system-out>\n"
        out += "    <system-err>\(Markup.escape(standardError))</system-err>\n"
        out += "  </testsuite>\n"
        return out
    }

    /// The body of a failure or skip: where, the premise's words, why, and the fix.
    static func details(_ result: RuleResult) -> String {
        var lines = [
            "\(result.severity.rawValue) \(result.rule) [\(result.premise)] \(result.status.rawValue) at \(result.location)",
            result.message,
            "premise (\(result.citation.section)): \"\(result.citation.quote)\"",
        ]
        if let reason = result.citation.reason { lines.append("rests also on: \(reason)") }
        lines.append("why:")
        lines += result.explanation.map { String(repeating: "  ", count: $0.depth + 1) + "- " + ReportText.step($0) }
        lines.append("fix: \(result.fix)")
        if let waiver = result.waiver { lines.append(ReportText.waiver(waiver)) }
        return lines.joined(separator: "\n") + "\n"
    }

    static func attributeText(_ attributes: [(String, String)]) -> String {
        attributes.map { " \($0.0)=\"\(Markup.escape($0.1, attribute: true))\"" }.joined()
    }
}
