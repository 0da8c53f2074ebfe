/// GitHub Actions workflow commands (`--format github`): each finding that fails or warns
/// becomes an annotation on its line of the pull request, with no permission beyond reading the
/// repository (SARIF upload needs `security-events: write`).
///
/// One command per finding — `::error` for an error, `::warning` for a warning, `::notice` for an
/// info, each with `file`, `line`, `col` and a `title` naming the rule and its status — and one per
/// problem of an invalid proposal (an error). Findings the baseline holds and waived ones are
/// counted in the closing summary line, not annotated: the pull request shows what is new.
/// Escaping is GitHub's: `%`, CR and LF in the message; those and `:` and `,` in properties.
public enum GitHubReport {
    public static func render(_ batch: BatchReport, workingDirectory: String) -> String {
        var out = ""
        var quiet = 0
        for report in batch.reports {
            let path = ReportText.relativePath(report.path, workingDirectory: workingDirectory)
            for problem in report.problems {
                let place = ReportText.relativePath(problem.location.path, workingDirectory: workingDirectory)
                out += command("error", file: place, line: problem.location.line, column: problem.location.column,
                               title: "\(SARIFReport.invalidInputRule): \(ReportText.name(report)) is invalid",
                               message: ReportText.problem(problem))
            }
            for result in report.results where result.isFinding {
                guard result.status.isFailure else {
                    if result.status == .existing || result.status == .waived { quiet += 1 }
                    continue
                }
                out += command(level(result.severity), file: path, line: result.location.line, column: result.location.column,
                               title: "\(result.rule) (\(result.status.rawValue))",
                               message: "\(result.message)\nPremise \(result.premise) (\(result.citation.section)). Fix: \(result.fix)")
            }
        }
        var summary = "accord: \(batch.summary)"
        if quiet > 0 { summary += "; \(quiet) finding\(quiet == 1 ? "" : "s") waived or in the baseline, not annotated" }
        if let baseline = batch.baseline, !baseline.unmatched.isEmpty {
            summary += "; \(baseline.unmatched.count) baseline entr\(baseline.unmatched.count == 1 ? "y" : "ies") matched nothing"
        }
        return out + summary + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "notice"
        }
    }

    static func command(_ name: String, file: String, line: Int, column: Int, title: String, message: String) -> String {
        let properties = [("file", file), ("line", String(line)), ("col", String(column)), ("title", title)]
            .map { "\($0.0)=\(escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name) \(properties)::\(escapeData(message))\n"
    }

    /// The message of a command.
    static func escapeData(_ text: String) -> String {
        var out = ""
        for character in text.unicodeScalars {
            switch character {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// A property's value: as a message, and `:` and `,`, which end a property.
    static func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
