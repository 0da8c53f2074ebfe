import Foundation

/// Runs rules' own examples: each patch is merged onto the rule file's base proposal, and the
/// rule alone is evaluated on the result.
public struct ExampleRunner {
    public let ruleSet: RuleSet

    public init(ruleSet: RuleSet) {
        self.ruleSet = ruleSet
    }

    public struct Run: Sendable {
        public var rule: Rule
        public var example: RuleExample
        /// What the rule decided, or nil when the patched proposal is not a valid proposal.
        public var result: RuleResult?
        public var problems: [Diagnostic]
        /// How the finding's quote or field differs from the example's `quotes:` or `at:`.
        public var misplaced: String? = nil

        public var passed: Bool { result?.status == example.expect && misplaced == nil }
        public var actual: String { result?.status.rawValue ?? "invalid proposal" }
    }

    public func runAll() throws(Diagnostics) -> [Run] {
        var bases: [String: YAMLNode] = [:]
        var ruleSources: [String: [UInt8]] = [:]
        var runs: [Run] = []
        for rule in ruleSet.rules where !rule.examples.isEmpty {
            guard let basePath = rule.examplesBase else { continue }
            if bases[basePath] == nil {
                let bytes = [UInt8](FileManager.default.contents(atPath: basePath) ?? Data())
                do {
                    bases[basePath] = try YAMLLoader().loadDocument(bytes, path: basePath)
                } catch {
                    throw Diagnostics([error])
                }
            }
            let base = bases[basePath]!
            let ruleFile = rule.location.path
            if ruleSources[ruleFile] == nil { ruleSources[ruleFile] = [UInt8](FileManager.default.contents(atPath: ruleFile) ?? Data()) }
            let ruleSource = ruleSources[ruleFile]!
            for example in rule.examples {
                runs.append(run(rule, example, base: base, source: ruleSource))
            }
        }
        return runs
    }

    func run(_ rule: Rule, _ example: RuleExample, base: YAMLNode, source: [UInt8]) -> Run {
        let merged = Self.merge(base, example.patch)
        // Text spans of a patched proposal are found in the rule file, where the patch was written.
        switch ProposalReader.validate(merged, path: rule.location.path, source: source) {
        case .valid(let proposal):
            let evaluator = RuleEvaluator(ruleSet: ruleSet, view: ProposalView(proposal))
            let result = evaluator.evaluate(rule)
            return Run(rule: rule, example: example, result: result, problems: [], misplaced: Self.misplaced(result, example, in: merged))
        case .invalid(_, let problems):
            return Run(rule: rule, example: example, result: nil, problems: problems)
        case .notAProposal:
            return Run(rule: rule, example: example, result: nil, problems: [])
        }
    }

    static func misplaced(_ result: RuleResult, _ example: RuleExample, in proposal: YAMLNode) -> String? {
        var differences: [String] = []
        if let quotes = example.quotes, result.quotedSentence != quotes {
            differences.append("quotes " + (result.quotedSentence.map { "'\($0)'" } ?? "no sentence") + ", not '\(quotes)'")
        }
        if let at = example.at {
            let field = fieldPath(at: result.location, in: proposal)
            if field != at { differences.append("lands at " + (field.map { "`\($0)`" } ?? "\(result.location), no field's start") + ", not `\(at)`") }
        }
        return differences.isEmpty ? nil : differences.joined(separator: "; ")
    }

    /// The path of the field whose key or value starts at `location`: `participants[1].country`.
    static func fieldPath(at location: SourceLocation, in node: YAMLNode, prefix: String = "") -> String? {
        if let pairs = node.mappingPairs {
            for pair in pairs {
                let path = (prefix.isEmpty ? "" : prefix + ".") + (pair.key.scalarText ?? "")
                let starts = [pair.key, pair.value].contains { $0.line == location.line && $0.column == location.column }
                if starts { return path }
                if let found = fieldPath(at: location, in: pair.value, prefix: path) { return found }
            }
        }
        for (index, item) in (node.sequenceItems ?? []).enumerated() {
            let path = "\(prefix)[\(index)]"
            if item.line == location.line && item.column == location.column { return path }
            if let found = fieldPath(at: location, in: item, prefix: path) { return found }
        }
        return nil
    }

    /// Mappings merge key by key; a null in the patch removes the key; anything else replaces.
    static func merge(_ base: YAMLNode, _ patch: YAMLNode) -> YAMLNode {
        guard let basePairs = base.mappingPairs, let patchPairs = patch.mappingPairs else { return patch }
        var pairs = basePairs
        for patchPair in patchPairs {
            let index = pairs.firstIndex { $0.key.scalarValue == patchPair.key.scalarValue }
            if patchPair.value.scalarValue == .null {
                if let index { pairs.remove(at: index) }
            } else if let index {
                pairs[index].value = merge(pairs[index].value, patchPair.value)
            } else {
                pairs.append(patchPair)
            }
        }
        var merged = base
        merged.content = .mapping(pairs)
        return merged
    }
}
