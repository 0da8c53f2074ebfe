import Foundation
import XCTest
@testable import Accord

/// The premise catalogue quotes the report exactly.
final class PremiseCatalogueTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// White space (line breaks of the report's layout) is the only freedom a quote has.
    func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    func testEveryQuoteIsVerbatimInTheReport() throws {
        let report = collapse(try String(contentsOf: Self.root.deletingLastPathComponent().appendingPathComponent("shared/reference/interim-report.md"), encoding: .utf8))
        let ruleSet = try RuleSetLoader.load([Self.root.appendingPathComponent("Rules").path])
        XCTAssertEqual(Set(ruleSet.premises.map(\.id)), Set(RuleSetLoader.premiseIDs))
        for premise in ruleSet.premises {
            XCTAssertFalse(premise.quote.isEmpty)
            for excerpt in premise.quote {
                XCTAssertTrue(report.contains(collapse(excerpt)), "\(premise.id): not in the report: \(excerpt)")
            }
        }
        XCTAssertFalse(report.contains(collapse("This sentence is not in the report.")), "the check can fail")
    }

    func testEveryRuleRestsOnACataloguedPremiseAndHasExamples() throws {
        let ruleSet = try RuleSetLoader.load([Self.root.appendingPathComponent("Rules").path])
        let coverage = Coverage(ruleSet)
        XCTAssertEqual(coverage.gaps, [])
        let runs = try ExampleRunner(ruleSet: ruleSet).runAll()
        XCTAssertGreaterThan(runs.count, 2 * ruleSet.rules.count)
        for run in runs where !run.passed {
            XCTFail("\(run.rule.id) at \(run.example.location): expected \(run.example.expect.rawValue), got \(run.actual) \(run.problems)")
        }
    }
}
