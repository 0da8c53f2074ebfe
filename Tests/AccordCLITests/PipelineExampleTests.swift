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

    /// The hook as the configuration names it: its entry and language from the repository's
    /// .pre-commit-hooks.yaml, its file patterns from the configuration.
    func preCommitHook() throws -> (entry: String, files: NSRegularExpression, exclude: NSRegularExpression) {
        let config = try load("pre-commit-config.yaml")
        let repo = try XCTUnwrap(config["repos"]?.sequenceItems?.first)
        XCTAssertTrue(repo["repo"]?.scalarText?.hasPrefix("https://") == true, "named by repository")
        let hook = try XCTUnwrap(repo["hooks"]?.sequenceItems?.first)
        let bytes = try [UInt8](Data(contentsOf: projectRoot.appendingPathComponent(".pre-commit-hooks.yaml")))
        let manifest = try YAMLLoader().loadDocument(bytes, path: ".pre-commit-hooks.yaml")
        let definition = try XCTUnwrap(manifest.sequenceItems?.first { $0["id"]?.scalarText == hook["id"]?.scalarText })
        XCTAssertEqual(definition["language"]?.scalarText, "swift", "pre-commit builds Accord itself")
        return (try XCTUnwrap(definition["entry"]?.scalarText),
                try NSRegularExpression(pattern: try XCTUnwrap(hook["files"]?.scalarText)),
                try NSRegularExpression(pattern: try XCTUnwrap(hook["exclude"]?.scalarText)))
    }

    func testPreCommitHookRunsOnTheStagedProposalsItMatches() throws {
        let (entry, files, exclude) = try preCommitHook()
        // pre-commit matches the patterns with Python's re.search against paths from the repository's top.
        func matches(_ regex: NSRegularExpression, _ path: String) -> Bool {
            regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
        }
        func staged(_ paths: [String]) -> [String] {
            paths.filter { matches(files, $0) && !matches(exclude, $0) }
        }
        XCTAssertEqual(staged(["proposals/a.yaml", "proposals/b.yml", "proposals/c.json", "proposals/waivers.yaml", "proposals/accord-baseline.json",
                               "README.md", "Rules/x.yaml"]),
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

    /// For real: pre-commit (PyPI) builds this checkout as the configuration names it, in a
    /// repository of proposals, and refuses the violating commit with the finding's place. The
    /// release build makes this the slowest test (minutes); .ci/run installs pre-commit, and
    /// without it the test is skipped.
    func testPreCommitTryRepoBuildsAccordAndRefusesAViolatingCommit() throws {
        guard let preCommit = try? runTool(["/usr/bin/env", "sh", "-c", "command -v pre-commit"], directory: projectRoot).output
            .trimmingCharacters(in: .whitespacesAndNewlines), !preCommit.isEmpty else {
            throw XCTSkip("pre-commit is not installed (pip install pre-commit); .ci/run installs it")
        }
        let folder = try temporaryDirectory()
        let proposals = folder.appendingPathComponent("proposals")
        try FileManager.default.createDirectory(at: proposals, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: pipelines.appendingPathComponent("pre-commit-config.yaml"), to: folder.appendingPathComponent(".pre-commit-config.yaml"))
        let git = ["git", "-c", "user.email=ci@example.org", "-c", "user.name=CI"]
        XCTAssertEqual(try runTool(["git", "init", "-q"], directory: folder).status, 0)
        let home = folder.appendingPathComponent(".pre-commit-home").path
        func tryRepo(_ file: String) throws -> (status: Int32, output: String) {
            XCTAssertEqual(try runTool(git + ["add", "-A"], directory: folder).status, 0)
            return try runTool(["/usr/bin/env", "PRE_COMMIT_HOME=\(home)", preCommit, "try-repo", projectRoot.path, "accord-check", "--files", file],
                               directory: folder)
        }
        try FileManager.default.copyItem(at: projectRoot.appendingPathComponent("Examples/01-isr-nansei-islands-compliant.yaml"),
                                         to: proposals.appendingPathComponent("good.yaml"))
        let passed = try tryRepo("proposals/good.yaml")
        XCTAssertEqual(passed.status, 0, passed.output)
        XCTAssertTrue(passed.output.contains("Passed"), passed.output)
        try FileManager.default.copyItem(at: projectRoot.appendingPathComponent("Examples/06-joint-use-facilities-sofa-revision-noncompliant.yaml"),
                                         to: proposals.appendingPathComponent("bad.yaml"))
        let refused = try tryRepo("proposals/bad.yaml")
        XCTAssertEqual(refused.status, 1, refused.output)
        XCTAssertTrue(refused.output.contains("Failed"), refused.output)
        XCTAssertTrue(refused.output.contains("proposals/bad.yaml:21:5: error treaty-unchanged.amends-treaty-arrangements"), refused.output)
    }

    func testGitHubAnnotationsWorkflowGatesOnNewFindingsWithReadPermissionOnly() throws {
        let workflow = try load("github-annotations.yml")
        XCTAssertEqual(workflow["permissions"]?.mappingPairs?.count, 1)
        XCTAssertEqual(workflow["permissions"]?["contents"]?.scalarText, "read")
        func runLine(_ job: String) throws -> String {
            let steps = try XCTUnwrap(workflow["jobs"]?[job]?["steps"]?.sequenceItems)
            let lines = steps.compactMap { $0["run"]?.scalarText }.filter { $0.hasPrefix("accord ") }
            XCTAssertEqual(lines.count, 1, job)
            return try XCTUnwrap(lines.first)
        }
        let folder = try sandbox()
        let record = try shell(try runLine("record-baseline"), in: folder)
        XCTAssertEqual(record.status, 0, record.output)
        let check = try runLine("check")
        let accepted = try shell(check, in: folder)
        XCTAssertEqual(accepted.status, 0, "the known finding passes: \(accepted.output)")
        XCTAssertFalse(accepted.output.contains("::error"), accepted.output)
        XCTAssertTrue(accepted.output.contains("in the baseline, not annotated"), accepted.output)
        try FileManager.default.copyItem(at: projectRoot.appendingPathComponent("Examples/07-strike-on-missile-bases-noncompliant.yaml"),
                                         to: folder.appendingPathComponent("proposals/07.yaml"))
        let refused = try shell(check, in: folder)
        XCTAssertEqual(refused.status, 1, refused.output)
        XCTAssertTrue(refused.output.contains("::error file=proposals/07.yaml,line="), refused.output)
    }

    func testGitLabJobWritesTheCodeQualityReportItDeclares() throws {
        let pipeline = try load("gitlab-ci.yml")
        let job = try XCTUnwrap(pipeline["accord"])
        let report = try XCTUnwrap(job["artifacts"]?["reports"]?["codequality"]?.scalarText)
        XCTAssertEqual(job["artifacts"]?["when"]?.scalarText, "always", "the report reaches GitLab when the gate fails")
        let lines = try XCTUnwrap(job["script"]?.sequenceItems).compactMap(\.scalarText).filter { $0.hasPrefix("accord ") }
        XCTAssertEqual(lines.count, 1)
        let folder = try sandbox()
        XCTAssertEqual(try shell("accord baseline proposals/ --output accord-baseline.json", in: folder).status, 0)
        try FileManager.default.copyItem(at: projectRoot.appendingPathComponent("Examples/07-strike-on-missile-bases-noncompliant.yaml"),
                                         to: folder.appendingPathComponent("proposals/07.yaml"))
        let result = try shell(lines[0], in: folder)
        XCTAssertEqual(result.status, 1, "a new finding fails the job: \(result.output)")
        let text = try String(contentsOf: folder.appendingPathComponent(report), encoding: .utf8)
        let issues = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        let paths = Set(issues.compactMap { ($0["location"] as? [String: Any])?["path"] as? String })
        XCTAssertEqual(paths, ["proposals/06-joint-use-facilities-sofa-revision-noncompliant.yaml", "proposals/07.yaml"],
                       "GitLab compares fingerprints itself, so known findings are in the report too")
    }

    func testCheckingExamplesSetsThePipelineFilesAside() throws {
        let result = try runAccord(["check", "Examples/"])
        XCTAssertTrue(result.stdout.contains("set aside (not proposals): Examples/pipelines/github-actions-accord.yml, Examples/pipelines/github-annotations.yml, "
                                             + "Examples/pipelines/gitlab-ci.yml, Examples/pipelines/pre-commit-config.yaml, Examples/waivers.yaml"),
                      result.stdout)
        XCTAssertTrue(result.stdout.contains("22 files:"), result.stdout)
    }
}
