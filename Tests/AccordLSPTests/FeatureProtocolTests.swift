import Accord
@testable import AccordLSP
import XCTest

/// Hover, quick fixes and completion, asked of the real binary.
final class FeatureProtocolTests: XCTestCase {
    func testHoverOnAFindingShowsThePremiseItsSectionAndPassageAndTheRule() throws {
        let (session, uri, _, _) = try LSPSession.withExample("10-us-primary-responsibility-noncompliant.yaml")
        let hover = try XCTUnwrap(session.request("textDocument/hover", at(uri, line: 21, character: 15))?["result"])
        let markdown = try XCTUnwrap(hover["contents"]?["value"]?.stringValue)
        XCTAssertTrue(markdown.contains("Premise **japan-primary-responsibility**, Interim Report (2014) section V"), markdown)
        XCTAssertTrue(markdown.contains("> In case of an armed attack against Japan, Japan will have primary responsibility to repel the attack."), markdown)
        XCTAssertTrue(markdown.contains("`japan-primary-responsibility.primary-is-japan`"), markdown)
        XCTAssertEqual(hover.rangeTuple, [21, 11, 21, 24])
        _ = session.close()
    }

    func testHoverShowsTheRulesReasonWhenItHasOne() throws {
        let (session, uri, _, diagnostics) = try LSPSession.withExample("08-strategic-submarine-port-call-ja-noncompliant.yaml")
        let ruleSet = try RuleSetLoader.load([projectRoot.appendingPathComponent("Rules").path])
        let withReason = try XCTUnwrap(diagnostics.first { diagnostic in
            diagnostic["code"]?.stringValue.flatMap { ruleSet.rule($0)?.reason } != nil
        }, "a finding whose rule gives a reason")
        let reason = try XCTUnwrap(ruleSet.rule(withReason["code"]!.stringValue!)?.reason)
        let start = withReason["range"]!["start"]!
        let hover = session.request("textDocument/hover", at(uri, line: start["line"]!.intValue!, character: start["character"]!.intValue!))
        XCTAssertTrue(hover?["result"]?["contents"]?["value"]?.stringValue?.contains("Also rests on: \(reason)") ?? false)
        _ = session.close()
    }

    func testHoverOnAFieldKeySaysWhatTheFormatHoldsThere() throws {
        let session = try LSPSession()
        session.initialize()
        let (uri, text) = try example("01-isr-nansei-islands-compliant.yaml")
        session.open(uri, text)
        let line = text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix("situation:") }!
        let hover = session.request("textDocument/hover", at(uri, line: line, character: 3))?["result"]
        let markdown = try XCTUnwrap(hover?["contents"]?["value"]?.stringValue)
        XCTAssertTrue(markdown.hasPrefix("**`situation`** (required) — the situation the activity is planned for"), markdown)
        XCTAssertTrue(markdown.contains("- `armed-attack-on-japan`: an armed attack against Japan has occurred"), markdown)
        XCTAssertEqual(hover?.rangeTuple, [line, 0, line, 9])
        // Nowhere in particular: no hover.
        XCTAssertEqual(session.request("textDocument/hover", at(uri, line: 0, character: 40))?["result"], .null)
        _ = session.close()
    }

    func testAQuickFixAddsTheMissingConsentWithTheRulesAdviceAsTitleAndSatisfiesTheRule() throws {
        let (session, uri, text, diagnostics) = try LSPSession.withExample("13-neo-juba-host-consent-missing-undetermined.yaml")
        let diagnostic = try XCTUnwrap(diagnostics.diagnostic(code: "international-law.host-nation-consent"))
        let actions = try XCTUnwrap(session.request("textDocument/codeAction", .object([
            ("textDocument", .object([("uri", .string(uri))])), ("range", diagnostic["range"]!),
            ("context", .object([("diagnostics", .array([diagnostic]))])),
        ]))?["result"]?.arrayValue)
        let action = try XCTUnwrap(actions.first { $0["diagnostics"]?.arrayValue?.first?["code"] == diagnostic["code"] })
        XCTAssertEqual(action["kind"], .string("quickfix"))
        XCTAssertTrue(action["title"]?.stringValue?.hasPrefix("Obtain the consent of the host nation") ?? false, action.compact())
        let edits = try XCTUnwrap(action["edit"]?["changes"]?[uri]?.arrayValue)
        XCTAssertEqual(edits.count, 1)
        XCTAssertEqual(edits[0]["newText"], .string("  host_nation_consent: true\n"))
        // Nothing changes until the client applies the edit; applied, the finding is gone.
        let applied = apply(edits, to: text)
        session.change(uri, applied, version: 2)
        XCTAssertNil(session.diagnostics(uri).diagnostic(code: "international-law.host-nation-consent"))
        _ = session.close()
    }

    func testAQuickFixSetsAFieldToTheValueTheRuleNeeds() throws {
        let (session, uri, _, _) = try LSPSession.withExample("10-us-primary-responsibility-noncompliant.yaml")
        let actions = session.request("textDocument/codeAction", .object([
            ("textDocument", .object([("uri", .string(uri))])),
            ("range", Range(start: Position(line: 21, character: 0), end: Position(line: 21, character: 0)).json),
            ("context", .object([("diagnostics", .array([]))])),
        ]))?["result"]?.arrayValue ?? []
        XCTAssertEqual(actions.count, 1, "\(actions.map { $0.compact() })")
        let edits = actions.first?["edit"]?["changes"]?[uri]?.arrayValue ?? []
        XCTAssertEqual(edits.first?.rangeTuple, [21, 11, 21, 24])
        XCTAssertEqual(edits.first?["newText"], .string("japan"))
        _ = session.close()
    }

    func testAFreeTextFindingOffersNoRewrite() throws {
        let (session, uri, _, diagnostics) = try LSPSession.withExample("10-us-primary-responsibility-noncompliant.yaml")
        let sentence = try XCTUnwrap(diagnostics.diagnostic(code: "japan-primary-responsibility.text-primary-not-japan"))
        let actions = session.request("textDocument/codeAction", .object([
            ("textDocument", .object([("uri", .string(uri))])), ("range", sentence["range"]!),
            ("context", .object([("diagnostics", .array([sentence]))])),
        ]))?["result"]
        XCTAssertEqual(actions, .array([]))
        _ = session.close()
    }

    func testCompletionOffersTheValuesOfAnEnumerationWithTheirMeanings() throws {
        let session = try LSPSession()
        session.initialize()
        let uri = "file:///drafts/new.yaml"
        let text = "proposal: 1\nid: X\nparticipants:\n  - country: japan\n    role: su\nsituation: \n"
        session.open(uri, text)
        let roles = session.request("textDocument/completion", at(uri, line: 4, character: 12))?["result"]?["items"]?.arrayValue ?? []
        XCTAssertEqual(roles.compactMap { $0["label"]?.stringValue }, ProposalSchema.roles)
        // Choosing one replaces what was typed of the value.
        XCTAssertEqual(roles.first?["textEdit"]?.rangeTuple, [4, 10, 4, 12])
        let situations = session.request("textDocument/completion", at(uri, line: 5, character: 11))?["result"]?["items"]?.arrayValue ?? []
        XCTAssertEqual(situations.compactMap { $0["label"]?.stringValue }, ProposalSchema.situations)
        XCTAssertTrue(situations.first { $0["label"] == .string("armed-attack-on-partner") }?["detail"]?.stringValue?.contains("cabinet decision of 1 July 2014") ?? false)
        // On a key, field names are the YAML language server's to complete.
        XCTAssertEqual(session.request("textDocument/completion", at(uri, line: 5, character: 3))?["result"]?["items"], .array([]))
        _ = session.close()
    }

    private func apply(_ edits: [JSONValue], to text: String) -> String {
        var bytes = Array(text.utf8)
        let positions = TextPositions(bytes)
        for edit in edits.reversed() {
            let range = edit["range"]!
            let start = positions.offset(of: Position(range["start"])!)
            let end = positions.offset(of: Position(range["end"])!)
            bytes.replaceSubrange(start..<end, with: Array(edit["newText"]!.stringValue!.utf8))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension FeatureProtocolTests {
    func testNoQuickFixWhereTheFixIsNotAFieldChangeOrTheChoiceIsThePlanners() throws {
        let session = try LSPSession()
        session.initialize()
        // An unlisted area (any of 22 would do), and missing text fields (what to write is the planner's).
        let (uri, text) = try example("15-cyber-capacity-exchange-warnings-compliant.yaml")
        session.open(uri, text)
        let diagnostics = session.diagnostics(uri)
        XCTAssertNotNil(diagnostics.diagnostic(code: "recognized-areas.listed-area"))
        XCTAssertNotNil(diagnostics.diagnostic(code: "alliance-coordination.mechanism-named"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
        let actions = session.request("textDocument/codeAction", .object([
            ("textDocument", .object([("uri", .string(uri))])),
            ("range", Range(start: Position(line: 0, character: 0), end: Position(line: lines, character: 0)).json),
            ("context", .object([("diagnostics", .array(diagnostics))])),
        ]))?["result"]
        XCTAssertEqual(actions, .array([]))
        _ = session.close()
    }
}
