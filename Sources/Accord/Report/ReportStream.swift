/// Writes the text or JSON report proposal by proposal, in input order, keeping only a tally:
/// memory stays flat however large the batch. The formats that open with totals (SARIF, JUnit,
/// Markdown, HTML) render a whole `BatchReport` instead.
public struct ReportStream {
    public enum Format: Sendable {
        case text(color: Bool)
        case json
    }

    public private(set) var tally = BatchTally()
    private let format: Format
    private let emit: (String) -> Void

    /// `emit` receives the report in pieces, in order.
    public init(format: Format, ruleSet: RuleSet, emit: @escaping (String) -> Void) {
        self.format = format
        self.emit = emit
        if case .json = format {
            let members = JSONReport.header(ruleSet).map { key, value in Self.member(key, value) }
            emit("{\n" + members.joined(separator: ",\n") + ",\n  \"results\": [")
        }
    }

    public mutating func add(_ report: ProposalReport) {
        add(report, rendered: Self.render(report, as: format))
    }

    /// Adds a report rendered beforehand with `render(_:as:)`: a batch renders on its worker
    /// threads, and only the writing is done in order.
    public mutating func add(_ report: ProposalReport, rendered: String) {
        switch format {
        case .text: emit(rendered + "\n")
        case .json: emit((tally.files == 0 ? "\n    " : ",\n    ") + rendered)
        }
        tally.add(report)
    }

    /// One proposal's part of the report, whatever its place in the batch.
    public static func render(_ report: ProposalReport, as format: Format) -> String {
        switch format {
        case .text(let color): return TextReport(color: color).render(report)
        case .json: return JSONReport.result(report).pretty(level: 2)
        }
    }

    public func finish(waiverNotes: [WaiverNote], skipped: [String]) {
        switch format {
        case .text(let color):
            emit(TextReport(color: color).footer(tally, waiverNotes: waiverNotes, skipped: skipped))
        case .json:
            let members = JSONReport.footer(tally, waiverNotes: waiverNotes, skipped: skipped).map { key, value in Self.member(key, value) }
            emit((tally.files == 0 ? "]" : "\n  ]") + ",\n" + members.joined(separator: ",\n") + "\n}\n")
        }
    }

    /// One member of the top-level object, as `JSONValue.pretty` writes it.
    private static func member(_ key: String, _ value: JSONValue) -> String {
        var name = ""
        JSONValue.writeString(key, to: &name)
        return "  " + name + ": " + value.pretty(level: 1)
    }
}
