import Accord
@testable import AccordLSP
import XCTest

/// Rules paths, waivers and fail_on from the client; rule files changed while the server runs.
final class ConfigurationProtocolTests: XCTestCase {
    func testAConfiguredWaiverFileApplies() throws {
        let (session, _, _, diagnostics) = try LSPSession.withExample("15-cyber-capacity-exchange-warnings-compliant.yaml", options: .object([("waivers", .string("Examples/waivers.yaml"))]))
        // Waived until 2027-03-31 (today is fixed at 2026-01-01): a hint that names the waiver.
        let waived = try XCTUnwrap(diagnostics.diagnostic(code: "alliance-coordination.mechanism-named"))
        XCTAssertEqual(waived["severity"], .int(4))
        XCTAssertTrue(waived["message"]?.stringValue?.hasPrefix("Waived by Director") ?? false)
        // Its waiver expired on 2025-01-01: still a warning.
        XCTAssertEqual(diagnostics.diagnostic(code: "information-security.protection-named")?["severity"], .int(2))
        _ = session.close()
    }

    func testFailOnShowsWhatWouldNotFailAsHintsAndChangesWithTheConfiguration() throws {
        let (session, uri, _, diagnostics) = try LSPSession.withExample("15-cyber-capacity-exchange-warnings-compliant.yaml")
        XCTAssertEqual(diagnostics.diagnostic(code: "information-security.protection-named")?["severity"], .int(2))
        session.notify("workspace/didChangeConfiguration", .object([("settings", .object([("accord", .object([("fail_on", .string("error"))]))]))]))
        XCTAssertEqual(session.diagnostics(uri).diagnostic(code: "information-security.protection-named")?["severity"], .int(4))
        _ = session.close()
    }

    func testAnInvalidRuleSetIsReportedOnTheRuleFileAndTheLastValidSetKeepsServing() throws {
        let rules = FileManager.default.temporaryDirectory.appendingPathComponent("accord-lsp-rules-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: projectRoot.appendingPathComponent("Rules"), to: rules)
        defer { try? FileManager.default.removeItem(at: rules) }
        let session = try LSPSession(arguments: ["--rules", rules.path])
        session.initialize(capabilities: .object([("workspace", .object([("didChangeWatchedFiles", .object([("dynamicRegistration", .bool(true))]))]))]))
        XCTAssertNotNil(session.next("registration of watched files") { $0["method"] == .string("client/registerCapability") })
        let (uri, text) = try example("10-us-primary-responsibility-noncompliant.yaml")
        session.open(uri, text)
        XCTAssertNotNil(session.diagnostics(uri).diagnostic(code: "japan-primary-responsibility.primary-is-japan"))

        let ruleFile = rules.appendingPathComponent("rules/japan-primary-responsibility.yaml")
        let original = try String(contentsOf: ruleFile, encoding: .utf8)
        try original.replacingOccurrences(of: "severity: error", with: "severity: fatal").write(to: ruleFile, atomically: true, encoding: .utf8)
        let ruleURI = FileURI.uri(forPath: ruleFile.path)
        session.notify("workspace/didChangeWatchedFiles", .object([("changes", .array([.object([("uri", .string(ruleURI)), ("type", .int(2))])]))]))
        let problems = session.diagnostics(ruleURI)
        XCTAssertFalse(problems.isEmpty)
        XCTAssertEqual(problems.first?["code"], .string("invalid-rule-set"))
        XCTAssertTrue(problems.first?["message"]?.stringValue?.contains("fatal") ?? false, problems.first?.compact() ?? "")
        XCTAssertNotNil(session.next("a message that the last valid set serves") {
            $0["method"] == .string("window/showMessage") && ($0["params"]?["message"]?.stringValue?.contains("last valid rule set keeps serving") ?? false)
        })
        // The proposal is checked again, by the last valid rule set.
        XCTAssertNotNil(session.diagnostics(uri).diagnostic(code: "japan-primary-responsibility.primary-is-japan"))

        // Fixed: the rule file's diagnostics are cleared, and the new rules apply.
        // Saved in the editor this time: a save reloads as a watched change does.
        try original.replacingOccurrences(of: "severity: error", with: "severity: warning").write(to: ruleFile, atomically: true, encoding: .utf8)
        session.notify("textDocument/didSave", .object([("textDocument", .object([("uri", .string(ruleURI))]))]))
        XCTAssertEqual(session.diagnostics(ruleURI).count, 0)
        XCTAssertEqual(session.diagnostics(uri).diagnostic(code: "japan-primary-responsibility.primary-is-japan")?["severity"], .int(2))
        XCTAssertEqual(session.close(), 0)
    }

    func testRuleDocumentationLinksFollowTheConfiguredPattern() throws {
        let (session, _, _, diagnostics) = try LSPSession.withExample("10-us-primary-responsibility-noncompliant.yaml", options: .object([("rule_docs_url", .string("https://accord.example/rules/{premise}/{rule}"))]))
        let finding = diagnostics.diagnostic(code: "japan-primary-responsibility.primary-is-japan")
        XCTAssertEqual(finding?["codeDescription"]?["href"],
                       .string("https://accord.example/rules/japan-primary-responsibility/japan-primary-responsibility.primary-is-japan"))
        _ = session.close()
    }

    func testSettingsArePulledFromAClientThatAnswersWorkspaceConfiguration() throws {
        let session = try LSPSession()
        session.initialize(capabilities: .object([("workspace", .object([("configuration", .bool(true))]))]))
        let question = try XCTUnwrap(session.next("workspace/configuration") { $0["method"] == .string("workspace/configuration") })
        XCTAssertEqual(question["params"]?["items"], .array([.object([("section", .string("accord"))])]))
        let (uri, text) = try example("15-cyber-capacity-exchange-warnings-compliant.yaml")
        session.open(uri, text)
        XCTAssertEqual(session.diagnostics(uri).diagnostic(code: "information-security.protection-named")?["severity"], .int(2))
        session.send(.object([("jsonrpc", .string("2.0")), ("id", question["id"]!), ("result", .array([.object([("fail_on", .string("error"))])]))]))
        XCTAssertEqual(session.diagnostics(uri).diagnostic(code: "information-security.protection-named")?["severity"], .int(4))
        // Empty pushed settings: the server asks again.
        session.notify("workspace/didChangeConfiguration", .object([("settings", .null)]))
        XCTAssertNotNil(session.next("workspace/configuration again") { $0["method"] == .string("workspace/configuration") })
        XCTAssertEqual(session.close(), 0)
    }
}
