import Foundation
import XCTest

final class ParseCommandTests: XCTestCase {
    func testParsePrintsEachDocumentAsOneJSONLine() throws {
        let result = try runAccord(["parse", "-"], stdin: "a: no\nb: [1, 0x1F, .inf]\n---\n- ~\n")
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stdout, "{\"a\":\"no\",\"b\":[1,31,\".inf\"]}\n[null]\n")
    }

    func testParseErrorGoesToStandardErrorWithExitCode2() throws {
        let result = try runAccord(["parse", "-"], stdin: "a: 1\na: 2\n")
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "")
        XCTAssertTrue(result.stderr.contains("<stdin>:2:1: error: duplicate key `a`: it is already defined on line 1"), result.stderr)
    }

    func testBillionLaughsAndDeepNestingExit2Quickly() throws {
        var laughs = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 9).joined(separator: ", ")
            laughs += "a\(level): &a\(level) [\(refs)]\n"
        }
        XCTAssertLessThan(laughs.utf8.count, 1100)
        let deep = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        for input in [laughs, deep] {
            let started = Date()
            let result = try runAccord(["parse", "-"], stdin: input)
            XCTAssertEqual(result.status, 2, result.stderr)
            XCTAssertLessThan(Date().timeIntervalSince(started), 1.0)
        }
    }
}
