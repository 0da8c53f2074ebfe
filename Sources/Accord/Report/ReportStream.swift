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
    private let emit: ([UInt8]) -> Void
    /// The JSON document around the results, which stays open while they go by.
    private var document = JSONWriter(indented: true)

    /// `emit` receives the report in pieces of UTF-8, in order.
    public init(format: Format, ruleSet: RuleSet, emit: @escaping ([UInt8]) -> Void) {
        self.format = format
        self.emit = emit
        if case .json = format {
            document.openObject()
            for (name, value) in JSONReport.header(ruleSet) {
                document.key(text: name)
                document.value(value)
            }
            document.key("results")
            document.openArray()
            document.flush(emit)
        }
    }

    public mutating func add(_ report: ProposalReport) {
        add(rendered: Self.render(report, as: format), counts: ReportCounts(report))
    }

    /// Adds a report rendered beforehand with `render(_:as:)`, and counted with `ReportCounts`:
    /// a batch renders and counts on its worker threads, and only the writing is done in order.
    public mutating func add(rendered: [UInt8], counts: ReportCounts) {
        switch format {
        case .text: emit(rendered)
        case .json:
            document.rendered(rendered)
            document.flush(emit)
        }
        tally.add(counts)
    }

    /// One proposal's part of the report, whatever its place in the batch.
    public static func render(_ report: ProposalReport, as format: Format) -> [UInt8] {
        switch format {
        case .text(let color):
            var bytes = Array(TextReport(color: color).render(report).utf8)
            bytes.append(UInt8(ascii: "\n"))
            return bytes
        case .json:
            // Room for a proposal with many findings (the largest run to about 20 KB): growing
            // the buffer on the way copied it several times over.
            var writer = JSONWriter(indented: true, level: 2, capacity: 32768)
            JSONReport.write(report, to: &writer)
            return writer.take()
        }
    }

    public mutating func finish(waiverNotes: [WaiverNote], baseline: BaselineSummary? = nil, skipped: [String]) {
        switch format {
        case .text(let color):
            emit(Array(TextReport(color: color).footer(tally, waiverNotes: waiverNotes, baseline: baseline, skipped: skipped).utf8))
        case .json:
            document.closeArray()
            for (name, value) in JSONReport.footer(tally, waiverNotes: waiverNotes, baseline: baseline, skipped: skipped) {
                document.key(text: name)
                document.value(value)
            }
            document.closeObject()
            emit(document.take() + [UInt8(ascii: "\n")])
        }
    }
}
