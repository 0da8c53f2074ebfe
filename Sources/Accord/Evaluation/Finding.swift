/// The report's passage that a finding rests on.
public struct Citation: Sendable {
    public var premise: String
    public var section: String
    public var quote: String
}

/// A named exception that turned a violation into satisfied.
public struct AppliedException: Sendable {
    public var name: String
    public var reason: String
}

/// What one rule decided about one proposal, with its reasons.
public struct RuleResult: Sendable {
    public var rule: String
    public var premise: String
    public var severity: Severity
    public var title: String
    public var status: Outcome
    public var message: String
    public var location: SourceLocation
    public var citation: Citation
    public var explanation: [ExplanationStep]
    /// The smallest changes that would satisfy the rule, derived from the deciding conditions.
    public var changes: [String]
    /// The rule's own advice.
    public var guidance: String
    public var exception: AppliedException?
    public var waiver: Waiver?

    /// The fix as one sentence: the derived changes, or the rule's advice when none can be derived.
    public var fix: String { changes.isEmpty ? guidance : changes.joined(separator: "; ") }

    /// Violated and undetermined results are findings; so are waived ones, and satisfied ones an exception decided.
    public var isFinding: Bool {
        switch status {
        case .violated, .undetermined, .waived: return true
        case .satisfied: return exception != nil
        case .notApplicable: return false
        }
    }

    /// Whether the result counts against `--fail-on`.
    public var isFailure: Bool { status.isFailure }

    /// A rule's result before a proposal decides it: satisfied, placed at the rule, nothing explained.
    static func blank(_ rule: borrowing Rule, citation: Citation) -> RuleResult {
        RuleResult(
            rule: rule.id, premise: rule.premise, severity: rule.severity, title: rule.title, status: .satisfied, message: "",
            location: rule.location, citation: citation, explanation: [], changes: [], guidance: "", exception: nil, waiver: nil)
    }
}

extension Outcome {
    /// Violated and undetermined results count against `--fail-on`.
    var isFailure: Bool { self == .violated || self == .undetermined }
}

public enum Verdict: String, Sendable, CaseIterable {
    case compliant, nonCompliant = "non-compliant", undetermined, invalid
}
