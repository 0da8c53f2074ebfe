@testable import AccordLSP
import XCTest

/// The edits of quick fixes, made on YAML text and read back.
final class FieldEditTests: XCTestCase {
    func edited(_ text: String, _ change: FieldChange, value: String) -> String? {
        guard let editor = YAMLFieldEditor(TextPositions(Array(text.utf8))), let edit = editor.edit(change, value: value) else { return nil }
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(edit.range, with: Array(edit.text.utf8))
        return String(decoding: bytes, as: UTF8.self)
    }

    func testAddsAMissingFieldAsTheLastOfItsMapping() {
        let text = "id: A\nlocation:\n  kind: foreign-territory\n  country: south-sudan # where\ndescription: x\n"
        XCTAssertEqual(edited(text, .add(path: "location.host_nation_consent", values: ["true"]), value: "true"),
                       "id: A\nlocation:\n  kind: foreign-territory\n  country: south-sudan # where\n  host_nation_consent: true\ndescription: x\n")
    }
}

extension FieldEditTests {
    func testSetsAScalarKeepingItsComment() {
        XCTAssertEqual(edited("responsibility:\n  primary: united-states   # who\nid: X\n", .set(path: "responsibility.primary", values: ["japan"]), value: "japan"),
                       "responsibility:\n  primary: japan   # who\nid: X\n")
    }

    func testAddsMissingParentsAtTheEndOfTheDocument() {
        XCTAssertEqual(edited("id: X\ndescription: |\n  text\n", .set(path: "responsibility.primary", values: ["japan"]), value: "japan"),
                       "id: X\ndescription: |\n  text\nresponsibility:\n  primary: japan\n")
        XCTAssertEqual(edited("id: X", .add(path: "location.host_nation_consent", values: ["true"]), value: "true"),
                       "id: X\nlocation:\n  host_nation_consent: true\n")
    }

    func testAddsUnderAnEmptyParentAndInsideAListItem() {
        XCTAssertEqual(edited("responsibility:\nid: X\n", .add(path: "responsibility.primary", values: ["japan"]), value: "japan"),
                       "responsibility:\n  primary: japan\nid: X\n")
        XCTAssertEqual(edited("participants:\n  - country: japan\n  - country: united-states\nid: X\n", .add(path: "participants[1].role", values: ["support"]), value: "support"),
                       "participants:\n  - country: japan\n  - country: united-states\n    role: support\nid: X\n")
    }

    func testAddsAnItemToABlockOrFlowList() {
        XCTAssertEqual(edited("legal_basis:\n  - SDF Act\nid: X\n", .addItem(path: "legal_basis", value: "UN Charter Article 51"), value: ""),
                       "legal_basis:\n  - UN Charter Article 51\n  - SDF Act\nid: X\n")
        XCTAssertEqual(edited("legal_basis: [SDF Act]\n", .addItem(path: "legal_basis", value: "UN Charter Article 51"), value: ""),
                       "legal_basis: [UN Charter Article 51, SDF Act]\n")
        XCTAssertEqual(edited("legal_basis: []\n", .addItem(path: "legal_basis", value: "a: b"), value: ""), "legal_basis: [\"a: b\"]\n")
    }

    func testMakesNoEditWhereTheDocumentIsWrittenInAWayItCannotSafelyEdit() {
        XCTAssertNil(edited("location: {kind: foreign-territory}\n", .add(path: "location.host_nation_consent", values: ["true"]), value: "true"))
        XCTAssertNil(edited("{\"id\": \"X\"}", .add(path: "location.host_nation_consent", values: ["true"]), value: "true"))
        XCTAssertNil(edited("id: [unclosed\n", .set(path: "id", values: ["Y"]), value: "Y"))
    }
}

extension FieldEditTests {
    func testSetsOnlyTheScalarsTokenInsideFlowCollectionsAndKeepsItsQuotes() {
        XCTAssertEqual(edited("responsibility: {primary: united-states, x-a: 1}\n", .set(path: "responsibility.primary", values: ["japan"]), value: "japan"),
                       "responsibility: {primary: japan, x-a: 1}\n")
        XCTAssertEqual(edited("responsibility:\n  primary: \"united-states\"  # who\n", .set(path: "responsibility.primary", values: ["japan"]), value: "japan"),
                       "responsibility:\n  primary: \"japan\"  # who\n")
        XCTAssertEqual(edited("location:\n  host_nation_consent: 'it''s pending'\n", .set(path: "location.host_nation_consent", values: ["true"]), value: "true"),
                       "location:\n  host_nation_consent: true\n")
    }
}

extension FieldEditTests {
    func testAPlainScalarFoldedOverLinesIsNotCutInTwo() {
        XCTAssertNil(edited("responsibility:\n  primary: united\n    states\n", .set(path: "responsibility.primary", values: ["japan"]), value: "japan"))
    }
}
