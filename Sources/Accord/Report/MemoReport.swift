import Foundation

/// The markup a memo report is written in (Markdown or HTML). Functions that take `raw` text
/// escape it; the others take inline markup that one of the first kind made, so no text from a
/// proposal, a rule or a waiver reaches the output unescaped.
protocol MemoMarkup {
    /// Escaped inline text; runs between backticks (field paths, values) become code.
    func text(_ raw: String) -> String
    /// Escaped text shown as code.
    func code(_ raw: String) -> String
    /// Escaped text for a table cell.
    func cell(_ raw: String) -> String
    func strong(_ inline: String) -> String
    /// Secondary words (a section number, a hint).
    func muted(_ inline: String) -> String
    func badge(_ verdict: Verdict) -> String
    func link(_ inline: String, anchor: String) -> String
    /// An empty element that a link can point at (HTML); nothing in Markdown.
    func anchorTarget(_ anchor: String) -> String
    func document(title: String, meta: String, body: String) -> String
    func heading(_ level: Int, _ inline: String) -> String
    func paragraph(_ inline: String, kind: String) -> String
    /// A quoted passage; its line breaks are kept.
    func quote(_ raw: String, kind: String) -> String
    func table(header: [String], rows: [[String]], numeric: Set<Int>) -> String
    func list(_ items: [String]) -> String
    /// Labelled parts of a finding (Rule, Why, Fix …).
    func fields(_ fields: [(label: String, value: String)]) -> String
    /// The explanation, nested by each step's depth.
    func steps(_ steps: [ExplanationStep]) -> String
    func findingHeading(severity: Severity, status: String, title: String) -> String
    /// A block of the page (a proposal, a premise, a finding); `anchor` names it for links.
    func block(_ kind: String, anchor: String?, _ body: String) -> String
}

/// The content of the Markdown and HTML reports, decided once: a summary by verdict, notes on the
/// waiver file, then each proposal with its findings grouped by premise, each group under the
/// report's quoted passage, each finding with why, the fix and any waiver granted.
struct MemoReport<M: MemoMarkup> {
    let markup: M
    /// Whether places link to the proposal's source shown beside the report (the review page): each
    /// finding and problem then gets an anchor, and its `line:column` a link to its line.
    var linksToSource = false

    func render(_ batch: BatchReport, timestamp: Date) -> String {
        let meta = "Generated \(ReportText.timestamp(timestamp)) by Accord \(AccordVersion.current), rule set "
            + markup.code(batch.ruleSet.digest)
            + " (\(batch.ruleSet.premises.count) premises, \(batch.ruleSet.rules.count) rules)."
        var body = markup.heading(2, "Summary")
        body += markup.table(
            header: ["verdict", "proposals"],
            rows: Verdict.allCases.map { [markup.badge($0), String(batch.count($0))] }
                + [[markup.strong("total"), markup.strong(String(batch.reports.count))]],
            numeric: [1])
        if !batch.reports.isEmpty {
            body += markup.table(
                header: ["proposal", "title", "file", "verdict", "findings"],
                rows: batch.reports.enumerated().map { index, report in
                    [markup.link(markup.cell(report.proposalID ?? "(no id)"), anchor: anchor(index)),
                     markup.cell(report.proposalTitle ?? ""),
                     markup.cell(report.path),
                     markup.badge(report.verdict),
                     String(report.verdict == .invalid ? report.problems.count : report.findings.filter { !ReportText.satisfiedByException($0) }.count)]
                },
                numeric: [4])
        }
        if !batch.waiverNotes.isEmpty {
            body += markup.heading(2, "Waiver file")
            body += markup.list(batch.waiverNotes.map { note in
                markup.strong(note.kind.rawValue) + " " + markup.code(note.waiver.location.description) + ": " + markup.text(note.message)
            })
        }
        if let baseline = batch.baseline {
            body += markup.heading(2, "Baseline")
            body += markup.paragraph(markup.code(baseline.path) + ": \(baseline.existing) existing finding\(baseline.existing == 1 ? "" : "s"), "
                + "listed under each proposal and not counted against the gate; \(baseline.unmatched.count) of its entries matched nothing.", kind: "baseline")
            if !baseline.unmatched.isEmpty {
                body += markup.list(baseline.unmatched.map { markup.code($0.location.description) + ": " + markup.text(BaselineSummary.message($0)) })
            }
        }
        for (index, report) in batch.reports.enumerated() {
            body += markup.block("proposal", anchor: anchor(index), proposal(report, ruleSet: batch.ruleSet, index: index))
        }
        return markup.document(title: "Accord compliance report", meta: meta, body: body)
    }

    /// Anchors are numbered, never built from a proposal's text.
    func anchor(_ index: Int) -> String { "p\(index + 1)" }
    /// The anchor of a proposal's `number`th finding (or problem), counted from 1 in report order.
    static func findingAnchor(_ index: Int, _ number: Int) -> String { "p\(index + 1)-f\(number)" }
    /// The anchor of a line of a proposal's source listing.
    static func lineAnchor(_ index: Int, _ line: Int) -> String { "p\(index + 1)-L\(line)" }

    /// A place as code; on the review page, a link to its line in the source.
    func place(_ location: SourceLocation, index: Int) -> String {
        let code = markup.code(location.description)
        return linksToSource ? markup.link(code, anchor: Self.lineAnchor(index, location.line)) : code
    }

    func proposal(_ report: ProposalReport, ruleSet: RuleSet, index: Int) -> String {
        var heading = markup.text(ReportText.name(report))
        if let title = report.proposalTitle { heading += ": " + markup.text(title) }
        var out = markup.heading(2, heading)
        out += markup.paragraph("Verdict: " + markup.strong(markup.badge(report.verdict)) + " · file " + markup.code(report.path), kind: "file")
        if let description = report.proposalDescription {
            out += markup.quote(description.trimmingCharacters(in: .whitespacesAndNewlines), kind: "description")
        }
        if report.verdict == .invalid {
            out += markup.paragraph("The proposal is invalid and was not checked against the rules:", kind: "invalid")
            return out + markup.list(report.problems.enumerated().map { number, problem in
                (linksToSource ? markup.anchorTarget(Self.findingAnchor(index, number + 1)) : "")
                    + place(problem.location, index: index) + ": " + markup.text(problem.message)
                    + (problem.hint.map { " " + markup.muted("(hint: " + markup.text($0) + ")") } ?? "")
            })
        }
        let groups = ReportText.findingsByPremise(report, ruleSet: ruleSet)
        if groups.isEmpty {
            out += markup.paragraph("No findings: every rule that applies is satisfied.", kind: "none")
        }
        var number = 0
        for group in groups {
            var section = markup.heading(3, "Premise " + markup.code(group.premise)
                + (group.citation.section.isEmpty ? "" : " " + markup.muted("(Interim Report, " + markup.text(group.citation.section) + ")")))
            section += markup.quote(group.citation.quote, kind: "citation")
            for finding in group.findings {
                number += 1
                section += markup.block(
                    "finding \(finding.severity.rawValue) \(finding.status.rawValue)",
                    anchor: linksToSource ? Self.findingAnchor(index, number) : nil, self.finding(finding, index: index))
            }
            out += markup.block("premise", anchor: nil, section)
        }
        let excepted = report.results.filter(ReportText.satisfiedByException)
        if !excepted.isEmpty {
            out += markup.paragraph(markup.muted("Satisfied by an exception (not a finding):"), kind: "excepted")
            out += markup.list(excepted.map { result in
                markup.code(result.rule) + " " + markup.muted("(at " + markup.code(result.location.description) + ")")
                    + ": " + markup.text(ReportText.exception(result.exception!))
            })
        }
        let existing = report.results.filter { $0.status == .existing }
        if !existing.isEmpty {
            out += markup.paragraph(markup.muted("Existing findings, in the baseline:"), kind: "existing")
            out += markup.list(existing.map { finding in
                markup.code(finding.rule) + " " + markup.muted("(" + (finding.baselined?.status.rawValue ?? "") + ", at " + markup.code(finding.location.description) + ")")
                    + ": " + markup.text(finding.title)
            })
        }
        return out
    }

    func finding(_ finding: RuleResult, index: Int) -> String {
        var out = markup.heading(4, markup.findingHeading(severity: finding.severity, status: ReportText.status(finding), title: finding.title))
        out += markup.paragraph(markup.text(finding.message), kind: "message")
        var fields: [(label: String, value: String)] = [
            ("Rule", markup.code(finding.rule) + ", at " + place(finding.location, index: index)),
            ("Why", markup.steps(finding.explanation)),
        ]
        if let reason = finding.citation.reason {
            fields.append(("Rests also on", markup.text(reason)))
        }
        if let exception = finding.exception {
            fields.append(("Exception", markup.text(exception.name) + ": " + markup.text(exception.reason)))
        }
        if ReportText.showsFix(finding) {
            fields.append(("Fix", markup.text(ReportText.fix(finding))))
        }
        if let waiver = finding.waiver {
            fields.append(("Waiver", "granted by " + markup.text(waiver.approver) + ", expires " + markup.text(waiver.expires)
                + ": " + markup.text(waiver.justification)))
        }
        return out + markup.fields(fields)
    }
}
