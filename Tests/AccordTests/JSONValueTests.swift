import XCTest
@testable import Accord

/// JSON as every report and response writes it.
final class JSONValueTests: XCTestCase {
    func testJSONStringsEscapeWhatJSONAndJavaScriptNeed() throws {
        let value = "quote \" backslash \\ tab \t nl \n cr \r bell \u{07} del \u{7F} ls \u{2028} ps \u{2029} 日本"
        let written = JSONValue.string(value).compact()
        XCTAssertEqual(written, #""quote \" backslash \\ tab \t nl \n cr \r bell \u0007 del \u007f ls \u2028 ps \u2029 日本""#)
        XCTAssertEqual(try JSONReader.values(written), [.string(value)])
    }
}
