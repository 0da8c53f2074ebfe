import Foundation
import XCTest

/// The JSON Schemas under schemas/ describe what Accord really reads and writes: validated with
/// Python's jsonschema (Draft 7) against real files and real output.
final class SchemaTests: XCTestCase {
    /// Validates JSON documents (one per line) against a schema; returns the errors, one per line.
    func validate(_ documents: String, schema: String) throws -> String {
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
        process.arguments = ["python3", "-c", script, projectRoot.appendingPathComponent("schemas/\(schema)").path]
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
}
