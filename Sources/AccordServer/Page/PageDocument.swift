import Accord

/// The document around every page: its head (the service's own style sheet and script only), a
/// skip link, the site header with its two pages, and the form that checks proposals.
enum PageDocument {
    enum Current { case review, premises }

    static func render(title: String, current: Current, main: String, digest: String) -> String {
        """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title))</title>
            <link rel="stylesheet" href="/assets/page.css">
            <script src="/assets/page.js" defer></script>
            </head>
            <body>
            <a class="skip" href="#main">Skip to the content</a>
            <header class="site">
            <p>Accord</p>
            <nav aria-label="Pages"><ul>\(item("Review a proposal", "/", .review, current))\(item("Premises", "/premises", .premises, current))</ul></nav>
            </header>
            <main id="main" tabindex="-1">
            <h1>\(escape(title))</h1>
            \(main)</main>
            <footer><p class="meta">Rule set <code>\(escape(digest))</code>. Nothing you send is kept unless the operator turned the decision log on, which records each decision (a digest of the proposal, not its text).</p></footer>
            </body>
            </html>

            """
    }

    private static func item(_ label: String, _ href: String, _ page: Current, _ current: Current) -> String {
        "<li><a href=\"\(href)\"\(page == current ? " aria-current=\"page\"" : "")>\(label)</a></li>"
    }

    /// The form: paste, or choose files; sent as `multipart/form-data` to `POST /`. `pasted` is
    /// what was pasted before, shown again so that it can be corrected.
    static func form(pasted: String) -> String {
        """
        <form class="check" method="post" action="/" enctype="multipart/form-data">
        <h2>Check a proposal</h2>
        <label for="proposal">Paste a proposal (YAML or JSON)</label>
        <textarea id="proposal" name="proposal" rows="14" spellcheck="false" aria-describedby="proposal-hint">\(escape(pasted))</textarea>
        <p class="hint" id="proposal-hint">Ctrl+Enter checks it. <code>accord init</code> writes a template.</p>
        <label for="files">Or choose proposal files</label>
        <input type="file" id="files" name="files" multiple accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml">
        <p class="hint">You can drop files on this form.</p>
        <button type="submit">Check</button>
        </form>

        """
    }

    /// An error the page answers with (an empty form, a body over the limit …), above the form.
    static func problem(_ message: String, hint: String?) -> String {
        "<div class=\"error-page\" role=\"alert\"><p><strong>\(escape(message))</strong></p>"
            + (hint.map { "<p>\(escape($0))</p>" } ?? "") + "</div>\n"
    }

    static func escape(_ text: String) -> String { ReviewPage.escape(text) }
}
