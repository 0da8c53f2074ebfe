import XCTest
@testable import Accord

/// Kleene's strong three-valued logic, in `Truth` and through `all`, `any` and `not` conditions.
final class TruthTableTests: XCTestCase {
    let t = Truth.true, f = Truth.false, u = Truth.unknown

    func testAndOrOverAllNineCombinations() {
        let table: [(Truth, Truth, and: Truth, or: Truth)] = [
            (t, t, and: t, or: t), (t, f, and: f, or: t), (t, u, and: u, or: t),
            (f, t, and: f, or: t), (f, f, and: f, or: f), (f, u, and: f, or: u),
            (u, t, and: u, or: t), (u, f, and: f, or: u), (u, u, and: u, or: u),
        ]
        for row in table {
            XCTAssertEqual(Truth.and([row.0, row.1]), row.and, "\(row.0) and \(row.1)")
            XCTAssertEqual(Truth.or([row.0, row.1]), row.or, "\(row.0) or \(row.1)")
        }
    }

    func testNegation() {
        XCTAssertEqual(t.negated, f)
        XCTAssertEqual(f.negated, t)
        XCTAssertEqual(u.negated, u)
    }

    func testEmptyAndSingleOperands() {
        XCTAssertEqual(Truth.and([]), t)
        XCTAssertEqual(Truth.or([]), f)
        for value in [t, f, u] {
            XCTAssertEqual(Truth.and([value]), value)
            XCTAssertEqual(Truth.or([value]), value)
        }
        XCTAssertEqual(Truth.and([t, u, f]), f, "false dominates and")
        XCTAssertEqual(Truth.or([f, u, t]), t, "true dominates or")
    }

    /// De Morgan holds in Kleene's logic.
    func testDeMorgan() {
        for a in [t, f, u] {
            for b in [t, f, u] {
                XCTAssertEqual(Truth.and([a, b]).negated, Truth.or([a.negated, b.negated]))
                XCTAssertEqual(Truth.or([a, b]).negated, Truth.and([a.negated, b.negated]))
            }
        }
    }

    /// One child reads `date`, which the base proposal lacks (unknown); the other is true or false.
    func testConditionsWithOneChildOnAMissingField() {
        let missing = "{path: date, before: 2015-01-01}"
        let isTrue = "{path: situation, equals: peacetime}"
        let isFalse = "{path: situation, equals: emerging-threat}"
        XCTAssertEqual(Engine.truth(missing, ""), u)
        XCTAssertEqual(Engine.truth("{all: [\(missing), \(isTrue)]}", ""), u)
        XCTAssertEqual(Engine.truth("{all: [\(missing), \(isFalse)]}", ""), f)
        XCTAssertEqual(Engine.truth("{any: [\(missing), \(isTrue)]}", ""), t)
        XCTAssertEqual(Engine.truth("{any: [\(missing), \(isFalse)]}", ""), u)
        XCTAssertEqual(Engine.truth("{not: \(missing)}", ""), u)
        XCTAssertEqual(Engine.truth("{not: {all: [\(missing), \(isFalse)]}}", ""), t)
        XCTAssertEqual(Engine.truth("{not: {any: [\(missing), \(isFalse)]}}", ""), u)
        // A missing field never counts as true or false silently, whatever the comparison.
        for comparison in ["{path: responsibility.primary, equals: japan}", "{path: location.host_nation_consent, equals: false}",
                           "{path: legal_basis, contains: x}", "{path: amends, matches: x}", "{path: use_of_force.purpose, one_of: [strike]}",
                           "{count: legal_basis, at_least: 0}", "{for_any: legal_basis, where: {path: ., matches: x}}",
                           "{for_all: commitments, where: {path: binding, equals: false}}"] {
            XCTAssertEqual(Engine.truth(comparison, ""), u, comparison)
        }
    }

    func testTheExplanationShowsOnlyTheDecidingChildren() throws {
        let proposal = try XCTUnwrap(Engine.proposal(Engine.text("")))
        let all = try XCTUnwrap(Engine.evaluate("{all: [{path: date, before: 2015-01-01}, {path: situation, equals: emerging-threat}]}", on: proposal))
        let steps = ExplanationBuilder.steps(all)
        XCTAssertEqual(steps.map(\.result), [f, f], "an all that is false is explained by its false part")
        XCTAssertEqual(steps.last?.condition, "`situation` is `emerging-threat`")
        XCTAssertEqual(steps.last?.seen, "`peacetime`")
        let any = try XCTUnwrap(Engine.evaluate("{any: [{path: date, before: 2015-01-01}, {path: situation, equals: emerging-threat}]}", on: proposal))
        XCTAssertEqual(ExplanationBuilder.steps(any).map(\.result), [u, u], "an any that is unknown is explained by its unknown part")
        XCTAssertEqual(ExplanationBuilder.steps(any).last?.seen, "missing")
        XCTAssertEqual(FixDeriver.missingFacts(any), ["add `date` (YYYY-MM-DD)"])
    }
}
