import Foundation

/// The report parts of the review page that `accord serve` gives legal advisors (`GET /`, `POST /`,
/// `GET /premises`): the HTML report's content (`MemoReport`) with each finding linked both ways
/// to its line in the proposal's source, and the premise catalogue. Plain HTML generation, here so
/// that it shares the HTML report's markup and escaping; the server adds the form, the document
/// around it and the headers. Everything from a proposal or a rule is escaped, and every anchor
/// is numbered, never built from their text.
public enum ReviewPage {
    /// Every proposal of a batch, each with its source listing; `sources[i]` holds the bytes of
    /// `batch.reports[i]`.
    public static func results(_ batch: BatchReport, sources: [[UInt8]]) -> String {
        let memo = MemoReport(markup: HTMLMarkup(), linksToSource: true)
        var out = verdict(batch)
        if batch.reports.count > 1 {
            out += "<nav aria-label=\"Proposals checked\"><ul class=\"toc\">\n"
            for (index, report) in batch.reports.enumerated() {
                out += "<li><a href=\"#\(memo.anchor(index))\">\(Markup.escape(ReportText.name(report)))</a> "
                    + HTMLMarkup().badge(report.verdict) + "</li>\n"
            }
            out += "</ul></nav>\n"
        }
        for (index, report) in batch.reports.enumerated() {
            let body = memo.proposal(report, ruleSet: batch.ruleSet, index: index)
                + SourceListing.render(report, index: index, bytes: index < sources.count ? sources[index] : [], ruleSet: batch.ruleSet)
            out += "<article class=\"proposal\" id=\"\(memo.anchor(index))\">\n\(body)</article>\n"
        }
        return out
    }

    /// The verdict, first and large: a single proposal's, or the count of each over several.
    static func verdict(_ batch: BatchReport) -> String {
        if batch.reports.count == 1 {
            let verdict = batch.reports[0].verdict
            return "<p class=\"verdict \(verdict.rawValue)\" role=\"status\">Verdict: <strong>\(verdict.rawValue)</strong></p>\n"
        }
        let counts = Verdict.allCases.filter { batch.count($0) > 0 }.map { "\(batch.count($0)) \($0.rawValue)" }
        return "<p class=\"verdict batch\" role=\"status\">\(batch.reports.count) proposals: <strong>\(counts.joined(separator: ", "))</strong></p>\n"
    }

    /// Text escaped for HTML content and attribute values (`Markup.escape`), for the server's parts of the page.
    public static func escape(_ text: String) -> String { Markup.escape(text) }

    /// The styles of the page: the HTML report's, and the page's own.
    public static var style: String { HTMLMarkup.style + PageStyle.css }
}
