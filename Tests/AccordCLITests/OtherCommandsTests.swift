import Foundation
import XCTest

/// End-to-end: explain, init, rules, help and version.
final class OtherCommandsTests: XCTestCase {
    func testExplainPremiseAndRule() throws {
        let premise = try runAccord(["explain", "non-nuclear-principles"])
        XCTAssertEqual(premise.status, 0)
        XCTAssertTrue(premise.stdout.contains("its three non-nuclear principles"), premise.stdout)
        XCTAssertTrue(premise.stdout.contains("non-nuclear-principles.no-nuclear-activity"), premise.stdout)
        let rule = try runAccord(["explain", "japan-primary-responsibility.primary-is-japan"])
        XCTAssertEqual(rule.status, 0)
        XCTAssertTrue(rule.stdout.contains("applies when: all of: (`situation` is `armed-attack-on-japan`) and (`use_of_force` is given)"), rule.stdout)
        XCTAssertTrue(rule.stdout.contains("requires: `responsibility.primary` is `japan`"), rule.stdout)
        XCTAssertTrue(rule.stdout.contains("violated: {"), rule.stdout)
        let unknown = try runAccord(["explain", "non-nuclear-principle"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("did you mean `non-nuclear-principles`?"), unknown.stderr)
    }

    func testExplainConcept() throws {
        let concept = try runAccord(["explain", "security-arrangements"])
        XCTAssertEqual(concept.status, 0, concept.stderr)
        XCTAssertTrue(concept.stdout.contains("concept security-arrangements"), concept.stdout)
        XCTAssertTrue(concept.stdout.contains("Status of Forces Agreement"), concept.stdout)
        XCTAssertTrue(concept.stdout.contains("地位協定"), concept.stdout)
        XCTAssertTrue(concept.stdout.contains("treaty-unchanged.text-amends-treaty"), concept.stdout)
    }

    func testRulesScreenReportsRecallAndGatesOnIt() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("screen-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let corpus = folder.appendingPathComponent("treaty.yaml")
        try """
            premise: treaty-unchanged
            sentences:
              - {lang: en, expect: violates, kind: form, text: "Article XVII of the Status of Forces Agreement shall be amended."}
              - {lang: ja, expect: violates, kind: form, text: "日米地位協定の規定を改める。"}
              - {lang: en, expect: violates, kind: idea, text: "The patrols will be a nice change of pace for the crews."}
              - {lang: en, expect: benign, kind: negated, text: "Nothing in this plan amends the Status of Forces Agreement."}
            """.write(to: corpus, atomically: true, encoding: .utf8)
        let passing = try runAccord(["rules", "screen", corpus.path, "--min-recall", "60", "--show", "misses"])
        XCTAssertEqual(passing.status, 0, passing.stdout + passing.stderr)
        XCTAssertTrue(passing.stdout.contains("treaty-unchanged               en    1/2 50.0 %"), passing.stdout)
        XCTAssertTrue(passing.stdout.contains("treaty-unchanged               ja    1/1 100.0 %"), passing.stdout)
        XCTAssertTrue(passing.stdout.contains("MISSED"), passing.stdout)
        XCTAssertTrue(passing.stdout.contains("nice change of pace"), passing.stdout)
        let gated = try runAccord(["rules", "screen", corpus.path, "--min-recall", "90"])
        XCTAssertEqual(gated.status, 1, "recall of 2/3 is below 90 %")
        let bad = try runAccord(["rules", "screen", folder.appendingPathComponent("missing.yaml").path])
        XCTAssertEqual(bad.status, 2)
    }

    func testInitTemplatePassesCheckOnceFilled() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("init-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("draft.yaml")
        XCTAssertEqual(try runAccord(["init", file.path]).status, 0)
        var text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("# yaml-language-server: $schema="), text)
        XCTAssertTrue(text.contains("schemas/proposal.schema.json"))

        let unfilled = try runAccord(["check", file.path])
        XCTAssertEqual(unfilled.status, 2, "an unfilled template never passes")
        XCTAssertTrue(unfilled.stdout.contains("is still the template's placeholder"), unfilled.stdout)

        let fills = [
            "<PROP-YYYY-NNN>": "PROP-2026-001",
            "<one-line title of the activity>": "Bilateral search and rescue exercise off Okinawa",
            "<office submitting the proposal>": "Joint Staff J3",
            "<YYYY-MM-DD>": "2026-11-27",
            "<area>": "search-and-rescue",
            "<situation>": "peacetime",
            "<Japanese organization, e.g. Japan Maritime Self-Defense Force>": "Japan Maritime Self-Defense Force",
            "<U.S. organization, e.g. U.S. Seventh Fleet>": "U.S. Seventh Fleet",
            "<location kind>": "high-seas",
            "<Japanese statute, e.g. Self-Defense Forces Act>": "Self-Defense Forces Act",
            "<e.g. Alliance Coordination Mechanism>": "Alliance Coordination Mechanism",
            "[<agency>, <agency>]": "[Ministry of Defense, Department of Defense]",
            "<What the activity is, who does what, where and for how long.>": "Ships and aircraft of both navies practise locating and recovering crews in distress on the high seas for three days.",
        ]
        for (placeholder, value) in fills { text = text.replacingOccurrences(of: placeholder, with: value) }
        try text.write(to: file, atomically: true, encoding: .utf8)
        let filled = try runAccord(["check", file.path])
        XCTAssertEqual(filled.status, 0, filled.stdout)
        XCTAssertTrue(filled.stdout.contains("compliant"), filled.stdout)
        XCTAssertFalse(filled.stdout.contains("warning"), filled.stdout)

        let again = try runAccord(["init", file.path])
        XCTAssertEqual(again.status, 2, "init never overwrites a file")
    }

    func testRulesTestAndCoverage() throws {
        let test = try runAccord(["rules", "test"])
        XCTAssertEqual(test.status, 0, test.stdout)
        XCTAssertTrue(test.stdout.hasSuffix(" passed, 0 failed\n"), test.stdout)
        let coverage = try runAccord(["rules", "coverage", "--format", "json"])
        XCTAssertEqual(coverage.status, 0)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(coverage.stdout.utf8)) as? [String: Any])
        let premises = try XCTUnwrap(document["premises"] as? [[String: Any]])
        XCTAssertEqual(premises.count, 11)
        for premise in premises {
            XCTAssertFalse((premise["rules"] as? [Any] ?? []).isEmpty, "\(premise["premise"] ?? "")")
        }
        XCTAssertEqual(try runAccord(["rules", "lint"]).status, 0)
    }

    func testFailingExampleShowsExpectedActualAndExplanation() throws {
        let copy = try temporaryRules()
        defer { try? FileManager.default.removeItem(at: copy) }
        let rule = copy.appendingPathComponent("rules/japan-primary-responsibility.yaml")
        let text = try String(contentsOf: rule, encoding: .utf8)
        // Make the rule demand the wrong country: its violating and satisfying examples swap.
        try text.replacingOccurrences(of: "equals: japan", with: "equals: united-states").write(to: rule, atomically: true, encoding: .utf8)
        let result = try runAccord(["rules", "test", copy.path])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stdout.contains("FAIL japan-primary-responsibility.primary-is-japan"), result.stdout)
        XCTAssertTrue(result.stdout.contains("expected satisfied, got violated"), result.stdout)
        XCTAssertTrue(result.stdout.contains("`responsibility.primary` is `united-states`: false"), result.stdout)

        // A premise without rules makes coverage fail.
        try FileManager.default.removeItem(at: rule)
        let coverage = try runAccord(["rules", "coverage", copy.path])
        XCTAssertEqual(coverage.status, 1)
        XCTAssertTrue(coverage.stdout.contains("gap: premise `japan-primary-responsibility` has no rule"), coverage.stdout)
    }

    func testBundledRulesAreFoundAfterInstallWithoutBeingNamed() throws {
        // The layout install.sh makes: PREFIX/bin/accord and PREFIX/share/accord/Rules.
        let prefix = FileManager.default.temporaryDirectory.appendingPathComponent("prefix-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: prefix) }
        let bin = prefix.appendingPathComponent("bin")
        let share = prefix.appendingPathComponent("share/accord")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: share, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: accordBinary, to: bin.appendingPathComponent("accord"))
        try FileManager.default.copyItem(at: projectRoot.appendingPathComponent("Rules"), to: share.appendingPathComponent("Rules"))
        let process = Process()
        process.executableURL = bin.appendingPathComponent("accord")
        process.arguments = ["rules", "lint"]
        process.currentDirectoryURL = FileManager.default.temporaryDirectory
        var env = ProcessInfo.processInfo.environment
        env["ACCORD_RULES"] = nil
        process.environment = env
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        XCTAssertTrue(text.contains("/share/accord/Rules: "), text)
        XCTAssertFalse(text.contains(projectRoot.path), "the installed rules, not the clone's: \(text)")
    }

    func testHelpHasExamplesAndVersionPrints() throws {
        for command in [["check"], ["explain"], ["init"], ["parse"], ["rules", "lint"], ["rules", "test"], ["rules", "coverage"]] {
            let help = try runAccord(command + ["--help"])
            XCTAssertEqual(help.status, 0)
            XCTAssertTrue(help.stdout.contains("Examples:"), "\(command): \(help.stdout)")
        }
        let version = try runAccord(["--version"])
        XCTAssertEqual(version.status, 0)
        XCTAssertTrue(version.stdout.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil, version.stdout)
    }
}
