import XCTest
@testable import Accord

/// A rule example may say where its finding lands (`at:` a field) and what it quotes
/// (`quotes:` the sentence), so that a rule firing on the wrong words fails its own test.
final class ExamplePlacementTests: XCTestCase {
    let base = ["fixtures/base.yaml": Engine.text(""), "lexicon.yaml": Engine.lexiconYAML]

    func rules(_ textExamples: String, _ fieldExamples: String) -> String {
        """
        examples_base: fixtures/base.yaml
        rules:
          - id: t.text
            premise: international-law
            severity: error
            title: No binding words
            message: "Says: {{match}}"
            fix: Rephrase.
            forbid:
              says: [binding]
            examples:
        \(textExamples)
          - id: t.field
            premise: international-law
            severity: error
            title: Japan primary
            message: "Primary: {{responsibility.primary}}"
            fix: Set it.
            when:
              path: situation
              equals: armed-attack-on-japan
            require:
              path: responsibility.primary
              equals: japan
            examples:
        \(fieldExamples)

        """
    }

    func runs(_ text: String) throws -> [ExampleRunner.Run] {
        let (ruleSet, _) = try Engine.loadRules(text, extra: base)
        return try ExampleRunner(ruleSet: ruleSet).runAll()
    }

    func testTheQuotedSentenceAndTheFieldAreChecked() throws {
        let text = """
                  - expect: violated
                    quotes: "It is legally binding."
                    patch: {description: "A joint drill off Okinawa. It is legally binding."}
                  - expect: violated
                    quotes: "A joint drill off Okinawa."
                    patch: {description: "A joint drill off Okinawa. It is legally binding."}
            """
        let field = """
                  - expect: violated
                    at: responsibility.primary
                    patch: {situation: armed-attack-on-japan, responsibility: {primary: united-states}}
                  - expect: violated
                    at: situation
                    patch: {situation: armed-attack-on-japan, responsibility: {primary: united-states}}
            """
        let results = try runs(rules(text, field))
        XCTAssertEqual(results.map(\.passed), [true, false, true, false], results.map { $0.misplaced ?? "-" }.joined(separator: "\n"))
        // Rules run in order of id: t.field's examples first.
        XCTAssertEqual(results[1].misplaced, "lands at `responsibility.primary`, not `situation`")
        XCTAssertEqual(results[3].misplaced, "quotes 'It is legally binding.', not 'A joint drill off Okinawa.'")
        XCTAssertEqual(results[3].result?.status, .violated, "the outcome was right; the place was not")
    }

    /// The quote is read after its opening mark, so a sentence that itself opens with "', '"
    /// is quoted whole (it once cut a range backwards and crashed every report with fingerprints).
    func testASentenceOpeningWithAQuoteAndCommaIsQuotedWhole() throws {
        let text = """
                  - expect: violated
                    quotes: ", 'It is legally binding."
                    patch: {description: "A joint drill off Okinawa. , 'It is legally binding."}
            """
        let results = try runs(rules(text, "      - expect: not-applicable\n        patch: {}"))
        let run = try XCTUnwrap(results.first { $0.rule.id == "t.text" })
        XCTAssertTrue(run.passed, run.misplaced ?? run.actual)
        XCTAssertEqual(run.result.map { FindingFingerprint.of($0, proposal: "P") }?.count, 64)
    }

    func testPlacesAreCheckedWhenTheRulesLoad() {
        let satisfied = """
                  - expect: satisfied
                    quotes: "Nothing."
                    patch: {}
            """
        let unknownField = """
                  - expect: violated
                    at: responsibility.primery
                    patch: {situation: armed-attack-on-japan, responsibility: {primary: united-states}}
            """
        let problems = Engine.ruleProblems(rules(satisfied, unknownField), extra: base).problems
        assertProblem(problems, "`quotes` says where a finding lands, and this example expects none (satisfied)", line: 13, column: 17,
                      hint: "remove it, or expect violated or undetermined")
        assertProblem(problems, "`at: responsibility.primery` is no field of the proposal format", line: 29, column: 13,
                      hint: "did you mean `responsibility.primary`?")
    }

    /// Every bundled text example that finds something says which sentence it finds.
    func testEveryBundledTextExampleQuotesItsSentence() throws {
        let ruleSet = try RuleSetLoader.load([PremiseCatalogueTests.root.appendingPathComponent("Rules").path])
        let textRules = ruleSet.rules.filter { rule in rule.allConditions.contains { if case .says = $0 { true } else { false } } }
        XCTAssertGreaterThan(textRules.count, 10)
        for rule in textRules {
            for example in rule.examples where example.expect == .violated {
                XCTAssertNotNil(example.quotes, "\(rule.id) at \(example.location) finds a sentence without saying which")
            }
        }
    }
}
