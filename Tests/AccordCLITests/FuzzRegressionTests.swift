import Foundation
import XCTest

/// Every input in Tests/FuzzRegressions ends in a verdict or an input error, never a crash.
final class FuzzRegressionTests: XCTestCase {
    func testEveryRegressionInputEndsCleanly() throws {
        let folder = projectRoot.appendingPathComponent("Tests/FuzzRegressions")
        let inputs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasSuffix(".md") }.sorted()
        XCTAssertFalse(inputs.isEmpty)
        for input in inputs {
            let started = Date()
            let result = try runAccord(["check", "Tests/FuzzRegressions/\(input)", "--format", "json"])
            XCTAssertTrue([0, 1, 2].contains(result.status), "\(input): exit \(result.status)\n\(result.stderr)")
            XCTAssertLessThan(Date().timeIntervalSince(started), 5, input)
            let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            let results = report?["results"] as? [[String: Any]]
            XCTAssertEqual(results?.count, 1, "\(input): \(result.stdout)")
        }
    }
}
