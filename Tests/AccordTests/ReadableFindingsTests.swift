import Foundation
import XCTest
@testable import Accord

/// Issue 15, item 3: findings read right in every human-read format (text, Markdown, HTML and the
/// review page): no "error" on a rule an exception satisfied, the premise passage whole or cut at a
/// sentence, the rule's advice before the field change, and no long pattern in the reasoning.
/// Checked with the bundled rules on real proposals.
final class ReadableFindingsTests: XCTestCase {
    static let bundled = Result { () throws(Diagnostics) -> RuleSet in
        try RuleSetLoader.load([Engine.root.appendingPathComponent("Rules").path])
    }

    func check(_ yaml: String, path: String = "p.yaml") throws -> BatchReport {
        let ruleSet = try Self.bundled.get()
        let checker = Checker(ruleSet: ruleSet, today: "2026-01-15")
        let report = try XCTUnwrap(checker.check(InputFile(path: path, bytes: Array(yaml.utf8))))
        return BatchReport(reports: [report], ruleSet: ruleSet, waivers: [], today: "2026-01-15")
    }

    func example(_ name: String) throws -> String {
        try String(contentsOf: Engine.root.appendingPathComponent("Examples/\(name)"), encoding: .utf8)
    }

    /// Every format an advisor reads, as one string each.
    func rendered(_ batch: BatchReport) -> [(format: String, text: String)] {
        let time = Date(timeIntervalSince1970: 0)
        return [("text", TextReport(color: false).render(batch)), ("markdown", MarkdownReport.render(batch, timestamp: time)),
                ("html", HTMLReport.render(batch, timestamp: time)), ("page", ReviewPage.results(batch, sources: [[]]))]
    }

    /// U.S. forces alone, under a numbered Chapter VII resolution, on foreign territory without the
    /// host nation's consent: the consent rule is satisfied by its exception, and the proposal is compliant.
    func exceptionProposal() throws -> String {
        try example("01-isr-nansei-islands-compliant.yaml")
            .replacingOccurrences(of: "situation: peacetime", with: "situation: armed-attack-on-partner")
            .replacingOccurrences(of: "  - country: japan\n    organization: Japan Maritime Self-Defense Force, Fleet Air Wing 5 (Naha)\n    role: lead\n", with: "")
            .replacingOccurrences(of: "location:\n  kind: high-seas", with: "location:\n  kind: foreign-territory\n  country: somalia\n  host_nation_consent: false")
            .replacingOccurrences(of: "legal_basis:\n", with: "legal_basis:\n  - UN Security Council Resolution 1816 (2008)\n")
    }

    func testARuleSatisfiedByAnExceptionNeverReadsAsAnError() throws {
        let batch = try check(try exceptionProposal())
        let report = batch.reports[0]
        let excepted = try XCTUnwrap(report.results.first { $0.status == .satisfied && $0.exception != nil }, "\(report.results.map { ($0.rule, $0.status) }) \(report.problems)")
        XCTAssertEqual(report.verdict, .compliant)
        for (format, text) in rendered(batch) {
            XCTAssertTrue(text.contains("satisfied by exception: \(excepted.exception!.name)"), "\(format):\n\(text)")
            for line in text.split(separator: "\n") where line.contains(excepted.rule) {
                XCTAssertFalse(line.lowercased().contains("error"), "\(format): \(line)")
            }
        }
    }

    func testTheTextFormatCutsThePassageAtASentenceAndKeepsTheWordsThatMatter() throws {
        let treaty = TextReport(color: false).render(try check(try example("06-joint-use-facilities-sofa-revision-noncompliant.yaml")))
        XCTAssertTrue(treaty.contains("the fundamental framework of the Japan-U.S. Alliance, will remain unchanged.\""), treaty)
        let nuclear = TextReport(color: false).render(try check(try example("08-strategic-submarine-port-call-ja-noncompliant.yaml")))
        XCTAssertTrue(nuclear.contains("its three non-nuclear principles.\""), nuclear)
        // A passage longer than the limit ends at a sentence, marked as cut.
        let passage = "One sentence here. " + String(repeating: "word ", count: 80) + "end. Last one."
        XCTAssertEqual(ReportText.shortPassage(passage, limit: 40), "One sentence here. …")
        XCTAssertEqual(ReportText.shortPassage("Short. Whole."), "Short. Whole.")
    }

    func testTheMemoFormatsQuoteThePassageWhole() throws {
        let batch = try check(try example("06-joint-use-facilities-sofa-revision-noncompliant.yaml"))
        let passage = try XCTUnwrap(batch.ruleSet.premise("treaty-unchanged")).passage
        XCTAssertTrue(MarkdownReport.render(batch, timestamp: Date()).contains(Markup.markdown(passage)))
        for html in [HTMLReport.render(batch, timestamp: Date()), ReviewPage.results(batch, sources: [[]])] {
            XCTAssertTrue(html.contains(Markup.escape(passage)))
        }
    }

    func testTheFixGivesTheRulesAdviceFirstThenTheFieldToEdit() throws {
        let batch = try check(try example("09-logistics-fuel-cost-sharing-binding-noncompliant.yaml"))
        let legal = try XCTUnwrap(batch.reports[0].findings.first { $0.changes.contains { $0.contains("commitments[1].type") } })
        XCTAssertEqual(ReportText.fix(legal), legal.guidance + " — then change `commitments[1].type`: it must not be `legal`")
        for (format, text) in rendered(batch) {
            let advice = try XCTUnwrap(text.range(of: "commitment; if a legal instrument is needed"), "\(format):\n\(text)")
            let change = try XCTUnwrap(text.range(of: "then change ", range: advice.upperBound..<text.endIndex), format)
            XCTAssertLessThan(advice.lowerBound, change.lowerBound, format)
        }
        // JSON keeps its `fix` field as programs read it: the field change.
        XCTAssertEqual(legal.fix, "change `commitments[1].type`: it must not be `legal`")
    }

    /// Advice that already names the field ("Obtain the consent … and set `location.host_nation_consent`
    /// to `true`") is not followed by the same field again.
    func testAFieldTheAdviceNamesIsNotRepeated() throws {
        let batch = try check(try example("16-amphibious-exercise-palawan-consent-refused-noncompliant.yaml"))
        let consent = try XCTUnwrap(batch.reports[0].findings.first { $0.rule == "international-law.host-nation-consent" })
        XCTAssertTrue(consent.guidance.hasPrefix("Obtain the consent of the host nation"), consent.guidance)
        XCTAssertEqual(ReportText.fix(consent), consent.guidance)
    }

    func testReasoningNamesALongPatternInWords() throws {
        let yaml = try example("12-peacetime-escort-of-us-ships-noncompliant.yaml")
            .replacingOccurrences(of: "UN Charter", with: "the Charter")
        let batch = try check(yaml)
        for (format, text) in rendered(batch) {
            XCTAssertFalse(text.contains("(UN|U\\.N\\."), "\(format):\n\(text)")
            XCTAssertNil(text.range(of: "matches /[^/]{41,}/", options: .regularExpression), "\(format): a long pattern is shown")
        }
        let words = batch.reports[0].findings.flatMap(\.explanation).map(\.condition).joined(separator: "\n")
        XCTAssertTrue(words.contains("names UN Charter Article 51 or a numbered Security Council resolution"), words)
    }

    func testALongPatternWithoutMeaningDoesNotLoad() {
        let long = String(repeating: "Treaty|", count: 8) + "Charter"
        let rules = """
            rules:
              - id: m.long
                premise: international-law
                severity: error
                title: t
                message: m
                fix: f
                require: {for_any: legal_basis, where: {path: ., matches: '\(long)'}}

            """
        let problems = Engine.ruleProblems(rules).problems
        XCTAssertTrue(problems.contains { $0.message.contains("longer than 40 characters needs `meaning:`") }, "\(problems)")
        XCTAssertNoThrow(try Engine.loadRules(rules.replacingOccurrences(of: "'\(long)'}}", with: "'\(long)', meaning: a treaty or the Charter}}")))
    }
}
