import Foundation
import XCTest
@testable import Accord

/// Rule and lexicon loading trims terms and placeholders without Foundation, to the same result.
final class BlanksTests: XCTestCase {
    func testBlanksAreFoundationWhitespaces() {
        for value in 0...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(Blanks.isBlank(scalar), CharacterSet.whitespaces.contains(scalar), String(format: "U+%04X", value))
        }
    }

    func testTrimmingAgreesWithFoundationWhitespaces() {
        let texts = ["", " ", "\t", "a", " a ", "\ta b\t", "\u{3000}match\u{3000}", "\u{A0}x\u{2003}", "\nx\n", "\u{200B}x", " \u{301}x",
                     "x\u{85}", "日本 語", "\u{1680}\u{202F}\u{205F}"]
        for text in texts {
            let foundation = text.trimmingCharacters(in: .whitespaces)
            XCTAssertEqual(Blanks.trimmed(text), foundation, text.debugDescription)
            XCTAssertEqual(Blanks.hasContent(text), !foundation.isEmpty, text.debugDescription)
        }
    }

    func testPlaceholdersAreTrimmed() throws {
        let resolve: (String) -> FieldPath? = { FieldPath(segments: [$0], text: $0) }
        guard case .success(let template) = Template.parse("a {{\u{3000}match\t}} b {{ id }}{{x}}", resolve: resolve) else {
            return XCTFail("the template does not parse")
        }
        XCTAssertEqual(template.parts.count, 5)
        guard case .match = template.parts[1], case .field(let id) = template.parts[3], case .field(let x) = template.parts[4] else {
            return XCTFail("\(template.parts)")
        }
        XCTAssertEqual(id.text, "id")
        XCTAssertEqual(x.text, "x")
        guard case .failure(.unclosed) = Template.parse("a {{ id } b", resolve: resolve) else { return XCTFail("unclosed") }
        // A brace with a combining mark is not a brace of a placeholder.
        guard case .success(let marked) = Template.parse("{\u{301}{x}} {{y}}\u{301}}}", resolve: resolve) else {
            return XCTFail("the template with marks does not parse")
        }
        XCTAssertEqual(marked.parts.count, 2)
        guard case .literal(let text) = marked.parts[0], case .field(let y) = marked.parts[1] else { return XCTFail("\(marked.parts)") }
        XCTAssertEqual(text, "{\u{301}{x}} ")
        XCTAssertEqual(y.text, "y}}\u{301}")
    }
}
