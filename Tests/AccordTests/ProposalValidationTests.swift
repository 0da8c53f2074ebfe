import XCTest
@testable import Accord

/// Every way a proposal breaks the format, each with its message, its place and a hint.
final class ProposalValidationTests: XCTestCase {
    /// A valid proposal; tests replace one of its lines. Line numbers are fixed:
    ///  1 proposal, 2 id, 3 title, 4 date, 5 area, 6 situation, 7 participants, 8-9 its entry,
    ///  10 location, 11 kind, 12 country, 13 host_nation_consent, 14 description.
    static let valid = """
        proposal: 1
        id: PROP-1
        title: Amphibious exercise
        date: 2014-10-20
        area: training-and-exercises
        situation: peacetime
        participants:
          - country: japan
            role: lead
        location:
          kind: foreign-territory
          country: philippines
          host_nation_consent: true
        description: A test.

        """

    /// `valid` with line `number` (1-based) replaced by `replacement` (which may hold several lines, or none).
    func replacing(line number: Int, with replacement: String?) -> String {
        var lines = Self.valid.components(separatedBy: "\n")
        if let replacement { lines[number - 1] = replacement } else { lines.remove(at: number - 1) }
        return lines.joined(separator: "\n")
    }

    func problems(_ yaml: String, file: StaticString = #filePath, line: UInt = #line) -> [Diagnostic] {
        switch ProposalReader.read(Array(yaml.utf8), path: "p.yaml") {
        case .invalid(_, let problems): return problems
        case .valid:
            XCTFail("the proposal is valid", file: file, line: line)
            return []
        case .notAProposal:
            XCTFail("not a proposal", file: file, line: line)
            return []
        }
    }

    func testTheTestProposalIsValid() {
        XCTAssertNotNil(Engine.proposal(Self.valid))
    }

    func testUnknownKeyWithDidYouMean() {
        let found = problems(Self.valid + "use_of_forse:\n  by: [japan]\n")
        assertProblem(found, "unknown field `use_of_forse` in a proposal", line: 15, column: 1, hint: "did you mean `use_of_force`?")
        XCTAssertEqual(found.count, 1)
        let nested = problems(replacing(line: 13, with: "  host_nation_concent: true"))
        assertProblem(nested, "unknown field `host_nation_concent` in `location`", line: 13, column: 3, hint: "did you mean `host_nation_consent`?")
        let far = problems(Self.valid + "budget_code: 12\n")
        assertProblem(far, "unknown field `budget_code`", line: 15, column: 1, hint: "keys starting with `x-` are free for your own use")
    }

    func testXKeysAreAllowedAnywhere() {
        XCTAssertNotNil(Engine.proposal(Self.valid + "x-internal-ref: {ticket: 42}\n"))
        XCTAssertNotNil(Engine.proposal(replacing(line: 13, with: "  host_nation_consent: true\n  x-note: consent letter of 3 May")))
    }

    func testYAML11BooleansSayToWriteTrueOrFalse() {
        for word in ["no", "yes", "on", "off", "No", "YES"] {
            let found = problems(replacing(line: 13, with: "  host_nation_consent: \(word)"))
            assertProblem(found, "`location.host_nation_consent` is `\(word)`, which YAML 1.2 reads as text, not as a boolean",
                          line: 13, column: 24, hint: "write `true` or `false`")
        }
        let commitment = problems(Self.valid + "commitments:\n  - type: budgetary\n    binding: off\n")
        assertProblem(commitment, "`commitments[0].binding` is `off`", line: 17, column: 14, hint: "write `true` or `false`")
    }

    func testWrongTypes() {
        assertProblem(problems(replacing(line: 3, with: "title: 42")), "`title` is the integer `42`, but it must be text", line: 3, column: 8, hint: "quote it")
        assertProblem(problems(replacing(line: 13, with: "  host_nation_consent: 1")),
                      "`location.host_nation_consent` is the integer `1`, but it must be `true` or `false`", line: 13, column: 24)
        assertProblem(problems(replacing(line: 7, with: "participants: japan\nx-old:")), "`participants` must be a list, not the text", line: 7, column: 15)
        assertProblem(problems(Self.valid + "legal_basis: UN Charter\n"), "`legal_basis` must be a list, not the text", line: 15, column: 14)
        assertProblem(problems(Self.valid + "legal_basis: [UN Charter, 51]\n"), "`legal_basis[1]` is the integer `51`", line: 15, column: 27)
        assertProblem(problems(Self.valid + "responsibility: japan\n"), "`responsibility` must be a mapping of fields, not the text", line: 15, column: 17,
                      hint: "primary")
        assertProblem(problems(Self.valid + "nuclear_weapons: {activity: [none]}\n"), "`nuclear_weapons.activity` must be a single value, not a list",
                      line: 15, column: 29)
        assertProblem(problems(Self.valid + "7: seven\n"), "the key `7` is not a field name", line: 15, column: 1)
    }

    func testEnumerationTypoWithSuggestion() {
        assertProblem(problems(replacing(line: 6, with: "situation: peacetme")), "`situation` is `peacetme`, which is not one of: peacetime, emerging-threat",
                      line: 6, column: 12, hint: "did you mean `peacetime`?")
        assertProblem(problems(replacing(line: 9, with: "    role: leader")), "`participants[0].role` is `leader`", line: 9, column: 11, hint: "did you mean `lead`?")
        assertProblem(problems(replacing(line: 8, with: "  - country: japn")), "`participants[0].country` is `japn`, which looks like a typo for `japan`",
                      line: 8, column: 14, hint: "write `japan`")
        assertProblem(problems(Self.valid + "responsibility: {primary: United States}\n"), "`responsibility.primary` is `United States`, not a lower-case-hyphenated identifier",
                      line: 15, column: 27, hint: "e.g. `united-states`")
        // An area outside the report's lists is not a format error (the rules flag it); a typo of one is.
        XCTAssertNotNil(Engine.proposal(replacing(line: 5, with: "area: counter-piracy")))
        assertProblem(problems(replacing(line: 5, with: "area: training-and-exercise")), "looks like a typo for `training-and-exercises`", line: 5, column: 7)
    }

    func testBadDates() {
        for bad in ["2014-13-01", "2014-02-30", "2014-2-3", "20 October 2014", "2015-02-29"] {
            assertProblem(problems(replacing(line: 4, with: "date: \(bad)")), "`date` is `\(bad)`, not a date of the form YYYY-MM-DD", line: 4, column: 7, hint: "2014-10-08")
        }
        XCTAssertNotNil(Engine.proposal(replacing(line: 4, with: "date: 2016-02-29")))
        XCTAssertNotNil(Engine.proposal(replacing(line: 4, with: "date: '2014-10-20'")))
    }

    func testMissingRequiredFields() {
        assertProblem(problems(replacing(line: 6, with: nil)), "the proposal lacks the required field `situation`", line: 1, column: 1, hint: "add `situation:`")
        assertProblem(problems(replacing(line: 8, with: "  - organization: JMSDF")), "`participants[0]` lacks the required field `participants[0].country`",
                      line: 8, column: 5, hint: "add `country:`")
        assertProblem(problems(replacing(line: 11, with: nil)), "`location` lacks the required field `location.kind`", line: 11, column: 3)
        assertProblem(problems(Self.valid + "use_of_force: {purpose: strike}\n"), "`use_of_force` lacks the required field `use_of_force.by`", line: 15, column: 15)
        // Every missing field is reported, not just the first.
        let none = problems("proposal: 1\n")
        XCTAssertEqual(Set(none.compactMap { $0.message.split(separator: "`").dropFirst().first.map(String.init) }),
                       ["id", "title", "area", "situation", "participants", "location", "description"])
    }

    func testRequiredFieldWithNull() {
        assertProblem(problems(replacing(line: 3, with: "title: ~")), "`title` is required but has no value", line: 3, column: 8, hint: "a one-line title")
        assertProblem(problems(replacing(line: 6, with: "situation: null")), "`situation` is required but has no value", line: 6, column: 12)
        assertProblem(problems(replacing(line: 3, with: "title:")), "`title` is required but has no value", line: 3, column: 7)
        // An optional field left empty is a missing fact, not an error.
        XCTAssertNotNil(Engine.proposal(replacing(line: 4, with: "date: ~")))
        XCTAssertNotNil(Engine.proposal(replacing(line: 13, with: "  host_nation_consent:")))
    }

    func testEmptyTextIsAnError() {
        assertProblem(problems(replacing(line: 3, with: "title: '  '")), "`title` is empty", line: 3, column: 8)
    }

    /// Text is looked at closely only when it does not start with a visible character other than `<`.
    func testTextPlaceholdersAndBlanks() {
        assertProblem(problems(replacing(line: 3, with: "title: <a one-line title>")), "`title` is still the template's placeholder <a one-line title>",
                      line: 3, column: 8)
        assertProblem(problems(replacing(line: 3, with: "title: '  <title> '")), "`title` is still the template's placeholder", line: 3, column: 8)
        assertProblem(problems(replacing(line: 3, with: "title: \"\\u3000\"")), "`title` is empty", line: 3, column: 8)
        XCTAssertNotNil(Engine.proposal(replacing(line: 3, with: "title: Exercise <Alpha>")))
        XCTAssertNotNil(Engine.proposal(replacing(line: 3, with: "title: <Alpha> exercise")))
    }

    func testForeignTerritoryNeedsACountry() {
        assertProblem(problems(replacing(line: 12, with: nil)), "`location.country` is required when `location.kind` is foreign-territory",
                      line: 11, column: 3, hint: "add `country:`")
        assertProblem(problems(replacing(line: 12, with: "  country: ~")), "`location.country` is required when `location.kind` is foreign-territory",
                      line: 11, column: 3)
        // Other kinds need no country; consent may be left out (the rules call that undetermined).
        XCTAssertNotNil(Engine.proposal(replacing(line: 11, with: "  kind: high-seas").replacingOccurrences(of: "  country: philippines\n", with: "")))
        XCTAssertNotNil(Engine.proposal(replacing(line: 13, with: nil)))
    }

    func testCustomTagsAreRejected() {
        assertProblem(problems(replacing(line: 3, with: "title: !secret Amphibious exercise")), "`title` carries the tag !secret; proposals use no tags",
                      line: 3, column: 8, hint: "remove `!secret`")
        assertProblem(problems(replacing(line: 10, with: "location: !place")), "`location` carries the tag !place", line: 10, column: 11)
        // The standard tags are allowed and change the type as YAML says.
        assertProblem(problems(replacing(line: 3, with: "title: !!int 42")), "`title` is the integer `42`", line: 3, column: 8)
        XCTAssertNotNil(Engine.proposal(replacing(line: 3, with: "title: !!str 42")))
    }

    func testWrongFormatVersion() {
        assertProblem(problems(replacing(line: 1, with: "proposal: 2")), "format version 2 is not supported; this Accord reads version 1",
                      line: 1, column: 11, hint: "write `proposal: 1`")
        assertProblem(problems(replacing(line: 1, with: "proposal: '1'")), "`proposal` is the text `1`, but it must be the number 1", line: 1, column: 11)
        assertProblem(problems(replacing(line: 1, with: "proposal: 1.0")), "`proposal` is the number `1.0`", line: 1, column: 11)
    }

    func testEmptyParticipantsList() {
        assertProblem(problems(replacing(line: 7, with: "participants: []\nx-was:").replacingOccurrences(of: "  - country: japan\n    role: lead\n", with: "")),
                      "`participants` needs at least 1 entry", line: 7, column: 15, hint: "add an entry")
        XCTAssertNotNil(Engine.proposal(Self.valid + "legal_basis: []\namends: []\ncommitments: []\n"), "other lists may be empty")
    }

    func testProblemsAreSortedByPlaceAndTheIdIsKept() throws {
        let yaml = replacing(line: 13, with: "  host_nation_consent: no").replacingOccurrences(of: "situation: peacetime", with: "situation: peace")
        guard case .invalid(let id, let found) = ProposalReader.read(Array(yaml.utf8), path: "p.yaml") else { return XCTFail("valid") }
        XCTAssertEqual(id, "PROP-1")
        XCTAssertEqual(found.map(\.location.line), [6, 13])
    }

    func testJSONProposalsAreReadTheSameWay() {
        let json = #"{"proposal": 1, "id": "J-1", "title": "t", "area": "space", "situation": "peacetime", "participants": [{"country": "japan"}], "location": {"kind": "space", "host_nation_consent": "no"}, "description": "d"}"#
        assertProblem(problems(json), "`location.host_nation_consent` is `no`", line: 1, column: 180, hint: "write `true` or `false`")
    }

    func testPlaceholdersAreFoundBehindAnyBlanks() {
        for text in ["<title>", "  <title>  ", "\t<a b>\n", "\u{3000}<名称>\u{3000}"] {
            XCTAssertTrue(ProposalValidator.isPlaceholder(text), text)
        }
        for text in ["a <title>", "<a> and <b>", "title", "", "  ", "x\n<y>"] {
            XCTAssertFalse(ProposalValidator.isPlaceholder(text), text)
        }
    }

    /// Digits only, as the JSON Schema's `^[0-9]{4}-[0-9]{2}-[0-9]{2}$` says: a sign would sort
    /// before every digit and make a date compare wrongly.
    func testDatesAreDigitsOnly() {
        for good in ["2014-10-20", "2016-02-29", "2000-02-29", "0000-01-31"] {
            XCTAssertTrue(CivilDate.isDate(good), good)
        }
        for bad in ["1900-02-29", "2014-00-10", "2014-10-00", "2014-1-020", "-999-01-01", "+999-01-01", "2014-+1-05",
                    "2026-+5-01", "2014-10-2x", "2014/10/20", "２０１４-10-20", "2014-10-20 "] {
            XCTAssertFalse(CivilDate.isDate(bad), bad)
        }
    }

    func testIdentifiersHaveSingleHyphensBetweenWords() {
        for good in ["japan", "united-states", "a1-b2"] {
            XCTAssertTrue(ProposalValidator.isIdentifier(good), good)
        }
        for bad in ["", "-japan", "japan-", "united--states", "United-states", "1st", "jap an", "japán"] {
            XCTAssertFalse(ProposalValidator.isIdentifier(bad), bad)
        }
    }

    func testBlankTextIsEmptyOrWhitespace() {
        for blank in ["", " ", "\t\n", "\u{3000}", "\u{85}"] {
            XCTAssertTrue(ProposalValidator.isBlank(blank), blank)
        }
        for text in ["a", " a", "\u{3000}a", "é"] {
            XCTAssertFalse(ProposalValidator.isBlank(text), text)
        }
    }

    /// Fields are looked up from where the last one was found; any order must still find them.
    func testFieldsInAnyOrder() {
        let shuffled = """
            description: A test.
            location: {host_nation_consent: true, country: philippines, kind: foreign-territory}
            participants: [{role: lead, country: japan}]
            situation: peacetime
            area: training-and-exercises
            title: Amphibious exercise
            proposal: 1
            id: PROP-1
            date: 2014-10-20

            """
        XCTAssertNotNil(Engine.proposal(shuffled))
    }

    /// A key found among the fields is never a free `x-` key: the validator looks fields up first.
    func testNoFieldIsNamedLikeAFreeKey() {
        XCTAssertFalse(ProposalSchema.allPaths().contains { $0.split(separator: ".").contains { $0.hasPrefix("x-") } })
    }
}
