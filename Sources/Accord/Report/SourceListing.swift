/// A proposal's source as the review page shows it: numbered lines, each finding's (or, for an
/// invalid proposal, each problem's) place marked from its column to the end of its line and
/// linked back to the finding, whose own place links to the line (`MemoReport.linksToSource`).
/// Findings are numbered as `MemoReport` lists them: grouped by premise.
enum SourceListing {
    static func render(_ report: ProposalReport, index: Int, bytes: [UInt8], ruleSet: RuleSet) -> String {
        var marks: [Int: [(column: Int, number: Int, label: String)]] = [:]
        if report.verdict == .invalid {
            for (offset, problem) in report.problems.enumerated() {
                marks[problem.location.line, default: []].append((problem.location.column, offset + 1, "problem \(offset + 1)"))
            }
        } else {
            let findings = ReportText.findingsByPremise(report, ruleSet: ruleSet).flatMap(\.findings)
            for (offset, finding) in findings.enumerated() {
                marks[finding.location.line, default: []].append((finding.location.column, offset + 1, "finding \(offset + 1): \(finding.rule)"))
            }
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // A browser sends a textarea's lines ended by CRLF, which Swift reads as one Character:
        // every kind of line end ends a line, as the YAML loader counts them.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if lines.count > 1, lines.last == "" { lines.removeLast() }
        let caption = "Source of " + ReportText.name(report)
        var out = "<figure class=\"source\">\n<figcaption>\(Markup.escape(caption))</figcaption>\n<ol class=\"lines\">\n"
        for (offset, line) in lines.enumerated() {
            let number = offset + 1
            let id = MemoReport<HTMLMarkup>.lineAnchor(index, number)
            guard let here = marks[number] else {
                out += "<li id=\"\(id)\"><span class=\"ln\" aria-hidden=\"true\">\(number)</span><code>\(Markup.escape(line))</code></li>\n"
                continue
            }
            // The first mark's column decides where the highlight starts (columns count characters from 1).
            let column = max(1, here.map(\.column).min() ?? 1)
            let split = line.index(line.startIndex, offsetBy: min(column - 1, line.count))
            out += "<li id=\"\(id)\" class=\"hit\"><span class=\"ln\" aria-hidden=\"true\">\(number)</span><code>"
                + Markup.escape(String(line[..<split])) + "<mark>" + Markup.escape(String(line[split...])) + "</mark></code>"
            for mark in here {
                out += " <a class=\"back\" href=\"#\(MemoReport<HTMLMarkup>.findingAnchor(index, mark.number))\">↑ \(Markup.escape(mark.label))</a>"
            }
            out += "</li>\n"
        }
        // A place past the last line (an empty proposal, a problem at the end): still linked.
        for number in marks.keys.sorted() where number > lines.count || number < 1 {
            for mark in marks[number]! {
                out += "<li class=\"hit\"><a class=\"back\" href=\"#\(MemoReport<HTMLMarkup>.findingAnchor(index, mark.number))\">↑ \(Markup.escape(mark.label)) (line \(number))</a></li>\n"
            }
        }
        return out + "</ol>\n</figure>\n"
    }
}
