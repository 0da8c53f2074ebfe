import Foundation
import XCTest

/// `--format github`: GitHub Actions workflow commands, one per line, as GitHub's documentation
/// on workflow commands gives their grammar ("Setting an error message": `::error
/// file={name},line={line},col={col},title={title}::{message}`).
final class GitHubFormatTests: XCTestCase {
    func testEveryFindingIsOneWorkflowCommandAtItsLine() throws {
        let result = try runAccord(["check", "Examples", "--format", "github"])
        XCTAssertEqual(result.status, 2, "invalid examples make the exit code 2")
        var lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines.removeLast(), "", "ends with a line feed")
        let summary = lines.removeLast()
        XCTAssertTrue(summary.hasPrefix("accord: 22 files: "), summary)
        let command = try NSRegularExpression(pattern: "^::(error|warning|notice) file=([^,:]+),line=([0-9]+),col=([0-9]+),title=([^,:]+)::(.+)$")
        var levels: [String: Int] = [:]
        for line in lines {
            let range = NSRange(line.startIndex..., in: line)
            let match = try XCTUnwrap(command.firstMatch(in: line, range: range), line)
            let level = String(line[Range(match.range(at: 1), in: line)!])
            levels[level, default: 0] += 1
            XCTAssertTrue(line[Range(match.range(at: 2), in: line)!].hasPrefix("Examples/"), line)
        }
        XCTAssertGreaterThan(levels["error"] ?? 0, 10, "\(levels)")
        XCTAssertGreaterThan(levels["warning"] ?? 0, 0, "\(levels)")
        XCTAssertGreaterThan(levels["notice"] ?? 0, 0, "the unlisted area is an info: \(levels)")
        XCTAssertTrue(result.stdout.contains("::error file=Examples/20-invalid-misspelled-use-of-force.yaml,line="), "invalid proposals are errors at their place")
        XCTAssertTrue(result.stdout.contains(
            "::error file=Examples/10-us-primary-responsibility-noncompliant.yaml,line=22,col=12,title=japan-primary-responsibility.primary-is-japan (violated)::"),
            result.stdout)
    }
}
