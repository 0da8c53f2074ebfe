@testable import Accord
import XCTest

/// The lexicon loads strictly, and `says` reads clauses, negation and reported speech.
final class LexiconTests: XCTestCase {
    static let lexicon = """
        concepts:
          - id: change
            meaning: changing a text
            en: [amend, revise, supersede]
            ja: [改正, 改定]
          - id: arrangement
            meaning: the SOFA
            en: [SOFA, Status of Forces Agreement]
            ja: [地位協定]
            except: [SOFA Joint Committee]
          - id: no-consent
            meaning: an absence that is itself the violation
            en: [without … consent]
            ja: [同意 … ず]
        context:
          - id: negation
            en: [not, never, without, no]
            ja: [ない]
          - id: sentence-negation
            en: [nothing in]
          - id: pseudo-negation
            en: [not only]
            ja: [なければならない]
          - id: reported
            en: [be rejected, if … were to]
            ja: [撤回]
        """

    static let rules = """
        rules:
          - id: c.says
            premise: international-law
            severity: error
            title: t
            message: "says {{match}}"
            fix: f
            forbid:
              says: [change, arrangement]
          - id: c.absence
            premise: international-law
            severity: error
            title: t
            message: m
            fix: f
            forbid:
              says: [no-consent]
        """

    private func ruleSet() throws -> RuleSet {
        try Engine.loadRules(Self.rules, extra: ["lexicon.yaml": Self.lexicon]).0
    }

    private func status(_ rule: String, _ description: String, file: StaticString = #filePath, line: UInt = #line) throws -> Outcome? {
        let quoted = description.replacingOccurrences(of: "\"", with: "\\\"")
        return Engine.result(rule, "description: \"\(quoted)\"", in: try ruleSet(), file: file, line: line)?.status
    }

    func testConceptsMeetInAClauseInAnyForm() throws {
        XCTAssertEqual(try status("c.says", "Article II of the SOFA shall be amended."), .violated)
        XCTAssertEqual(try status("c.says", "The plan revises the Status of Forces Agreement."), .violated)
        XCTAssertEqual(try status("c.says", "本計画は地位協定第3条の規定を改正する。"), .violated)
        XCTAssertEqual(try status("c.says", "The SOFA stays; the plan amends a training schedule; nothing else."), .satisfied, "concepts in different clauses")
        XCTAssertEqual(try status("c.says", "The SOFA Joint Committee will revise the schedule."), .satisfied, "a term inside an exception")
    }

    func testNegationHasAScope() throws {
        XCTAssertEqual(try status("c.says", "The plan will not amend the SOFA."), .satisfied)
        XCTAssertEqual(try status("c.says", "Nothing in this plan is meant to alter the Treaty, or to amend the SOFA."), .satisfied, "sentence scope")
        XCTAssertEqual(try status("c.says", "The plan will not only amend the SOFA but also add procedures."), .violated, "pseudo-negation")
        XCTAssertEqual(try status("c.says", "Without delay, the plan amends the SOFA."), .violated, "a negation ends at its segment")
        XCTAssertEqual(try status("c.says", "本計画は地位協定を改定しない。"), .satisfied)
        XCTAssertEqual(try status("c.says", "両政府は地位協定を改定しなければならない。"), .violated, "「なければならない」 is no negation")
    }

    func testAbsenceIsTheViolationNotANegation() throws {
        XCTAssertEqual(try status("c.absence", "The unit will land without the host state's consent."), .violated)
        XCTAssertEqual(try status("c.absence", "受入国の同意を得ずに上陸する。"), .violated)
        XCTAssertEqual(try status("c.absence", "The unit will never land without the host state's consent."), .satisfied)
    }

    func testANegationInsideATermsGapStillNegates() throws {
        XCTAssertEqual(try status("c.absence", "The unit lands without the host state's consent."), .violated)
        let gapped = Self.rules.replacingOccurrences(of: "says: [no-consent]", with: "says: [gapped]")
        let lexicon = Self.lexicon.replacingOccurrences(
            of: "concepts:\n", with: "concepts:\n  - id: gapped\n    meaning: a term with a gap\n    en: [create … obligation]\n")
        let ruleSet = try Engine.loadRules(gapped, extra: ["lexicon.yaml": lexicon]).0
        XCTAssertEqual(Engine.result("c.absence", "description: This plan creates binding obligations.", in: ruleSet)?.status, .violated)
        XCTAssertEqual(Engine.result("c.absence", "description: This plan creates no obligations.", in: ruleSet)?.status, .satisfied,
                       "the words of a gap are not the term's, so 'no' negates")
    }

    func testANegatedQueryLooksForTheClausesOwnDenial() throws {
        let rules = Self.rules.replacingOccurrences(of: "says: [no-consent]", with: "says: [change, arrangement]\n      negated: true")
        let ruleSet = try Engine.loadRules(rules, extra: ["lexicon.yaml": Self.lexicon]).0
        func status(_ text: String) -> Outcome? { Engine.result("c.absence", "description: \"\(text)\"", in: ruleSet)?.status }
        XCTAssertEqual(status("The plan will not amend the SOFA."), .violated, "the predicate denied")
        XCTAssertEqual(status("本計画は地位協定を改定しない。"), .violated)
        XCTAssertEqual(status("地位協定を改定する場合の手続は定めない。"), .satisfied, "the negation ends another predicate")
        XCTAssertEqual(status("The plan amends the SOFA."), .satisfied, "affirmed")
        XCTAssertEqual(status("Nothing in this plan amends the SOFA."), .satisfied, "the whole sentence negated, not the predicate")
        XCTAssertEqual(status("The plan will amend the SOFA with no delay."), .satisfied, "a noun negated")
        let problems = Engine.ruleProblems(Self.rules.replacingOccurrences(of: "says: [no-consent]", with: "says: [change]\n      negated: yes"),
                                           extra: ["lexicon.yaml": Self.lexicon]).problems
        assertProblem(problems, "`negated` takes true or false", line: 18, column: 16)
    }

    /// `in_order` and `unless_subject` are checked like every other key of a `says`.
    func testInOrderAndUnlessSubjectAreCheckedStrictly() {
        let inOrder = Engine.ruleProblems(Self.rules.replacingOccurrences(of: "says: [no-consent]", with: "says: [change]\n      in_order: yes"),
                                          extra: ["lexicon.yaml": Self.lexicon]).problems
        assertProblem(inOrder, "`in_order` takes true or false", line: 18, column: 17)
        let subject = Engine.ruleProblems(Self.rules.replacingOccurrences(of: "says: [no-consent]", with: "says: [change]\n      unless_subject: [nobody]"),
                                          extra: ["lexicon.yaml": Self.lexicon]).problems
        XCTAssertTrue(subject.contains { $0.message.contains("nobody") }, "\(subject.map(\.message))")
    }

    func testReportedTextDoesNotFire() throws {
        XCTAssertEqual(try status("c.says", "A proposal to amend the SOFA was rejected."), .satisfied)
        // A concept's word inside the cue's gap does not stop the cue.
        XCTAssertEqual(try status("c.says", "If the SOFA were to be amended, the plan would lapse."), .satisfied)
        XCTAssertEqual(try status("c.says", "地位協定を改定する案は撤回された。"), .satisfied)
    }

    func testAFindingQuotesTheSentenceAndEachConceptsWords() throws {
        let result = try XCTUnwrap(Engine.result("c.says", "description: Fine text. Article II of the SOFA shall be amended.", in: try ruleSet()))
        XCTAssertEqual(result.message, "says Article II of the SOFA shall be amended.")
        let seen = result.explanation.compactMap(\.seen).joined(separator: "\n")
        XCTAssertTrue(seen.contains("change: 'amended'"), seen)
        XCTAssertTrue(seen.contains("arrangement: 'SOFA'"), seen)
        XCTAssertTrue(seen.contains("nothing in its clause negates it"), seen)
    }

    func testAnUnreadableLexiconIsOneErrorNotOnePerConcept() {
        let problems = Engine.ruleProblems(Self.rules, extra: ["lexicon.yaml": "concepts: [unclosed"]).problems
        XCTAssertEqual(problems.count, 1, problems.map(\.description).joined(separator: "\n"))
        XCTAssertTrue(problems.first?.location.path.hasSuffix("lexicon.yaml") == true)
    }

    func testNamesReadsTextAndKnownConcepts() {
        let rules = Self.rules.replacingOccurrences(of: "says: [no-consent]", with: "for_any: participants\n      where:\n        path: role\n        names: arrangment")
        let problems = Engine.ruleProblems(rules, extra: ["lexicon.yaml": Self.lexicon]).problems
        assertProblem(problems, "no concept `arrangment`", line: 20, column: 16, hint: "arrangement")
        let wrongType = Self.rules.replacingOccurrences(of: "says: [no-consent]", with: "path: location.host_nation_consent\n      names: arrangement")
        assertProblem(Engine.ruleProblems(wrongType, extra: ["lexicon.yaml": Self.lexicon]).problems, "`names` reads text", line: 17, column: 7)
        let two = Self.rules.replacingOccurrences(of: "says: [no-consent]", with: "for_any: participants\n      where:\n        path: role\n        names: [change, arrangement]")
        assertProblem(Engine.ruleProblems(two, extra: ["lexicon.yaml": Self.lexicon]).problems, "`names` takes one concept", line: 20, column: 16)
    }

    func testBadLexiconInputIsAnErrorAtItsPlace() {
        let bad = """
            concepts:
              - id: a
                meaning: m
                include: [b, missing]
              - id: b
                meaning: m
                include: [a]
              - id: empty
                meaning: nothing at all
              - id: twice
                meaning: m
                en: [amend, amended, "…"]
                colour: red
            """
        let problems = Engine.ruleProblems(Self.rules.replacingOccurrences(of: "says: [change, arrangement]", with: "says: [chnage]"),
                                           extra: ["lexicon.yaml": bad]).problems
        assertProblem(problems, "includes `missing`", line: 4, column: 18, path: "lexicon.yaml")
        assertProblem(problems, "in a circle", line: 2, column: 5)
        assertProblem(problems, "`empty` has no terms", line: 8, column: 5)
        assertProblem(problems, "has the same lemmas", line: 12, column: 17)
        assertProblem(problems, "reduces to no words", line: 12, column: 26)
        assertProblem(problems, "unknown key `colour`", line: 13, column: 5)
        assertProblem(problems, "no concept `chnage`", line: 9, column: 14, path: "rules.yaml")
    }

    /// A Japanese term that ends in a verb's ない has a polite form; one with a bare ない has none.
    func testAJapaneseNegativeTermHasAPoliteForm() {
        XCTAssertEqual(Term(parts: [["同意", "を", "得る", "ない"]], text: "同意を得ない", japanese: true).polite?.parts,
                       [["同意", "を", "得る", "ます", "ん"]])
        XCTAssertNil(Term(parts: [["根拠"], ["ない"]], text: "根拠 … ない", japanese: true).polite)
        XCTAssertNil(Term(parts: [["not", "apply"]], text: "not apply", japanese: false).polite)
    }
}
