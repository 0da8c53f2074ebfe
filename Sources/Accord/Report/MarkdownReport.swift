import Foundation

/// The Markdown report (`--format markdown`), written to be pasted into or attached to a legal memo.
/// Its content is `MemoReport`'s; this file only says how Markdown writes it. Everything taken from
/// a proposal, a rule or a waiver is escaped (`Markup.markdown`), so that neither Markdown nor the
/// HTML it allows can be injected.
public enum MarkdownReport {
    public static func render(_ batch: BatchReport, timestamp: Date) -> String {
        MemoReport(markup: MarkdownMarkup()).render(batch, timestamp: timestamp)
    }
}

struct MarkdownMarkup: MemoMarkup {
    func text(_ raw: String) -> String { Markup.markdown(raw) }

    func code(_ raw: String) -> String {
        raw.contains("`") || raw.contains(where: \.isNewline) || raw.isEmpty ? Markup.markdown(raw) : "`\(raw)`"
    }

    func cell(_ raw: String) -> String { Markup.markdownCell(raw) }
    func strong(_ inline: String) -> String { "**\(inline)**" }
    func muted(_ inline: String) -> String { inline }
    func badge(_ verdict: Verdict) -> String { verdict.rawValue }
    func link(_ inline: String, anchor: String) -> String { inline }
    func anchorTarget(_ anchor: String) -> String { "" }

    func document(title: String, meta: String, body: String) -> String {
        "# \(title)\n\n\(meta)\n\n\(body)"
    }

    func heading(_ level: Int, _ inline: String) -> String {
        String(repeating: "#", count: level) + " " + inline + "\n\n"
    }

    func paragraph(_ inline: String, kind: String) -> String { inline + "\n\n" }

    func quote(_ raw: String, kind: String) -> String {
        raw.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.allSatisfy(\.isWhitespace) ? ">" : "> " + Markup.markdown(String(line))
        }.joined(separator: "\n") + "\n\n"
    }

    func table(header: [String], rows: [[String]], numeric: Set<Int>) -> String {
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { numeric.contains($0) ? " ---: |" : " --- |" }.joined() + "\n"
        for row in rows { out += "| " + row.joined(separator: " | ") + " |\n" }
        return out + "\n"
    }

    func list(_ items: [String]) -> String {
        items.map { "- \($0)\n" }.joined() + "\n"
    }

    func fields(_ fields: [(label: String, value: String)]) -> String {
        fields.map { "- \($0.label):" + ($0.value.hasPrefix("\n") ? $0.value : " " + $0.value + "\n") }.joined() + "\n"
    }

    /// A list nested under the field's own item: it starts on a new line, two spaces in a level.
    func steps(_ steps: [ExplanationStep]) -> String {
        "\n" + steps.map { String(repeating: "  ", count: max(0, $0.depth) + 1) + "- " + Markup.markdown(ReportText.step($0)) + "\n" }.joined()
    }

    func findingHeading(severity: Severity, status: String, title: String) -> String {
        "\(severity.rawValue), \(status): " + Markup.markdown(title)
    }

    func block(_ kind: String, anchor: String?, _ body: String) -> String { body }
}
