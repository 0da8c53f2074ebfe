@testable import Accord
import XCTest

/// The bundled free-text rules measured on the project's screening corpus (Tests/Screening).
/// The floors sit just below the figures measured when the corpus last grew (95.23 % recall and 2.48 %
/// false alarms, on 43,630 sentences, of which the last twelve batches joined read, with the readings
/// they taught; eight of them are benign only and were written to be hard, four of those with
/// reported text first, two with innocent mentions first and two with negated text first, and the
/// four mixed ones met the rules at 356/384 violations caught), so that a change that loses recall
/// or adds false alarms fails. (The floor fell from 95.3 % to 95.2 % and the ceiling rose from 2.4 %
/// to 2.5 % with those batches: on the 40,710 sentences before them the rules stayed at 12,910/13,546
/// and their false alarms fell from 629 to 628.)
/// SPEC section 9 asks for 95 % and 3 %, and README.md says how the rules fare on the held-out set.
final class ScreeningCorpusTests: XCTestCase {
    static let recallFloor = 0.952
    static let falseAlarmCeiling = 0.025

    func testTheCorpusHoldsItsFloors() throws {
        let root = PremiseCatalogueTests.root
        let ruleSet = try RuleSetLoader.load([root.appendingPathComponent("Rules").path])
        let corpus = try ScreeningCorpus.load([root.appendingPathComponent("Tests/Screening/corpus").path], premises: ruleSet.premises.map(\.id))
        XCTAssertGreaterThanOrEqual(corpus.sentences.count, 300)
        for language in ["en", "ja"] {
            XCTAssertTrue(corpus.sentences.contains { $0.language == language && $0.expect == .benign })
            XCTAssertTrue(corpus.sentences.contains { $0.language == language && $0.expect == .violates })
        }
        let runner = try ScreeningRunner(ruleSet: ruleSet, basePath: try XCTUnwrap(ScreeningRunner.defaultBase(of: ruleSet)))
        let score = ScreeningScore(runner.run(corpus))
        XCTAssertGreaterThanOrEqual(score.total.recall, Self.recallFloor, "recall \(score.total.caught)/\(score.total.violating)")
        XCTAssertLessThanOrEqual(score.total.falseAlarmRate, Self.falseAlarmCeiling, "false alarms \(score.total.flagged)/\(score.total.benign)")
    }

    func testACorpusFileIsReadStrictly() throws {
        let folder = try Engine.folder(["c.yaml": """
            premise: treaty-unchanged
            sentences:
              - {lang: en, expect: violates, kind: idea, text: a}
              - {lang: fr, expect: violates, kind: idea, text: b}
              - {lang: en, expect: benign, kind: idea, text: c}
              - {lang: en, expect: benign, kind: negated, txt: d}
            """])
        do {
            _ = try ScreeningCorpus.load([folder], premises: RuleSetLoader.premiseIDs)
            XCTFail("the corpus loaded")
        } catch {
            assertProblem(error.items, "`fr` is not a language", line: 4, column: 12)
            assertProblem(error.items, "`idea` is not a kind of benign", line: 5, column: 38)
            assertProblem(error.items, "unknown key `txt`", line: 6, column: 47)
        }
    }
}
