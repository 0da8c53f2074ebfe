import Accord
@testable import AccordLSP
import XCTest

/// What the server knows of the format and of the engine's fixes, without a process.
final class ProposalKnowledgeTests: XCTestCase {
    func testEveryEnumerationValueOfTheFormatHasAMeaning() {
        for path in ProposalSchema.allPaths() {
            guard let offered = ValueMeanings.values(at: path.replacingOccurrences(of: "[]", with: "[]")) else { continue }
            for value in offered.values {
                XCTAssertNotNil(ValueMeanings.meanings[value], "`\(value)` of `\(path)` has no meaning for completion")
            }
        }
        XCTAssertEqual(ValueMeanings.values(at: "participants[].role")?.values, ProposalSchema.roles)
        XCTAssertEqual(ValueMeanings.values(at: "use_of_weapons.purpose")?.values, ProposalSchema.weaponsPurposes)
        XCTAssertEqual(ValueMeanings.values(at: "commitments[].type")?.values, ProposalSchema.commitmentTypes)
        XCTAssertEqual(ValueMeanings.values(at: "area")?.values, ProposalSchema.areas)
    }

    func testTheFieldOfALineIsFoundFromTheIndentationOfTheLinesAbove() {
        let lines = """
            participants:
              - country: japan
                role: lead
              - country: united-states
                role: sup
            location:
              kind: high-seas
            commitments:
            - type: legal
              binding: true
            description: |
              Note: not a key
            """.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func path(_ line: Int) -> String? { YAMLLinePath.path(atLine: line, lines: { lines[$0] })?.path }
        XCTAssertEqual(path(0), "participants")
        XCTAssertEqual(path(1), "participants[].country")
        XCTAssertEqual(path(4), "participants[].role")
        XCTAssertEqual(path(6), "location.kind")
        XCTAssertEqual(path(8), "commitments[].type")
        XCTAssertEqual(path(9), "commitments[].binding")
        XCTAssertEqual(YAMLLinePath.path(atLine: 4, lines: { lines[$0] })?.line.value, "sup")
    }

    func testFieldChangesAreReadFromTheEnginesWordsAndOthersAreLeftAlone() {
        XCTAssertEqual(FieldChange.parse("set `responsibility.primary` to `japan`"), .set(path: "responsibility.primary", values: ["japan"]))
        XCTAssertEqual(FieldChange.parse("set `area` to one of `space`, `cyberspace`"), .set(path: "area", values: ["space", "cyberspace"]))
        XCTAssertEqual(FieldChange.parse("add `location.host_nation_consent` (true or false)"), .add(path: "location.host_nation_consent", values: ["true", "false"]))
        XCTAssertEqual(FieldChange.parse("add `use_of_force.purpose` (one of: strike, un-authorized)"), .add(path: "use_of_force.purpose", values: ["strike", "un-authorized"]))
        XCTAssertEqual(FieldChange.parse("add `UN Charter Article 51` to `legal_basis`"), .addItem(path: "legal_basis", value: "UN Charter Article 51"))
        XCTAssertNil(FieldChange.parse("add `coordination.agencies` (a list)"))
        XCTAssertNil(FieldChange.parse("rephrase the sentence at line 43: 'The United States will have primary responsibility.'"))
        XCTAssertNil(FieldChange.parse("change `nuclear_weapons.activity`: it must not be `introduce`"))
        XCTAssertNil(FieldChange.parse("set `legal_basis` to a value matching /UN/"))
    }

    func testTheSentenceOfATextFindingIsFoundAcrossLineBreaks() {
        let text = "description: |\n  First one. The United States will have\n  primary responsibility. Last.\n"
        let bytes = Array(text.utf8)
        let point = Array("description: |\n  First one. The United ".utf8).count
        let range = FindingSpan.locate("The United States will have primary responsibility.", around: point, in: bytes)
        XCTAssertEqual(range.map { String(decoding: bytes[$0], as: UTF8.self) }, "The United States will have\n  primary responsibility.")
    }
}
