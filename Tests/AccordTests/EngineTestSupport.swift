import Foundation
import XCTest
@testable import Accord

/// Helpers shared by the engine's tests: proposals built from YAML text, the construct rule set
/// in Fixtures/constructs, conditions parsed on their own, and rule sets written to a temporary folder.
enum Engine {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The project's folder, which holds Rules/ and Examples/.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The rule set that uses every construct of the rule language once.
    /// ConstructOutcomeTests asserts that it loads; the other tests see an empty set if it does not.
    static let constructsLoading = Result { () throws(Diagnostics) -> RuleSet in
        try RuleSetLoader.load([fixtures.appendingPathComponent("constructs").path])
    }

    static var constructs: RuleSet {
        (try? constructsLoading.get()) ?? RuleSet(premises: [], rules: [], digest: "", files: [])
    }

    /// A valid proposal that no construct rule dislikes much; `overrides` replaces its top-level
    /// fields with the ones given (and adds new ones). Fields written `key: DROP` are removed.
    static let base = """
        proposal: 1
        id: T-1
        title: Bilateral exercise
        area: training-and-exercises
        situation: peacetime
        participants:
          - country: japan
            role: lead
        location:
          kind: high-seas
        description: A test proposal.

        """

    static func text(_ overrides: String) -> String {
        let overrideLines = overrides.split(separator: "\n", omittingEmptySubsequences: false)
        let replaced = Set(overrideLines.compactMap(topKey))
        var out: [Substring] = []
        var skipping = false
        for line in base.split(separator: "\n") {
            if let key = topKey(line) { skipping = replaced.contains(key) }
            if !skipping { out.append(line) }
        }
        var added: [Substring] = []
        var dropping = false
        for line in overrideLines {
            if topKey(line) != nil { dropping = line.hasSuffix(": DROP") }
            if !dropping { added.append(line) }
        }
        return (out + added).joined(separator: "\n") + "\n"
    }

    private static func topKey(_ line: Substring) -> String? {
        guard let first = line.first, first.isLetter, let colon = line.firstIndex(of: ":") else { return nil }
        return String(line[..<colon])
    }

    /// Reads a proposal that must be valid.
    static func proposal(_ yaml: String, path: String = "p.yaml", file: StaticString = #filePath, line: UInt = #line) -> Proposal? {
        switch ProposalReader.read(Array(yaml.utf8), path: path) {
        case .valid(let proposal): return proposal
        case .invalid(_, let problems):
            XCTFail("the proposal is invalid:\n\(Diagnostics(problems))\n---\n\(yaml)", file: file, line: line)
        case .notAProposal:
            XCTFail("not a proposal", file: file, line: line)
        }
        return nil
    }

    /// A proposal read without validation, to reach values that a valid proposal cannot hold.
    static func unvalidated(_ yaml: String) throws -> Proposal {
        let bytes = Array(yaml.utf8)
        return Proposal(path: "p.yaml", root: try YAMLLoader().loadDocument(bytes, path: "p.yaml"), source: bytes)
    }

    /// What one rule decides about one proposal, not-applicable included.
    static func result(_ rule: String, _ proposal: Proposal, in ruleSet: RuleSet = constructs,
                       file: StaticString = #filePath, line: UInt = #line) -> RuleResult? {
        guard let found = ruleSet.rule(rule) else {
            XCTFail("no rule \(rule)", file: file, line: line)
            return nil
        }
        let result = RuleEvaluator(ruleSet: ruleSet, view: ProposalView(proposal)).evaluate(found)
        // A check decides this rule without explaining it when it holds or does not apply.
        let checked = RuleEvaluator(ruleSet: ruleSet, view: ProposalView(proposal), explainsEverything: false)
        XCTAssertEqual(checked.evaluate(found).status, result.status, "a check decides \(rule) otherwise", file: file, line: line)
        return result
    }

    /// The rule's result on the base proposal with `overrides`.
    static func result(_ rule: String, _ overrides: String, in ruleSet: RuleSet = constructs,
                       file: StaticString = #filePath, line: UInt = #line) -> RuleResult? {
        guard let proposal = proposal(text(overrides), file: file, line: line) else { return nil }
        return result(rule, proposal, in: ruleSet, file: file, line: line)
    }

    /// Parses one condition (paths checked against the proposal format, concepts against the
    /// construct rule set's lexicon), failing the test on problems.
    static func condition(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> Condition? {
        do {
            let node = try YAMLLoader().loadDocument(Array(yaml.utf8), path: "c.yaml")
            var parser = ConditionParser(path: "c.yaml", lexicon: constructs.lexicon)
            let parsed = parser.parse(node)
            if !parser.problems.isEmpty { XCTFail("\(Diagnostics(parser.problems))", file: file, line: line) }
            return parsed
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return nil
        }
    }

    /// The problems of a condition that must not parse.
    static func conditionProblems(_ yaml: String) throws -> [Diagnostic] {
        let node = try YAMLLoader().loadDocument(Array(yaml.utf8), path: "c.yaml")
        var parser = ConditionParser(path: "c.yaml", lexicon: constructs.lexicon)
        _ = parser.parse(node)
        return parser.problems
    }

    /// A condition evaluated over a proposal.
    static func evaluate(_ conditionYAML: String, on proposal: Proposal, file: StaticString = #filePath, line: UInt = #line) -> Evaluation? {
        guard let parsed = condition(conditionYAML, file: file, line: line) else { return nil }
        let evaluator = ConditionEvaluator(view: ProposalView(proposal))
        let evaluation = evaluator.evaluate(parsed)
        XCTAssertEqual(evaluator.truth(parsed, at: proposal.root), evaluation.truth, "the quick truth differs", file: file, line: line)
        return evaluation
    }

    /// A condition's truth over the base proposal with `overrides`.
    static func truth(_ conditionYAML: String, _ overrides: String, file: StaticString = #filePath, line: UInt = #line) -> Truth? {
        guard let proposal = proposal(text(overrides), file: file, line: line) else { return nil }
        return evaluate(conditionYAML, on: proposal, file: file, line: line)?.truth
    }

    /// Writes files into a fresh temporary folder and returns its path.
    static func folder(_ files: [String: String]) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-tests-\(UUID().uuidString)")
        for (name, content) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(content.utf8).write(to: url)
        }
        return folder.path
    }

    /// The fixture catalogue, for rule files written by a test.
    static var premisesYAML: String {
        (try? String(contentsOf: fixtures.appendingPathComponent("constructs/premises.yaml"), encoding: .utf8)) ?? ""
    }

    /// The fixture lexicon, for rule files written by a test that say its concepts.
    static var lexiconYAML: String {
        (try? String(contentsOf: fixtures.appendingPathComponent("constructs/lexicon.yaml"), encoding: .utf8)) ?? ""
    }

    /// Loads `rules.yaml` (with the fixture catalogue beside it) from a temporary folder.
    static func loadRules(_ rulesYAML: String, extra: [String: String] = [:]) throws -> (RuleSet, String) {
        var files = extra
        files["premises.yaml"] = files["premises.yaml"] ?? premisesYAML
        files["rules.yaml"] = rulesYAML
        let folder = try folder(files)
        return (try RuleSetLoader.load([folder]), folder)
    }

    /// The problems that make a rule file invalid; fails the test if it loads.
    static func ruleProblems(_ rulesYAML: String, extra: [String: String] = [:],
                             file: StaticString = #filePath, line: UInt = #line) -> (problems: [Diagnostic], folder: String) {
        var files = extra
        files["premises.yaml"] = files["premises.yaml"] ?? premisesYAML
        files["rules.yaml"] = rulesYAML
        do {
            let folder = try folder(files)
            do {
                _ = try RuleSetLoader.load([folder])
                XCTFail("the rule set loaded", file: file, line: line)
            } catch {
                return (error.items, folder)
            }
            return ([], folder)
        } catch {
            XCTFail("\(error)", file: file, line: line)
            return ([], "")
        }
    }
}

/// Asserts that exactly one problem says `fragment`, at `line:column`, with a hint (containing `hint` if given).
func assertProblem(_ problems: [Diagnostic], _ fragment: String, line: Int, column: Int, path: String? = nil, hint: String? = nil,
                   file: StaticString = #filePath, lineNumber: UInt = #line) {
    let matching = problems.filter { $0.message.contains(fragment) }
    guard matching.count == 1, let problem = matching.first else {
        return XCTFail("expected one problem saying `\(fragment)`, got:\n\(problems.map(\.description).joined(separator: "\n"))", file: file, line: lineNumber)
    }
    XCTAssertEqual(problem.location.line, line, "line of: \(problem)", file: file, line: lineNumber)
    XCTAssertEqual(problem.location.column, column, "column of: \(problem)", file: file, line: lineNumber)
    if let path { XCTAssertTrue(problem.location.path.hasSuffix(path), problem.location.path, file: file, line: lineNumber) }
    XCTAssertNotNil(problem.hint, "no hint: \(problem)", file: file, line: lineNumber)
    if let hint { XCTAssertTrue(problem.hint?.contains(hint) == true, "hint of: \(problem)", file: file, line: lineNumber) }
}
