import Synchronization

/// The report's passage that a finding rests on, and what else its rule rests on.
public struct Citation: Sendable {
    public var premise: String
    public var section: String
    public var quote: String
    /// The rule's `reason`: the cabinet decision or statute beyond the report, if any.
    public var reason: String? = nil
}

/// A finding found in the operator's baseline.
public struct BaselineMatch: Sendable {
    /// Violated or undetermined, as it would be reported without the baseline.
    public var status: Outcome
    public var fingerprint: String
}

/// A named exception that turned a violation into satisfied.
public struct AppliedException: Sendable {
    public var name: String
    public var reason: String
}

/// What one rule decided about one proposal, with its reasons.
public struct RuleResult: Sendable {
    /// What a result repeats from its rule, kept once for every proposal's result for that rule:
    /// results are copied as reports are sorted and handed on, and each field held apart is one
    /// more reference to count.
    final class Heading: Sendable {
        let rule: String
        let premise: String
        let severity: Severity
        let title: String
        let citation: Citation

        init(rule: String, premise: String, severity: Severity, title: String, citation: Citation) {
            self.rule = rule
            self.premise = premise
            self.severity = severity
            self.title = title
            self.citation = citation
        }

        /// The heading's text as a JSON report writes it, quoted and escaped: every finding of
        /// the rule repeats it, the premise's passage a few hundred bytes of it. Made when the
        /// first finding is written, not for a result no report writes.
        struct JSON: Sendable {
            let rule, premise, title, citationPremise, section, quote: [UInt8]
            let reason: [UInt8]?

            init(_ heading: Heading) {
                func escaped(_ text: String) -> [UInt8] {
                    var bytes: [UInt8] = []
                    JSONValue.writeString(text, to: &bytes)
                    return bytes
                }
                rule = escaped(heading.rule)
                premise = escaped(heading.premise)
                title = escaped(heading.title)
                citationPremise = escaped(heading.citation.premise)
                section = escaped(heading.citation.section)
                quote = escaped(heading.citation.quote)
                reason = heading.citation.reason.map(escaped)
            }
        }

        private let json = Mutex<JSON?>(nil)

        var written: JSON {
            json.withLock { json in
                if let json { return json }
                let made = JSON(self)
                json = made
                return made
            }
        }
    }

    private let heading: Heading
    /// The rule's heading as JSON writes it (`Heading.JSON`).
    var headingJSON: Heading.JSON { heading.written }
    public var rule: String { heading.rule }
    public var premise: String { heading.premise }
    public var severity: Severity { heading.severity }
    public var title: String { heading.title }
    public var citation: Citation { heading.citation }
    public var status: Outcome
    public var message: String
    public var location: SourceLocation
    public var explanation: [ExplanationStep]
    /// The smallest changes that would satisfy the rule, derived from the deciding conditions.
    public var changes: [String]
    /// The rule's own advice.
    public var guidance: String
    public var exception: AppliedException?
    public var waiver: Waiver?
    /// Set when the finding is in the baseline (status `existing`): what it would be otherwise.
    public var baselined: BaselineMatch?

    public init(rule: String, premise: String, severity: Severity, title: String, status: Outcome, message: String, location: SourceLocation,
                citation: Citation, explanation: [ExplanationStep], changes: [String], guidance: String, exception: AppliedException?, waiver: Waiver?) {
        heading = Heading(rule: rule, premise: premise, severity: severity, title: title, citation: citation)
        self.status = status
        self.message = message
        self.location = location
        self.explanation = explanation
        self.changes = changes
        self.guidance = guidance
        self.exception = exception
        self.waiver = waiver
    }

    /// The fix as one sentence: the derived changes, or the rule's advice when none can be derived.
    public var fix: String { changes.isEmpty ? guidance : changes.joined(separator: "; ") }

    /// Violated and undetermined results are findings; so are waived ones, and satisfied ones an exception decided.
    public var isFinding: Bool {
        switch status {
        case .violated, .undetermined, .waived, .existing: return true
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

    /// Whether two results are for the same rule of the same rule set; for the checks that keep
    /// one heading for every proposal.
    func sharesHeading(with other: RuleResult) -> Bool { heading === other.heading }
}

extension Outcome {
    /// Violated and undetermined results count against `--fail-on`.
    var isFailure: Bool { self == .violated || self == .undetermined }
}

public enum Verdict: String, Sendable, CaseIterable {
    case compliant, nonCompliant = "non-compliant", undetermined, invalid
}
