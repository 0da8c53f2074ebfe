/// The report a planner reads in a terminal: grouped by file, each finding with its place,
/// the premise's words, why, and the fix.
public struct TextReport {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    private func paint(_ text: String, _ code: String) -> String {
        color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    private func verdictText(_ verdict: Verdict) -> String {
        switch verdict {
        case .compliant: return paint(verdict.rawValue, "32")
        case .nonCompliant: return paint(verdict.rawValue, "31;1")
        case .undetermined: return paint(verdict.rawValue, "33")
        case .invalid: return paint(verdict.rawValue, "35;1")
        }
    }

    private func severityText(_ severity: Severity) -> String {
        switch severity {
        case .error: return paint("error", "31")
        case .warning: return paint("warning", "33")
        case .info: return paint("info", "36")
        }
    }

    public func render(_ batch: BatchReport) -> String {
        var out: [UInt8] = []
        var writer = ReportStream(format: .text(color: color), ruleSet: batch.ruleSet) { out += $0 }
        batch.reports.forEach { writer.add($0) }
        writer.finish(waiverNotes: batch.waiverNotes, baseline: batch.baseline, skipped: batch.skipped)
        return String(decoding: out, as: UTF8.self)
    }

    /// What follows the proposals: waiver and baseline notes, files set aside, the summary line.
    func footer(_ tally: BatchTally, waiverNotes: [WaiverNote], baseline: BaselineSummary?, skipped: [String]) -> String {
        var out = ""
        for note in waiverNotes {
            out += "\(note.waiver.location): \(severityText(.warning)): \(note.message)\n"
        }
        if !waiverNotes.isEmpty { out += "\n" }
        if let baseline {
            for entry in baseline.unmatched {
                out += "\(entry.location): \(severityText(.info)): \(BaselineSummary.message(entry))\n"
            }
            let count = baseline.existing
            out += "baseline \(baseline.path): \(count) existing finding\(count == 1 ? "" : "s"), not counted against --fail-on; "
                + "\(baseline.unmatched.count) of its entries matched nothing\n\n"
        }
        if !skipped.isEmpty {
            out += "set aside (not proposals): \(skipped.joined(separator: ", "))\n\n"
        }
        out += paint(tally.summary, "1") + "\n"
        return out
    }

    public func render(_ report: ProposalReport) -> String {
        var out = paint(report.path, "1") + "  " + (report.proposalID ?? "(no id)") + "  " + verdictText(report.verdict) + "\n"
        for problem in report.problems {
            out += "  \(problem.location): \(severityText(.error)): \(problem.message)\n"
            if let hint = problem.hint { out += "    hint: \(hint)\n" }
        }
        for finding in report.results where finding.isFinding && finding.status != .existing && !ReportText.satisfiedByException(finding) {
            out += "  \(finding.location): \(severityText(finding.severity)) \(paint(finding.rule, "1")) [\(finding.premise)] \(finding.status.rawValue)\n"
            out += "    \(finding.message)\n"
            out += "    premise (\(finding.citation.section)): \(paint("\"\(ReportText.shortPassage(finding.citation.quote))\"", "2"))\n"
            if let reason = finding.citation.reason { out += "    rests also on: \(reason)\n" }
            out += "    why:\n"
            for step in finding.explanation {
                let indent = String(repeating: "  ", count: step.depth + 3)
                out += "\(indent)- \(ReportText.step(step))\n"
            }
            if let exception = finding.exception {
                out += "    exception: \(exception.name): \(exception.reason)\n"
            }
            if let waiver = finding.waiver {
                out += "    \(ReportText.waiver(waiver))\n"
            }
            if finding.status == .violated || finding.status == .undetermined {
                out += "    fix: \(ReportText.fix(finding))\n"
            }
        }
        // Rules an exception satisfied: no failure, so no severity word; one quiet line each.
        for finding in report.results where ReportText.satisfiedByException(finding) {
            out += "  \(finding.location): \(finding.rule): \(ReportText.exception(finding.exception!))\n"
        }
        // Findings the baseline already holds come last, one line each: known, not new.
        for finding in report.results where finding.status == .existing {
            let was = finding.baselined?.status.rawValue ?? ""
            out += "  \(finding.location): existing \(finding.rule) (\(was), in the baseline): \(finding.title)\n"
        }
        return out
    }
}
