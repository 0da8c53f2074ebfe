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

/// What a baseline did over a batch: the findings it held, and its entries that matched none
/// (a finding fixed since, or a proposal gone), reported as unused waivers are.
public struct BaselineSummary: Sendable {
    public var path: String
    public var existing: Int
    public var unmatched: [Baseline.Entry]

    public static func message(_ entry: Baseline.Entry) -> String {
        "the baseline's finding of `\(entry.rule)` for \(entry.proposal.isEmpty ? "a proposal without an id" : entry.proposal) matched no finding"
    }
}

/// What one report adds to a batch's tally (`BatchTally`). Taken on the worker thread that
/// checked the proposal, so that the report can be freed there (`BatchRunner`).
public struct ReportCounts: Sendable {
    var verdict: Verdict
    /// The severities of its failing results, each once.
    var failingSeverities: [Severity] = []
    var usedWaivers: [SourceLocation] = []
    /// The fingerprints of its results that the baseline holds.
    var baselined: [String] = []

    public init(_ report: ProposalReport) {
        verdict = report.verdict
        for index in report.results.indices {
            // Field by field: the compiler copies a result to call a method on it (or to loop over
            // the results), retaining and releasing every string it holds.
            if report.results[index].status.isFailure, !failingSeverities.contains(report.results[index].severity) {
                failingSeverities.append(report.results[index].severity)
            }
            if let location = report.results[index].waiver?.location { usedWaivers.append(location) }
            if let fingerprint = report.results[index].baselined?.fingerprint { baselined.append(fingerprint) }
        }
    }
}

/// What a batch decided, counted as its reports go by: all that a streamed report keeps.
public struct BatchTally: Sendable {
    public private(set) var files = 0
    private var verdicts: [Verdict: Int] = [:]
    private var failingSeverities: Set<Severity> = []
    private var usedWaivers: Set<SourceLocation> = []
    public private(set) var existing = 0
    private var matchedBaseline: Set<String> = []

    public init() {}

    public mutating func add(_ report: ProposalReport) { add(ReportCounts(report)) }

    public mutating func add(_ counts: ReportCounts) {
        files += 1
        verdicts[counts.verdict, default: 0] += 1
        failingSeverities.formUnion(counts.failingSeverities)
        usedWaivers.formUnion(counts.usedWaivers)
        existing += counts.baselined.count
        matchedBaseline.formUnion(counts.baselined)
    }

    public func count(_ verdict: Verdict) -> Int { verdicts[verdict] ?? 0 }

    /// "22 files: 6 compliant, 9 non-compliant, 4 undetermined, 3 invalid"
    public var summary: String {
        let counts = Verdict.allCases.map { "\(count($0)) \($0.rawValue)" }.joined(separator: ", ")
        return "\(files) file\(files == 1 ? "" : "s"): \(counts)"
    }

    /// The exit code of SPEC section 6 for a `--fail-on` threshold (nil: never).
    public func exitCode(failOn threshold: Severity?) -> Int32 {
        if count(.invalid) > 0 { return 2 }
        guard let threshold else { return 0 }
        return failingSeverities.contains { $0 >= threshold } ? 1 : 0
    }

    public func baselineSummary(_ baseline: Baseline?) -> BaselineSummary? {
        baseline.map { BaselineSummary(path: $0.path, existing: existing, unmatched: $0.entries.filter { !matchedBaseline.contains($0.fingerprint) }) }
    }

    /// Expired waivers, and waivers that matched no finding of the batch.
    public func waiverNotes(_ waivers: [Waiver], today: String) -> [WaiverNote] {
        waivers.compactMap { waiver in
            if waiver.expires < today { return WaiverNote(kind: .expired, waiver: waiver) }
            return usedWaivers.contains(waiver.location) ? nil : WaiverNote(kind: .unused, waiver: waiver)
        }
    }
}

/// Everything one `accord check` run decided, in a fixed order: what every output format renders.
public struct BatchReport: Sendable {
    public var reports: [ProposalReport]
    public var ruleSet: RuleSet
    public var waiverNotes: [WaiverNote]
    /// Nil when no baseline was given.
    public var baseline: BaselineSummary?
    public var tally: BatchTally

    /// Files found in folders and set aside because they are plainly not proposals.
    public var skipped: [String]

    public init(reports: [ProposalReport], ruleSet: RuleSet, waivers: [Waiver], baseline: Baseline? = nil, today: String, skipped: [String] = []) {
        self.reports = reports
        self.skipped = skipped
        self.ruleSet = ruleSet
        var tally = BatchTally()
        reports.forEach { tally.add($0) }
        self.tally = tally
        self.waiverNotes = tally.waiverNotes(waivers, today: today)
        self.baseline = tally.baselineSummary(baseline)
    }

    public func count(_ verdict: Verdict) -> Int { tally.count(verdict) }

    public var summary: String { tally.summary }

    public func exitCode(failOn threshold: Severity?) -> Int32 { tally.exitCode(failOn: threshold) }
}
