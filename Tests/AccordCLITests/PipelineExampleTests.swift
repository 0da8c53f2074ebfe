import Accord
import Foundation
import XCTest

/// Examples/pipelines/: the commands the GitHub Actions workflow and the pre-commit hook contain
/// are run, as written, with the `accord` just built first on PATH, in a folder laid out as the
/// files expect (proposals/ at the top).
final class PipelineExampleTests: XCTestCase {
    let pipelines = projectRoot.appendingPathComponent("Examples/pipelines")

    func load(_ name: String) throws -> YAMLNode {
        let bytes = try [UInt8](Data(contentsOf: pipelines.appendingPathComponent(name)))
        return try YAMLLoader().loadDocument(bytes, path: name)
    }

    /// A repository of proposals: two compliant, one non-compliant, and the operator's waiver file.
    func sandbox(_ files: [String] = ["01-isr-nansei-islands-compliant.yaml", "02-bmd-tracking-sea-of-japan-compliant.yaml",
                                       "06-joint-use-facilities-sofa-revision-noncompliant.yaml", "waivers.yaml"]) throws -> URL {
        let folder = try temporaryDirectory()
        let proposals = folder.appendingPathComponent("proposals")
        try FileManager.default.createDirectory(at: proposals, withIntermediateDirectories: true)
        for file in files {
            try FileManager.default.copyItem(at: projectRoot.appendingPathComponent("Examples/\(file)"), to: proposals.appendingPathComponent(file))
        }
        // `accord` on PATH is the binary under test.
        let bin = folder.appendingPathComponent(".bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: bin.appendingPathComponent("accord"), withDestinationURL: accordBinary)
        return folder
    }

    /// Runs one shell command line in the sandbox, with the sandbox's `accord` first on PATH.
    func shell(_ command: String, in folder: URL) throws -> (status: Int32, output: String) {
        let path = folder.appendingPathComponent(".bin").path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
        return try runTool(["PATH=\(path)", "/bin/sh", "-c", command], directory: folder)
    }

    func testGitHubWorkflowCommandsRunAndProduceWhatTheUploadsExpect() throws {
        let workflow = try load("github-actions-accord.yml")
        let steps = try XCTUnwrap(workflow["jobs"]?["check"]?["steps"]?.sequenceItems)
        let folder = try sandbox()
        var ranCheck = false
        var ranReport = false
        for step in steps {
            guard let run = step["run"]?.scalarText else { continue }
            let name = step["name"]?.scalarText ?? run
            for line in run.split(separator: "\n").map(String.init) {
                guard line.hasPrefix("accord ") else {
                    // The one other command installs Accord from its repository with install.sh; this
                    // test uses the binary it was built with instead of a release build.
                    XCTAssertTrue(line.contains(".accord/install.sh"), "unexpected command in \(name): \(line)")
                    let script = projectRoot.appendingPathComponent("install.sh").path
                    XCTAssertTrue(FileManager.default.isExecutableFile(atPath: script))
                    continue
                }
                let result = try shell(line, in: folder)
                switch name {
                case "Check proposals":
                    ranCheck = true
                    XCTAssertEqual(result.status, 1, "one proposal is non-compliant: \(result.output)")
                case "Report for reviewers":
                    ranReport = true
                    XCTAssertEqual(result.status, 0, "--fail-on never: \(result.output)")
                default:
                    XCTFail("a step this test does not know runs accord: \(name)")
                }
            }
        }
        XCTAssertTrue(ranCheck && ranReport)

        // What the upload steps pick up is what the accord steps wrote.
        let upload = try XCTUnwrap(steps.first { $0["uses"]?.scalarText?.hasPrefix("github/codeql-action/upload-sarif@") == true })
        let sarifFile = try XCTUnwrap(upload["with"]?["sarif_file"]?.scalarText)
        let sarif = try String(contentsOf: folder.appendingPathComponent(sarifFile), encoding: .utf8)
        let document = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
        XCTAssertEqual(document["version"] as? String, "2.1.0")
        XCTAssertTrue(sarif.contains("\"uri\": \"proposals/06-joint-use-facilities-sofa-revision-noncompliant.yaml\""),
                      "URIs relative to the checkout, as code scanning wants them")
        let artifact = try XCTUnwrap(steps.first { $0["uses"]?.scalarText?.hasPrefix("actions/upload-artifact@") == true })
        let htmlFile = try XCTUnwrap(artifact["with"]?["path"]?.scalarText)
        let page = try String(contentsOf: folder.appendingPathComponent(htmlFile), encoding: .utf8)
        XCTAssertTrue(page.hasPrefix("<!DOCTYPE html>"))
        XCTAssertEqual(workflow["permissions"]?["security-events"]?.scalarText, "write", "upload-sarif needs it")
    }

    func testPreCommitHookRunsOnTheStagedProposalsItMatches() throws {
        let config = try load("pre-commit-config.yaml")
        let hook = try XCTUnwrap(config["repos"]?.sequenceItems?.first?["hooks"]?.sequenceItems?.first)
        let entry = try XCTUnwrap(hook["entry"]?.scalarText)
        XCTAssertEqual(hook["language"]?.scalarText, "system")
        let files = try NSRegularExpression(pattern: try XCTUnwrap(hook["files"]?.scalarText))
        let exclude = try NSRegularExpression(pattern: try XCTUnwrap(hook["exclude"]?.scalarText))
        // pre-commit matches the patterns with Python's re.search against paths from the repository's top.
        func matches(_ regex: NSRegularExpression, _ path: String) -> Bool {
            regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
        }
        func staged(_ paths: [String]) -> [String] {
            paths.filter { matches(files, $0) && !matches(exclude, $0) }
        }
        XCTAssertEqual(staged(["proposals/a.yaml", "proposals/b.yml", "proposals/c.json", "proposals/waivers.yaml", "README.md", "Rules/x.yaml"]),
                       ["proposals/a.yaml", "proposals/b.yml", "proposals/c.json"])

        let folder = try sandbox()
        let compliant = staged(["proposals/01-isr-nansei-islands-compliant.yaml", "proposals/02-bmd-tracking-sea-of-japan-compliant.yaml", "proposals/waivers.yaml"])
        XCTAssertEqual(compliant.count, 2)
        let pass = try shell(([entry] + compliant).joined(separator: " "), in: folder)
        XCTAssertEqual(pass.status, 0, pass.output)
        let refused = try shell(([entry] + staged(["proposals/06-joint-use-facilities-sofa-revision-noncompliant.yaml"])).joined(separator: " "), in: folder)
        XCTAssertEqual(refused.status, 1, refused.output)
        XCTAssertTrue(refused.output.contains("treaty-unchanged.amends-treaty-arrangements"), refused.output)
        XCTAssertFalse(refused.output.contains("\u{1B}["), "--no-color")
    }

    func testCheckingExamplesSetsThePipelineFilesAside() throws {
        let result = try runAccord(["check", "Examples/"])
        XCTAssertTrue(result.stdout.contains("set aside (not proposals): Examples/pipelines/github-actions-accord.yml, Examples/pipelines/pre-commit-config.yaml, Examples/waivers.yaml"),
                      result.stdout)
        XCTAssertTrue(result.stdout.contains("22 files:"), result.stdout)
    }
}
