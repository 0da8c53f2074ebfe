import Foundation

/// Escaping for the markup formats (JUnit XML, HTML, Markdown). Everything a proposal, a rule or a
/// waiver contributes passes through one of these functions before it meets markup.
enum Markup {
    /// Text for XML or HTML, in element content or in a quoted attribute value. Characters XML 1.0
    /// cannot carry at all (C0 controls other than tab, line feed and carriage return) become U+FFFD.
    /// In attributes, tab and line breaks are written as character references so that they survive
    /// attribute-value normalization.
    static func escape(_ text: String, attribute: Bool = false) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r":
                if attribute { out += "&#\(scalar.value);" } else { out.unicodeScalars.append(scalar) }
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += "\u{FFFD}"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Splits text at backticks into plain runs and `code` runs. The rule language writes field paths
    /// and values between backticks; an unpaired last backtick stays in the plain text.
    static func codeSpans(_ text: String) -> [(text: String, isCode: Bool)] {
        let parts = text.split(separator: "`", omittingEmptySubsequences: false).map(String.init)
        var spans: [(text: String, isCode: Bool)] = []
        for (index, part) in parts.enumerated() {
            if index % 2 == 0 {
                spans.append((part, false))
            } else if index < parts.count - 1 {
                spans.append((part, true))
            } else {
                spans.append(("`" + part, false))
            }
        }
        return spans
    }

    /// HTML text in which backtick runs become `<code>` elements; everything is escaped first.
    static func html(_ text: String) -> String {
        codeSpans(text).map { $0.isCode ? "<code>\(escape($0.text))</code>" : escape($0.text) }.joined()
    }

    /// Markdown inline text on one line: line breaks fold to spaces, backtick runs stay code spans
    /// (whose content Markdown shows literally), and everything else that Markdown or the HTML it
    /// allows could read as markup is escaped.
    static func markdown(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ").trimmingCharacters(in: .whitespaces)
        var out = ""
        for span in codeSpans(line) {
            if span.isCode, !span.text.isEmpty {
                // A code span must not start or end with a backtick, and its content has none.
                out += "`\(span.text)`"
            } else {
                out += markdownText(span.isCode ? "``" : span.text)
            }
        }
        return escapeLineStart(out)
    }

    /// A Markdown table cell: like `markdown`, without code spans (a `|` inside one would still end the cell).
    static func markdownCell(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ").trimmingCharacters(in: .whitespaces)
        return escapeLineStart(markdownText(line))
    }

    private static let markdownPunctuation: Set<Character> = ["\\", "`", "*", "_", "[", "]", "|", "~", "#", "$", "!"]

    private static func markdownText(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            default:
                if markdownPunctuation.contains(character) { out += "\\" }
                if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
                   scalar.value < 0x20 || scalar.value == 0x7F {
                    out += "\u{FFFD}"
                } else {
                    out.append(character)
                }
            }
        }
        return out
    }

    /// Text at the start of a Markdown line must not open a list, a heading underline or a block.
    private static func escapeLineStart(_ text: String) -> String {
        guard let first = text.first else { return text }
        if "-+=".contains(first) { return "\\" + text }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = text.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + text.dropFirst(digits.count)
        }
        return text
    }
}

/// Words and groupings the report formats share, so that every format says the same thing.
enum ReportText {
    /// One explanation step as a sentence: "requires: `x` is `y`: false (seen `z` at 3:5)".
    static func step(_ step: ExplanationStep) -> String {
        var line = "\(step.condition): \(step.result.rawValue)"
        if let seen = step.seen { line += " (seen \(seen)" + (step.location.map { " at \($0.line):\($0.column))" } ?? ")") }
        return line
    }

    static func waiver(_ waiver: Waiver) -> String {
        "waived by \(waiver.approver) until \(waiver.expires): \(waiver.justification)"
    }

    /// A finding's status in words; a satisfied finding is one an exception decided.
    static func status(_ result: RuleResult) -> String {
        result.status == .satisfied && result.exception != nil ? "satisfied by an exception" : result.status.rawValue
    }

    /// Decided once for every human-read format: a rule an exception satisfied is no failure, so it
    /// is never listed with the findings (whose heading carries a severity such as "error", which
    /// would misread on a compliant proposal); it goes to a quieter part of its own.
    static func satisfiedByException(_ result: RuleResult) -> Bool {
        result.status == .satisfied && result.exception != nil
    }

    /// The findings a human-read report lists under their premises: not the baseline's, not the
    /// exceptions'.
    static func listed(_ report: ProposalReport) -> [RuleResult] {
        report.findings.filter { $0.status != .existing && !satisfiedByException($0) }
    }

    /// "satisfied by exception: asset protection: <its reason>", one line in every format.
    static func exception(_ exception: AppliedException) -> String {
        "satisfied by exception: \(exception.name): \(exception.reason)"
    }

    /// The fix as an advisor reads it: the rule's own advice first (what to do, in the law's terms),
    /// then the field to edit, which alone is often legally meaningless ("set `no_other_means` to
    /// `true`"). JSON and SARIF keep `fix` as it was, for programs.
    /// A change whose field the advice already names ("Set `responsibility.primary` to `japan`; …")
    /// is not said twice.
    static func fix(_ result: RuleResult) -> String {
        let advice = result.guidance.trimmingCharacters(in: .whitespacesAndNewlines)
        let changes = result.changes.filter { change in
            guard let field = Markup.codeSpans(change).first(where: \.isCode)?.text else { return true }
            return !advice.contains("`\(field)`")
        }
        guard !changes.isEmpty else { return advice.isEmpty ? result.fix : advice }
        let change = changes.joined(separator: "; ")
        return advice.isEmpty ? change : advice + " — then " + change
    }

    /// The premise passage for the short text format: whole sentences from its start, as many as fit
    /// in `limit` characters (at least the first, whatever its length), so that a cut never falls
    /// mid-sentence before the words that matter ("… will remain unchanged"). Excerpts joined by
    /// " … " are read as one text: a sentence may run across the join.
    static func shortPassage(_ passage: String, limit: Int = 320) -> String {
        guard passage.count > limit else { return passage }
        var kept = ""
        for sentence in sentences(passage) {
            if !kept.isEmpty, kept.count + sentence.count > limit { return kept.trimmingCharacters(in: .whitespaces) + " …" }
            kept += sentence
        }
        return kept.trimmingCharacters(in: .whitespaces)
    }

    /// The passage in sentences, each with the space after it: a sentence ends at `.`, `!`, `?`
    /// (or `。`) followed by a space or the end.
    static func sentences(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previousEnds = false
        for character in text {
            if previousEnds, character == " " {
                current.append(character)
                out.append(current)
                current = ""
                previousEnds = false
                continue
            }
            current.append(character)
            previousEnds = ".!?".contains(character)
            if character == "。" {
                out.append(current)
                current = ""
                previousEnds = false
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Whether a finding's fix is worth showing: it still stands, or it stands but is waived.
    static func showsFix(_ result: RuleResult) -> Bool {
        result.status == .violated || result.status == .undetermined || result.status == .waived
    }

    /// A path as code-scanning formats name files (SARIF, GitHub, GitLab): relative to the working directory when it is inside it; otherwise as given (absolute).
    static func relativePath(_ path: String, workingDirectory: String) -> String {
        var components: [String]
        if path.hasPrefix("/") {
            let base = workingDirectory.hasSuffix("/") ? workingDirectory : workingDirectory + "/"
            guard path.hasPrefix(base) else { return path }
            components = path.dropFirst(base.count).split(separator: "/").map(String.init)
        } else {
            components = path.split(separator: "/").map(String.init)
        }
        components.removeAll { $0 == "." }
        return components.joined(separator: "/")
    }

    /// A problem that makes a proposal invalid, with its hint.
    static func problem(_ problem: Diagnostic) -> String {
        problem.message + (problem.hint.map { " (hint: \($0))" } ?? "")
    }

    /// "2023-11-14T22:13:20Z": the time stamp of a report, in UTC, to the second.
    static func timestamp(_ date: Date) -> String {
        date.formatted(.iso8601)
    }

    /// What names a proposal in headings: its id, or its path when it has none.
    static func name(_ report: ProposalReport) -> String {
        report.proposalID.flatMap { $0.isEmpty ? nil : $0 } ?? report.path
    }

    /// A proposal's findings grouped by premise, in the order of the premise catalogue
    /// (premises the catalogue lacks come last, by id); within a group, in report order.
    /// Findings in the baseline and rules an exception satisfied are left to quieter lists of their own.
    static func findingsByPremise(_ report: ProposalReport, ruleSet: RuleSet) -> [(premise: String, citation: Citation, findings: [RuleResult])] {
        let findings = listed(report)
        let catalogue = ruleSet.premises.map(\.id)
        let ids = Set(findings.map(\.premise)).sorted { a, b in
            let (ia, ib) = (catalogue.firstIndex(of: a) ?? Int.max, catalogue.firstIndex(of: b) ?? Int.max)
            return (ia, a) < (ib, b)
        }
        return ids.map { id in
            let group = findings.filter { $0.premise == id }
            return (id, group[0].citation, group)
        }
    }
}
