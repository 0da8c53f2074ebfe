import Foundation
import XCTest
@testable import Accord

/// Every way a rule file breaks the rule language, each with its place and a hint; and an
/// invalid rule set is never half-loaded.
final class RuleSetValidationTests: XCTestCase {
    /// A valid rule file; tests replace its lines. Line numbers are fixed.
    static let valid = """
        rules:
          - id: t.one
            premise: international-law
            severity: error
            title: A test rule
            message: "Primary: {{responsibility.primary}}"
            fix: Set it.
            when:
              path: situation
              equals: armed-attack-on-japan
            require:
              path: responsibility.primary
              equals: japan

        """

    /// `valid` with lines `from...to` replaced by `replacement` (nil removes them).
    func rules(_ from: Int, _ to: Int, _ replacement: String?) -> String {
        var lines = Self.valid.components(separatedBy: "\n")
        lines.replaceSubrange((from - 1)...(to - 1), with: replacement.map { [$0] } ?? [])
        return lines.joined(separator: "\n")
    }

    /// `valid` with line `line` replaced.
    func rules(_ line: Int, _ replacement: String?) -> String {
        rules(line, line, replacement)
    }

    /// `valid` with lines appended to the rule.
    func rules(adding lines: String) -> String {
        Self.valid + lines + "\n"
    }

    func problems(_ text: String, extra: [String: String] = [:], file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        Engine.ruleProblems(text, extra: extra, file: file, line: line).problems
    }

    /// The construct rule set's lexicon, for rules that say its concepts.
    let lexicon = ["lexicon.yaml": Engine.lexiconYAML]

    func testTheTestRuleFileLoads() throws {
        let (ruleSet, _) = try Engine.loadRules(Self.valid)
        XCTAssertEqual(ruleSet.rules.map(\.id), ["t.one"])
        XCTAssertEqual(ruleSet.premises.count, 4)
    }

    // MARK: keys and types

    func testUnknownKeyInARuleWithDidYouMean() {
        assertProblem(problems(rules(adding: "    exeptions: []")), "unknown key `exeptions` in a rule", line: 14, column: 5, path: "rules.yaml",
                      hint: "did you mean `exceptions`?")
        assertProblem(problems(rules(adding: "    budget: 3")), "unknown key `budget` in a rule", line: 14, column: 5, hint: "known keys: id, premise")
    }

    func testUnknownKeyInAConditionWithDidYouMean() {
        let found = problems(rules(13, "      equal: japan"))
        assertProblem(found, "unknown key `equal` in a condition", line: 13, column: 7, hint: "did you mean `equals`?")
        assertProblem(problems(rules(11, 13, "    require:\n      exist: responsibility.primary")), "unknown key `exist` in a condition",
                      line: 12, column: 7, hint: "did you mean `exists`?")
        assertProblem(problems(rules(adding: "    exceptions:\n      - name: n\n        reason: r\n        when: {exists: date}\n        because: x")),
                      "unknown key `because` in an exception", line: 18, column: 9)
    }

    func testWrongTypes() {
        assertProblem(problems(rules(4, "    severity: [error]")), "`severity` must be text", line: 4, column: 15, hint: "error, warning or info")
        assertProblem(problems(rules(4, "    severity: fatal")), "`fatal` is not a severity", line: 4, column: 15, hint: "error, warning or info")
        assertProblem(problems(rules(5, "    title: 42")), "`title` must be text", line: 5, column: 12)
        assertProblem(problems(rules(8, 10, "    when: armed-attack-on-japan")), "a condition must be a mapping", line: 8, column: 11)
        assertProblem(problems(rules(8, 10, "    when:\n      all: {exists: date}")), "`all` takes a non-empty list of conditions", line: 9, column: 7)
        assertProblem(problems(rules(8, 10, "    when:\n      any: []")), "`any` takes a non-empty list of conditions", line: 9, column: 7)
        assertProblem(problems(rules(8, 10, "    when:\n      count: participants\n      at_least: one")), "`count` needs one comparison with a whole number",
                      line: 9, column: 7, hint: "at_least: 1")
        assertProblem(problems(rules(8, 10, "    when:\n      path: situation\n      one_of: peacetime")), "`one_of` takes a non-empty list", line: 10, column: 15)
        assertProblem(problems(rules(8, 10, "    when:\n      path: 42\n      equals: x")), "a field path must be text", line: 9, column: 13)
        assertProblem(problems(rules(8, 10, "    when:\n      says: []"), extra: lexicon), "`says` takes a non-empty list of concepts", line: 9, column: 13)
        assertProblem(problems(rules(8, 10, "    when:\n      says: [binding, 42]"), extra: lexicon), "a concept is named by its id", line: 9, column: 23)
        assertProblem(problems("rules: {id: x}\n"), "`rules` must be a list", line: 1, column: 8)
        assertProblem(problems("rule: []\n"), "this file holds neither `premises:` nor `rules:`", line: 1, column: 1)
    }

    func testAConditionHasExactlyOneOperator() {
        assertProblem(problems(rules(8, 10, "    when:\n      exists: date\n      path: date\n      before: 2015-01-01")),
                      "a condition has one operator, this one has exists and path", line: 9, column: 7, hint: "combine several conditions")
        assertProblem(problems(rules(8, 10, "    when:\n      path: situation")), "`path: situation` needs exactly one comparison", line: 9, column: 7)
        assertProblem(problems(rules(8, 10, "    when:\n      path: situation\n      equals: peacetime\n      one_of: [peacetime]")),
                      "`path: situation` needs exactly one comparison", line: 9, column: 7)
    }

    func testBadRegularExpression() {
        assertProblem(problems(rules(12, 13, "      path: amends\n      matches: 'Treaty(['")), "`Treaty([` is not a valid regular expression",
                      line: 13, column: 16, hint: "ICU syntax")
        assertProblem(problems(rules(12, 13, "      path: amends\n      matches: 51")), "`matches` takes a regular expression as text", line: 13, column: 16)
    }

    func testDuplicateRuleIds() {
        let second = Self.valid.components(separatedBy: "\n").dropFirst().joined(separator: "\n")
        let found = problems(Self.valid + second)
        assertProblem(found, "duplicate rule id `t.one`: already defined at ", line: 14, column: 5, hint: "give each rule its own id")
        XCTAssertTrue(found.first?.message.hasSuffix("rules.yaml:2:5") == true, found.first?.message ?? "")
        // Across files too.
        assertProblem(problems(Self.valid, extra: ["more/other.yaml": Self.valid]), "duplicate rule id `t.one`", line: 2, column: 5, path: "rules.yaml")
    }

    func testUnknownPremiseOfARule() {
        assertProblem(problems(rules(3, "    premise: internatonal-law")),
                      "rule `t.one` rests on the premise `internatonal-law`, which the catalogue does not have", line: 2, column: 5,
                      hint: "did you mean `international-law`?")
        assertProblem(problems(rules(3, "    premise: treaty-unchanged")), "rests on the premise `treaty-unchanged`", line: 2, column: 5,
                      hint: "catalogued premises: international-law")
        assertProblem(problems(Self.valid, extra: ["premises.yaml": "premises: []\n"]), "rests on the premise `international-law`", line: 2, column: 5,
                      hint: "no premise catalogue was loaded")
    }

    func testAPremiseIdNotAmongTheEleven() {
        let catalogue = Engine.premisesYAML.replacingOccurrences(of: "id: recognized-areas", with: "id: recognised-areas")
        let found = problems(Self.valid, extra: ["premises.yaml": catalogue])
        let line = catalogue.components(separatedBy: "\n").firstIndex { $0.contains("recognised-areas") }! + 1
        assertProblem(found, "`recognised-areas` is not one of the report's premise ids", line: line, column: 9, hint: "did you mean `recognized-areas`?")
        let duplicate = Engine.premisesYAML.replacingOccurrences(of: "id: recognized-areas", with: "id: alliance-coordination")
        assertProblem(problems(Self.valid, extra: ["premises.yaml": duplicate]), "the premise `alliance-coordination` is already defined at",
                      line: line, column: 5)
        assertProblem(problems(Self.valid, extra: ["premises.yaml": "premises:\n  - id: recognized-areas\n    section: V\n    reading: r\n"]),
                      "a premise lacks `quote`", line: 2, column: 5)
    }

    // MARK: paths and values

    func testAPathTheFormatDoesNotHave() {
        assertProblem(problems(rules(12, 13, "      path: use_of_forse.by\n      contains: japan")), "the proposal format has no field `use_of_forse.by`",
                      line: 12, column: 13, hint: "did you mean `use_of_force.by`?")
        assertProblem(problems(rules(11, 13, "    require:\n      exists: location.host_consent")), "the proposal format has no field `location.host_consent`",
                      line: 12, column: 15, hint: "`location` has: kind, country, host_nation_consent")
        assertProblem(problems(rules(11, 13, "    require:\n      for_any: participants\n      where: {path: contry, equals: japan}")),
                      "the proposal format has no field `contry`", line: 13, column: 21, hint: "did you mean `country`?")
        assertProblem(problems(rules(11, 13, "    require:\n      path: participants[].country\n      equals: japan")),
                      "the proposal format has no field `participants[].country`", line: 12, column: 13)
        assertProblem(problems(rules(11, 13, "    require:\n      path: .\n      equals: japan")), "`.` (the element itself) is only meaningful inside `where`",
                      line: 12, column: 13, hint: "name a field")
    }

    func testComparingAFieldWithAValueItCannotHave() {
        assertProblem(problems(rules(10, "      equals: armed-attack-on-jpan")), "`armed-attack-on-jpan` is not a value `situation` can have",
                      line: 10, column: 15, hint: "did you mean `armed-attack-on-japan`?")
        assertProblem(problems(rules(12, 13, "      path: location.host_nation_consent\n      equals: no")),
                      "`no` is not a value `location.host_nation_consent` can have", line: 13, column: 15)
        assertProblem(problems(rules(12, 13, "      path: date\n      equals: 2014-13-01")), "`2014-13-01` is not a value `date` can have", line: 13, column: 15)
        assertProblem(problems(rules(12, 13, "      path: responsibility.primary\n      equals: United States")),
                      "`United States` is not a value `responsibility.primary` can have", line: 13, column: 15)
        assertProblem(problems(rules(12, 13, "      path: situation\n      one_of: [peacetime, war]")), "`war` is not a value `situation` can have", line: 13, column: 27)
        assertProblem(problems(rules(12, 13, "      path: use_of_force.by\n      contains: JAPAN")), "`JAPAN` is not a value `use_of_force.by` can have",
                      line: 13, column: 17)
        assertProblem(problems(rules(12, 13, "      path: situation\n      equals: [peacetime]")), "compare with a single value, not a list or mapping",
                      line: 13, column: 15, hint: "use `one_of`")
    }

    func testNumberAndDateComparisonsNeedTheirKindOfField() {
        assertProblem(problems(rules(12, 13, "      path: situation\n      at_least: 1")), "`at_least` compares numbers, and `situation` is not a number",
                      line: 12, column: 7)
        assertProblem(problems(rules(12, 13, "      path: proposal\n      at_least: one")), "`at_least` takes a number", line: 13, column: 17)
        assertProblem(problems(rules(12, 13, "      path: title\n      before: 2015-01-01")), "`before` compares dates, and `title` is not a date", line: 12, column: 7)
        assertProblem(problems(rules(12, 13, "      path: date\n      before: 1 May 2015")), "`before` takes a date YYYY-MM-DD", line: 13, column: 15)
        assertProblem(problems(rules(11, 13, "    require:\n      count: situation\n      at_least: 1")), "`count` needs a list, and `situation` is not one",
                      line: 12, column: 7)
        assertProblem(problems(rules(11, 13, "    require:\n      for_all: location\n      where: {exists: kind}")), "`for_all` needs a list, and `location` is not one",
                      line: 12, column: 7)
        assertProblem(problems(rules(11, 13, "    require:\n      for_any: participants")), "`for_any` needs `where:`", line: 12, column: 7)
    }

    /// `equals` and `one_of` compare one value; on a list they would silently never hold.
    func testEqualsAndOneOfOnAListAreErrors() {
        assertProblem(problems(rules(12, 13, "      path: legal_basis\n      equals: UN Charter Article 51")),
                      "`equals` compares one value, and `legal_basis` is a list", line: 12, column: 7, hint: "contains")
        assertProblem(problems(rules(12, 13, "      path: use_of_force.by\n      one_of: [japan, united-states]")),
                      "`one_of` compares one value, and `use_of_force.by` is a list", line: 12, column: 7, hint: "contains")
        // Inside `where`, `.` is one element of the list and may be compared.
        XCTAssertNoThrow(try Engine.loadRules(rules(11, 13, "    require:\n      for_any: use_of_force.by\n      where: {path: ., equals: japan}")))
    }

    /// `matches` and `contains` read text or lists; on a boolean or a number they would never hold.
    func testMatchesAndContainsNeedTextOrAList() {
        assertProblem(problems(rules(12, 13, "      path: location.host_nation_consent\n      matches: 'true'")),
                      "`matches` reads text, and `location.host_nation_consent` is not text", line: 12, column: 7, hint: "equals")
        assertProblem(problems(rules(12, 13, "      path: proposal\n      matches: '1'")), "`matches` reads text, and `proposal` is not text", line: 12, column: 7)
        assertProblem(problems(rules(12, 13, "      path: location.host_nation_consent\n      contains: true")),
                      "`contains` reads a list or text, and `location.host_nation_consent` is neither", line: 12, column: 7, hint: "equals")
        assertProblem(problems(rules(12, 13, "      path: location\n      matches: x")), "`matches` reads text, and `location` is not text", line: 12, column: 7)
        XCTAssertNoThrow(try Engine.loadRules(rules(12, 13, "      path: situation\n      matches: '^armed'")))
        XCTAssertNoThrow(try Engine.loadRules(rules(12, 13, "      path: date\n      matches: '^2014-'")))
    }

    func testSaysInAFieldThatIsNotFreeText() {
        assertProblem(problems(rules(11, 13, "    forbid:\n      says: [binding]\n      in: [area, description]"), extra: lexicon),
                      "`area` is not a free-text field of the proposal format", line: 13, column: 12, hint: "free-text fields: title, description")
        assertProblem(problems(rules(11, 13, "    forbid:\n      says: [binding]\n      in: [descripton]"), extra: lexicon),
                      "`descripton` is not a free-text field", line: 13, column: 12, hint: "did you mean `description`?")
        assertProblem(problems(rules(11, 13, "    forbid:\n      says: [binding]\n      in: description"), extra: lexicon),
                      "`in` takes a list of free-text fields", line: 13, column: 11)
    }

    /// `mentions` (exact phrases) is gone: a rule file that still writes it is told what replaced it.
    func testMentionsIsAnUnknownKeyThatNamesItsReplacement() {
        let replaced = "`mentions` was replaced by `says:` over lexicon concepts; see Rules/README.md"
        assertProblem(problems(rules(8, 10, "    when:\n      mentions: [legally binding]")), "unknown key `mentions` in a condition",
                      line: 9, column: 7, hint: replaced)
        assertProblem(problems(rules(11, 13, "    forbid:\n      in: [description]\n      mentions: [shall enact]")),
                      "unknown key `mentions` in a condition", line: 13, column: 7, hint: replaced)
        assertProblem(problems(rules(11, 13, "    forbid:\n      any:\n        - says: [binding]\n        - mentions: [shall enact]"), extra: lexicon),
                      "unknown key `mentions` in a condition", line: 14, column: 11, hint: replaced)
    }

    // MARK: messages and fixes

    func testInterpolatingAPathTheFormatDoesNotHave() {
        assertProblem(problems(rules(6, "    message: \"Force for {{use_of_forse.purpose}}\"")),
                      "`message` interpolates `{{use_of_forse.purpose}}`, which the proposal format does not have", line: 6, column: 14,
                      hint: "did you mean `use_of_force.purpose`?")
        assertProblem(problems(rules(7, "    fix: \"Set {{responsibility.primary}\"")), "`fix` has a `{{` without `}}`", line: 7, column: 10, hint: "close the placeholder")
        assertProblem(problems(rules(7, "    fix: \"Set {{participants[].country}}\"")), "`fix` interpolates `{{participants[].country}}`", line: 7, column: 10)
    }

    /// A mapping, or a list of mappings, has no one-line value: `{{participants}}` would read "".
    func testInterpolatingSomethingThatIsNotAValue() {
        assertProblem(problems(rules(6, "    message: \"Participants: {{participants}}\"")),
                      "`message` interpolates `{{participants}}`, which is a list of entries, not a value", line: 6, column: 14,
                      hint: "participants[].country")
        assertProblem(problems(rules(7, "    fix: \"Move it from {{location}}\"")), "`fix` interpolates `{{location}}`, which is a mapping, not a value",
                      line: 7, column: 10, hint: "{{location.kind}}")
        XCTAssertNoThrow(try Engine.loadRules(rules(6, "    message: \"Bases {{legal_basis}}, by {{use_of_force.by}}, {{match}}, {{ proposal }}\"")))
    }

    // MARK: the rule's shape

    func testBothRequireAndForbid() {
        assertProblem(problems(rules(adding: "    forbid: {exists: date}")), "a rule has `require` or `forbid`, not both", line: 2, column: 5, hint: "split it")
    }

    func testNeitherRequireNorForbid() {
        assertProblem(problems(rules(11, 13, nil)), "a rule needs `require:` (what must hold) or `forbid:` (what must not)", line: 2, column: 5)
    }

    func testMissingRuleFields() {
        let found = problems(rules(3, 7, nil))
        for key in ["premise", "severity", "title", "message", "fix"] {
            assertProblem(found, "a rule lacks `\(key)`", line: 2, column: 5)
        }
    }

    func testExamplesNeedAnExamplesBase() {
        let example = "    examples:\n      - expect: violated\n        patch: {situation: armed-attack-on-japan}"
        assertProblem(problems(rules(adding: example)), "examples need `examples_base:` at the top of the file", line: 15, column: 7,
                      hint: "examples_base: ../fixtures/base.yaml")
        assertProblem(problems("examples_base: nowhere.yaml\n" + rules(adding: example)), "`examples_base` names nowhere.yaml, which does not exist",
                      line: 1, column: 16)
        let base = ["fixtures/base.yaml": Engine.text("")]
        assertProblem(problems("examples_base: fixtures/base.yaml\n" + rules(adding: example.replacingOccurrences(of: "violated", with: "failed")), extra: base),
                      "`failed` is not an outcome", line: 16, column: 17)
        assertProblem(problems("examples_base: fixtures/base.yaml\n" + rules(adding: example.replacingOccurrences(of: "violated", with: "waived")), extra: base),
                      "`waived` is not an outcome", line: 16, column: 17)
        XCTAssertNoThrow(try Engine.loadRules("examples_base: fixtures/base.yaml\n" + rules(adding: example), extra: base))
    }

    func testYAMLErrorsInARuleFileAreLocated() {
        assertProblem(problems(rules(adding: "    title: again")), "duplicate key `title`", line: 14, column: 5)
        assertProblem(problems(rules(6, "    message: \"unclosed")), "YAML syntax error", line: 14, column: 1)
    }

    // MARK: whole or not at all

    func testAnInvalidRuleSetIsNeverHalfLoaded() throws {
        let good = Self.valid.replacingOccurrences(of: "t.one", with: "t.good")
        let bad = rules(10, "      equals: armed-attack-on-jpan")
        let folder = try Engine.folder(["premises.yaml": Engine.premisesYAML, "a-good.yaml": good, "b-bad.yaml": bad])
        XCTAssertThrowsError(try RuleSetLoader.load([folder])) { error in
            let items = (error as? Diagnostics)?.items ?? []
            XCTAssertEqual(items.count, 1, "\(items)")
            XCTAssertTrue(items.first?.location.path.hasSuffix("b-bad.yaml") == true)
        }
        // Every problem of every file is reported at once.
        let worse = try Engine.folder(["premises.yaml": Engine.premisesYAML, "a.yaml": rules(4, "    severity: fatal"), "b.yaml": bad.replacingOccurrences(of: "t.one", with: "t.two")])
        XCTAssertThrowsError(try RuleSetLoader.load([worse])) { error in
            XCTAssertEqual((error as? Diagnostics)?.items.count, 2)
        }
        XCTAssertThrowsError(try RuleSetLoader.load([folder + "/nowhere"])) { error in
            XCTAssertEqual((error as? Diagnostics)?.items.first?.message, "no such rule file or folder")
        }
    }

    /// The digest names each file as Foundation's URLs would.
    func testFileNamesOfTheDigest() {
        for path in ["premises.yaml", "Rules/premises.yaml", "/a/b/c.yml", "./x.yaml", "a//b.yaml", "a/b/", "/", "a/../b.yaml", "ä/ü.yaml"] {
            XCTAssertEqual(RuleSetLoader.lastComponent(of: path), URL(fileURLWithPath: path).lastPathComponent, path)
        }
    }

    /// Rule files of one folder share their resolved base; files elsewhere resolve their own.
    /// A rule folder is walked as a proposal folder is: hidden files (an editor's backup) are
    /// passed over, and so are the examples' fixtures, at any depth.
    func testRuleFoldersPassOverHiddenFilesAndFixtures() throws {
        let folder = try Engine.folder([
            "premises.yaml": Engine.premisesYAML, "rules.yaml": "rules: []\n", ".rules.yaml": "not: [valid",
            "fixtures/base.yaml": "proposal: 1\n", "more/fixtures/other.yaml": "x: 1\n", "more/rules.yml": "rules: []\n",
        ])
        XCTAssertEqual(try RuleSetLoader.ruleFiles([folder]), ["more/rules.yml", "premises.yaml", "rules.yaml"].map { folder + "/" + $0 })
        XCTAssertNoThrow(try RuleSetLoader.load([folder]))
    }

    func testExamplesBasesResolvePerFolder() throws {
        var bases = ExamplesBases()
        let rules = Engine.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")
        let one = bases.resolve("../fixtures/base.yaml", from: rules.appendingPathComponent("rules/treaty-unchanged.yaml").path)
        let two = bases.resolve("../fixtures/base.yaml", from: rules.appendingPathComponent("rules/domestic-law.yaml").path)
        XCTAssertEqual(one, rules.appendingPathComponent("fixtures/base.yaml").path)
        XCTAssertEqual(two, one)
        XCTAssertNil(bases.resolve("../fixtures/base.yaml", from: rules.appendingPathComponent("premises.yaml").path))
        XCTAssertEqual(bases.resolve("fixtures/base.yaml", from: rules.appendingPathComponent("premises.yaml").path), one)
    }

    func testTheBundledRuleSetLoads() throws {
        let bundled = Engine.fixtures.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Rules")
        let ruleSet = try RuleSetLoader.load([bundled.path])
        XCTAssertEqual(Set(ruleSet.premises.map(\.id)), Set(RuleSetLoader.premiseIDs))
        XCTAssertEqual(Set(ruleSet.rules.map(\.premise)), Set(RuleSetLoader.premiseIDs), "every premise has a rule")
    }
}
