import Foundation
import XCTest
@testable import Accord

/// A check decides the rules that hold or do not apply from truths alone, without explaining them;
/// those truths must be the ones the explaining evaluation reaches. (The engine tests' helpers
/// hold every construct to the same, in all four outcomes.)
final class QuickDecisionTests: XCTestCase {
    static let root = Engine.root

    /// Every proposal at hand: the example proposals, and the bundled rules' examples merged onto their base.
    func proposals(_ ruleSet: RuleSet) throws -> [Proposal] {
        var proposals: [Proposal] = []
        let examples = Self.root.appendingPathComponent("Examples")
        for name in try FileManager.default.contentsOfDirectory(atPath: examples.path).sorted() where name.hasSuffix(".yaml") {
            let bytes = [UInt8](try Data(contentsOf: examples.appendingPathComponent(name)))
            if case .valid(let proposal) = ProposalReader.read(bytes, path: name) { proposals.append(proposal) }
        }
        for rule in ruleSet.rules {
            guard let basePath = rule.examplesBase else { continue }
            let base = try YAMLLoader().loadDocument([UInt8](try Data(contentsOf: URL(fileURLWithPath: basePath))), path: basePath)
            let source = [UInt8](try Data(contentsOf: URL(fileURLWithPath: rule.location.path)))
            for example in rule.examples {
                let merged = ExampleRunner.merge(base, example.patch)
                if case .valid(let proposal) = ProposalReader.validate(merged, path: rule.location.path, source: source) { proposals.append(proposal) }
            }
        }
        return proposals
    }

    func assertTruthsAgree(_ ruleSet: RuleSet, file: StaticString = #filePath, line: UInt = #line) throws {
        let proposals = try proposals(ruleSet)
        XCTAssertGreaterThan(proposals.count, 20, file: file, line: line)
        var seen: [Truth: Int] = [:]
        for proposal in proposals {
            let evaluator = ConditionEvaluator(view: ProposalView(proposal))
            var kept = RootLookups()
            for rule in ruleSet.rules {
                for condition in rule.conditions {
                    let quick = evaluator.truth(condition, at: proposal.root)
                    XCTAssertEqual(quick, evaluator.evaluate(condition).truth, "\(rule.id) on \(proposal.path) (\(proposal.id))", file: file, line: line)
                    // Read from the root, with the paths kept from the conditions before it.
                    XCTAssertEqual(evaluator.truth(condition, at: proposal.root, isRoot: true, kept: &kept), quick,
                                   "\(rule.id) on \(proposal.path), kept paths", file: file, line: line)
                    seen[quick, default: 0] += 1
                }
            }
        }
        XCTAssertEqual(Set(seen.keys), [.true, .false, .unknown], "all three truths occur", file: file, line: line)
    }

    func testQuickTruthsAgreeOnTheBundledRules() throws {
        try assertTruthsAgree(try RuleSetLoader.load([Self.root.appendingPathComponent("Rules").path]))
    }

    func testACheckDecidesEveryRuleAsTheExplainingEvaluationDoes() throws {
        let ruleSet = try RuleSetLoader.load([Self.root.appendingPathComponent("Rules").path])
        let checker = Checker(ruleSet: ruleSet, today: "2026-01-01")
        var statuses: Set<Outcome> = []
        for proposal in try proposals(ruleSet) {
            let checked = Dictionary(uniqueKeysWithValues: checker.check(proposal).results.map { ($0.rule, $0) })
            let explaining = RuleEvaluator(ruleSet: ruleSet, view: ProposalView(proposal))
            for rule in ruleSet.rules {
                let explained = explaining.evaluate(rule)
                let status = explained.status
                XCTAssertEqual(checked[rule.id]?.status ?? .notApplicable, status, "\(rule.id) on \(proposal.path) (\(proposal.id))")
                statuses.insert(status)
                // A failure is explained as the explaining evaluation explains it, words made once for the checker and all.
                if status == .violated || status == .undetermined, let result = checked[rule.id] {
                    XCTAssertEqual(result.explanation, explained.explanation, "\(rule.id) on \(proposal.path)")
                    XCTAssertEqual(result.changes, explained.changes, "\(rule.id) on \(proposal.path)")
                    XCTAssertEqual(result.message, explained.message, "\(rule.id) on \(proposal.path)")
                    XCTAssertEqual(result.location, explained.location, "\(rule.id) on \(proposal.path)")
                }
            }
        }
        XCTAssertEqual(statuses, [.satisfied, .violated, .undetermined, .notApplicable])
    }

    /// The checker's table of words knows a condition by its place: where two conditions with
    /// different words share one, each still gets its own words.
    func testConditionsSharingAPlaceKeepTheirOwnWords() throws {
        var ruleSet = try RuleSetLoader.load([Self.root.appendingPathComponent("Rules").path])
        let place = SourceLocation(path: "rules.yaml", line: 3, column: 5)
        let first = Condition.exists(FieldPath(segments: ["area"], text: "area"), place)
        let second = Condition.exists(FieldPath(segments: ["situation"], text: "situation"), place)
        ruleSet.rules[0].requirement = .require(first)
        ruleSet.rules[1].requirement = .forbid(second)
        let table = ConditionWordsTable(ruleSet.rules)
        XCTAssertEqual(table.words(first, prefix: ""), "`area` is given")
        XCTAssertEqual(table.words(second, prefix: ""), "`situation` is given")
        XCTAssertEqual(table.words(first, prefix: "participants[0]"), "`participants[0].area` is given")
        let kept = try XCTUnwrap(ruleSet.rules.dropFirst(2).first { $0.scope != nil }?.scope)
        XCTAssertEqual(table.words(kept, prefix: ""), kept.words())
    }
}
