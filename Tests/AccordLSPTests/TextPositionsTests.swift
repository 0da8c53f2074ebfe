import Accord
@testable import AccordLSP
import XCTest

/// The engine's places (libyaml's lines, columns in Unicode scalars) as LSP's (UTF-16 columns).
final class TextPositionsTests: XCTestCase {
    func testColumnsInScalarsBecomeUTF16Columns() {
        let positions = TextPositions(Array("id: X\ntext: 日本𠮷と米国\n".utf8))
        // Column 11 is 米: after 6 ASCII, 日本 (one unit each), 𠮷 (two units) and と.
        let position = positions.position(of: SourceLocation(path: "", line: 2, column: 11))
        XCTAssertEqual(position, Position(line: 1, character: 11))
        XCTAssertEqual(positions.position(of: SourceLocation(path: "", line: 2, column: 9)), Position(line: 1, character: 8))
        XCTAssertEqual(positions.position(of: SourceLocation(path: "", line: 2, column: 10)), Position(line: 1, character: 10))
        // And back: a UTF-16 column to the byte of the same scalar.
        XCTAssertEqual(positions.offset(of: Position(line: 1, character: 11)), positions.offset(ofLine: 2, column: 11))
    }

    func testLineBreaksThatOnlyYAMLCountsKeepTheirLSPLine() {
        // NEL (U+0085) ends a line for libyaml but not for LSP.
        let positions = TextPositions(Array("a: x\u{85}b: y\r\nc: z\rd: w\n".utf8))
        XCTAssertEqual(positions.position(of: SourceLocation(path: "", line: 2, column: 1)), Position(line: 0, character: 5))
        XCTAssertEqual(positions.position(of: SourceLocation(path: "", line: 3, column: 4)), Position(line: 1, character: 3))
        XCTAssertEqual(positions.position(of: SourceLocation(path: "", line: 4, column: 1)), Position(line: 2, character: 0))
        XCTAssertEqual(positions.lineText(1), "c: z")
    }

    func testAByteOrderMarkIsBeforeTheEnginesFirstColumn() {
        let positions = TextPositions(Array("\u{FEFF}id: X\n".utf8))
        XCTAssertEqual(positions.position(of: SourceLocation(path: "", line: 1, column: 1)), Position(line: 0, character: 1))
    }

    func testPlacesBeyondTheTextStayWithinIt() {
        let positions = TextPositions(Array("ab\ncd".utf8))
        XCTAssertEqual(positions.position(of: SourceLocation(path: "", line: 1, column: 99)), Position(line: 0, character: 2))
        XCTAssertEqual(positions.position(of: SourceLocation(path: "", line: 9, column: 1)), Position(line: 1, character: 2))
        XCTAssertEqual(positions.offset(of: Position(line: 0, character: 50)), 2)
        XCTAssertEqual(positions.offset(of: Position(line: 7, character: 0)), 5)
    }
}
