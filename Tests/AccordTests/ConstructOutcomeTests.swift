import XCTest
@testable import Accord

/// Every construct of the rule language, through the rules of Fixtures/constructs: for each, a
/// proposal that satisfies it, one that violates it, one that lacks what it needs, and one
/// outside its scope.
final class ConstructOutcomeTests: XCTestCase {
    /// Asserts the outcome of `rule` for each (outcome, proposal overrides) pair.
    func assertOutcomes(_ rule: String, _ cases: [(Outcome, String)], file: StaticString = #filePath, line: UInt = #line) {
        for (expected, overrides) in cases {
            guard let result = Engine.result(rule, overrides, file: file, line: line) else { continue }
            XCTAssertEqual(result.status, expected, "\(rule) on:\n\(overrides)\nexplanation: \(result.explanation.map(\.condition))", file: file, line: line)
        }
        let seen = Set(cases.map(\.0))
        XCTAssertEqual(seen, [.satisfied, .violated, .undetermined, .notApplicable], "\(rule) needs all four outcomes", file: file, line: line)
    }

    func testTheConstructRuleSetLoadsAndUsesEveryConstruct() {
        let ruleSet: RuleSet
        do {
            ruleSet = try Engine.constructsLoading.get()
        } catch {
            return XCTFail("the construct rule set does not load:\n\(error)")
        }
        XCTAssertEqual(ruleSet.rules.count, 21)
        XCTAssertTrue(ruleSet.digest.hasPrefix("sha256:"))
        var seen: Set<String> = []
        func visit(_ condition: Condition, inWhere: Bool = false) {
            switch condition {
            case .all(let items, _): seen.insert("all"); items.forEach { visit($0, inWhere: inWhere) }
            case .any(let items, _): seen.insert("any"); items.forEach { visit($0, inWhere: inWhere) }
            case .not(let inner, _): seen.insert("not"); visit(inner, inWhere: inWhere)
            case .exists: seen.insert("exists")
            case .compare(let path, let comparison, _):
                switch comparison {
                case .equals: seen.insert("equals")
                case .oneOf: seen.insert("one_of")
                case .contains: seen.insert(ProposalSchema.type(at: path.text).map { if case .list = $0 { "contains-list" } else { "contains-string" } } ?? "contains-element")
                case .matches where inWhere: seen.insert(path.text == "." ? "matches-element" : "matches-field")
                case .matches: seen.insert(ProposalSchema.type(at: path.text).map { if case .list = $0 { "matches-list" } else { "matches-string" } } ?? "?")
                case .names: seen.insert("names")
                case .number: seen.insert("number")
                case .date: seen.insert("date")
                }
            case .count: seen.insert("count")
            case .forAny(_, let inner, _): seen.insert("for_any"); visit(inner, inWhere: true)
            case .forAll(_, let inner, _): seen.insert("for_all"); visit(inner, inWhere: true)
            case .says(let query, _): seen.insert(query.fields == ConceptQuery.defaultFields ? "says" : "says-in")
            }
        }
        ruleSet.rules.flatMap(\.conditions).forEach { visit($0) }
        XCTAssertEqual(seen, ["all", "any", "not", "exists", "equals", "one_of", "contains-list", "contains-string", "matches-list",
                              "matches-string", "matches-element", "number", "date", "count", "for_any", "for_all", "says", "says-in"])
        XCTAssertTrue(ruleSet.rules.contains { !$0.exceptions.isEmpty })
        XCTAssertTrue(ruleSet.rules.contains { $0.message.parts.contains { if case .match = $0 { true } else { false } } })
        XCTAssertTrue(ruleSet.rules.contains { $0.message.parts.contains { if case .field = $0 { true } else { false } } })
    }

    func testEquals() {
        assertOutcomes("c.equals", [
            (.satisfied, "situation: armed-attack-on-japan\nresponsibility: {primary: japan}"),
            (.violated, "situation: armed-attack-on-japan\nresponsibility: {primary: united-states}"),
            (.undetermined, "situation: armed-attack-on-japan"),
            (.undetermined, "situation: armed-attack-on-japan\nresponsibility: {primary: ~}"),
            (.notApplicable, "situation: peacetime\nresponsibility: {primary: united-states}"),
        ])
    }

    func testOneOf() {
        assertOutcomes("c.one-of", [
            (.satisfied, "use_of_force: {by: [japan], purpose: asset-protection}"),
            (.satisfied, "situation: emerging-threat\nuse_of_force: {by: [japan], purpose: individual-self-defense}"),
            (.violated, "use_of_force: {by: [japan], purpose: strike}"),
            (.undetermined, "use_of_force: {by: [japan]}"),
            (.notApplicable, "situation: armed-attack-on-japan\nuse_of_force: {by: [japan], purpose: strike}"),
        ])
    }

    func testContainsOnAList() {
        assertOutcomes("c.contains-list", [
            (.satisfied, "use_of_force: {by: [united-states, japan]}\nlegal_basis: [UN Charter Article 51, Self-Defense Forces Act]"),
            (.satisfied, "use_of_force: {by: [japan]}\nlegal_basis: [self-defense forces act]"),
            (.satisfied, "use_of_force: {by: [japan]}\nlegal_basis: [ＳＥＬＦ－ＤＥＦＥＮＳＥ　ＦＯＲＣＥＳ　ＡＣＴ]"),
            (.violated, "use_of_force: {by: [japan]}\nlegal_basis: [Self-Defense Forces Act Article 76]"),
            (.violated, "use_of_force: {by: [japan]}\nlegal_basis: []"),
            (.undetermined, "use_of_force: {by: [japan]}"),
            (.notApplicable, "use_of_force: {by: [united-states]}"),
        ])
        // No use of force at all: the scope is over a missing field.
        XCTAssertEqual(Engine.result("c.contains-list", "")?.status, .undetermined)
    }

    func testContainsOnAString() {
        assertOutcomes("c.contains-string", [
            (.satisfied, "coordination: {mechanism: Alliance Coordination Mechanism}\ninformation_sharing: {classification: secret, protection: the Japan-U.S. GSOMIA}"),
            (.satisfied, "coordination: {mechanism: ALLIANCE COORDINATION}\ninformation_sharing: {classification: secret, protection: ｇｓｏｍｉａ}"),
            (.violated, "coordination: {mechanism: Alliance Coordination Mechanism}\ninformation_sharing: {classification: secret, protection: none}"),
            (.undetermined, "coordination: {mechanism: Alliance Coordination Mechanism}\ninformation_sharing: {classification: secret}"),
            (.undetermined, "coordination: {agencies: [MOD]}\ninformation_sharing: {classification: secret, protection: GSOMIA}"),
            (.notApplicable, "coordination: {mechanism: Bilateral Planning Mechanism}"),
        ])
    }

    func testMatchesOnAString() {
        assertOutcomes("c.matches-string", [
            (.satisfied, "title: Bilateral ISR\ninformation_sharing: {classification: secret, protection: GSOMIA 2007}"),
            (.satisfied, "title: bilateral isr\ninformation_sharing: {classification: secret, protection: general security of military information agreement}"),
            (.violated, "title: Bilateral ISR\ninformation_sharing: {classification: secret, protection: a note verbale citing GSOMIA}"),
            (.undetermined, "title: Bilateral ISR\ninformation_sharing: {classification: secret}"),
            (.undetermined, "title: Bilateral ISR"),
            (.notApplicable, "title: Bilateral ISRs and exercises"),
        ])
    }

    func testMatchesOnAList() {
        assertOutcomes("c.matches-list", [
            (.satisfied, "legal_basis: [UN Charter Article 51]\namends: [Acquisition and Cross-Servicing Agreement]"),
            (.satisfied, "legal_basis: [UN Charter Article 51]\namends: []"),
            (.violated, "legal_basis: [UN Charter Article 51]\namends: [Acquisition and Cross-Servicing Agreement, the status of forces agreement]"),
            (.undetermined, "legal_basis: [un charter article51]"),
            (.notApplicable, "legal_basis: [Self-Defense Forces Act]\namends: [Security Treaty]"),
        ])
    }

    /// Only the format version is numeric, and a valid proposal always has `proposal: 1`; the other
    /// outcomes need proposals that the validator would reject.
    func testNumericComparison() throws {
        func outcome(_ version: String) throws -> Outcome? {
            let proposal = try Engine.unvalidated(Engine.text(version))
            return Engine.result("c.number", proposal)?.status
        }
        XCTAssertEqual(Engine.result("c.number", "")?.status, .satisfied)
        XCTAssertEqual(try outcome("proposal: 1.5"), .satisfied)
        XCTAssertEqual(try outcome("proposal: 2"), .violated)
        XCTAssertEqual(try outcome("proposal: DROP"), .undetermined)
        XCTAssertEqual(try outcome("proposal: 0"), .notApplicable)
        XCTAssertEqual(try outcome("proposal: one"), .notApplicable, "text is no number")
    }

    func testNumberOperatorsAtTheirBoundaries() throws {
        let proposal = try Engine.unvalidated(Engine.text("proposal: 2"))
        let table: [(String, Truth)] = [
            ("equals: 2", .true), ("equals: 3", .false),
            ("greater_than: 1", .true), ("greater_than: 2", .false),
            ("at_least: 2", .true), ("at_least: 2.5", .false),
            ("less_than: 3", .true), ("less_than: 2", .false),
            ("at_most: 2", .true), ("at_most: 1", .false),
        ]
        for (comparison, expected) in table {
            XCTAssertEqual(Engine.evaluate("{path: proposal, \(comparison)}", on: proposal)?.truth, expected, comparison)
        }
    }

    func testDateComparison() {
        assertOutcomes("c.date", [
            (.satisfied, "date: 2014-10-08"),
            (.satisfied, "date: 2014-07-01"),
            (.violated, "date: 2015-04-27"),
            (.undetermined, ""),
            (.notApplicable, "date: 2014-06-30"),
        ])
    }

    func testDateOperatorsAtTheirBoundaries() {
        let table: [(String, Truth)] = [
            ("before: 2014-10-09", .true), ("before: 2014-10-08", .false),
            ("after: 2014-10-07", .true), ("after: 2014-10-08", .false),
            ("on_or_before: 2014-10-08", .true), ("on_or_before: 2014-10-07", .false),
            ("on_or_after: 2014-10-08", .true), ("on_or_after: 2014-10-09", .false),
        ]
        for (comparison, expected) in table {
            XCTAssertEqual(Engine.truth("{path: date, \(comparison)}", "date: 2014-10-08"), expected, comparison)
            XCTAssertEqual(Engine.truth("{path: date, \(comparison)}", ""), .unknown, comparison)
        }
    }

    func testCount() {
        let two = "participants:\n  - {country: japan}\n  - {country: united-states}"
        assertOutcomes("c.count", [
            (.satisfied, two + "\nlegal_basis: [Self-Defense Forces Act]"),
            (.violated, two + "\nlegal_basis: []"),
            (.undetermined, two),
            (.notApplicable, "legal_basis: []"),
        ])
        XCTAssertEqual(Engine.truth("{count: participants, equals: 2}", two), .true)
        XCTAssertEqual(Engine.truth("{count: participants, greater_than: 2}", two), .false)
        XCTAssertEqual(Engine.truth("{count: participants, less_than: 3}", two), .true)
        XCTAssertEqual(Engine.truth("{count: participants, at_most: 1}", two), .false)
        XCTAssertEqual(Engine.truth("{count: amends, equals: 0}", ""), .unknown, "a missing list is unknown")
    }

    func testForAnyOverParticipantsAndLegalBasis() {
        assertOutcomes("c.for-any", [
            (.satisfied, "legal_basis: [UN Charter Article 51, Self-Defense Forces Act Article 95-2]"),
            (.satisfied, "legal_basis: [自衛隊法第95条の2]"),
            (.violated, "legal_basis: [UN Charter Article 51]"),
            (.violated, "legal_basis: []"),
            (.undetermined, ""),
            (.notApplicable, "participants:\n  - {country: united-states}\n  - {country: australia}"),
        ])
        // A participant without a country cannot be written (the field is required); one with an unknown role can.
        XCTAssertEqual(Engine.truth("{for_any: participants, where: {path: role, equals: support}}", "participants:\n  - {country: japan}\n  - {country: united-states, role: lead}"), .unknown)
        XCTAssertEqual(Engine.truth("{for_any: participants, where: {path: role, equals: support}}", "participants:\n  - {country: japan}\n  - {country: united-states, role: support}"), .true)
    }

    func testForAllOverParticipantsAndLegalBasis() {
        assertOutcomes("c.for-all", [
            (.satisfied, "legal_basis: [UN Charter Article 51]\nparticipants:\n  - {country: japan, role: lead}\n  - {country: united-states, role: support}"),
            (.satisfied, "legal_basis: []"),
            (.violated, "legal_basis: []\nparticipants:\n  - {country: japan, role: lead}\n  - {country: australia, role: participant}"),
            (.undetermined, "legal_basis: []\nparticipants:\n  - {country: japan, role: lead}\n  - {country: australia}"),
            (.undetermined, ""),
            (.notApplicable, "legal_basis: [UN Charter Article 51, Treaty of Amity]"),
        ])
        // A false element decides, whatever the others are.
        XCTAssertEqual(Engine.truth("{for_all: participants, where: {path: role, equals: lead}}", "participants:\n  - {country: japan}\n  - {country: united-states, role: support}"), .false)
    }

    func testSaysInCustomFields() {
        assertOutcomes("c.says-in", [
            (.satisfied, "title: Joint exercise\ncommitments:\n  - {type: budgetary, binding: false, text: Each government decides its own budget.}"),
            (.violated, "title: Joint exercise\ncommitments:\n  - {type: budgetary, binding: false, text: This is legally binding.}"),
            (.violated, "title: 共同演習\ncommitments:\n  - {type: budgetary, binding: false, text: 本取決めは法的拘束力を有し、両政府を拘束する。}"),
            (.undetermined, "title: Joint exercise"),
            (.undetermined, "title: Joint exercise\ncommitments:\n  - {type: budgetary, binding: false}"),
            (.notApplicable, "title: Joint patrol\ncommitments:\n  - {type: budgetary, binding: false, text: This is legally binding.}"),
        ])
        // The description is not among the fields this rule reads.
        XCTAssertEqual(Engine.result("c.says-in", "title: Joint exercise\ncommitments: []\ndescription: legally binding")?.status, .undetermined)
    }

    func testAll() {
        let scope = "situation: armed-attack-on-partner\n"
        assertOutcomes("c.all", [
            (.satisfied, scope + "use_of_force: {by: [japan], conditions: {threat_to_survival: true, no_other_means: true}}"),
            (.violated, scope + "use_of_force: {by: [japan], conditions: {threat_to_survival: true, no_other_means: false}}"),
            (.violated, scope + "use_of_force: {by: [japan], conditions: {no_other_means: false}}"),
            (.undetermined, scope + "use_of_force: {by: [japan], conditions: {threat_to_survival: true}}"),
            (.undetermined, scope + "use_of_force: {by: [japan]}"),
            (.notApplicable, scope),
            (.notApplicable, "situation: peacetime\nuse_of_force: {by: [japan]}"),
        ])
    }

    func testAny() {
        let abroad = "location: {kind: foreign-territory, country: philippines"
        assertOutcomes("c.any", [
            (.satisfied, abroad + ", host_nation_consent: true}"),
            (.satisfied, "situation: emerging-threat\nlocation: {kind: japan-territory}"),
            (.violated, abroad + ", host_nation_consent: false}"),
            (.violated, "situation: emerging-threat\nlocation: {kind: high-seas, host_nation_consent: false}"),
            (.undetermined, abroad + "}"),
            (.notApplicable, "situation: peacetime\nlocation: {kind: high-seas}"),
        ])
    }

    func testNot() {
        assertOutcomes("c.not", [
            (.satisfied, "situation: emerging-threat\nnuclear_weapons: {activity: none}"),
            (.violated, "situation: emerging-threat\nnuclear_weapons: {activity: introduce}"),
            (.undetermined, "situation: emerging-threat"),
            (.notApplicable, "situation: peacetime\nnuclear_weapons: {activity: introduce}"),
        ])
    }

    func testExists() {
        assertOutcomes("c.exists", [
            (.satisfied, "information_sharing: {classification: secret, protection: GSOMIA}"),
            (.violated, "date: 2016-01-01\ninformation_sharing: {classification: secret}"),
            (.violated, "date: 2016-01-01\ninformation_sharing: {classification: secret, protection: ~}"),
            (.undetermined, "information_sharing: {classification: secret}"),
            (.notApplicable, "date: 2016-01-01"),
        ])
        // `exists` is never unknown.
        XCTAssertEqual(Engine.truth("{exists: use_of_force.purpose}", ""), .false)
        XCTAssertEqual(Engine.truth("{not: {exists: date}}", ""), .true)
    }

    func testExceptions() {
        let japan = "use_of_force: {by: [japan], purpose: individual-self-defense, conditions: {threat_to_survival: true, no_other_means: false, minimum_necessary: true}}"
        assertOutcomes("c.exception", [
            (.satisfied, "use_of_force: {by: [japan], conditions: {threat_to_survival: true, no_other_means: true, minimum_necessary: true}}"),
            (.satisfied, "situation: armed-attack-on-japan\n" + japan),
            (.violated, "situation: armed-attack-on-partner\n" + japan),
            (.undetermined, "situation: armed-attack-on-japan\nuse_of_force: {by: [japan], conditions: {no_other_means: false}}"),
            (.notApplicable, "use_of_force: {by: [united-states], purpose: strike}"),
        ])
    }

    func testAnExceptionThatHoldsIsShownAndMakesAFinding() throws {
        let result = try XCTUnwrap(Engine.result("c.exception", "situation: armed-attack-on-japan\nuse_of_force: {by: [japan], purpose: individual-self-defense, conditions: {no_other_means: false}}"))
        XCTAssertEqual(result.status, .satisfied)
        XCTAssertEqual(result.exception?.name, "individual self-defense against an armed attack on Japan")
        XCTAssertEqual(result.exception?.reason, "the three conditions govern collective self-defense, not Japan's own defense")
        XCTAssertTrue(result.isFinding, "a satisfied result that an exception decided is reported")
        XCTAssertFalse(result.isFailure)
        XCTAssertTrue(result.changes.isEmpty)
        XCTAssertTrue(result.explanation.contains { $0.condition.hasPrefix("but the exception 'individual self-defense against an armed attack on Japan' holds") })
    }

    func testAnExceptionThatMightHoldLeavesAViolationUndeterminedAndAsksForTheFact() throws {
        let result = try XCTUnwrap(Engine.result("c.exception", "situation: armed-attack-on-japan\nuse_of_force: {by: [japan], conditions: {no_other_means: false}}"))
        XCTAssertEqual(result.status, .undetermined)
        XCTAssertNil(result.exception)
        XCTAssertTrue(result.explanation.contains { $0.condition.hasPrefix("the exception 'individual self-defense against an armed attack on Japan' might hold") })
        XCTAssertEqual(result.changes.first, "add `use_of_force.purpose` (one of: \(ProposalSchema.purposes.joined(separator: ", ")))")
    }

    func testAnExceptionThatHoldsAlsoSettlesAnUndeterminedRequirement() throws {
        let result = try XCTUnwrap(Engine.result("c.exception", "situation: armed-attack-on-japan\nuse_of_force: {by: [japan], purpose: individual-self-defense}"))
        XCTAssertEqual(result.status, .satisfied)
        XCTAssertNotNil(result.exception)
    }

    /// When the scope is unknown the rule either does not apply or is decided by its requirement;
    /// an exception that holds settles it either way.
    func testAnExceptionThatHoldsSettlesAnUnknownScope() throws {
        let rules = """
            rules:
              - id: t.scoped
                premise: international-law
                severity: error
                title: t
                message: m
                fix: f
                when: {path: date, before: 2015-01-01}
                require: {exists: coordination.mechanism}
                exceptions:
                  - name: disaster relief
                    reason: coordination is ad hoc in a large-scale disaster
                    when: {path: situation, equals: large-scale-disaster}

            """
        let (ruleSet, _) = try Engine.loadRules(rules)
        let settled = try XCTUnwrap(Engine.result("t.scoped", "situation: large-scale-disaster", in: ruleSet))
        XCTAssertEqual(settled.status, .satisfied)
        XCTAssertEqual(settled.exception?.name, "disaster relief")
        XCTAssertEqual(settled.changes, [])
        XCTAssertEqual(Engine.result("t.scoped", "situation: peacetime", in: ruleSet)?.status, .undetermined)
        XCTAssertEqual(Engine.result("t.scoped", "situation: peacetime", in: ruleSet)?.changes, ["add `date` (YYYY-MM-DD)"])
    }

    func testAWarningAndAnInfo() {
        XCTAssertEqual(Engine.result("c.warning", "coordination: {agencies: [MOD]}")?.status, .violated)
        XCTAssertEqual(Engine.result("c.warning", "coordination: {mechanism: ACM}")?.status, .satisfied)
        XCTAssertEqual(Engine.result("c.info", "area: space")?.status, .violated)
        XCTAssertEqual(Engine.result("c.info", "area: logistics-support")?.status, .satisfied)
    }

    /// The scope's own explanation says why a rule does not apply or is undetermined.
    func testScopeIsExplained() throws {
        let notApplicable = try XCTUnwrap(Engine.result("c.equals", "situation: peacetime"))
        XCTAssertEqual(notApplicable.explanation.first?.condition, "applies when: `situation` is `armed-attack-on-japan`")
        XCTAssertEqual(notApplicable.explanation.first?.result, .false)
        XCTAssertEqual(notApplicable.explanation.first?.seen, "`peacetime`")
        let undetermined = try XCTUnwrap(Engine.result("c.date", ""))
        XCTAssertEqual(undetermined.explanation.first?.result, .unknown)
        XCTAssertEqual(undetermined.explanation.first?.seen, "missing")
        XCTAssertEqual(undetermined.changes, ["add `date` (YYYY-MM-DD)"])
    }
}
