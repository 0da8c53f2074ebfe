import Foundation

/// Sentences that plainly break a premise, and sentences that must pass, for measuring how well
/// the free-text rules read: recall on the first, false alarms on the second.
public struct ScreeningCorpus: Sendable {
    public struct Sentence: Sendable {
        public enum Expectation: String, Sendable, CaseIterable { case violates, benign }
        public var premise: String
        public var language: String
        public var expect: Expectation
        public var kind: String
        public var text: String
        public var location: SourceLocation
    }

    public var sentences: [Sentence]

    static let violatingKinds = ["idea", "absence", "form", "between"]
    static let benignKinds = ["negated", "innocent", "reported"]

    /// Reads corpus files (`premise:` and `sentences:`), strictly; folders are searched for YAML files.
    public static func load(_ paths: [String], premises: [String]) throws(Diagnostics) -> ScreeningCorpus {
        let files: [String]
        do { files = try RuleSetLoader.ruleFiles(paths) } catch { throw error }
        var problems: [Diagnostic] = []
        var sentences: [Sentence] = []
        for file in files {
            guard case .success(let bytes) = FileBytes.read(file, atMost: LoaderLimits.default.maxBytes) else {
                problems.append(Diagnostic(SourceLocation(path: file, line: 1, column: 1), "the corpus file cannot be read", hint: "check its permissions and size"))
                continue
            }
            let root: YAMLNode
            do { root = try YAMLLoader().loadDocument(bytes, path: file) } catch {
                problems.append(error)
                continue
            }
            guard var map = StrictMapping(root, path: file, what: "a screening corpus file", problems: &problems) else { continue }
            problems += map.unknownKeys(allowed: ["premise", "sentences"])
            guard let premise = map.text("premise", &problems, hint: "the premise id the violating sentences break") else { continue }
            if !premises.contains(premise) {
                problems.append(Diagnostic(map.value("premise")!.location(in: file), "`\(premise)` is not a premise of the rule set",
                                           hint: Suggestion.didYouMean(premise, in: premises) ?? "premises: \(premises.joined(separator: ", "))"))
            }
            guard let list = map.required("sentences", &problems, hint: "a list of `- {lang, expect, kind, text}`")?.sequenceItems else {
                continue
            }
            for item in list {
                guard var entry = StrictMapping(item, path: file, what: "a sentence", problems: &problems) else { continue }
                problems += entry.unknownKeys(allowed: ["lang", "expect", "kind", "text"])
                let language = entry.text("lang", &problems, hint: "en or ja")
                let expectText = entry.text("expect", &problems, hint: "violates or benign")
                let kind = entry.text("kind", &problems, hint: "idea, absence, form, between; negated, innocent, reported")
                let text = entry.text("text", &problems, hint: "the sentence")
                guard let language, let expectText, let kind, let text else { continue }
                guard ["en", "ja"].contains(language) else {
                    problems.append(Diagnostic(entry.value("lang")!.location(in: file), "`\(language)` is not a language of the corpus", hint: "en or ja"))
                    continue
                }
                guard let expect = Sentence.Expectation(rawValue: expectText) else {
                    problems.append(Diagnostic(entry.value("expect")!.location(in: file), "`\(expectText)` is not an expectation", hint: "violates or benign"))
                    continue
                }
                let kinds = expect == .violates ? violatingKinds : benignKinds
                guard kinds.contains(kind) else {
                    problems.append(Diagnostic(entry.value("kind")!.location(in: file), "`\(kind)` is not a kind of \(expect.rawValue) sentence",
                                               hint: Suggestion.didYouMean(kind, in: kinds) ?? kinds.joined(separator: ", ")))
                    continue
                }
                sentences.append(Sentence(premise: premise, language: language, expect: expect, kind: kind, text: text, location: item.location(in: file)))
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return ScreeningCorpus(sentences: sentences)
    }
}

/// Appends each sentence to the description of a compliant proposal and checks it.
public struct ScreeningRunner {
    public let ruleSet: RuleSet
    /// A proposal that every rule passes, whose description the sentences are appended to.
    public let base: YAMLNode
    public let basePath: String

    public struct Outcome: Sendable {
        public var sentence: ScreeningCorpus.Sentence
        /// Rules newly violated by the sentence: those of its premise for a violating sentence,
        /// errors of any premise for a benign one.
        public var rules: [String]
        /// Caught (violating) or flagged (benign).
        public var fired: Bool
        public var correct: Bool { sentence.expect == .violates ? fired : !fired }
    }

    public init(ruleSet: RuleSet, basePath: String) throws(Diagnostics) {
        guard case .success(let bytes) = FileBytes.read(basePath, atMost: LoaderLimits.default.maxBytes) else {
            throw Diagnostics([Diagnostic(SourceLocation(path: basePath, line: 1, column: 1), "the base proposal cannot be read", hint: "give a compliant proposal with --base")])
        }
        do { base = try YAMLLoader().loadDocument(bytes, path: basePath) } catch { throw Diagnostics([error]) }
        self.ruleSet = ruleSet
        self.basePath = basePath
    }

    /// The base proposal the rule set's examples use, when it names one.
    public static func defaultBase(of ruleSet: RuleSet) -> String? {
        ruleSet.rules.lazy.compactMap(\.examplesBase).first
    }

    public func run(_ corpus: ScreeningCorpus) -> [Outcome] {
        let baseline = Set(violated(base).map(\.id))
        return corpus.sentences.map { sentence in
            var proposal = base
            let description = (base["description"]?.scalarText ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let text = description.isEmpty ? sentence.text : description + "\n" + sentence.text
            let node = YAMLNode(.scalar(text: text, style: .literal, value: .string(text)), line: base["description"]?.line ?? 1, column: 1)
            if case .mapping(var pairs) = proposal.content, let index = pairs.firstIndex(where: { $0.key.scalarText == "description" }) {
                pairs[index].value = node
                proposal.content = .mapping(pairs)
            }
            let fired = violated(proposal).filter { !baseline.contains($0.id) }.filter { rule in
                sentence.expect == .violates ? rule.premise == sentence.premise : rule.severity == .error
            }
            return Outcome(sentence: sentence, rules: fired.map(\.id), fired: !fired.isEmpty)
        }
    }

    private func violated(_ root: YAMLNode) -> [Rule] {
        guard case .valid(let proposal) = ProposalReader.validate(root, path: basePath, source: []) else { return [] }
        let evaluator = RuleEvaluator(ruleSet: ruleSet, view: ProposalView(proposal))
        return ruleSet.rules.filter { evaluator.evaluate($0).status == .violated }
    }
}

/// Recall and false alarms, per premise and language.
public struct ScreeningScore: Sendable {
    public struct Cell: Sendable {
        public var violating = 0
        public var caught = 0
        public var benign = 0
        public var flagged = 0
        public var recall: Double { violating == 0 ? 1 : Double(caught) / Double(violating) }
        public var falseAlarmRate: Double { benign == 0 ? 0 : Double(flagged) / Double(benign) }

        mutating func add(_ outcome: ScreeningRunner.Outcome) {
            if outcome.sentence.expect == .violates {
                violating += 1
                if outcome.fired { caught += 1 }
            } else {
                benign += 1
                if outcome.fired { flagged += 1 }
            }
        }
    }

    /// Keyed by premise id and language.
    public var cells: [(premise: String, language: String, cell: Cell)]
    public var total: Cell

    public init(_ outcomes: [ScreeningRunner.Outcome]) {
        var byKey: [String: Cell] = [:]
        var total = Cell()
        for outcome in outcomes {
            byKey["\(outcome.sentence.premise)\t\(outcome.sentence.language)", default: Cell()].add(outcome)
            total.add(outcome)
        }
        cells = byKey.keys.sorted().map { key in
            let parts = key.split(separator: "\t").map(String.init)
            return (parts[0], parts[1], byKey[key]!)
        }
        self.total = total
    }
}
