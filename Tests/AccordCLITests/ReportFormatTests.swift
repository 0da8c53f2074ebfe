import Foundation
import XCTest

/// The report formats for pipelines and advisors (SARIF, JUnit, Markdown, HTML), produced by the
/// real binary over Examples/ and checked against the official schemas with the official tools.
final class ReportFormatTests: XCTestCase {
    static let epoch = ["SOURCE_DATE_EPOCH": "1700000000"]
    /// 1700000000 in UTC; the Examples' waiver of PROP-2015-033 that expires 2025-01-01 still holds then.
    static let stamp = "2023-11-14T22:13:20"
    static let schemas = projectRoot.deletingLastPathComponent().appendingPathComponent("shared/schemas")

    func check(_ format: String, _ extra: [String] = [], paths: [String] = ["Examples/"], directory: URL = projectRoot) throws -> ProcessResult {
        try runAccord(["check"] + paths + ["--waivers", projectRoot.appendingPathComponent("Examples/waivers.yaml").path, "--format", format] + extra,
                      environment: Self.epoch, directory: directory)
    }

    func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    // MARK: SARIF

    func testSARIFForExamplesIsValidAgainstTheOfficialSchema() throws {
        let result = try check("sarif")
        XCTAssertEqual(result.status, 2, "Examples hold invalid proposals: \(result.stderr)")
        let file = try temporaryFile("accord.sarif", result.stdout)
        let script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            document = json.load(open(sys.argv[2], encoding="utf-8"))
            errors = list(jsonschema.Draft4Validator(schema).iter_errors(document))
            for error in errors[:20]:
                print("/".join(map(str, error.absolute_path)), error.message)
            sys.exit(1 if errors else 0)
            """
        let validation = try runTool(["python3", "-c", script, Self.schemas.appendingPathComponent("sarif-schema-2.1.0.json").path, file.path])
        XCTAssertEqual(validation.status, 0, "SARIF does not validate against sarif-schema-2.1.0.json:\n\(validation.output)")

        let document = try json(result.stdout)
        XCTAssertEqual(document["version"] as? String, "2.1.0")
        let runs = try XCTUnwrap(document["runs"] as? [[String: Any]])
        XCTAssertEqual(runs.count, 1)
        let driver = try XCTUnwrap((runs[0]["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "accord")
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        let ids = rules.compactMap { $0["id"] as? String }
        XCTAssertEqual(ids, ids.sorted())
        XCTAssertTrue(ids.contains("accord.invalid-input"))
        XCTAssertTrue(ids.contains("international-law.host-nation-consent"))
        let consent = try XCTUnwrap(rules.first { $0["id"] as? String == "international-law.host-nation-consent" })
        let full = try XCTUnwrap((consent["fullDescription"] as? [String: Any])?["text"] as? String)
        XCTAssertTrue(full.contains("sovereign equality"), full)
        XCTAssertNotNil((consent["help"] as? [String: Any])?["text"])
        XCTAssertEqual((consent["defaultConfiguration"] as? [String: Any])?["level"] as? String, "error")

        let results = try XCTUnwrap(runs[0]["results"] as? [[String: Any]])
        for result in results {
            let ruleIndex = try XCTUnwrap(result["ruleIndex"] as? Int)
            XCTAssertEqual(ids[ruleIndex], result["ruleId"] as? String)
            let location = try XCTUnwrap(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"]) as? [String: Any])
            let uri = try XCTUnwrap((location["artifactLocation"] as? [String: Any])?["uri"] as? String)
            XCTAssertTrue(uri.hasPrefix("Examples/"), "URIs are relative to the working directory: \(uri)")
            XCTAssertNotNil((location["region"] as? [String: Any])?["startLine"] as? Int)
            XCTAssertNotNil((location["region"] as? [String: Any])?["startColumn"] as? Int)
            let fingerprint = try XCTUnwrap((result["partialFingerprints"] as? [String: String])?["accordFinding/v2"])
            XCTAssertEqual(fingerprint.count, 64)
        }
        let fingerprints = results.compactMap { ($0["partialFingerprints"] as? [String: String])?["accordFinding/v2"] }
        XCTAssertEqual(Set(fingerprints).count, fingerprints.count, "each finding has its own fingerprint")

        // Violated, undetermined and waived findings only; error→error, warning→warning, info→note.
        func find(_ rule: String, _ file: String) -> [String: Any]? {
            results.first { result in
                result["ruleId"] as? String == rule
                    && ((result["locations"] as? [[String: Any]])?.description.contains(file) ?? false)
            }
        }
        let undetermined = try XCTUnwrap(find("international-law.host-nation-consent", "13-neo-juba"))
        XCTAssertEqual(undetermined["level"] as? String, "error")
        XCTAssertEqual((undetermined["properties"] as? [String: Any])?["status"] as? String, "undetermined")
        XCTAssertEqual((undetermined["properties"] as? [String: Any])?["premise"] as? String, "international-law")
        XCTAssertFalse(((undetermined["properties"] as? [String: Any])?["explanation"] as? [Any] ?? []).isEmpty)
        let waived = try XCTUnwrap(find("alliance-coordination.mechanism-named", "15-cyber"))
        XCTAssertEqual(waived["level"] as? String, "warning")
        let suppression = try XCTUnwrap((waived["suppressions"] as? [[String: Any]])?.first)
        XCTAssertEqual(suppression["kind"] as? String, "external")
        XCTAssertTrue((suppression["justification"] as? String ?? "").contains("Cyber Defense Policy Working Group"))
        let info = try XCTUnwrap(find("recognized-areas.listed-area", "15-cyber"))
        XCTAssertEqual(info["level"] as? String, "note")
        XCTAssertNil(find("international-law.use-of-force-un-charter-basis", "03-asset-protection"),
                     "a finding an exception satisfied is no result")
        for file in ["19-invalid", "20-invalid", "21-invalid"] {
            let invalid = try XCTUnwrap(find("accord.invalid-input", file), file)
            XCTAssertEqual(invalid["level"] as? String, "error")
        }
    }

    func testSARIFFingerprintsIgnoreLinesAndMachines() throws {
        let source = try String(contentsOf: projectRoot.appendingPathComponent("Examples/09-logistics-fuel-cost-sharing-binding-noncompliant.yaml"), encoding: .utf8)
        func run(_ text: String) throws -> [String: (fingerprint: String, line: Int)] {
            // A fresh folder each time, as another machine or checkout would have.
            let folder = try temporaryDirectory()
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("proposals"), withIntermediateDirectories: true)
            try text.write(to: folder.appendingPathComponent("proposals/09.yaml"), atomically: true, encoding: .utf8)
            let result = try runAccord(["check", "proposals/09.yaml", "--format", "sarif"], directory: folder)
            XCTAssertEqual(result.status, 1, result.stderr)
            let runs = try XCTUnwrap(try json(result.stdout)["runs"] as? [[String: Any]])
            var found: [String: (String, Int)] = [:]
            for result in try XCTUnwrap(runs[0]["results"] as? [[String: Any]]) {
                let uri = (((result["locations"] as? [[String: Any]])?[0]["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])?["uri"] as? String
                XCTAssertEqual(uri, "proposals/09.yaml")
                let region = ((result["locations"] as? [[String: Any]])?[0]["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
                found[try XCTUnwrap(result["ruleId"] as? String)] = (
                    try XCTUnwrap((result["partialFingerprints"] as? [String: String])?["accordFinding/v2"]),
                    try XCTUnwrap(region?["startLine"] as? Int))
            }
            return found
        }
        let first = try run(source)
        let again = try run(source)
        // Named by its absolute path, the file still gets the URI (and fingerprint) relative to the working directory.
        let folder = try temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("proposals"), withIntermediateDirectories: true)
        try source.write(to: folder.appendingPathComponent("proposals/09.yaml"), atomically: true, encoding: .utf8)
        let absolute = try runAccord(["check", folder.appendingPathComponent("proposals/09.yaml").path, "--format", "sarif"], directory: folder)
        XCTAssertTrue(absolute.stdout.contains("\"uri\": \"proposals/09.yaml\""), absolute.stdout)
        for (_, value) in first {
            XCTAssertTrue(absolute.stdout.contains(value.fingerprint))
        }
        let edited = try run("# a note added above\n# and another\n" + source)
        XCTAssertEqual(first.count, 3)
        XCTAssertEqual(Set(first.keys), Set(edited.keys))
        for (rule, value) in first {
            XCTAssertEqual(again[rule]?.fingerprint, value.fingerprint, rule)
            XCTAssertEqual(edited[rule]?.fingerprint, value.fingerprint, "\(rule): lines moved, the fingerprint stays")
            XCTAssertEqual(edited[rule]?.line, value.line + 2, rule)
        }
    }

    func testNotesOnTheWaiverFileReachEveryFormat() throws {
        // On 2026-01-01 the Examples' waiver that expired on 2025-01-01 is reported, not applied.
        func run(_ format: String) throws -> String {
            try runAccord(["check", "Examples/15-cyber-capacity-exchange-warnings-compliant.yaml", "--waivers", "Examples/waivers.yaml", "--format", format],
                          environment: ["SOURCE_DATE_EPOCH": "1767225600"]).stdout
        }
        let runs = try XCTUnwrap(try json(try run("sarif"))["runs"] as? [[String: Any]])
        let invocation = try XCTUnwrap((runs[0]["invocations"] as? [[String: Any]])?.first)
        let notes = try XCTUnwrap(invocation["toolExecutionNotifications"] as? [[String: Any]])
        XCTAssertEqual(notes.count, 1)
        XCTAssertEqual(notes[0]["level"] as? String, "warning")
        XCTAssertTrue(((notes[0]["message"] as? [String: Any])?["text"] as? String ?? "").contains("expired on 2025-01-01"))
        XCTAssertTrue(try run("junit").contains("<system-err>Examples/waivers.yaml:14:5: warning: the waiver of `information-security.protection-named` for PROP-2015-033 expired"))
        XCTAssertTrue(try run("markdown").contains("## Waiver file\n\n- **expired** `Examples/waivers.yaml:14:5`: the waiver of"))
        XCTAssertTrue(try run("html").contains("<h2>Waiver file</h2>"))
    }

    // MARK: JUnit

    func testJUnitForExamplesIsValidAgainstTheXSD() throws {
        let result = try check("junit")
        XCTAssertEqual(result.status, 2, result.stderr)
        let file = try temporaryFile("accord.xml", result.stdout)
        let xsd = Self.schemas.appendingPathComponent("junit.xsd").path
        let validation = try runTool(["xmllint", "--noout", "--schema", xsd, file.path])
        XCTAssertEqual(validation.status, 0, "JUnit XML does not validate against junit.xsd:\n\(validation.output)")

        func count(_ xpath: String) throws -> String {
            let answer = try runTool(["xmllint", "--xpath", "count(\(xpath))", file.path])
            XCTAssertEqual(answer.status, 0, answer.output)
            return answer.output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        XCTAssertEqual(try count("/testsuites/testsuite"), "22", "one test suite a proposal")
        XCTAssertEqual(try count("//testsuite[@name='PROP-2015-021']/testcase[@name='international-law.host-nation-consent']/failure[@type='undetermined']"), "1")
        XCTAssertEqual(try count("//testsuite[@name='PROP-2015-040']/testcase[@name='international-law.host-nation-consent']/failure[@type='violated']"), "1")
        XCTAssertEqual(try count("//testsuite[@name='PROP-2015-033']/testcase[@name='alliance-coordination.mechanism-named']/skipped"), "1")
        XCTAssertEqual(try count("//testsuite[@name='PROP-2015-058']/testcase/error"), "1")
        XCTAssertEqual(try count("//testsuite[@name='PROP-2014-031']//failure"), "0")
        XCTAssertEqual(try count("//testsuite[@timestamp='\(Self.stamp)' and @hostname='localhost']"), "22")
        XCTAssertTrue(result.stdout.contains("why:"), "a failure carries the explanation")
    }

    // MARK: Markdown and HTML

    func testMarkdownForExamplesIsAMemo() throws {
        let result = try check("markdown")
        XCTAssertEqual(result.status, 2, result.stderr)
        let text = result.stdout
        XCTAssertTrue(text.hasPrefix("# Accord compliance report\n\nGenerated \(Self.stamp)Z by Accord"), String(text.prefix(200)))
        XCTAssertTrue(text.contains("| verdict | proposals |\n| --- | ---: |\n| compliant | 7 |\n| non-compliant | 10 |\n| undetermined | 2 |\n| invalid | 3 |"), text)
        XCTAssertTrue(text.contains("## PROP-2015-021: Bilateral evacuation of Japanese and U.S. nationals from Juba"))
        XCTAssertTrue(text.contains("### Premise `international-law` (Interim Report, III, 2nd bullet; VI)\n\n> All actions taken by Japan"))
        XCTAssertTrue(text.contains("#### error, undetermined: Activity on foreign territory has the host nation's consent"))
        XCTAssertTrue(text.contains("- Why:\n  - applies because: `location.kind` is `foreign-territory`: true"))
        XCTAssertTrue(text.contains("- Fix: Obtain the consent of the host nation and set `location.host_nation_consent` to `true`"), text)
        XCTAssertTrue(text.contains("- Waiver: granted by Director, Japan-U.S. Defense Cooperation Division"))
        XCTAssertTrue(text.contains("expires 2027-03-31: The personnel exchange is run command-to-command"))
        XCTAssertTrue(text.contains("unknown field `use_of_forse` in a proposal (hint: did you mean `use_of_force`?)"))
    }

    func testHTMLForExamplesIsSelfContained() throws {
        let result = try check("html")
        XCTAssertEqual(result.status, 2, result.stderr)
        let page = result.stdout
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(page.contains("<style>") && page.contains("@media print"))
        for banned in ["<script", "<link", "<img", "<iframe", "src=", "url(", "@import", "http://", "https://"] {
            XCTAssertFalse(page.contains(banned), "the page must load nothing: found \(banned)")
        }
        XCTAssertTrue(page.contains("Generated \(Self.stamp)Z"))
        XCTAssertTrue(page.contains("<span class=\"badge non-compliant\">non-compliant</span>"))
        XCTAssertTrue(page.contains("<h3>Premise <code>international-law</code>"))
        XCTAssertTrue(page.contains("<dt>Why</dt>") && page.contains("<dt>Fix</dt>") && page.contains("<dt>Waiver</dt>"))
        XCTAssertTrue(page.contains("<dd>granted by Director, Japan-U.S. Defense Cooperation Division"))
        XCTAssertTrue(page.hasSuffix("</body>\n</html>\n"))
    }

    func testHostileProposalRendersAsText() throws {
        let hostile = "<script>alert(1)</script> \"><img src=x onerror=alert(1)>"
        var proposal = try String(contentsOf: projectRoot.appendingPathComponent("Rules/fixtures/base.yaml"), encoding: .utf8)
        let title = try XCTUnwrap(proposal.range(of: "title: Bilateral maritime ISR over the East China Sea"))
        proposal.replaceSubrange(title, with: "title: 'Survey \(hostile.replacingOccurrences(of: "'", with: "''"))'")
        let description = try XCTUnwrap(proposal.range(of: "description: |"))
        proposal = String(proposal[..<description.lowerBound]) + "description: |\n  Text \(hostile) & more | *x* [a](b)\n"
        let folder = try temporaryDirectory()
        try proposal.write(to: folder.appendingPathComponent("hostile.yaml"), atomically: true, encoding: .utf8)

        for format in ["html", "markdown", "junit"] {
            let result = try runAccord(["check", "hostile.yaml", "--format", format], directory: folder)
            XCTAssertEqual(result.status, 0, "\(format): \(result.stderr)")
            let out = result.stdout
            XCTAssertFalse(out.contains("<script"), "\(format) lets a script through")
            XCTAssertFalse(out.contains("<img"), "\(format) lets an element through")
            XCTAssertTrue(out.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "\(format) must show the title as text")
            XCTAssertTrue(out.contains("&lt;img src=x onerror=alert(1)&gt;"), format)
        }
        let html = try runAccord(["check", "hostile.yaml", "--format", "html"], directory: folder).stdout
        XCTAssertTrue(html.contains("Survey &lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</h2>"), html)
        XCTAssertTrue(html.contains("<blockquote class=\"description\">Text &lt;script&gt;"), "the description is shown, escaped")
        let markdown = try runAccord(["check", "hostile.yaml", "--format", "markdown"], directory: folder).stdout
        XCTAssertTrue(markdown.contains("> Text &lt;script&gt;alert(1)&lt;/script&gt; \"&gt;&lt;img src=x onerror=alert(1)&gt; &amp; more \\| \\*x\\* \\[a\\](b)"), markdown)
        let junit = try temporaryFile("hostile.xml", try runAccord(["check", "hostile.yaml", "--format", "junit"], directory: folder).stdout)
        let validation = try runTool(["xmllint", "--noout", "--schema", Self.schemas.appendingPathComponent("junit.xsd").path, junit.path])
        XCTAssertEqual(validation.status, 0, validation.output)
    }

    // MARK: Every format

    func testEveryFormatIsReproducibleByteForByte() throws {
        for format in ["text", "json", "sarif", "junit", "markdown", "html"] {
            let first = try check(format, ["--jobs", "1"])
            let second = try check(format, ["--jobs", "4"])
            XCTAssertEqual(first.status, 2, "\(format): \(first.stderr)")
            XCTAssertFalse(first.stdout.isEmpty, format)
            XCTAssertEqual(first.stdout, second.stdout, "\(format) differs between two runs with SOURCE_DATE_EPOCH set")
        }
    }

    func testOutputOptionWritesEachFormat() throws {
        let folder = try temporaryDirectory()
        for format in ["sarif", "junit", "markdown", "html"] {
            let file = folder.appendingPathComponent("report.\(format)")
            let written = try check(format, ["--output", file.path])
            let printed = try check(format)
            XCTAssertEqual(written.stdout, "", format)
            XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), printed.stdout, format)
        }
    }

    func testCheckHelpNamesTheFormats() throws {
        let help = try runAccord(["check", "--help"])
        XCTAssertEqual(help.status, 0)
        for format in ["sarif", "junit", "markdown", "html", "SOURCE_DATE_EPOCH"] {
            XCTAssertTrue(help.stdout.contains(format), format)
        }
    }
}

/// Runs a program found on PATH (python3, xmllint) and collects what it printed, both streams together.
func runTool(_ arguments: [String], directory: URL = projectRoot) throws -> (status: Int32, output: String) {
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("accord-tool-\(UUID().uuidString).txt")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: log) }
    let handle = try FileHandle(forWritingTo: log)
    defer { try? handle.close() }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.standardOutput = handle
    process.standardError = handle
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, try String(contentsOf: log, encoding: .utf8))
}

extension XCTestCase {
    /// A new empty folder, removed when the test ends.
    func temporaryDirectory() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return folder
    }

    func temporaryFile(_ name: String, _ text: String) throws -> URL {
        let file = try temporaryDirectory().appendingPathComponent(name)
        try text.write(to: file, atomically: true, encoding: .utf8)
        return file
    }
}
