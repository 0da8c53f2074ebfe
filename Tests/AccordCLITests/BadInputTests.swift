import Foundation
import XCTest

/// SPEC section 8: every hazard gets a clear error with its place, or correct handling,
/// within bounded time and memory, and never a crash or a silent pass.
final class BadInputTests: XCTestCase {
    static let corpus = projectRoot.appendingPathComponent("Tests/BadInput")

    struct Expectation {
        var file: String
        var status: Int32
        var verdict: String
        /// The error's place and a fragment of its message; nil for input that is valid.
        var line: Int?
        var column: Int?
        var message: String?
    }

    static let expectations: [Expectation] = [
        Expectation(file: "billion-laughs.yaml", status: 2, verdict: "invalid", line: 5, column: 10, message: "aliases here expand to more than 10000 nodes"),
        Expectation(file: "deep-nesting.yaml", status: 2, verdict: "invalid", line: 1, column: 65, message: "nesting is deeper than 64 levels"),
        Expectation(file: "invalid-utf8.yaml", status: 2, verdict: "invalid", line: 3, column: 34, message: "invalid UTF-8: byte 0xE9"),
        Expectation(file: "utf16.yaml", status: 2, verdict: "invalid", line: 1, column: 1, message: "UTF-16"),
        Expectation(file: "bom.yaml", status: 0, verdict: "compliant"),
        Expectation(file: "nul-byte.yaml", status: 2, verdict: "invalid", line: 3, column: 8, message: "control characters are not allowed"),
        Expectation(file: "duplicate-key.yaml", status: 2, verdict: "invalid", line: 8, column: 1, message: "duplicate key `situation`: it is already defined on line 7"),
        Expectation(file: "tab-indentation.yaml", status: 2, verdict: "invalid", line: 16, column: 1, message: "found character that cannot start any token"),
        Expectation(file: "yaml11-boolean.yaml", status: 2, verdict: "invalid", line: 24, column: 14, message: "which YAML 1.2 reads as text, not as a boolean"),
        Expectation(file: "integer-beyond-64-bits.yaml", status: 2, verdict: "invalid", line: 1, column: 11, message: "does not fit in 64 bits"),
        Expectation(file: "empty.yaml", status: 2, verdict: "invalid", line: 1, column: 1, message: "holds no YAML document"),
        Expectation(file: "only-comments.yaml", status: 2, verdict: "invalid", line: 1, column: 1, message: "holds no YAML document"),
        Expectation(file: "multi-document.yaml", status: 2, verdict: "invalid", line: 41, column: 1, message: "a second YAML document starts here"),
    ]

    /// Runs `accord check --format json` on one file; returns its single result, after checking time and memory.
    func check(_ path: String, file: StaticString = #filePath, line: UInt = #line) throws -> (ProcessResult, [String: Any]) {
        let started = Date()
        let result = try runAccord(["check", path, "--format", "json"])
        let seconds = Date().timeIntervalSince(started)
        XCTAssertLessThan(seconds, 5, "\(path) took \(seconds) s", file: file, line: line)
        XCTAssertLessThan(Self.peakChildMemoryMiB(), 512, "a child of the test used too much memory", file: file, line: line)
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any], result.stderr, file: file, line: line)
        let results = try XCTUnwrap(report["results"] as? [[String: Any]], file: file, line: line)
        XCTAssertEqual(results.count, 1, file: file, line: line)
        return (result, results[0])
    }

    /// The largest resident set of any child process so far (Linux reports kilobytes).
    static func peakChildMemoryMiB() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_CHILDREN.rawValue, &usage)
        return usage.ru_maxrss / 1024
    }

    func testEveryHazardInTheCorpus() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.corpus.path).filter { $0.hasSuffix(".yaml") }
        XCTAssertEqual(Set(files), Set(Self.expectations.map(\.file)), "every corpus file has an expectation")
        for expectation in Self.expectations {
            let path = "Tests/BadInput/\(expectation.file)"
            let (process, result) = try check(path)
            XCTAssertEqual(process.status, expectation.status, "\(expectation.file): \(process.stdout)")
            XCTAssertEqual(result["verdict"] as? String, expectation.verdict, expectation.file)
            guard let message = expectation.message else {
                XCTAssertEqual((result["errors"] as? [Any])?.count, 0, expectation.file)
                continue
            }
            let errors = try XCTUnwrap(result["errors"] as? [[String: Any]], expectation.file)
            let error = try XCTUnwrap(errors.first, "\(expectation.file) gave no error")
            XCTAssertTrue((error["message"] as? String)?.contains(message) == true, "\(expectation.file): \(error)")
            XCTAssertNotNil(error["hint"] as? String, expectation.file)
            let location = try XCTUnwrap(error["location"] as? [String: Any])
            XCTAssertEqual(location["path"] as? String, path)
            XCTAssertEqual(location["line"] as? Int, expectation.line, "\(expectation.file): \(error)")
            XCTAssertEqual(location["column"] as? Int, expectation.column, "\(expectation.file): \(error)")
        }
    }

    func testFileAboveTheSizeLimit() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("oversize-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        var text = try String(contentsOf: projectRoot.appendingPathComponent("Rules/fixtures/base.yaml"), encoding: .utf8)
        text += "x-padding: \"" + String(repeating: "a", count: 1 << 20) + "\"\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let (process, result) = try check(file.path)
        XCTAssertEqual(process.status, 2)
        let error = try XCTUnwrap((result["errors"] as? [[String: Any]])?.first)
        XCTAssertTrue((error["message"] as? String)?.contains("over the limit of 1048576 bytes") == true, "\(error)")
    }

    func testListOf100000Elements() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("long-list-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: file) }
        var text = try String(contentsOf: projectRoot.appendingPathComponent("Rules/fixtures/base.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "amends: []\n", with: "amends:\n" + String(repeating: "  - Annex\n", count: 100_000))
        XCTAssertLessThan(text.utf8.count, 1 << 20)
        try text.write(to: file, atomically: true, encoding: .utf8)
        let (process, result) = try check(file.path)
        XCTAssertEqual(process.status, 0, "a long but valid list is read and checked")
        XCTAssertEqual(result["verdict"] as? String, "compliant")
    }
}
