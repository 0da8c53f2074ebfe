/// Decides one rule for one proposal and explains the decision.
struct RuleEvaluator {
    let ruleSet: RuleSet
    let view: ProposalView
    /// Whether plain passes and rules that do not apply are explained too. A batch check does not:
    /// no report shows them, and words for them would be built for every rule of every proposal.
    var explainsEverything = true
    /// Made once for all the rules of a proposal: it copies the view.
    private let evaluator: ConditionEvaluator
    /// The rule set's conditions in words, when the caller made them once for many proposals.
    private let words: ConditionWordsTable

    init(ruleSet: RuleSet, view: ProposalView, explainsEverything: Bool = true, words: ConditionWordsTable = .empty) {
        self.ruleSet = ruleSet
        self.view = view
        self.explainsEverything = explainsEverything
        evaluator = ConditionEvaluator(view: view)
        self.words = words
    }

    func evaluate(_ rule: borrowing Rule) -> RuleResult {
        evaluate(rule, blank: nil, decided: explainsEverything ? nil : undisputedStatus(rule))
    }

    /// `decided` is the rule's status from truths alone, when no report explains it; `blank` the
    /// rule's `RuleResult.blank`, when the caller made it once for many proposals.
    func evaluate(_ rule: borrowing Rule, blank: RuleResult?, decided: Outcome?) -> RuleResult {
        var result = decidedResult(rule, status: decided ?? .satisfied, blank: blank)
        if decided != nil { return result }
        var hits: [TextHit] = []
        var scopeEvaluation: Evaluation?

        if let scope = rule.scope {
            let scoped = evaluator.evaluate(scope)
            switch scoped.truth {
            case .false:
                result.status = .notApplicable
                result.explanation = ExplanationBuilder.steps(scoped, words: words, label: "applies when")
                return finish(result, rule, hits)
            case .unknown:
                result.status = .undetermined
                result.explanation = ExplanationBuilder.steps(scoped, words: words, label: "applies when")
                result.location = ExplanationBuilder.location(result.explanation[...]) ?? result.location
                result.changes = FixDeriver.missingFacts(scoped)
                // Whether or not the rule applies, an exception that holds means it cannot be violated.
                applyExceptions(&result, rule)
                return finish(result, rule, hits)
            case .true:
                scopeEvaluation = scoped
            }
        }

        let (condition, label, wanted): (Condition, String, Bool)
        switch rule.requirement {
        case .require(let c): (condition, label, wanted) = (c, "requires", true)
        case .forbid(let c): (condition, label, wanted) = (c, "forbids", false)
        }
        let required = evaluator.evaluate(condition)
        hits = Self.hits(in: required)
        let requiredSteps = ExplanationBuilder.steps(required, words: words, label: label)
        result.explanation = (scopeEvaluation.map { ExplanationBuilder.steps($0, words: words, label: "applies because") } ?? []) + requiredSteps
        switch required.truth {
        case .unknown:
            result.status = .undetermined
            result.changes = FixDeriver.missingFacts(required)
        case Truth(wanted):
            result.status = .satisfied
            return finish(result, rule, hits)
        default:
            result.status = .violated
            result.changes = FixDeriver.fixes(required, want: wanted)
        }
        // A forbidden text decides where the finding is: it is what the fix asks to rephrase.
        result.location = (result.status == .violated ? hits.first?.location : nil) ?? ExplanationBuilder.location(requiredSteps[...]) ?? result.location

        applyExceptions(&result, rule)
        return finish(result, rule, hits)
    }

    /// The result of a rule that truths alone decided: nothing in it but the rule and its status.
    /// A full evaluation starts from it and fills in the rest.
    func decidedResult(_ rule: borrowing Rule, status: Outcome, blank: RuleResult?) -> RuleResult {
        var result = blank ?? RuleResult.blank(rule, citation: Self.citation(rule, in: ruleSet))
        result.status = status
        result.location = view.location(of: view.proposal.root)
        return result
    }

    /// Not applicable or satisfied, decided from truths alone; nil when the rule needs the whole
    /// evaluation: it fails, might fail, or its scope is unknown. Exceptions matter only then.
    func undisputedStatus(_ rule: borrowing Rule) -> Outcome? {
        var kept = RootLookups()
        return undisputedStatus(scope: rule.scope, requirement: rule.requirement, kept: &kept)
    }

    /// As `undisputedStatus(_:)`, from the parts of a rule it reads: a caller that holds rules
    /// in a class passes these rather than a copy of the whole rule. `kept`: what the paths read
    /// from the proposal's root found, for the next rule of the same proposal.
    func undisputedStatus(scope: Condition?, requirement: Requirement, kept: inout RootLookups) -> Outcome? {
        let root = view.proposal.root
        if let scope {
            switch evaluator.truth(scope, at: root, isRoot: true, kept: &kept) {
            case .false: return .notApplicable
            case .unknown: return nil
            case .true: break
            }
        }
        switch requirement {
        case .require(let condition): return evaluator.truth(condition, at: root, isRoot: true, kept: &kept) == .true ? .satisfied : nil
        case .forbid(let condition): return evaluator.truth(condition, at: root, isRoot: true, kept: &kept) == .false ? .satisfied : nil
        }
    }

    static func citation(_ rule: borrowing Rule, in ruleSet: RuleSet) -> Citation {
        let premise = ruleSet.premise(rule.premise)
        return Citation(premise: rule.premise, section: premise?.section ?? "", quote: premise?.passage ?? "", reason: rule.reason)
    }

    /// An exception that holds satisfies the rule; one that might hold leaves a violation undetermined.
    private func applyExceptions(_ result: inout RuleResult, _ rule: borrowing Rule) {
        for exception in rule.exceptions {
            let evaluated = evaluator.evaluate(exception.condition)
            if evaluated.truth == .true {
                result.status = .satisfied
                result.exception = AppliedException(name: exception.name, reason: exception.reason)
                result.explanation += ExplanationBuilder.steps(evaluated, words: words, label: "but the exception '\(exception.name)' holds")
                result.changes = []
                return
            }
            if evaluated.truth == .unknown, result.status == .violated {
                result.status = .undetermined
                result.explanation += ExplanationBuilder.steps(evaluated, words: words, label: "the exception '\(exception.name)' might hold")
                result.changes = FixDeriver.missingFacts(evaluated) + result.changes
            }
        }
    }

    /// The text hits of a condition and of every condition under it, for `{{match}}`.
    static func hits(in evaluation: Evaluation) -> [TextHit] {
        evaluation.hits + evaluation.children.flatMap(hits(in:))
    }

    private func finish(_ result: RuleResult, _ rule: borrowing Rule, _ hits: [TextHit]) -> RuleResult {
        var result = result
        // Two conditions can need the same missing field ("is given" and "has at least one entry").
        if result.changes.count > 1 {
            var seen: Set<String> = []
            result.changes = result.changes.filter { seen.insert($0).inserted }
        }
        result.message = render(rule.message, hits)
        result.guidance = render(rule.fix, hits)
        return result
    }

    private func render(_ template: Template, _ hits: [TextHit]) -> String {
        // Most messages are one literal: it is the message.
        if template.parts.count == 1, case .literal(let text) = template.parts[0] { return text }
        var out = ""
        for part in template.parts {
            switch part {
            case .literal(let text): out += text
            case .match: out += hits.first?.quote ?? ""
            case .field(let path):
                switch view.lookup(path, from: view.proposal.root) {
                case .missing: out += "(not given)"
                case .value(let node):
                    if let items = node.sequenceItems {
                        out += items.compactMap(\.scalarText).joined(separator: ", ")
                    } else {
                        out += node.scalarText ?? "(a mapping)"
                    }
                }
            }
        }
        return out
    }
}
