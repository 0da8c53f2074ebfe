import Foundation
import XCTest

/// The JSON Schemas under schemas/ describe what Accord really reads and writes: validated with
/// Python's jsonschema (Draft 7) against real files and real output.
final class SchemaTests: XCTestCase {
    /// Validates JSON documents (one per line) against a schema; returns the errors, one per line.
    func validate(_ documents: String, schema: String) throws -> String {
        try validate(documents, schemaAt: projectRoot.appendingPathComponent("schemas/\(schema)"))
    }

    func validate(_ documents: String, schemaAt schemaURL: URL) throws -> String {
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1]))
            jsonschema.Draft7Validator.check_schema(schema)
            validator = jsonschema.Draft7Validator(schema)
            for number, line in enumerate(sys.stdin, 1):
                for error in validator.iter_errors(json.loads(line)):
                    print(f"document {number}: {error.json_path}: {error.message}")
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schemaURL.path]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        input.fileHandleForWriting.write(Data(documents.utf8))
        try input.fileHandleForWriting.close()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, text)
        return text
    }

    /// A YAML file as one line of JSON, as Accord reads it.
    func parsed(_ path: String) throws -> String {
        let result = try runAccord(["parse", path])
        XCTAssertEqual(result.status, 0, result.stderr)
        return result.stdout
    }

    func files(in folder: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: projectRoot.appendingPathComponent(folder).path)
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "\(folder)/\($0)" }
    }

    func testCommittedProposalSchemaIsTheGeneratedOne() throws {
        let generated = try runAccord(["schema"]).stdout
        let committed = try String(contentsOf: projectRoot.appendingPathComponent("schemas/proposal.schema.json"), encoding: .utf8)
        XCTAssertEqual(committed, generated, "regenerate with: accord schema > schemas/proposal.schema.json")
    }

    func testValidExamplesPassAndInvalidOnesFailTheProposalSchema() throws {
        let examples = try files(in: "Examples").filter { !$0.hasSuffix("waivers.yaml") } + ["Rules/fixtures/base.yaml"]
        for example in examples {
            let errors = try validate(try parsed(example), schema: "proposal.schema.json")
            if example.contains("-invalid-") {
                XCTAssertFalse(errors.isEmpty, "\(example) should break the schema")
            } else {
                XCTAssertEqual(errors, "", example)
            }
        }
    }

    func testRuleFilesPassTheRulesSchema() throws {
        for file in try ["Rules/premises.yaml"] + files(in: "Rules/rules") {
            XCTAssertEqual(try validate(try parsed(file), schema: "rules.schema.json"), "", file)
        }
        let broken = "{\"rules\": [{\"id\": \"x\", \"premise\": \"no-such-premise\", \"severity\": \"fatal\", \"title\": \"t\", \"message\": \"m\", \"fix\": \"f\", \"require\": {\"exist\": \"id\"}}]}\n"
        XCTAssertFalse(try validate(broken, schema: "rules.schema.json").isEmpty)
        let retired = "{\"rules\": [{\"id\": \"x\", \"premise\": \"no-new-obligations\", \"severity\": \"error\", \"title\": \"t\", \"message\": \"m\", \"fix\": \"f\", \"forbid\": {\"mentions\": [\"legally binding\"]}}]}\n"
        XCTAssertFalse(try validate(retired, schema: "rules.schema.json").isEmpty, "`mentions` is no condition any more")
    }

    func testJSONReportPassesTheReportSchema() throws {
        let result = try runAccord(["check", "Examples", "--format", "json", "--waivers", "Examples/waivers.yaml"],
                                   environment: CheckCommandTests.fixedDate)
        let compact = try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)))
        XCTAssertEqual(try validate(String(decoding: compact, as: UTF8.self) + "\n", schema: "report.schema.json"), "")
    }

    func compact(_ json: String) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: Data(json.utf8))), as: UTF8.self) + "\n"
    }

    /// A baseline, and a report made with one (existing findings, unmatched entries), pass their schemas.
    func testBaselineAndAReportWithItPassTheirSchemas() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        let baseline = try runAccord(["baseline", "Examples/09-logistics-fuel-cost-sharing-binding-noncompliant.yaml",
                                      "Examples/12-peacetime-escort-of-us-ships-noncompliant.yaml", "--output", folder.appendingPathComponent("b.json").path])
        XCTAssertEqual(baseline.status, 0, baseline.stderr)
        let text = try String(contentsOf: folder.appendingPathComponent("b.json"), encoding: .utf8)
        XCTAssertEqual(try validate(try compact(text), schema: "baseline.schema.json"), "")
        let report = try runAccord(["check", "Examples/09-logistics-fuel-cost-sharing-binding-noncompliant.yaml", "--format", "json",
                                    "--baseline", folder.appendingPathComponent("b.json").path])
        XCTAssertTrue(report.stdout.contains("\"existing\""), report.stdout)
        XCTAssertTrue(report.stdout.contains("\"unmatched\""), report.stdout)
        XCTAssertEqual(try validate(try compact(report.stdout), schema: "report.schema.json"), "")
    }

    /// GitLab's Code Quality report, against a schema written from GitLab's documentation.
    func testGitLabReportPassesGitLabsFormat() throws {
        let result = try runAccord(["check", "Examples", "--format", "gitlab"])
        XCTAssertEqual(result.status, 2, "invalid examples make the exit code 2")
        let schema = projectRoot.appendingPathComponent("Tests/AccordCLITests/Fixtures/gitlab-code-quality.schema.json")
        XCTAssertEqual(try validate(try compact(result.stdout), schemaAt: schema), "")
        let issues = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        let fingerprints = issues.compactMap { $0["fingerprint"] as? String }
        XCTAssertEqual(Set(fingerprints).count, issues.count, "GitLab shows one issue per fingerprint")
        XCTAssertTrue(issues.contains { $0["check_name"] as? String == "accord.invalid-input" && $0["severity"] as? String == "blocker" })
        XCTAssertTrue(issues.contains { $0["check_name"] as? String == "treaty-unchanged.amends-treaty-arrangements" && $0["severity"] as? String == "critical" })
        // The same fingerprints as the JSON report's, so that GitLab and baselines agree.
        let json = try runAccord(["check", "Examples", "--format", "json"]).stdout
        for fingerprint in fingerprints where !issues.contains(where: { $0["fingerprint"] as? String == fingerprint && $0["check_name"] as? String == "accord.invalid-input" }) {
            XCTAssertTrue(json.contains(fingerprint), fingerprint)
        }
    }
}
