import XCTest
@testable import Accord

/// `definitions:` and `condition: NAME`: a condition written once and used by name, validated
/// like everything else.
final class ConditionDefinitionTests: XCTestCase {
    /// A rule whose requirement uses `name`; `definitions` is the definitions file.
    func ruleSet(using name: String, where quantified: Bool = false, definitions: String) -> (rules: String, extra: [String: String]) {
        let requirement = quantified
            ? "    require:\n      for_any: participants\n      where:\n        condition: \(name)\n"
            : "    require:\n      condition: \(name)\n"
        let rules = RuleSetValidationTests.valid.replacingOccurrences(of: "    require:\n      path: responsibility.primary\n      equals: japan\n", with: requirement)
        return (rules, ["definitions.yaml": definitions])
    }

    func problems(_ set: (rules: String, extra: [String: String])) -> [Diagnostic] {
        Engine.ruleProblems(set.rules, extra: set.extra).problems
    }

    func testANamedConditionIsReadWhereItIsUsedAndDecidesAsIfWrittenThere() throws {
        let set = ruleSet(using: "japan-primary", definitions: "definitions:\n  japan-primary:\n    path: responsibility.primary\n    equals: japan\n")
        let (loaded, _) = try Engine.loadRules(set.rules, extra: set.extra)
        let condition = try XCTUnwrap(loaded.rules.first?.requirement.condition)
        guard case .compare(let path, .equals, let location) = condition else { return XCTFail("\(condition)") }
        XCTAssertEqual(path.text, "responsibility.primary")
        XCTAssertTrue(location.path.hasSuffix("definitions.yaml"), "its place is where it is written: \(location)")
        // Inside `for_any`, its paths are read from the list's entries.
        let quantified = ruleSet(using: "from-japan", where: true, definitions: "definitions:\n  from-japan:\n    path: country\n    equals: japan\n")
        XCTAssertNoThrow(try Engine.loadRules(quantified.rules, extra: quantified.extra))
    }

    func testANamedAllInsideAnAllReadsAsOneList() throws {
        let definitions = "definitions:\n  two:\n    all:\n      - exists: date\n      - exists: responsibility\n  outer:\n    all:\n      - condition: two\n      - exists: amends\n"
        let set = ruleSet(using: "outer", definitions: definitions)
        let (loaded, _) = try Engine.loadRules(set.rules, extra: set.extra)
        guard case .all(let items, _) = try XCTUnwrap(loaded.rules.first?.requirement.condition) else { return XCTFail() }
        XCTAssertEqual(items.count, 3, "spliced: the same logic, explained as if written in place")
    }

    func testAnUnknownNameIsAnErrorWithASuggestion() {
        let found = problems(ruleSet(using: "japan-primery", definitions: "definitions:\n  japan-primary:\n    exists: date\n"))
        assertProblem(found, "no condition is defined as `japan-primery`", line: 12, column: 18, hint: "did you mean `japan-primary`?")
    }

    func testADefinitionThatUsesItselfIsAnError() {
        let definitions = "definitions:\n  a:\n    any:\n      - condition: b\n      - exists: date\n  b:\n    not:\n      condition: a\n"
        let found = problems(ruleSet(using: "a", definitions: definitions))
        assertProblem(found, "the condition `a` uses itself: a → b → a", line: 2, column: 3, hint: "a definition may use others, but not in a circle")
    }

    func testDuplicateUnusedAndBadlyNamedDefinitionsAreErrors() {
        let set = ruleSet(using: "used", definitions: "definitions:\n  used:\n    exists: date\n  spare:\n    exists: date\n  Bad_Name:\n    exists: date\n")
        var extra = set.extra
        extra["more.yaml"] = "definitions:\n  used:\n    exists: amends\n"
        let found = Engine.ruleProblems(set.rules, extra: extra).problems
        assertProblem(found, "the condition `spare` is defined but no rule uses it", line: 4, column: 3)
        assertProblem(found, "a definition's name is lower-case words joined by hyphens", line: 6, column: 3)
        XCTAssertEqual(found.filter { $0.message.contains("the condition `used` is already defined at") }.count, 1, "\(found)")
    }

    func testAProblemInsideADefinitionIsReportedOnceAtItsPlace() {
        let set = ruleSet(using: "broken", where: false, definitions: "definitions:\n  broken:\n    path: responsibility.primry\n    equals: japan\n")
        var rules = set.rules
        rules += "  - id: t.two\n    premise: international-law\n    severity: error\n    title: Another\n    message: m\n    fix: f\n    require:\n      condition: broken\n"
        let found = Engine.ruleProblems(rules, extra: set.extra).problems
        let paths = found.filter { $0.message.contains("responsibility.primry") }
        XCTAssertEqual(paths.count, 1, "\(found)")
        XCTAssertTrue(paths.first?.location.path.hasSuffix("definitions.yaml") == true)
    }

    /// The bundled rules share their conditions by name.
    func testTheBundledRulesUseNamedConditions() throws {
        let ruleSet = try RuleSetLoader.load([PremiseCatalogueTests.root.appendingPathComponent("Rules").path])
        let fromDefinitions = ruleSet.rules.filter { rule in rule.allConditions.contains { $0.location.path.hasSuffix("rules/definitions.yaml") } }
        XCTAssertGreaterThanOrEqual(fromDefinitions.count, 8, fromDefinitions.map(\.id).joined(separator: ", "))
    }
}
