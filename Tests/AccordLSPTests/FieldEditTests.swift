@testable import AccordLSP
import XCTest

/// The edits of quick fixes, made on YAML text and read back.
final class FieldEditTests: XCTestCase {
    private func edited(_ text: String, _ change: FieldChange, value: String) -> String? {
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
