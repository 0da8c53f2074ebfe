import Foundation

/// The HTML report (`--format html`): one self-contained page with the Markdown report's content
/// (`MemoReport`), readable on screen and on paper. Styles are inline, there is no script and
/// nothing is loaded from elsewhere (a Content-Security-Policy forbids it as a second line of
/// defence). Everything taken from a proposal, a rule or a waiver is escaped (`Markup.escape`,
/// `Markup.html`); anchors are numbered, never built from a proposal's text.
public enum HTMLReport {
    public static func render(_ batch: BatchReport, timestamp: Date) -> String {
        MemoReport(markup: HTMLMarkup()).render(batch, timestamp: timestamp)
    }
}

struct HTMLMarkup: MemoMarkup {
    func text(_ raw: String) -> String { Markup.html(raw) }
    func code(_ raw: String) -> String { "<code>\(Markup.escape(raw))</code>" }
    func cell(_ raw: String) -> String { Markup.escape(raw) }
    func strong(_ inline: String) -> String { "<strong>\(inline)</strong>" }
    func muted(_ inline: String) -> String { "<span class=\"muted\">\(inline)</span>" }

    func badge(_ verdict: Verdict) -> String {
        "<span class=\"badge \(verdict.rawValue)\">\(verdict.rawValue)</span>"
    }

    func link(_ inline: String, anchor: String) -> String { "<a href=\"#\(anchor)\">\(inline)</a>" }
    func anchorTarget(_ anchor: String) -> String { "<span id=\"\(anchor)\"></span>" }

    func document(title: String, meta: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
        <title>\(Markup.escape(title))</title>
        <style>
        \(Self.style)</style>
        </head>
        <body>
        <header>
        <h1>\(Markup.escape(title))</h1>
        <p class="meta">\(meta)</p>
        </header>
        \(body)</body>
        </html>

        """
    }

    func heading(_ level: Int, _ inline: String) -> String { "<h\(level)>\(inline)</h\(level)>\n" }
    func paragraph(_ inline: String, kind: String) -> String { "<p class=\"\(kind)\">\(inline)</p>\n" }

    func quote(_ raw: String, kind: String) -> String {
        "<blockquote class=\"\(kind)\">\(Markup.escape(raw))</blockquote>\n"
    }

    func table(header: [String], rows: [[String]], numeric: Set<Int>) -> String {
        func cells(_ row: [String], _ tag: String) -> String {
            row.enumerated().map { index, cell in
                numeric.contains(index) ? "<\(tag) class=\"number\">\(cell)</\(tag)>" : "<\(tag)>\(cell)</\(tag)>"
            }.joined()
        }
        var out = "<table>\n<thead><tr>\(cells(header, "th"))</tr></thead>\n<tbody>\n"
        for row in rows { out += "<tr>\(cells(row, "td"))</tr>\n" }
        return out + "</tbody>\n</table>\n"
    }

    func list(_ items: [String]) -> String {
        "<ul>\n" + items.map { "<li>\($0)</li>\n" }.joined() + "</ul>\n"
    }

    func fields(_ fields: [(label: String, value: String)]) -> String {
        "<dl>\n" + fields.map { "<dt>\(Markup.escape($0.label))</dt><dd>\($0.value)</dd>\n" }.joined() + "</dl>\n"
    }

    func steps(_ steps: [ExplanationStep]) -> String {
        var out = ""
        var depth = -1
        for step in steps {
            let target = max(0, step.depth)
            if target > depth {
                out += String(repeating: "<ul><li>", count: target - depth)
            } else {
                out += "</li>" + String(repeating: "</ul></li>", count: depth - target) + "<li>"
            }
            depth = target
            out += Markup.html(ReportText.step(step))
        }
        if depth >= 0 { out += "</li>" + String(repeating: "</ul></li>", count: depth) + "</ul>" }
        return out
    }

    func findingHeading(severity: Severity, status: String, title: String) -> String {
        "<span class=\"severity\">\(severity.rawValue)</span> <span class=\"status\">\(Markup.escape(status))</span> " + Markup.html(title)
    }

    func block(_ kind: String, anchor: String?, _ body: String) -> String {
        let tag = kind == "proposal" ? "article" : kind == "premise" ? "section" : "div"
        let id = anchor.map { " id=\"\($0)\"" } ?? ""
        return "<\(tag) class=\"\(kind)\"\(id)>\n\(body)</\(tag)>\n"
    }

    static let style = """
        :root { color-scheme: light; }
        body { font: 15px/1.5 -apple-system, "Segoe UI", "Hiragino Sans", "Noto Sans", "Noto Sans CJK JP", sans-serif; color: #1b1f24; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.3rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2rem; margin-top: 2rem; }
        h3 { font-size: 1.05rem; margin-bottom: 0.3rem; }
        h4 { font-size: 1rem; margin: 0 0 0.3rem; }
        code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.9em; background: #f3f4f6; padding: 0 0.2em; border-radius: 3px; overflow-wrap: anywhere; }
        .meta, .muted, p.file { color: #57606a; }
        table { border-collapse: collapse; margin: 0.8rem 0; }
        th, td { border: 1px solid #d0d7de; padding: 0.25rem 0.6rem; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; }
        td.number { text-align: right; }
        .badge { display: inline-block; border-radius: 0.8em; padding: 0 0.6em; font-size: 0.8rem; font-weight: 600; color: #fff; white-space: nowrap; vertical-align: middle; }
        .badge.compliant { background: #1a7f37; }
        .badge.non-compliant { background: #cf222e; }
        .badge.undetermined { background: #9a6700; }
        .badge.invalid { background: #8250df; }
        blockquote { margin: 0.5rem 0; padding: 0.3rem 0.8rem; border-left: 4px solid #d0d7de; color: #3b434b; }
        blockquote { white-space: pre-line; }
        blockquote.citation { font-style: italic; }
        article.proposal { margin-top: 2.5rem; }
        .finding { border: 1px solid #d0d7de; border-left-width: 5px; border-radius: 4px; padding: 0.6rem 0.8rem; margin: 0.7rem 0; }
        .finding.error { border-left-color: #cf222e; }
        .finding.warning { border-left-color: #bf8700; }
        .finding.info { border-left-color: #0969da; }
        .finding.waived, .finding.satisfied { border-left-color: #8c959f; }
        .severity, .status { text-transform: uppercase; font-size: 0.75rem; letter-spacing: 0.04em; border: 1px solid currentColor; border-radius: 3px; padding: 0 0.3em; margin-right: 0.2em; }
        .finding.error .severity { color: #cf222e; }
        .finding.warning .severity { color: #9a6700; }
        .finding.info .severity { color: #0969da; }
        .message { margin: 0.3rem 0; }
        dl { margin: 0.3rem 0 0; display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.8rem; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        dd ul { margin: 0; padding-left: 1.2rem; }
        @media print {
          body { font-size: 10.5pt; max-width: none; margin: 0; padding: 0; }
          a { color: inherit; text-decoration: none; }
          .badge, th, code { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          article.proposal { break-before: page; }
          .finding, tr, blockquote { break-inside: avoid; }
          h2, h3, h4 { break-after: avoid; }
        }

        """
}
