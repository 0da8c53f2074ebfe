import Accord
@testable import AccordLSP
import XCTest

/// Protocol misuse gets a proper error, and the server keeps serving.
final class RobustnessProtocolTests: XCTestCase {
    /// Whether the server still answers; after each misuse.
    private func assertServes(_ session: LSPSession, file: StaticString = #filePath, line: UInt = #line) {
        let response = session.request("textDocument/hover", at("file:///not-open.yaml", line: 0, character: 0), file: file, line: line)
        XCTAssertEqual(response?["error"]?["code"], .int(ErrorCode.invalidParams.rawValue), file: file, line: line)
    }

    private func errorWithoutID(_ session: LSPSession, code: ErrorCode) -> JSONValue? {
        session.next("error \(code)") { $0["error"]?["code"] == .int(code.rawValue) && $0["id"] == .null }
    }

    func testMalformedMessagesGetJSONRPCErrorsAndTheSessionGoesOn() throws {
        let session = try LSPSession()
        session.initialize()
        session.sendRaw(Data("{\"jsonrpc\": \"2.0\", \"id\": 7, \"method\": ".utf8), framed: true)
        XCTAssertNotNil(errorWithoutID(session, code: .parseError))
        assertServes(session)
        session.sendRaw(Data("[1, 2, 3]".utf8), framed: true)
        XCTAssertNotNil(errorWithoutID(session, code: .invalidRequest))
        session.sendRaw(Data(String(repeating: "[", count: 100_000).utf8), framed: true)
        XCTAssertNotNil(errorWithoutID(session, code: .parseError))
        session.sendRaw(Data([0x22, 0xFF, 0xFE, 0x22]), framed: true)
        XCTAssertNotNil(errorWithoutID(session, code: .parseError))
        // A header without Content-Length: skipped, with an error.
        session.sendRaw(Data("Content-Type: application/json\r\n\r\n".utf8))
        XCTAssertNotNil(errorWithoutID(session, code: .parseError))
        assertServes(session)
        XCTAssertEqual(session.close(), 0)
    }

    func testUnknownMethodsAndBadParamsGetErrorsAndUnknownNotificationsAreIgnored() throws {
        let session = try LSPSession()
        XCTAssertEqual(session.request("textDocument/hover", at("file:///x.yaml", line: 0, character: 0))?["error"]?["code"],
                       .int(ErrorCode.serverNotInitialized.rawValue))
        session.initialize()
        XCTAssertEqual(session.request("workspace/symbol", .object([("query", .string(""))]))?["error"]?["code"], .int(ErrorCode.methodNotFound.rawValue))
        session.notify("$/somethingNew", .object([]))
        session.open("file:///a.yaml", "proposal: 1\n")
        XCTAssertEqual(session.request("textDocument/hover", .object([("textDocument", .object([("uri", .string("file:///a.yaml"))]))]))?["error"]?["code"],
                       .int(ErrorCode.invalidParams.rawValue))
        XCTAssertEqual(session.request("textDocument/codeAction", .string("nonsense"))?["error"]?["code"], .int(ErrorCode.invalidParams.rawValue))
        XCTAssertEqual(session.request("initialize", .object([]))?["error"]?["code"], .int(ErrorCode.invalidRequest.rawValue))
        assertServes(session)
        XCTAssertEqual(session.close(), 0)
    }

    func testExitWithoutShutdownEndsWithStatusOne() throws {
        let session = try LSPSession()
        session.initialize()
        session.notify("exit", .null)
        session.process.waitUntilExit()
        XCTAssertEqual(session.process.terminationStatus, 1)
    }

    func testATenMegabyteDocumentGetsADiagnosticAboutTheSizeLimit() throws {
        let session = try LSPSession()
        session.initialize()
        let uri = "file:///drafts/huge.yaml"
        let line = "description: " + String(repeating: "国際法に基づく協力。", count: 40) + "\n"
        let text = "proposal: 1\nid: HUGE\n" + String(repeating: "# " + line, count: 10 << 20 / line.utf8.count)
        XCTAssertGreaterThan(text.utf8.count, 10_000_000)
        session.open(uri, text)
        let diagnostics = session.diagnostics(uri)
        XCTAssertEqual(diagnostics.count, 1)
        XCTAssertTrue(diagnostics.first?["message"]?.stringValue?.contains("over the limit of 1048576 bytes") ?? false, diagnostics.first?.compact() ?? "")
        assertServes(session)
        XCTAssertEqual(session.close(), 0)
    }

    func testMemoryStaysFlatOverALongSessionOfChanges() throws {
        let (session, uri, text, _) = try LSPSession.withExample("10-us-primary-responsibility-noncompliant.yaml", options: .object([("debounce_ms", .int(0))]))
        func typeAndCheck(_ versions: ClosedRange<Int>) {
            for version in versions {
                // Each keystroke: sometimes a valid proposal, sometimes half-typed YAML.
                let edited = version % 3 == 0 ? text + "x-note: \(version)\n" : text + "x-note: [\(version)\n"
                session.change(uri, edited, version: version)
                _ = session.diagnostics(uri)
            }
        }
        typeAndCheck(2...300)
        let before = try residentKilobytes(session.process.processIdentifier)
        typeAndCheck(301...1500)
        let after = try residentKilobytes(session.process.processIdentifier)
        XCTAssertLessThan(after - before, 8 * 1024, "resident memory grew from \(before) kB to \(after) kB over 1,200 changes")
        XCTAssertEqual(session.close(), 0)
    }

    private func residentKilobytes(_ pid: Int32) throws -> Int {
        let status = try String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)
        let line = try XCTUnwrap(status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") })
        return try XCTUnwrap(Int(line.split(separator: " ", omittingEmptySubsequences: true)[1]))
    }
}

extension RobustnessProtocolTests {
    func testTypingAProposalFromNothingGetsDiagnosticsInsideTheTextAtEveryStep() throws {
        let session = try LSPSession()
        session.initialize(.object([("debounce_ms", .int(0))]))
        let (uri, text) = try example("08-strategic-submarine-port-call-ja-noncompliant.yaml")
        session.open(uri, "")
        XCTAssertEqual(session.diagnostics(uri).count, 0, "an empty document is no proposal")
        let characters = Array(text)
        var version = 1
        for end in stride(from: 7, through: characters.count, by: 23) + [characters.count] {
            version += 1
            let typed = String(characters[..<end])
            session.change(uri, typed, version: version)
            let lines = typed.split(separator: "\n", omittingEmptySubsequences: false)
            for diagnostic in session.diagnostics(uri) {
                let range = diagnostic.rangeTuple
                XCTAssertEqual(range.count, 4)
                guard range.count == 4, range[0] < lines.count, range[2] < lines.count else {
                    XCTFail("\(diagnostic.compact()) lies outside the \(lines.count) lines typed so far")
                    continue
                }
                XCTAssertLessThanOrEqual(range[1], lines[range[0]].utf16.count)
                XCTAssertLessThanOrEqual(range[3], lines[range[2]].utf16.count)
            }
        }
        XCTAssertEqual(session.close(), 0)
    }
}
