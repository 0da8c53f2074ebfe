import Foundation
import XCTest

/// `accord baseline` and `accord check --baseline`: a gate that fails only on new findings.
final class BaselineTests: XCTestCase {
    let violating = "Examples/09-logistics-fuel-cost-sharing-binding-noncompliant.yaml"
    let compliant = "Examples/01-isr-nansei-islands-compliant.yaml"

    func example(_ path: String) throws -> String {
        try String(contentsOf: projectRoot.appendingPathComponent(path), encoding: .utf8)
    }

    /// A folder holding the violating and the compliant example, and a baseline of both.
    func recordedFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("proposals"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        try example(violating).write(to: folder.appendingPathComponent("proposals/a.yaml"), atomically: true, encoding: .utf8)
        try example(compliant).write(to: folder.appendingPathComponent("proposals/b.yaml"), atomically: true, encoding: .utf8)
        let recorded = try runAccord(["baseline", "proposals", "--output", "baseline.json"], directory: folder)
        XCTAssertEqual(recorded.status, 0, recorded.stderr)
        return folder
    }

    func write(_ text: String, _ name: String, in folder: URL) throws {
        try text.write(to: folder.appendingPathComponent("proposals/\(name)"), atomically: true, encoding: .utf8)
    }

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    /// Statuses of a JSON report's findings that fail or are known, by rule.
    func statuses(_ report: [String: Any], file: String) throws -> [String: String] {
        let results = try XCTUnwrap(report["results"] as? [[String: Any]])
        let result = try XCTUnwrap(results.first { ($0["path"] as? String)?.hasSuffix(file) == true })
        var found: [String: String] = [:]
        for finding in result["findings"] as? [[String: Any]] ?? [] {
            let status = finding["status"] as? String ?? ""
            if ["violated", "undetermined", "existing"].contains(status) { found[finding["rule"] as? String ?? ""] = status }
        }
        return found
    }

    func testTheBaselineHoldsTheFailingFindingsByFingerprint() throws {
        let folder = try recordedFolder()
        let baseline = try json(String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8))
        XCTAssertEqual(baseline["format"] as? String, "accord-baseline")
        let findings = try XCTUnwrap(baseline["findings"] as? [[String: Any]])
        XCTAssertEqual(Set(findings.compactMap { $0["rule"] as? String }),
                       ["no-new-obligations.no-binding-commitment", "no-new-obligations.no-legal-commitment", "no-new-obligations.text-creates-obligations"])
        XCTAssertTrue(findings.allSatisfy { ($0["fingerprint"] as? String)?.count == 64 && $0["proposal"] as? String == "PROP-2014-095" })
        let again = try runAccord(["baseline", "proposals"], directory: folder)
        XCTAssertEqual(again.stdout, try String(contentsOf: folder.appendingPathComponent("baseline.json"), encoding: .utf8), "the same run, the same bytes")
    }

    func testOldFindingsPassTheGateAndAreReportedAsExisting() throws {
        let folder = try recordedFolder()
        let text = try runAccord(["check", "proposals", "--baseline", "baseline.json"], directory: folder)
        XCTAssertEqual(text.status, 0, text.stdout + text.stderr)
        XCTAssertTrue(text.stdout.contains("existing no-new-obligations.no-binding-commitment (violated, in the baseline)"), text.stdout)
        XCTAssertTrue(text.stdout.contains("baseline baseline.json: 3 existing findings, not counted against --fail-on; 0 of its entries matched nothing"), text.stdout)
        XCTAssertTrue(text.stdout.contains("PROP-2014-095  non-compliant"), "the verdict is not the baseline's to change")
        let report = try json(try runAccord(["check", "proposals", "--baseline", "baseline.json", "--format", "json"], directory: folder).stdout)
        XCTAssertEqual(Set(try statuses(report, file: "a.yaml").values), ["existing"])
        let results = try XCTUnwrap(report["results"] as? [[String: Any]])
        let finding = try XCTUnwrap((results[0]["findings"] as? [[String: Any]])?.first { $0["status"] as? String == "existing" })
        XCTAssertEqual((finding["baseline"] as? [String: Any])?["status"] as? String, "violated")
        XCTAssertEqual((report["baseline"] as? [String: Any])?["existing"] as? Int, 3)
        // Without the baseline the same folder fails.
        XCTAssertEqual(try runAccord(["check", "proposals"], directory: folder).status, 1)
    }

    func testEditsElsewhereKeepTheMatches() throws {
        let folder = try recordedFolder()
        let source = try example(violating)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        let dateLine = try XCTUnwrap(lines.first { $0.hasPrefix("date:") })
        let edits = [
            "lines added above": "# a reviewer's note\n# and another\n" + source,
            "fields reordered": lines.filter { $0 != dateLine }.joined(separator: "\n") + "\(dateLine)\n",
            // Every nested line two columns deeper: the same document, indented by four.
            "re-indented": lines.map { $0.hasPrefix(" ") ? "  " + $0 : String($0) }.joined(separator: "\n"),
        ]
        for (edit, text) in edits {
            try write(text, "a.yaml", in: folder)
            // Another proposal, compliant, does not disturb the matches either.
            try write(try example("Examples/02-bmd-tracking-sea-of-japan-compliant.yaml"), "c.yaml", in: folder)
            let result = try runAccord(["check", "proposals", "--baseline", "baseline.json", "--format", "json"], directory: folder)
            XCTAssertEqual(result.status, 0, "\(edit): \(result.stdout)")
            XCTAssertEqual(Set(try statuses(try json(result.stdout), file: "a.yaml").values), ["existing"], edit)
        }
    }

    func testAChangedValueOrSentenceIsNewAndFailsTheGate() throws {
        let folder = try recordedFolder()
        let source = try example(violating)
        let sentence = try XCTUnwrap(source.range(of: "legally binding"))
        try write(source.replacingCharacters(in: sentence, with: "binding under international law"), "a.yaml", in: folder)
        var result = try runAccord(["check", "proposals", "--baseline", "baseline.json", "--format", "json"], directory: folder)
        XCTAssertEqual(result.status, 1, result.stdout)
        var found = try statuses(try json(result.stdout), file: "a.yaml")
        XCTAssertEqual(found["no-new-obligations.text-creates-obligations"], "violated", "the sentence changed: \(found)")
        XCTAssertEqual(found["no-new-obligations.no-binding-commitment"], "existing")
        // The sentence's old entry now matches nothing, and says so.
        let unmatched = try XCTUnwrap((try json(result.stdout)["baseline"] as? [String: Any])?["unmatched"] as? [[String: Any]])
        XCTAssertEqual(unmatched.compactMap { $0["rule"] as? String }, ["no-new-obligations.text-creates-obligations"])

        // A new proposal with findings of its own fails too.
        try write(source, "a.yaml", in: folder)
        try write(try example("Examples/07-strike-on-missile-bases-noncompliant.yaml"), "d.yaml", in: folder)
        result = try runAccord(["check", "proposals", "--baseline", "baseline.json", "--format", "json"], directory: folder)
        XCTAssertEqual(result.status, 1)
        found = try statuses(try json(result.stdout), file: "d.yaml")
        XCTAssertEqual(found["defense-oriented-policy.no-japanese-strike"], "violated")
    }

    func testAChangedDecidingValueIsNew() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-baseline-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("proposals"), withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let source = try example("Examples/10-us-primary-responsibility-noncompliant.yaml")
        try write(source, "a.yaml", in: folder)
        XCTAssertEqual(try runAccord(["baseline", "proposals", "--output", "baseline.json"], directory: folder).status, 0)
        try write(source.replacingOccurrences(of: "primary: united-states", with: "primary: australia"), "a.yaml", in: folder)
        let result = try runAccord(["check", "proposals", "--baseline", "baseline.json", "--format", "json"], directory: folder)
        XCTAssertEqual(result.status, 1)
        let found = try statuses(try json(result.stdout), file: "a.yaml")
        XCTAssertEqual(found["japan-primary-responsibility.primary-is-japan"], "violated", "\(found)")
        XCTAssertEqual(found["japan-primary-responsibility.text-primary-not-japan"], "existing")
    }

    func testABaselineNeverHidesAnInvalidProposal() throws {
        let folder = try recordedFolder()
        try write(try example(violating).replacingOccurrences(of: "area:", with: "arae:"), "a.yaml", in: folder)
        let result = try runAccord(["check", "proposals", "--baseline", "baseline.json"], directory: folder)
        XCTAssertEqual(result.status, 2, result.stdout)
        XCTAssertTrue(result.stdout.contains("invalid"), result.stdout)
    }

    func testAJSONReportServesAsABaseline() throws {
        let folder = try recordedFolder()
        let report = try runAccord(["check", "proposals", "--format", "json", "--output", "report.json"], directory: folder)
        XCTAssertEqual(report.status, 1)
        let result = try runAccord(["check", "proposals", "--baseline", "report.json"], directory: folder)
        XCTAssertEqual(result.status, 0, result.stdout + result.stderr)
        XCTAssertTrue(result.stdout.contains("3 existing findings"), result.stdout)
    }

    func testEveryFormatSaysWhichFindingsAreExisting() throws {
        let folder = try recordedFolder()
        try write(try example("Examples/07-strike-on-missile-bases-noncompliant.yaml"), "d.yaml", in: folder)
        func run(_ format: String) throws -> ProcessResult {
            let result = try runAccord(["check", "proposals", "--baseline", "baseline.json", "--format", format],
                                       environment: ["SOURCE_DATE_EPOCH": "1780000000"], directory: folder)
            XCTAssertEqual(result.status, 1, "\(format): the new proposal fails the gate")
            return result
        }
        let sarif = try json(try run("sarif").stdout)
        let results = try XCTUnwrap(((sarif["runs"] as? [[String: Any]])?.first?["results"]) as? [[String: Any]])
        let states = Dictionary(grouping: results, by: { $0["baselineState"] as? String ?? "none" }).mapValues(\.count)
        XCTAssertEqual(states["unchanged"], 3, "\(states)")
        XCTAssertEqual(states["new"], 2, "\(states)")
        let junit = try run("junit").stdout
        XCTAssertEqual(junit.components(separatedBy: "<skipped message=\"existing: violated and in the baseline\"").count - 1, 3, junit)
        let markdown = try run("markdown").stdout
        XCTAssertTrue(markdown.contains("Existing findings, in the baseline:"), markdown)
        XCTAssertTrue(markdown.contains("## Baseline"), markdown)
        let github = try run("github").stdout
        XCTAssertFalse(github.contains("no-new-obligations"), "existing findings are not annotated: \(github)")
        XCTAssertTrue(github.contains("::error file=proposals/d.yaml,"), github)
        XCTAssertTrue(github.contains("3 findings waived or in the baseline, not annotated"), github)
    }

    func testABadBaselineIsAnErrorWithItsPlace() throws {
        let folder = try recordedFolder()
        try "{\"format\": \"accord-baseline\", \"version\": 1, \"findings\": [{\"fingerprint\": \"abc\", \"rule\": \"x\", \"proposl\": \"P\"}]}"
            .write(to: folder.appendingPathComponent("bad.json"), atomically: true, encoding: .utf8)
        let result = try runAccord(["check", "proposals", "--baseline", "bad.json"], directory: folder)
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains("bad.json:1:"), result.stderr)
        XCTAssertTrue(result.stderr.contains("unknown key `proposl` in a baseline finding"), result.stderr)
        XCTAssertTrue(result.stderr.contains("`abc` is not a fingerprint"), result.stderr)
        try "{\"format\": \"something-else\"}".write(to: folder.appendingPathComponent("other.json"), atomically: true, encoding: .utf8)
        let other = try runAccord(["check", "proposals", "--baseline", "other.json"], directory: folder)
        XCTAssertEqual(other.status, 2)
        XCTAssertTrue(other.stderr.contains("not a baseline"), other.stderr)
    }
}
