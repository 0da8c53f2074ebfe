/// The outcome of checking one proposal file.
public struct ProposalReport: Sendable {
    public var path: String
    public var proposalID: String?
    public var verdict: Verdict
    /// Every rule's result, in the order findings are reported.
    public var results: [RuleResult]
    /// Why the proposal is invalid; empty otherwise.
    public var problems: [Diagnostic]
    /// The proposal's `title` and `description`, for the reports a reader attaches to a memo; nil when invalid.
    public var proposalTitle: String? = nil
    public var proposalDescription: String? = nil

    public var findings: [RuleResult] { results.filter(\.isFinding) }
}

/// Checks proposals against a rule set, applying the operator's waivers.
public struct Checker: Sendable {
    public let ruleSet: RuleSet
    /// The rules as the checker reads them for every proposal.
    let compiledRules: [CompiledRule]
    /// The rules' conditions in words, for the rules a proposal fails.
    let words: ConditionWordsTable
    public var waivers: [Waiver]
    /// The findings already known, which are reported as `existing` and do not fail a gate.
    public var baseline: Baseline?
    /// Today's date (YYYY-MM-DD), against which waivers expire.
    public var today: String
    public var limits: LoaderLimits

    public init(ruleSet: RuleSet, waivers: [Waiver] = [], baseline: Baseline? = nil, today: String, limits: LoaderLimits = .default) {
        self.ruleSet = ruleSet
        // In order of id, so that a proposal's results, sorted stably by place, tie in that order.
        compiledRules = self.ruleSet.rules.sorted { $0.id < $1.id }.map {
            CompiledRule(rule: $0, blankResult: .blank($0, citation: RuleEvaluator.citation($0, in: ruleSet)))
        }
        words = ConditionWordsTable(self.ruleSet.rules)
        self.waivers = waivers
        self.baseline = baseline
        self.today = today
        self.limits = limits
    }

    /// Checks one file; nil when `skipOthers` is set and the file is plainly not a proposal.
    public func check(_ input: InputFile, skipOthers: Bool = false) -> ProposalReport? {
        switch ProposalReader.read(input.bytes, path: input.path, limits: limits, skipOthers: skipOthers) {
        case .notAProposal:
            return nil
        case .invalid(let id, let problems):
            return ProposalReport(path: input.path, proposalID: id, verdict: .invalid, results: [], problems: problems)
        case .valid(let proposal):
            return check(proposal)
        }
    }

    public func check(_ proposal: Proposal) -> ProposalReport {
        let evaluator = RuleEvaluator(ruleSet: ruleSet, view: ProposalView(proposal), explainsEverything: false, words: words)
        // Rules that do not apply are left out: no report shows them, and a batch keeps no more than it reports.
        var results: [RuleResult] = []
        results.reserveCapacity(ruleSet.rules.count)
        let rootLocation = proposal.root.location(in: proposal.path)
        // The rules read the same fields again and again: what each path found is kept for the next.
        var kept = RootLookups()
        for compiled in compiledRules {
            switch evaluator.undisputedStatus(scope: compiled.rule.scope, requirement: compiled.rule.requirement, kept: &kept) {
            case .notApplicable: continue
            case let decided?:
                // Set in place: a result is a large value, and each copy retains all of it.
                results.append(compiled.blankResult)
                results[results.count - 1].status = decided
                results[results.count - 1].location = rootLocation
            case nil: results.append(evaluator.evaluate(compiled.rule, blank: compiled.blankResult, decided: nil))
            }
        }
        for index in results.indices where results[index].status.isFailure {
            if let waiver = activeWaiver(rule: results[index].rule, proposal: proposal.id) {
                results[index].status = .waived
                results[index].waiver = waiver
            }
        }
        if let baseline {
            for index in results.indices where results[index].status.isFailure {
                let fingerprint = FindingFingerprint.of(results[index], proposal: proposal.id)
                if baseline.contains(fingerprint) {
                    results[index].baselined = BaselineMatch(status: results[index].status, fingerprint: fingerprint)
                    results[index].status = .existing
                }
            }
        }
        // By place, then by rule id: results come in order of id, and the sort is stable.
        results.sort { $0.location < $1.location }
        return ProposalReport(path: proposal.path, proposalID: proposal.id, verdict: Self.verdict(results), results: results, problems: [],
                              proposalTitle: proposal.root["title"]?.scalarText, proposalDescription: proposal.root["description"]?.scalarText)
    }

    /// SPEC section 4: errors decide; warnings and infos never change the verdict. A finding in
    /// the baseline still does: the baseline decides what fails a gate, not whether a proposal complies.
    static func verdict(_ results: [RuleResult]) -> Verdict {
        // By index: a result is a large value, and reading two fields should not copy it.
        var undetermined = false
        for index in results.indices where results[index].severity == .error {
            switch results[index].baselined?.status ?? results[index].status {
            case .violated: return .nonCompliant
            case .undetermined: undetermined = true
            default: break
            }
        }
        return undetermined ? .undetermined : .compliant
    }

    func activeWaiver(rule: String, proposal: String) -> Waiver? {
        waivers.first { $0.rule == rule && $0.proposal == proposal && $0.expires >= today }
    }
}

/// A rule of a checker's set with its blank result, whose citation joins the premise's passage
/// once rather than for every proposal. A class, so that reading a rule for a proposal lends it
/// rather than copies a dozen references.
final class CompiledRule: Sendable {
    let rule: Rule
    /// The result of a rule that truths alone decide, but for its status and place.
    let blankResult: RuleResult

    init(rule: Rule, blankResult: RuleResult) {
        self.rule = rule
        self.blankResult = blankResult
    }
}
