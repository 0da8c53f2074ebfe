import Accord
@testable import AccordLSP
import XCTest

/// Diagnostics as an editor receives them from the real binary: findings at their ranges, in
/// 0-based lines and UTF-16 columns.
final class DiagnosticsProtocolTests: XCTestCase {
    func testAViolatingProposalsFindingsArePublishedAtTheirSpansWithTheRuleAsCode() throws {
        let (session, _, _, diagnostics) = try LSPSession.withExample("10-us-primary-responsibility-noncompliant.yaml")
        let primary = try XCTUnwrap(diagnostics.diagnostic(code: "japan-primary-responsibility.primary-is-japan"))
        // `  primary: united-states` on line 22: the value, 0-based line 21, columns 11 to 24.
        XCTAssertEqual(primary.rangeTuple, [21, 11, 21, 24])
        XCTAssertEqual(primary["severity"], .int(1))
        XCTAssertEqual(primary["source"], .string("accord"))
        let href = try XCTUnwrap(primary["codeDescription"]?["href"]?.stringValue)
        XCTAssertTrue(href.hasPrefix("file://") && href.contains("Rules/rules/japan-primary-responsibility.yaml#L"), href)
        XCTAssertTrue(primary["message"]?.stringValue?.contains("set `responsibility.primary` to `japan`") ?? false)
        // The text finding covers its whole sentence, over the line break the block scalar folds.
        let sentence = try XCTUnwrap(diagnostics.diagnostic(code: "japan-primary-responsibility.text-primary-not-japan"))
        XCTAssertEqual(sentence.rangeTuple, [41, 2, 43, 22])
        XCTAssertEqual(session.close(), 0)
    }

    func testJapaneseTextIsPlacedInUTF16Columns() throws {
        let session = try LSPSession()
        session.initialize()
        var (uri, text) = try example("08-strategic-submarine-port-call-ja-noncompliant.yaml")
        // 𠮷 is one Unicode scalar (one engine column) but two UTF-16 code units (two LSP columns).
        let sentence = "地域の緊張の高まりを受け、拡大抑止の信頼性を内外に示すため、米海軍の戦略原子力潜水艦を佐世保に寄港させる。"
        text = text.replacingOccurrences(of: "  " + sentence, with: "  𠮷田氏が確認した。" + sentence)
        // The title names the port call of a strategic submarine too, and would be the finding's first place.
        text = text.replacingOccurrences(of: "title: 拡大抑止の可視化のための米戦略原子力潜水艦の佐世保寄港", with: "title: 佐世保寄港の検討")
        uri = uri.replacingOccurrences(of: ".yaml", with: "-astral.yaml")
        session.open(uri, text)
        let finding = try XCTUnwrap(session.diagnostics(uri).diagnostic(code: "non-nuclear-principles.text-nuclear-weapons"))
        let start = 2 + "𠮷田氏が確認した。".utf16.count
        XCTAssertEqual(start, 12)
        XCTAssertEqual(finding.rangeTuple, [33, start, 33, start + sentence.utf16.count])
        _ = session.close()
    }

    func testAnUndeterminedFindingIsAWarningThatNamesTheMissingFact() throws {
        let (session, _, _, diagnostics) = try LSPSession.withExample("13-neo-juba-host-consent-missing-undetermined.yaml")
        let finding = try XCTUnwrap(diagnostics.diagnostic(code: "international-law.host-nation-consent"))
        XCTAssertEqual(finding["severity"], .int(2))
        XCTAssertTrue(finding["message"]?.stringValue?.hasPrefix("Undetermined — missing: `location.host_nation_consent`") ?? false,
                      finding["message"]?.stringValue ?? "")
        // At the mapping the field is missing from: `location:`'s first entry, `  kind: foreign-territory`.
        XCTAssertEqual(finding.rangeTuple, [15, 2, 15, 25])
        _ = session.close()
    }

    func testAnInvalidProposalsFormatErrorsArePublishedAtTheirPlace() throws {
        let (session, _, _, diagnostics) = try LSPSession.withExample("19-invalid-consent-written-as-no.yaml")
        XCTAssertEqual(diagnostics.count, 1)
        let problem = try XCTUnwrap(diagnostics.first)
        XCTAssertEqual(problem["code"], .string("invalid-proposal"))
        XCTAssertEqual(problem["severity"], .int(1))
        // `  host_nation_consent: no` on line 18: the value at column 24.
        XCTAssertEqual(problem.rangeTuple, [17, 23, 17, 25])
        XCTAssertTrue(problem["message"]?.stringValue?.contains("write `true` or `false`") ?? false)
        _ = session.close()
    }

    func testAFileThatIsPlainlyNotAProposalGetsNoDiagnostics() throws {
        let (session, _, _, diagnostics) = try LSPSession.withExample("waivers.yaml")
        XCTAssertEqual(diagnostics.count, 0)
        _ = session.close()
    }

    func testEachChangeIsCheckedAgainAndHalfTypedYAMLGetsASyntaxDiagnostic() throws {
        let (session, uri, text, diagnostics) = try LSPSession.withExample("10-us-primary-responsibility-noncompliant.yaml")
        XCTAssertNotNil(diagnostics.diagnostic(code: "japan-primary-responsibility.primary-is-japan"))
        // A keystroke at a time: the document as it stands after each is a YAML error, then a valid proposal again.
        let broken = text.replacingOccurrences(of: "  primary: united-states", with: "  primary: [united")
        session.change(uri, broken, version: 2)
        let syntax = session.diagnostics(uri)
        XCTAssertEqual(syntax.count, 1, "\(syntax.map { $0.compact() })")
        XCTAssertEqual(syntax.first?["code"], .string("invalid-proposal"))
        session.change(uri, text.replacingOccurrences(of: "  primary: united-states", with: "  primary: japan"), version: 3)
        let fixed = session.diagnostics(uri)
        XCTAssertNil(fixed.diagnostic(code: "japan-primary-responsibility.primary-is-japan"))
        XCTAssertNotNil(fixed.diagnostic(code: "japan-primary-responsibility.text-primary-not-japan"))
        _ = session.close()
    }

    func testManyQuickChangesAreCheckedOnceTheTypingRests() throws {
        let (session, uri, text, _) = try LSPSession.withExample("10-us-primary-responsibility-noncompliant.yaml", options: .object([("debounce_ms", .int(300))]))
        for version in 2...30 { session.change(uri, text + "# \(version)\n", version: version) }
        let published = session.next("diagnostics") { $0["method"] == .string("textDocument/publishDiagnostics") }
        // Only the last version is checked: the ones before it were replaced while the typing went on.
        XCTAssertEqual(published?["params"]?["version"], .int(30))
        _ = session.close()
    }

    func testClosingADocumentClearsItsDiagnostics() throws {
        let (session, uri, _, diagnostics) = try LSPSession.withExample("10-us-primary-responsibility-noncompliant.yaml")
        XCTAssertFalse(diagnostics.isEmpty)
        session.notify("textDocument/didClose", .object([("textDocument", .object([("uri", .string(uri))]))]))
        XCTAssertTrue(session.diagnostics(uri).isEmpty)
        _ = session.close()
    }
}
