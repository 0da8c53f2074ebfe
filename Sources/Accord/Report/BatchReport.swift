/// A note about the operator's waiver file: a waiver that expired or was never used.
public struct WaiverNote: Sendable {
    public enum Kind: String, Sendable { case expired, unused }
    public var kind: Kind
    public var waiver: Waiver

    public var message: String {
        switch kind {
        case .expired: return "the waiver of `\(waiver.rule)` for \(waiver.proposal) expired on \(waiver.expires) and was not applied"
        case .unused: return "the waiver of `\(waiver.rule)` for \(waiver.proposal) matched no finding"
        }
    }
}

/// Everything one `accord check` run decided, in a fixed order: what every output format renders.
public struct BatchReport: Sendable {
    public var reports: [ProposalReport]
    public var ruleSet: RuleSet
    public var waiverNotes: [WaiverNote]

    /// Files found in folders and set aside because they are plainly not proposals.
    public var skipped: [String]

    public init(reports: [ProposalReport], ruleSet: RuleSet, waivers: [Waiver], today: String, skipped: [String] = []) {
        self.reports = reports
        self.skipped = skipped
        self.ruleSet = ruleSet
        var notes: [WaiverNote] = []
        for waiver in waivers {
            if waiver.expires < today {
                notes.append(WaiverNote(kind: .expired, waiver: waiver))
            } else if !reports.contains(where: { $0.findings.contains { $0.waiver?.location == waiver.location } }) {
                notes.append(WaiverNote(kind: .unused, waiver: waiver))
            }
        }
        self.waiverNotes = notes
    }

    public func count(_ verdict: Verdict) -> Int { reports.filter { $0.verdict == verdict }.count }

    /// "22 files: 6 compliant, 9 non-compliant, 4 undetermined, 3 invalid"
    public var summary: String {
        let counts = Verdict.allCases.map { "\(count($0)) \($0.rawValue)" }.joined(separator: ", ")
        return "\(reports.count) file\(reports.count == 1 ? "" : "s"): \(counts)"
    }

    /// The exit code of SPEC section 6 for a `--fail-on` threshold (nil: never).
    public func exitCode(failOn threshold: Severity?) -> Int32 {
        if reports.contains(where: { $0.verdict == .invalid }) { return 2 }
        guard let threshold else { return 0 }
        let failing = reports.contains { $0.results.contains { $0.isFailure && $0.severity >= threshold } }
        return failing ? 1 : 0
    }
}
