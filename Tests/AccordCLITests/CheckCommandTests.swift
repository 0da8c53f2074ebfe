import Foundation
import XCTest

/// End-to-end: the real `accord` binary over the bundled rules and Examples/.
final class CheckCommandTests: XCTestCase {
    /// A fixed date (2026-05-28) between the expired and the active example waiver.
    static let fixedDate = ["SOURCE_DATE_EPOCH": "1780000000"]

    struct ExpectedExample {
        var file: String
        var verdict: String
        var findings: Set<String>
    }

    /// The table in Examples/README.md: file, expected verdict, expected finding rule ids.
    static func expectedExamples() throws -> [ExpectedExample] {
        let text = try String(contentsOf: projectRoot.appendingPathComponent("Examples/README.md"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cells.count >= 4, cells[1].hasPrefix("`"), cells[1].hasSuffix(".yaml`") else { return nil }
            let findings = cells[3].split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " `")) }.filter { !$0.isEmpty }
            return ExpectedExample(file: cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`")), verdict: cells[2], findings: Set(findings))
        }
    }

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testEveryExampleGivesTheVerdictAndFindingsItsREADMEStates() throws {
        let expected = try Self.expectedExamples()
        XCTAssertGreaterThanOrEqual(expected.count, 14)
        let result = try runAccord(["check", "Examples", "--format", "json"])
        XCTAssertEqual(result.status, 2, "invalid examples make the exit code 2")
        let report = try json(result.stdout)
        let results = try XCTUnwrap(report["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, expected.count, "every example proposal is checked, the waiver file set aside")
        let skipped = try XCTUnwrap(report["skipped"] as? [String])
        XCTAssertTrue(skipped.contains("Examples/waivers.yaml"), "\(skipped)")
        XCTAssertFalse(skipped.contains { $0.hasSuffix("-invalid-misspelled-use-of-force.yaml") })
        for example in expected {
            guard let actual = results.first(where: { ($0["path"] as? String) == "Examples/\(example.file)" }) else {
                XCTFail("\(example.file) was not checked")
                continue
            }
            XCTAssertEqual(actual["verdict"] as? String, example.verdict, example.file)
            let findings = (actual["findings"] as? [[String: Any]] ?? [])
                .filter { ["violated", "undetermined"].contains($0["status"] as? String) }
                .compactMap { $0["rule"] as? String }
            XCTAssertEqual(Set(findings), example.findings, example.file)
        }
        let verdicts = Set(expected.map(\.verdict))
        XCTAssertEqual(verdicts, ["compliant", "non-compliant", "undetermined", "invalid"])
    }

    /// The catalogue quotes only the report; a rule that rests on the cabinet decision says so in
    /// its `reason`, and every report carries it beside the quoted passage.
    func testAFindingNamesWhatItsRuleRestsOnBeyondTheReport() throws {
        let file = "Examples/11-hormuz-minesweeping-collective-defense-noncompliant.yaml"
        let report = try json(try runAccord(["check", file, "--format", "json"]).stdout)
        let results = try XCTUnwrap(report["results"] as? [[String: Any]])
        let findings = try XCTUnwrap(results.first?["findings"] as? [[String: Any]])
        let finding = try XCTUnwrap(findings.first { $0["rule"] as? String == "use-of-force-conditions.three-conditions" })
        let citation = try XCTUnwrap(finding["citation"] as? [String: Any])
        XCTAssertTrue((citation["reason"] as? String ?? "").contains("1 July 2014"), "\(citation)")
        let text = try runAccord(["check", file]).stdout
        XCTAssertTrue(text.contains("rests also on: Cabinet Decision on Development of Seamless Security Legislation"), text)
    }

    /// A use of force in peacetime is fixed by not using force, never by declaring an armed attack.
    func testNoFixChangesTheSituation() throws {
        let text = try runAccord(["check", "Examples/12-peacetime-escort-of-us-ships-noncompliant.yaml"]).stdout
        XCTAssertTrue(text.contains("international-law.self-defense-needs-armed-attack"), text)
        XCTAssertFalse(text.contains("set `situation`"), text)
        XCTAssertTrue(text.contains("fix: Use force in self-defense only once an armed attack has occurred"), text)
    }

    func testEveryPremiseIsViolatedByAtLeastOneExample() throws {
        let premises = ["treaty-unchanged", "international-law", "domestic-law", "defense-oriented-policy", "non-nuclear-principles",
                        "no-new-obligations", "japan-primary-responsibility", "use-of-force-conditions", "alliance-coordination",
                        "information-security", "recognized-areas"]
        let result = try runAccord(["check", "Examples", "--format", "json"])
        let results = try XCTUnwrap(try json(result.stdout)["results"] as? [[String: Any]])
        let violated = Set(results.flatMap { ($0["findings"] as? [[String: Any]] ?? []) }
            .filter { ($0["status"] as? String) == "violated" }.compactMap { $0["premise"] as? String })
        XCTAssertEqual(violated, Set(premises))
    }

    func testTextOutputShowsFindingWithPremiseLocationExplanationAndFix() throws {
        let result = try runAccord(["check", "Examples/10-us-primary-responsibility-noncompliant.yaml"])
        XCTAssertEqual(result.status, 1)
        let out = result.stdout
        XCTAssertTrue(out.contains("Examples/10-us-primary-responsibility-noncompliant.yaml:22:12: error japan-primary-responsibility.primary-is-japan [japan-primary-responsibility] violated"), out)
        XCTAssertTrue(out.contains("premise (V): \"In case of an armed attack against Japan, Japan will have primary responsibility to repel the attack."), out)
        XCTAssertTrue(out.contains("- requires: `responsibility.primary` is `japan`: false (seen `united-states` at 22:12)"), out)
        // The rule's advice, which names the field: the derived change would only repeat it.
        XCTAssertTrue(out.contains("fix: Set `responsibility.primary` to `japan`; the United States supports, including with strike operations as appropriate.\n"), out)
        XCTAssertTrue(out.hasSuffix("1 file: 0 compliant, 1 non-compliant, 0 undetermined, 0 invalid\n"), out)
        XCTAssertFalse(out.contains("\u{1B}["), "no colour when standard output is not a terminal")
    }

    func testAChangeNeededByTwoConditionsIsAskedForOnce() throws {
        let result = try runAccord(["check", "Examples/15-cyber-capacity-exchange-warnings-compliant.yaml"])
        XCTAssertTrue(result.stdout.contains("    fix: Add the agencies of both governments to `coordination.agencies`, e.g. [Ministry of Defense, Ministry of Foreign Affairs, Department of Defense, Department of State].\n"), result.stdout)
        let fix = try XCTUnwrap(result.stdout.split(separator: "\n").first { $0.contains("fix: Add the agencies") })
        XCTAssertEqual(fix.components(separatedBy: "coordination.agencies").count, 2, String(fix))
    }

    func testInvalidProposalNamesLineColumnAndHint() throws {
        let result = try runAccord(["check", "Examples/19-invalid-consent-written-as-no.yaml"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("host_nation_consent` is `no`, which YAML 1.2 reads as text, not as a boolean"), result.stdout)
        XCTAssertTrue(result.stdout.contains("hint: write `true` or `false`"), result.stdout)
        let misspelled = try runAccord(["check", "Examples/20-invalid-misspelled-use-of-force.yaml"])
        XCTAssertEqual(misspelled.status, 2)
        XCTAssertTrue(misspelled.stdout.contains("unknown field `use_of_forse` in a proposal"), misspelled.stdout)
        XCTAssertTrue(misspelled.stdout.contains("hint: did you mean `use_of_force`?"), misspelled.stdout)
    }

    func testExitCodes() throws {
        XCTAssertEqual(try runAccord(["check", "Examples/01-isr-nansei-islands-compliant.yaml"]).status, 0)
        XCTAssertEqual(try runAccord(["check", "Examples/07-strike-on-missile-bases-noncompliant.yaml"]).status, 1)
        XCTAssertEqual(try runAccord(["check", "Examples/13-neo-juba-host-consent-missing-undetermined.yaml"]).status, 1, "undetermined fails the gate")
        XCTAssertEqual(try runAccord(["check", "Examples/07-strike-on-missile-bases-noncompliant.yaml", "--fail-on", "never"]).status, 0)
        let warnings = "Examples/15-cyber-capacity-exchange-warnings-compliant.yaml"
        XCTAssertEqual(try runAccord(["check", warnings]).status, 0, "warnings do not fail at the default threshold")
        XCTAssertEqual(try runAccord(["check", warnings, "--fail-on", "warning"]).status, 1)
        XCTAssertEqual(try runAccord(["check", "Examples/18-maritime-picture-sharing-ja-warnings-compliant.yaml", "--fail-on", "info"]).status, 1)
        XCTAssertEqual(try runAccord(["check", "Examples/20-invalid-misspelled-use-of-force.yaml"]).status, 2)
        let usage = try runAccord(["check", "Examples", "--format", "yaml"])
        XCTAssertEqual(usage.status, 2, "a usage error exits 2")
        XCTAssertTrue(usage.stderr.contains("yaml"), usage.stderr)
        XCTAssertEqual(try runAccord(["check", "Examples", "--jobs", "0"]).status, 2)
    }

    func testUnreadableFileAmongGoodOnesIsReportedWithTheOthers() throws {
        let result = try runAccord(["check", "Examples/01-isr-nansei-islands-compliant.yaml", "no/such/file.yaml",
                                    "Examples/07-strike-on-missile-bases-noncompliant.yaml"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stdout.contains("no/such/file.yaml:1:1: error: no such file"), result.stdout)
        XCTAssertTrue(result.stdout.contains("Examples/07-strike-on-missile-bases-noncompliant.yaml  PROP-2014-081  non-compliant"), result.stdout)
        XCTAssertTrue(result.stdout.contains("3 files: 1 compliant, 1 non-compliant, 0 undetermined, 1 invalid"), result.stdout)
    }

    func testStandardInputAndOutputFile() throws {
        let text = try String(contentsOf: projectRoot.appendingPathComponent("Examples/07-strike-on-missile-bases-noncompliant.yaml"), encoding: .utf8)
        let result = try runAccord(["check", "-", "--format", "json"], stdin: text)
        XCTAssertEqual(result.status, 1)
        let results = try XCTUnwrap(try json(result.stdout)["results"] as? [[String: Any]])
        XCTAssertEqual(results.first?["path"] as? String, "<stdin>")
        XCTAssertEqual(results.first?["verdict"] as? String, "non-compliant")

        let output = FileManager.default.temporaryDirectory.appendingPathComponent("accord-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: output) }
        let written = try runAccord(["check", "Examples/01-isr-nansei-islands-compliant.yaml", "--format", "json", "--output", output.path])
        XCTAssertEqual(written.status, 0)
        XCTAssertEqual(written.stdout, "")
        let report = try json(try String(contentsOf: output, encoding: .utf8))
        XCTAssertEqual((report["ruleset"] as? [String: Any])?["digest"] as? String, (try json(try runAccord(["check", "-", "--format", "json"], stdin: text).stdout)["ruleset"] as? [String: Any])?["digest"] as? String)
    }

    /// The report is written into the file the path names: a link stays a link (and /dev/null a device).
    func testOutputIsWrittenThroughASymbolicLink() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("report.json")
        let link = folder.appendingPathComponent("link.json")
        try Data("old contents, longer than nothing".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        for format in ["json", "html"] {
            let result = try runAccord(["check", "Examples/01-isr-nansei-islands-compliant.yaml", "--format", format, "--output", link.path])
            XCTAssertEqual(result.status, 0, result.stderr)
            XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), target.path, format)
            XCTAssertTrue(try String(contentsOf: target, encoding: .utf8).hasPrefix(format == "json" ? "{" : "<!DOCTYPE"), format)
        }
    }

    func testRunsAreByteIdenticalAndJobsDoNotChangeOutput() throws {
        for format in ["text", "json"] {
            let one = try runAccord(["check", "Examples", "--format", format, "--jobs", "1"], environment: Self.fixedDate)
            let again = try runAccord(["check", "Examples", "--format", format, "--jobs", "1"], environment: Self.fixedDate)
            let two = try runAccord(["check", "Examples", "--format", format, "--jobs", "2"], environment: Self.fixedDate)
            XCTAssertEqual(one.stdout, again.stdout, format)
            XCTAssertEqual(one.stdout, two.stdout, format)
            XCTAssertFalse(one.stdout.isEmpty)
        }
    }

    func testRuleSetDigestIsSHA256AndChangesWithTheRules() throws {
        let bundled = try json(try runAccord(["check", "Examples/01-isr-nansei-islands-compliant.yaml", "--format", "json"]).stdout)
        let digest = try XCTUnwrap((bundled["ruleset"] as? [String: Any])?["digest"] as? String)
        XCTAssertTrue(digest.range(of: "^sha256:[0-9a-f]{64}$", options: .regularExpression) != nil, digest)

        let copy = try temporaryRules()
        defer { try? FileManager.default.removeItem(at: copy) }
        let rule = copy.appendingPathComponent("rules/recognized-areas.yaml")
        try (try String(contentsOf: rule, encoding: .utf8) + "\n# an advisor's note\n").write(to: rule, atomically: true, encoding: .utf8)
        let changed = try json(try runAccord(["check", "Examples/01-isr-nansei-islands-compliant.yaml", "--format", "json", "--rules", copy.path]).stdout)
        XCTAssertNotEqual((changed["ruleset"] as? [String: Any])?["digest"] as? String, digest)
    }

    func testWaivers() throws {
        let file = "Examples/15-cyber-capacity-exchange-warnings-compliant.yaml"
        let result = try runAccord(["check", file, "--waivers", "Examples/waivers.yaml", "--format", "json", "--fail-on", "warning"], environment: Self.fixedDate)
        let report = try json(result.stdout)
        let findings = try XCTUnwrap((report["results"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
        let waived = try XCTUnwrap(findings.first { ($0["rule"] as? String) == "alliance-coordination.mechanism-named" })
        XCTAssertEqual(waived["status"] as? String, "waived")
        let waiver = try XCTUnwrap(waived["waiver"] as? [String: Any])
        XCTAssertEqual(waiver["expires"] as? String, "2027-03-31")
        XCTAssertTrue((waiver["approver"] as? String)?.contains("Ministry of Defense") == true)
        let expired = try XCTUnwrap(findings.first { ($0["rule"] as? String) == "information-security.protection-named" })
        XCTAssertEqual(expired["status"] as? String, "violated", "an expired waiver is not applied")
        let notes = try XCTUnwrap(report["waivers"] as? [[String: Any]])
        XCTAssertEqual(notes.compactMap { $0["status"] as? String }, ["expired"])
        XCTAssertEqual(result.status, 1, "the expired waiver leaves a warning in place")

        let unused = try runAccord(["check", "Examples/01-isr-nansei-islands-compliant.yaml", "--waivers", "Examples/waivers.yaml"], environment: Self.fixedDate)
        XCTAssertTrue(unused.stdout.contains("warning: the waiver of `alliance-coordination.mechanism-named` for PROP-2015-033 matched no finding"), unused.stdout)
        XCTAssertTrue(unused.stdout.contains("warning: the waiver of `information-security.protection-named` for PROP-2015-033 expired on 2025-01-01"), unused.stdout)
        XCTAssertEqual(unused.status, 0)
    }

    func testBrokenWaiverFileIsAnInputError() throws {
        let broken = FileManager.default.temporaryDirectory.appendingPathComponent("waivers-\(UUID().uuidString).yaml")
        defer { try? FileManager.default.removeItem(at: broken) }
        try "waivers:\n  - rule: alliance-coordination.mechanism-namd\n    proposal: P\n    justification: j\n    approver: a\n    expire: 2027-01-01\n"
            .write(to: broken, atomically: true, encoding: .utf8)
        let result = try runAccord(["check", "Examples/01-isr-nansei-islands-compliant.yaml", "--waivers", broken.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.stderr.contains(":2:11: error: no rule has the id `alliance-coordination.mechanism-namd`"), result.stderr)
        XCTAssertTrue(result.stderr.contains("did you mean `alliance-coordination.mechanism-named`?"), result.stderr)
        XCTAssertTrue(result.stderr.contains(":6:5: error: unknown key `expire` in a waiver"), result.stderr)
    }

    func testAProposalCannotWaiveItsOwnFindings() throws {
        var text = try String(contentsOf: projectRoot.appendingPathComponent("Examples/07-strike-on-missile-bases-noncompliant.yaml"), encoding: .utf8)
        text += "\nx-waivers:\n  - rule: defense-oriented-policy.no-japanese-strike\n    approver: me\n"
        let result = try runAccord(["check", "-"], stdin: text)
        XCTAssertEqual(result.status, 1)
        XCTAssertFalse(result.stdout.contains("waived"), result.stdout)
    }

    func testInvalidRuleSetRefusesToRun() throws {
        let copy = try temporaryRules()
        defer { try? FileManager.default.removeItem(at: copy) }
        let rule = copy.appendingPathComponent("rules/japan-primary-responsibility.yaml")
        let text = try String(contentsOf: rule, encoding: .utf8)
        try text.replacingOccurrences(of: "path: responsibility.primary", with: "path: responsability.primary")
            .write(to: rule, atomically: true, encoding: .utf8)
        let result = try runAccord(["check", "Examples/01-isr-nansei-islands-compliant.yaml", "--rules", copy.path])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.stdout, "", "nothing is checked against a broken rule set")
        XCTAssertTrue(result.stderr.contains("the proposal format has no field `responsability.primary`"), result.stderr)
        XCTAssertTrue(result.stderr.contains("did you mean `responsibility.primary`?"), result.stderr)
        let lint = try runAccord(["rules", "lint", copy.path])
        XCTAssertEqual(lint.status, 2)
        XCTAssertTrue(lint.stderr.contains("japan-primary-responsibility.yaml:"), lint.stderr)
    }
}
