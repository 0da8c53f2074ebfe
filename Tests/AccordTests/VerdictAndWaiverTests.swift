import XCTest
@testable import Accord

/// SPEC section 4: the verdict of a proposal from its rules' outcomes and severities, and the
/// operator's waivers.
final class VerdictAndWaiverTests: XCTestCase {
    /// An error rule on `responsibility.primary`, a warning on `coordination.mechanism`, an info
    /// on `area`, and an error that applies only in an armed attack on Japan.
    static let rules = """
        rules:
          - id: v.error
            premise: international-law
            severity: error
            title: primary responsibility
            message: "Primary: {{responsibility.primary}}."
            fix: Set it.
            require: {path: responsibility.primary, equals: japan}
          - id: v.scoped-error
            premise: international-law
            severity: error
            title: dated before 2015 in an armed attack
            message: m
            fix: f
            when: {path: situation, equals: armed-attack-on-japan}
            require: {path: date, before: 2015-01-01}
          - id: v.warning
            premise: alliance-coordination
            severity: warning
            title: mechanism
            message: m
            fix: f
            require: {exists: coordination.mechanism}
          - id: v.info
            premise: recognized-areas
            severity: info
            title: area
            message: m
            fix: f
            require: {path: area, one_of: [training-and-exercises]}

        """

    let today = "2026-01-15"

    func ruleSet() throws -> RuleSet {
        try Engine.loadRules(Self.rules).0
    }

    func check(_ overrides: String, waivers: [Waiver] = [], file: StaticString = #filePath, line: UInt = #line) throws -> ProposalReport {
        let input = InputFile(path: "p.yaml", bytes: Array(Engine.text("id: PROP-7\n" + overrides).utf8))
        let checker = Checker(ruleSet: try ruleSet(), waivers: waivers, today: today)
        return try XCTUnwrap(checker.check(input), file: file, line: line)
    }

    func status(_ report: ProposalReport, _ rule: String) -> Outcome? {
        report.results.first { $0.rule == rule }?.status
    }

    static let fine = "responsibility: {primary: japan}\ncoordination: {mechanism: ACM}"

    // MARK: verdicts

    func testAllSatisfiedIsCompliant() throws {
        let report = try check(Self.fine)
        XCTAssertEqual(report.verdict, .compliant)
        XCTAssertEqual(report.findings.count, 0)
        XCTAssertEqual(report.proposalID, "PROP-7")
    }

    func testAViolatedErrorIsNonCompliant() throws {
        let report = try check("responsibility: {primary: united-states}\ncoordination: {mechanism: ACM}")
        XCTAssertEqual(report.verdict, .nonCompliant)
        XCTAssertEqual(report.findings.map(\.rule), ["v.error"])
    }

    func testAnUndeterminedErrorIsUndetermined() throws {
        let report = try check("coordination: {mechanism: ACM}")
        XCTAssertEqual(status(report, "v.error"), .undetermined)
        XCTAssertEqual(report.verdict, .undetermined)
    }

    func testAViolationOutweighsAnUndeterminedError() throws {
        let report = try check("situation: armed-attack-on-japan\ndate: 2016-01-01\ncoordination: {mechanism: ACM}")
        XCTAssertEqual(status(report, "v.error"), .undetermined)
        XCTAssertEqual(status(report, "v.scoped-error"), .violated)
        XCTAssertEqual(report.verdict, .nonCompliant)
    }

    func testWarningsAndInfosNeverChangeTheVerdict() throws {
        let report = try check("responsibility: {primary: japan}\narea: counter-piracy")
        XCTAssertEqual(status(report, "v.warning"), .violated)
        XCTAssertEqual(status(report, "v.info"), .violated)
        XCTAssertEqual(report.verdict, .compliant)
        XCTAssertEqual(Set(report.findings.map(\.severity)), [.warning, .info])
    }

    func testAnInvalidProposalIsInvalidWithItsProblems() throws {
        let input = InputFile(path: "p.yaml", bytes: Array(Engine.text("id: PROP-8\nlocation: {kind: foreign-territory, country: palau, host_nation_consent: no}").utf8))
        let report = try XCTUnwrap(Checker(ruleSet: try ruleSet(), today: today).check(input))
        XCTAssertEqual(report.verdict, .invalid)
        XCTAssertEqual(report.proposalID, "PROP-8")
        XCTAssertTrue(report.results.isEmpty)
        assertProblem(report.problems, "`location.host_nation_consent` is `no`", line: 10, column: 74, hint: "write `true` or `false`")
        let broken = try XCTUnwrap(Checker(ruleSet: try ruleSet(), today: today).check(InputFile(path: "p.yaml", bytes: Array("a: [\n".utf8))))
        XCTAssertEqual(broken.verdict, .invalid)
        XCTAssertNil(broken.proposalID)
    }

    func testNotApplicableRulesAreLeftOutAndResultsAreOrdered() throws {
        let report = try check("responsibility: {primary: united-states}\narea: counter-piracy")
        XCTAssertNil(status(report, "v.scoped-error"), "not applicable in peacetime")
        XCTAssertEqual(report.results.map(\.rule), ["v.warning", "v.error", "v.info"], "by place: the proposal's root, responsibility (line 11), area (line 12)")
        XCTAssertEqual(report.results.map(\.location.line), [1, 11, 12])
    }

    /// A result's rule, premise, title and citation are the rule's: a checker keeps them once for
    /// every proposal, whether truths alone decided the rule or it was explained.
    func testResultsShareTheirRulesHeadingAcrossProposals() throws {
        let checker = Checker(ruleSet: try ruleSet(), today: today)
        func results(_ overrides: String) throws -> [RuleResult] {
            let input = InputFile(path: "p.yaml", bytes: Array(Engine.text("id: PROP-7\n" + overrides).utf8))
            return try XCTUnwrap(checker.check(input)).results
        }
        let passing = try results(Self.fine)
        let failing = try results("responsibility: {primary: united-states}")
        let error = try XCTUnwrap(passing.first { $0.rule == "v.error" })
        let explained = try XCTUnwrap(failing.first { $0.rule == "v.error" })
        XCTAssertEqual(error.status, .satisfied)
        XCTAssertEqual(explained.status, .violated)
        XCTAssertTrue(error.sharesHeading(with: explained))
        XCTAssertFalse(error.sharesHeading(with: try XCTUnwrap(passing.first { $0.rule == "v.warning" })))
        XCTAssertEqual(explained.citation.premise, "international-law")
        XCTAssertFalse(explained.citation.quote.isEmpty)
        XCTAssertEqual(explained.title, "primary responsibility")
    }

    /// Results at one place come in order of rule id, whatever order the rule set holds them in.
    func testResultsAtOnePlaceAreInOrderOfRuleID() throws {
        var reversed = try ruleSet()
        reversed.rules.reverse()
        let checker = Checker(ruleSet: reversed, today: today)
        let input = InputFile(path: "p.yaml", bytes: Array(Engine.text("id: PROP-7\narea: training-and-exercises").utf8))
        let results = try XCTUnwrap(checker.check(input)).results.filter { $0.location.line == 1 }
        XCTAssertGreaterThan(results.count, 1)
        XCTAssertEqual(results.map(\.rule), results.map(\.rule).sorted())
    }

    func testVerdictFromResultsAlone() {
        func result(_ severity: Severity, _ status: Outcome) -> RuleResult {
            RuleResult(rule: "r", premise: "p", severity: severity, title: "", status: status, message: "", location: SourceLocation(path: "p", line: 1, column: 1),
                       citation: Citation(premise: "p", section: "", quote: ""), explanation: [], changes: [], guidance: "", exception: nil, waiver: nil)
        }
        XCTAssertEqual(Checker.verdict([]), .compliant)
        XCTAssertEqual(Checker.verdict([result(.error, .satisfied), result(.error, .waived)]), .compliant)
        XCTAssertEqual(Checker.verdict([result(.warning, .violated), result(.info, .undetermined)]), .compliant)
        XCTAssertEqual(Checker.verdict([result(.error, .undetermined), result(.warning, .violated)]), .undetermined)
        XCTAssertEqual(Checker.verdict([result(.error, .undetermined), result(.error, .violated)]), .nonCompliant)
    }

    // MARK: waivers

    func waiver(_ rule: String, proposal: String = "PROP-7", expires: String = "2026-12-31", line: Int = 2) -> Waiver {
        Waiver(rule: rule, proposal: proposal, justification: "granted", approver: "legal advisor", expires: expires,
               location: SourceLocation(path: "w.yaml", line: line, column: 5))
    }

    func testAnActiveWaiverWaivesTheFindingAndChangesTheVerdict() throws {
        let granted = waiver("v.error")
        let report = try check("responsibility: {primary: united-states}\ncoordination: {mechanism: ACM}", waivers: [granted])
        let finding = try XCTUnwrap(report.findings.first { $0.rule == "v.error" })
        XCTAssertEqual(finding.status, .waived)
        XCTAssertEqual(finding.waiver?.approver, "legal advisor")
        XCTAssertFalse(finding.isFailure)
        XCTAssertTrue(finding.isFinding, "a waived finding is still reported")
        XCTAssertEqual(report.verdict, .compliant)
        let notes = BatchReport(reports: [report], ruleSet: try ruleSet(), waivers: [granted], today: today).waiverNotes
        XCTAssertTrue(notes.isEmpty)
    }

    func testAWaiverHoldsThroughItsExpiryDay() throws {
        let report = try check("responsibility: {primary: united-states}", waivers: [waiver("v.error", expires: today)])
        XCTAssertEqual(status(report, "v.error"), .waived)
    }

    func testAnExpiredWaiverIsNotAppliedAndIsReported() throws {
        let expired = waiver("v.error", expires: "2026-01-14")
        let report = try check("responsibility: {primary: united-states}", waivers: [expired])
        XCTAssertEqual(status(report, "v.error"), .violated)
        XCTAssertNil(report.results.first { $0.rule == "v.error" }?.waiver)
        XCTAssertEqual(report.verdict, .nonCompliant)
        let notes = BatchReport(reports: [report], ruleSet: try ruleSet(), waivers: [expired], today: today).waiverNotes
        XCTAssertEqual(notes.map(\.kind), [.expired])
        XCTAssertEqual(notes.first?.message, "the waiver of `v.error` for PROP-7 expired on 2026-01-14 and was not applied")
    }

    func testAWaiverForAnotherProposalOrAnotherRuleIsNotApplied() throws {
        let other = waiver("v.error", proposal: "PROP-9", line: 2)
        let satisfied = waiver("v.warning", line: 8)
        let report = try check("responsibility: {primary: united-states}\ncoordination: {mechanism: ACM}", waivers: [other, satisfied])
        XCTAssertEqual(status(report, "v.error"), .violated)
        XCTAssertEqual(status(report, "v.warning"), .satisfied)
        let notes = BatchReport(reports: [report], ruleSet: try ruleSet(), waivers: [other, satisfied], today: today).waiverNotes
        XCTAssertEqual(notes.map(\.kind), [.unused, .unused])
    }

    func testAWaivedUndeterminedErrorNoLongerMakesTheVerdictUndetermined() throws {
        let report = try check("coordination: {mechanism: ACM}", waivers: [waiver("v.error")])
        XCTAssertEqual(status(report, "v.error"), .waived)
        XCTAssertEqual(report.verdict, .compliant)
    }

    func testTheWaiverFileIsReadStrictly() throws {
        let ruleSet = try ruleSet()
        let valid = "waivers:\n  - rule: v.error\n    proposal: PROP-7\n    justification: j\n    approver: a\n    expires: 2026-12-31\n"
        let waivers = try WaiverLoader.load(Array(valid.utf8), path: "w.yaml", ruleSet: ruleSet)
        XCTAssertEqual(waivers.first?.location, SourceLocation(path: "w.yaml", line: 2, column: 5))
        func problems(_ text: String) -> [Diagnostic] {
            do {
                _ = try WaiverLoader.load(Array(text.utf8), path: "w.yaml", ruleSet: ruleSet)
                XCTFail("loaded: \(text)")
                return []
            } catch {
                return error.items
            }
        }
        assertProblem(problems(valid.replacingOccurrences(of: "rule: v.error", with: "rule: v.eror")), "no rule has the id `v.eror`", line: 2, column: 11,
                      hint: "did you mean `v.error`?")
        assertProblem(problems(valid.replacingOccurrences(of: "2026-12-31", with: "31/12/2026")), "`31/12/2026` is not a date YYYY-MM-DD", line: 6, column: 14)
        // A sign sorts before every digit: read as a date, this waiver would have expired in March.
        assertProblem(problems(valid.replacingOccurrences(of: "2026-12-31", with: "2026-+5-01")), "`2026-+5-01` is not a date YYYY-MM-DD", line: 6, column: 14)
        assertProblem(problems(valid.replacingOccurrences(of: "    approver: a\n", with: "")), "a waiver lacks `approver`", line: 2, column: 5)
        assertProblem(problems(valid + "    reason: r\n"), "unknown key `reason` in a waiver", line: 7, column: 5)
        assertProblem(problems("waiver: []\n"), "unknown key `waiver` in a waiver file", line: 1, column: 1, hint: "did you mean `waivers`?")
    }
}
