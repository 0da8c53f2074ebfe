import Foundation
import XCTest

/// A real editor's client: Neovim's built-in LSP client, headless, opens a violating proposal with
/// `accord lsp` as its server and writes down the diagnostics and the hover it received. CI
/// installs Debian's `neovim` (.ci/run); without it the test is skipped, saying so.
final class NeovimClientTests: XCTestCase {
    func testNeovimsLSPClientReceivesTheFindingsAndThePremiseOnHover() throws {
        guard let neovim = Self.executable("nvim") else { throw XCTSkip("nvim is not installed (apt-get install neovim); .ci/run installs it") }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("accord-neovim-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: output) }
        let process = Process()
        process.executableURL = neovim
        process.arguments = ["--headless", "--clean", "-c", "luafile " + projectRoot.appendingPathComponent("Tests/AccordLSPTests/Fixtures/neovim-client.lua").path]
        process.currentDirectoryURL = projectRoot
        var environment = ProcessInfo.processInfo.environment
        environment["ACCORD_BINARY"] = accordBinary.path
        environment["ACCORD_RULES_DIR"] = projectRoot.appendingPathComponent("Rules").path
        environment["ACCORD_PROPOSAL"] = projectRoot.appendingPathComponent("Examples/10-us-primary-responsibility-noncompliant.yaml").path
        environment["ACCORD_OUTPUT"] = output.path
        process.environment = environment
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            process.terminate()
            XCTFail("Neovim did not finish within 60 s")
        }
        let received = try String(contentsOf: output, encoding: .utf8)
        let lines = received.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.hasPrefix("diagnostic 21:11 severity=1 code=japan-primary-responsibility.primary-is-japan ") }, received)
        XCTAssertTrue(lines.contains { $0.hasPrefix("diagnostic 41:2 severity=1 code=japan-primary-responsibility.text-primary-not-japan ") }, received)
        let hover = try XCTUnwrap(lines.first { $0.hasPrefix("hover ") }, received)
        XCTAssertTrue(hover.contains("> In case of an armed attack against Japan, Japan will have primary responsibility to repel the attack."), String(hover))
    }

    static func executable(_ name: String) -> URL? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
