/// The review page's styles beyond the HTML report's (`HTMLMarkup.style`): the form, the verdict
/// banner, the source listing with its marks, a layout that reads at 360 px, and print rules that
/// leave the form and the navigation off paper. Colours keep WCAG AA contrast on white.
enum PageStyle {
    static let css = """
        .skip { position: absolute; left: -999px; }
        .skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.3rem 0.6rem; border: 2px solid #0969da; z-index: 1; }
        header.site { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.4rem 1.2rem; border-bottom: 1px solid #d0d7de; margin-bottom: 1rem; }
        header.site p { margin: 0.2rem 0; font-weight: 600; font-size: 1.1rem; }
        header.site ul { list-style: none; display: flex; gap: 1rem; padding: 0; margin: 0.2rem 0; }
        a { color: #0550ae; }
        a:focus-visible, button:focus-visible, textarea:focus-visible, input:focus-visible { outline: 3px solid #0969da; outline-offset: 2px; }
        form.check { border: 1px solid #d0d7de; border-radius: 6px; padding: 0.8rem 1rem; margin: 1rem 0; }
        form.check label { display: block; font-weight: 600; margin: 0.6rem 0 0.2rem; }
        form.check textarea { box-sizing: border-box; width: 100%; min-height: 12rem; font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; padding: 0.4rem; border: 1px solid #6e7781; border-radius: 4px; }
        form.check.dragging { border-color: #0969da; background: #f0f6ff; }
        form.check button { margin-top: 0.8rem; font: inherit; font-weight: 600; padding: 0.35rem 1.2rem; color: #fff; background: #1f6feb; border: 1px solid #0550ae; border-radius: 6px; cursor: pointer; }
        .hint { color: #57606a; font-size: 0.9rem; margin: 0.3rem 0; }
        .verdict { font-size: 1.5rem; font-weight: 600; padding: 0.6rem 1rem; border-radius: 6px; border-left: 8px solid; margin: 1rem 0; }
        .verdict.compliant { color: #1a7f37; background: #dafbe1; }
        .verdict.non-compliant { color: #a40e26; background: #ffebe9; }
        .verdict.undetermined { color: #7d4e00; background: #fff8c5; }
        .verdict.invalid { color: #6639ba; background: #fbefff; }
        .verdict.batch { color: #1b1f24; background: #f6f8fa; }
        ul.toc { padding-left: 1.2rem; }
        ul.toc li { margin: 0.2rem 0; }
        .error-page { border-left: 8px solid #cf222e; background: #ffebe9; padding: 0.6rem 1rem; border-radius: 6px; }
        figure.source { margin: 1.2rem 0; border: 1px solid #d0d7de; border-radius: 6px; }
        figure.source figcaption { font-weight: 600; padding: 0.3rem 0.8rem; background: #f6f8fa; border-bottom: 1px solid #d0d7de; }
        ol.lines { list-style: none; margin: 0; padding: 0.3rem 0; font: 13px/1.5 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
        ol.lines li { display: flex; gap: 0.8rem; padding: 0 0.6rem; white-space: pre-wrap; overflow-wrap: anywhere; }
        ol.lines li code { background: none; padding: 0; font-size: 1em; flex: 1; min-width: 0; }
        ol.lines .ln { color: #57606a; min-width: 2.5em; text-align: right; user-select: none; flex: none; }
        ol.lines li.hit { background: #fff8c5; }
        ol.lines li:target, .finding:target { outline: 3px solid #0969da; outline-offset: -3px; }
        ol.lines mark { background: #ffd33d; color: #1b1f24; }
        ol.lines a.back { white-space: nowrap; font-family: -apple-system, "Segoe UI", "Noto Sans", sans-serif; font-size: 0.85em; }
        @media (max-width: 40rem) {
          body { margin: 0.5rem auto; font-size: 14px; }
          dl { grid-template-columns: 1fr; }
          dd { margin-bottom: 0.3rem; }
          table { display: block; overflow-x: auto; }
          ol.lines li { flex-wrap: wrap; }
          ol.lines a.back { white-space: normal; }
        }
        @media print {
          form.check, nav, .skip, header.site ul, ol.lines a.back { display: none; }
          .verdict, ol.lines li.hit, ol.lines mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
          figure.source { break-inside: auto; }
          ol.lines li { break-inside: avoid; }
        }

        """
}
