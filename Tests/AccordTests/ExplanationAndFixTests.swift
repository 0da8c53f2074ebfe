import XCTest
@testable import Accord

/// What a finding says: the message with the proposal's values, the chain of conditions with the
/// value seen and where, and the fix derived from the condition that decided it.
final class ExplanationAndFixTests: XCTestCase {
    // MARK: interpolation

    func testAFieldIsInterpolated() {
        XCTAssertEqual(Engine.result("c.equals", "situation: armed-attack-on-japan\nresponsibility: {primary: united-states}")?.message,
                       "Primary responsibility is given to united-states.")
    }

    func testAMissingFieldReadsNotGiven() {
        XCTAssertEqual(Engine.result("c.equals", "situation: armed-attack-on-japan")?.message,
                       "Primary responsibility is given to (not given).")
        XCTAssertEqual(Engine.result("c.equals", "situation: armed-attack-on-japan\nresponsibility: {primary: ~}")?.message,
                       "Primary responsibility is given to (not given).")
    }

    func testAListIsJoinedWithCommas() {
        XCTAssertEqual(Engine.result("c.contains-list", "use_of_force: {by: [japan]}\nlegal_basis: [UN Charter Article 51, Self-Defense Forces Act Article 76]")?.message,
                       "Japan uses force resting on: UN Charter Article 51, Self-Defense Forces Act Article 76.")
        XCTAssertEqual(Engine.result("c.contains-list", "use_of_force: {by: [japan]}\nlegal_basis: []")?.message,
                       "Japan uses force resting on: .")
    }

    func testABooleanAndAVersionAreInterpolatedAsWritten() {
        XCTAssertEqual(Engine.result("c.any", "location: {kind: foreign-territory, country: palau, host_nation_consent: false}")?.message,
                       "Host-nation consent: false.")
        XCTAssertEqual(Engine.result("c.number", "")?.message, "Format version 1.")
    }

    /// `{{match}}` is the sentence of the hit that decided, as the proposal writes it.
    func testMatchIsTheSentenceThatDecided() throws {
        let result = try XCTUnwrap(Engine.result("c.says-in", "title: Joint EXERCISE\ncommitments:\n  - {type: legal, binding: false, text: It is Legally Binding.}"))
        XCTAssertEqual(result.message, "A commitment says \"It is Legally Binding.\".")
    }

    /// `{{match}}` comes from a `says` however deep it sits in the requirement.
    func testMatchFromASaysNestedUnderAnyAndAll() throws {
        let result = try XCTUnwrap(Engine.result("c.nested-match", "title: Fuel plan\nlegal_basis: [ACSA, SDF Act]\ndescription: The Diet SHALL ENACT a law."))
        XCTAssertEqual(result.status, .violated)
        XCTAssertEqual(result.message, "In peacetime the text says \"The Diet SHALL ENACT a law.\"; bases: ACSA, SDF Act; consent: (not given).")
        XCTAssertEqual(result.guidance, "Remove \"The Diet SHALL ENACT a law.\" from Fuel plan.")
        XCTAssertEqual(result.location, SourceLocation(path: "p.yaml", line: 12, column: 29), "placed at the words that matched, not at `situation`")
        // Every part of a forbidden `any` must be false: the missing fact is asked for, and the text
        // rephrased (a smaller change than the situation).
        XCTAssertEqual(result.changes, ["add `nuclear_weapons.activity` (one of: none, possess, produce, introduce)",
                                        "rephrase the sentence at line 12: 'The Diet SHALL ENACT a law.'"])
    }

    func testMatchIsEmptyWhenNoTextDecided() {
        XCTAssertEqual(Engine.result("c.nested-match", "nuclear_weapons: {activity: introduce}")?.message,
                       "In peacetime the text says \"\"; bases: (not given); consent: (not given).")
    }

    // MARK: explanation

    func testTheExplanationCarriesTheValueSeenAndWhere() throws {
        let yaml = """
            proposal: 1
            id: T-1
            title: Defense of the southwest islands
            area: response-to-armed-attack
            situation: armed-attack-on-japan
            participants: [{country: japan}]
            location: {kind: japan-territory}
            responsibility:
              primary: united-states
            description: A test.

            """
        let proposal = try XCTUnwrap(Engine.proposal(yaml))
        let result = try XCTUnwrap(Engine.result("c.equals", proposal))
        XCTAssertEqual(result.status, .violated)
        XCTAssertEqual(result.explanation, [
            ExplanationStep(condition: "applies because: `situation` is `armed-attack-on-japan`", result: .true, seen: "`armed-attack-on-japan`",
                            location: SourceLocation(path: "p.yaml", line: 5, column: 12), depth: 0),
            ExplanationStep(condition: "requires: `responsibility.primary` is `japan`", result: .false, seen: "`united-states`",
                            location: SourceLocation(path: "p.yaml", line: 9, column: 12), depth: 0),
        ])
        XCTAssertEqual(result.location, SourceLocation(path: "p.yaml", line: 9, column: 12))
        XCTAssertEqual(result.citation.premise, "international-law")
        XCTAssertEqual(result.citation.section, "III, 2nd bullet")
        XCTAssertTrue(result.citation.quote.hasPrefix("All actions taken by Japan and the United States"))
        XCTAssertEqual(result.severity, .error)
        XCTAssertEqual(result.title, "equals")
    }

    func testAMissingFieldIsExplainedAtItsParent() throws {
        let result = try XCTUnwrap(Engine.result("c.any", "location:\n  kind: foreign-territory\n  country: palau"))
        XCTAssertEqual(result.status, .undetermined)
        let missing = try XCTUnwrap(result.explanation.first { $0.seen == "missing" })
        XCTAssertEqual(missing.condition, "`location.host_nation_consent` is `true`")
        XCTAssertEqual(missing.result, .unknown)
        XCTAssertEqual(missing.depth, 1)
        XCTAssertEqual(missing.location, SourceLocation(path: "p.yaml", line: 11, column: 3), "the mapping that lacks the field")
        XCTAssertEqual(result.location, missing.location)
    }

    func testAQuantifierIsExplainedByTheEntriesThatDecided() throws {
        let result = try XCTUnwrap(Engine.result("c.for-all", "legal_basis: []\nparticipants:\n  - {country: japan, role: lead}\n  - {country: australia, role: participant}"))
        XCTAssertEqual(result.status, .violated)
        let entry = try XCTUnwrap(result.explanation.last)
        XCTAssertEqual(entry.condition, "`participants[1].role` is one of `lead`, `support`")
        XCTAssertEqual(entry.seen, "`participant`")
        XCTAssertEqual(entry.location?.line, 12)
        XCTAssertEqual(entry.depth, 1)
        XCTAssertEqual(result.explanation.count, 3, "the entry that holds is not listed")
    }

    // MARK: fixes

    func testFixesSayWhatToChange() {
        let table: [(String, String, String)] = [
            ("c.equals", "situation: armed-attack-on-japan\nresponsibility: {primary: united-states}", "set `responsibility.primary` to `japan`"),
            ("c.equals", "situation: armed-attack-on-japan", "add `responsibility.primary`"),
            ("c.any", "location: {kind: foreign-territory, country: palau}", "add `location.host_nation_consent` (true or false)"),
            ("c.any", "location: {kind: foreign-territory, country: palau, host_nation_consent: false}",
             "set `location.host_nation_consent` to `true`"),
            ("c.one-of", "use_of_force: {by: [japan], purpose: strike}", "set `use_of_force.purpose` to one of `asset-protection`, `individual-self-defense`"),
            ("c.one-of", "use_of_force: {by: [japan]}",
             "add `use_of_force.purpose` (one of: individual-self-defense, collective-self-defense, un-authorized, asset-protection, strike)"),
            ("c.contains-list", "use_of_force: {by: [japan]}\nlegal_basis: [UN Charter]", "add `Self-Defense Forces Act` to `legal_basis`"),
            ("c.contains-list", "use_of_force: {by: [japan]}", "add `legal_basis` (a list)"),
            ("c.matches-list", "legal_basis: [UN Charter Article 51]\namends: [Status of Forces Agreement]",
             "remove or change `amends` (now [Status of Forces Agreement])"),
            ("c.date", "", "add `date` (YYYY-MM-DD)"),
            ("c.count", "participants: [{country: japan}, {country: united-states}]\nlegal_basis: []", "give `legal_basis` at least 1 entry"),
            ("c.for-any", "legal_basis: [UN Charter]", "add to `legal_basis` an entry where the entry matches /Self-Defense Forces Act|自衛隊法/"),
            ("c.for-all", "legal_basis: []\nparticipants: [{country: japan, role: participant}]", "set `participants[0].role` to one of `lead`, `support`"),
            ("c.for-all", "legal_basis: []\nparticipants: [{country: japan}]", "add `participants[0].role` (one of: lead, support, participant)"),
            ("c.not", "situation: emerging-threat\nnuclear_weapons: {activity: introduce}", "set `nuclear_weapons.activity` to `none`"),
            ("c.exists", "date: 2016-01-01\ninformation_sharing: {classification: secret}", "add `information_sharing.protection`"),
            ("c.exists", "information_sharing: {classification: secret}", "add `date` (YYYY-MM-DD)"),
            ("c.all", "situation: armed-attack-on-partner\nuse_of_force: {by: [japan], conditions: {threat_to_survival: true, no_other_means: false}}",
             "set `use_of_force.conditions.no_other_means` to `true`"),
            ("c.warning", "coordination: {agencies: [MOD]}", "add `coordination.mechanism`"),
        ]
        for (rule, overrides, fix) in table {
            let result = Engine.result(rule, overrides)
            XCTAssertEqual(result?.changes.first, fix, "\(rule) on \(overrides)")
            XCTAssertEqual(result?.fix, result?.changes.joined(separator: "; "))
        }
    }

    /// The situation, the date and the place are what the proposal is about: changing them would
    /// pass the rule by misstating the facts, so the rule's advice is the fix.
    func testACircumstanceIsNeverChangedToPassARule() throws {
        let dated = try XCTUnwrap(Engine.result("c.date", "date: 2016-01-01"))
        XCTAssertEqual(dated.changes, [])
        XCTAssertEqual(dated.fix, "Date the proposal before the Guidelines' revision.")
        XCTAssertEqual(ProposalSchema.circumstances, ["situation", "date", "location.kind", "location.country"])
        XCTAssertTrue(ProposalSchema.circumstances.allSatisfy { ProposalSchema.type(at: $0) != nil }, "every circumstance is a field of the format")
    }

    func testAllFalsePartsOfARequiredAllAreFixed() {
        XCTAssertEqual(Engine.result("c.all", "situation: armed-attack-on-partner\nuse_of_force: {by: [japan], conditions: {no_other_means: false}}")?.changes,
                       ["add `use_of_force.conditions.threat_to_survival` (true or false)", "set `use_of_force.conditions.no_other_means` to `true`"])
    }

    func testATextHitIsFixedByRephrasingItOnItsLine() {
        let result = Engine.result("c.says-in", "title: Joint exercise\ncommitments:\n  - type: legal\n    binding: false\n    text: It is legally binding.")
        XCTAssertEqual(result?.changes, ["rephrase the sentence at line 15: 'It is legally binding.'"])
        XCTAssertEqual(result?.guidance, "Rephrase the commitment.")
    }

    func testTheRulesAdviceStandsWhenNoChangeCanBeDerived() throws {
        let result = try XCTUnwrap(Engine.result("c.equals", "situation: armed-attack-on-japan\nresponsibility: {primary: japan}"))
        XCTAssertEqual(result.changes, [])
        XCTAssertEqual(result.fix, "Set `responsibility.primary` to `japan`.")
    }

    func testFixesNameListFieldsWithoutTheirPositions() {
        XCTAssertEqual(FixDeriver.schemaPath("participants[2].role"), "participants[].role")
        XCTAssertEqual(FixDeriver.schemaPath("a[12][3].b"), "a[][].b")
        XCTAssertEqual(FixDeriver.schemaPath("a[x].b[]"), "a[x].b[]")
        XCTAssertEqual(FixDeriver.schemaPath("a[]"), "a[]")
        XCTAssertEqual(FixDeriver.schemaPath("a[1"), "a[1")
        XCTAssertEqual(FixDeriver.schemaPath("a[[2]]"), "a[[]]")
    }

    func testAnAddedFieldIsHintedAtByItsSchemaTypeAtAnyPosition() {
        let roles = "(one of: \(ProposalSchema.roles.joined(separator: ", ")))"
        XCTAssertEqual(FixDeriver.add("participants[2].role"), "add `participants[2].role` \(roles)")
        XCTAssertEqual(FixDeriver.add("participants[0].role"), "add `participants[0].role` \(roles)", "the hint remembered for the path")
        XCTAssertEqual(FixDeriver.add("participants"), "add `participants` (a list)")
        XCTAssertEqual(FixDeriver.add("participants[1].country"), "add `participants[1].country`")
        XCTAssertEqual(FixDeriver.add("no.such.field"), "add `no.such.field`")
    }

    /// A value is shown on one line and cut at 80 characters, whatever ends its lines.
    func testAValueIsShownOnOneLineAndCutShort() {
        func shown(_ text: String) -> String {
            YAMLNode(.scalar(text: text, style: .plain, value: .string(text)), line: 1, column: 1).shown
        }
        XCTAssertEqual(shown("Japan Coast Guard Act"), "`Japan Coast Guard Act`")
        XCTAssertEqual(shown("日米防衛協力のための指針"), "`日米防衛協力のための指針`")
        for lineEnd in ["\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
            XCTAssertEqual(shown("first\(lineEnd)second"), "`first second`", lineEnd.debugDescription)
        }
        XCTAssertEqual(shown(String(repeating: "a", count: 80)), "`\(String(repeating: "a", count: 80))`")
        XCTAssertEqual(shown(String(repeating: "a", count: 81)), "`\(String(repeating: "a", count: 77))...`")
        XCTAssertEqual(shown(String(repeating: "協", count: 81)), "`\(String(repeating: "協", count: 77))...`")
    }
}
