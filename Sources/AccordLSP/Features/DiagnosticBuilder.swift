import Accord
import Foundation

/// Turns an analysis into LSP diagnostics: each finding at its range with the rule id as its code,
/// each format error of an invalid proposal at its place.
struct DiagnosticBuilder {
    /// LSP's DiagnosticSeverity.
    enum Level: Int {
        case error = 1, warning = 2, information = 3, hint = 4
    }

    var settings: ServerSettings
    /// The rule set the findings came from, for the default documentation link.
    var ruleSet: RuleSet?

    func diagnostics(for analysis: DocumentAnalysis) -> [JSONValue] {
        switch analysis.outcome {
        case .notAProposal: return []
        case .invalid(let problems): return problems.map { problem(problem: $0, in: analysis.positions) }
        case .checked: return analysis.findings.map(finding)
        }
    }

    func finding(_ placed: DocumentAnalysis.PlacedFinding) -> JSONValue {
        let result = placed.result
        var members: [(String, JSONValue)] = [
            ("range", placed.range.json),
            ("severity", .int(level(of: result).rawValue)),
            ("code", .string(result.rule)),
        ]
        if let href = documentationLink(for: result) { members.append(("codeDescription", .object([("href", .string(href))]))) }
        members += [("source", .string("accord")), ("message", .string(message(of: result)))]
        return .object(members)
    }

    /// Failures at or above `fail_on` at their own severity; an undetermined finding is a warning
    /// whatever its rule's severity, for it says a fact is missing, not that a premise is broken.
    /// What does not fail — waived, satisfied by an exception, below `fail_on` — is a hint.
    func level(of result: RuleResult) -> Level {
        guard result.isFailure, let threshold = settings.failOn.threshold, result.severity >= threshold else { return .hint }
        if result.status == .undetermined { return .warning }
        switch result.severity {
        case .error: return .error
        case .warning: return .warning
        case .info: return .information
        }
    }

    func message(of result: RuleResult) -> String {
        var text: String
        switch result.status {
        case .undetermined:
            let missing = Self.missingFields(result.changes)
            text = "Undetermined — " + (missing.isEmpty ? "a fact the rule needs is missing" : "missing: " + missing.map { "`\($0)`" }.joined(separator: ", "))
                + ". " + result.message
        case .waived:
            text = "Waived"
            if let waiver = result.waiver { text += " by \(waiver.approver) until \(waiver.expires) (\(waiver.justification))" }
            text += ": " + result.message
        case .satisfied:
            text = result.exception.map { "Satisfied by the exception '\($0.name)': \($0.reason)" } ?? result.message
        default:
            text = result.message
        }
        text += "\nFix: " + result.fix
        text += "\n[\(result.severity.rawValue)] \(result.title) — premise \(result.citation.premise) (report \(result.citation.section))"
        return text
    }

    /// The fields an undetermined finding's changes ask to add: "add `location.host_nation_consent` (true or false)".
    static func missingFields(_ changes: [String]) -> [String] {
        changes.compactMap { change in
            guard change.hasPrefix("add `"), let close = change.dropFirst(5).firstIndex(of: "`") else { return nil }
            return String(change[change.index(change.startIndex, offsetBy: 5)..<close])
        }
    }

    /// The rule's documentation: the configured URL pattern, or the rule's own definition.
    func documentationLink(for result: RuleResult) -> String? {
        if let pattern = settings.ruleDocsURL {
            return pattern.replacingOccurrences(of: "{rule}", with: Self.percentEncoded(result.rule))
                .replacingOccurrences(of: "{premise}", with: Self.percentEncoded(result.premise))
        }
        guard let rule = ruleSet?.rule(result.rule) else { return nil }
        return FileURI.uri(forPath: RuleSetState.absolute(rule.location.path, root: nil)) + "#L\(rule.location.line)"
    }

    /// A problem of the input itself: a format error of a proposal, or of a rule or waiver file.
    func problem(problem: Accord.Diagnostic, in positions: TextPositions, code: String = "invalid-proposal") -> JSONValue {
        let range = FindingSpan.lineRange(from: positions.offset(of: problem.location), in: positions)
        var message = problem.message
        if let hint = problem.hint { message += "\nHint: \(hint)" }
        return .object([
            ("range", range.json), ("severity", .int(Level.error.rawValue)), ("code", .string(code)),
            ("source", .string("accord")), ("message", .string(message)),
        ])
    }

    static func percentEncoded(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/"))) ?? text
    }
}
