import Foundation
import XCTest

/// Colour and progress belong to a terminal: run the binary under `script`, which gives it one.
final class TerminalTests: XCTestCase {
    /// Runs `accord` with a pseudo-terminal as standard output and standard error.
    func onTerminal(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let command = ([accordBinary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = projectRoot
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    func testColourOnATerminalUnlessNoColorOrNoColorFlag() throws {
        let file = "Examples/10-us-primary-responsibility-noncompliant.yaml"
        XCTAssertTrue(try onTerminal(["check", file]).contains("\u{1B}[31"), "red for an error on a terminal")
        XCTAssertFalse(try onTerminal(["check", file], environment: ["NO_COLOR": "1"]).contains("\u{1B}["))
        XCTAssertFalse(try onTerminal(["check", file, "--no-color"]).contains("\u{1B}["))
    }

    func testProgressLineOnLargeBatchesOnly() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", projectRoot.appendingPathComponent("Benchmarks/generate-corpus.py").path, folder.path, "--count", "310"]
        try generator.run()
        generator.waitUntilExit()
        XCTAssertEqual(generator.terminationStatus, 0)
        let large = try onTerminal(["check", folder.path, "--format", "json", "--output", "/dev/null"])
        XCTAssertTrue(large.contains("checked 310/310"), large)
        let small = try onTerminal(["check", "Examples", "--format", "json", "--output", "/dev/null"])
        XCTAssertFalse(small.contains("checked"), small)
    }
}
