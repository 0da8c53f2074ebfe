import Accord
import AccordServer
import Foundation
import Logging
import XCTest

/// The review page through the service's router (issue 15): its headers, the form as a browser sends
/// it (`multipart/form-data`), escaping, the errors of `POST /v1/check`, and what is kept. The browser
/// tests (Tests/Browser) drive the same page in headless Chromium over real HTTP.
final class PageRouteTests: RouterTestCase {
    /// A small body limit, to reach 413 with a small form.
    override func configuration(rules: URL) -> ServiceConfiguration {
        ServiceConfiguration(rulePaths: [rules.path], port: 0, maxBodyBytes: 64 * 1024)
    }

    static let boundary = "----accordtest7MA4YWxkTrZu0gW"

    /// A form as a browser encodes it: `proposal` text, then each file under `files`.
    static func form(pasted: String, files: [(name: String, bytes: Data)] = []) -> Data {
        var body = Data()
        func add(_ text: String) { body.append(Data(text.utf8)) }
        add("--\(boundary)\r\nContent-Disposition: form-data; name=\"proposal\"\r\n\r\n\(pasted)\r\n")
        for file in files {
            add("--\(boundary)\r\nContent-Disposition: form-data; name=\"files\"; filename=\"\(file.name)\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            body.append(file.bytes)
            add("\r\n")
        }
        add("--\(boundary)--\r\n")
        return body
    }

    func post(_ body: Data, contentType: String = "multipart/form-data; boundary=\(PageRouteTests.boundary)") async throws -> HTTPAnswer {
        try await client.send("POST", "/", body: body, headers: ["Content-Type": contentType])
    }

    func assertSecurityHeaders(_ answer: HTTPAnswer, file: StaticString = #filePath, line: UInt = #line) {
        let policy = answer.header("Content-Security-Policy") ?? ""
        XCTAssertTrue(policy.contains("default-src 'none'"), policy, file: file, line: line)
        XCTAssertTrue(policy.contains("script-src 'self'"), policy, file: file, line: line)
        XCTAssertFalse(policy.contains("unsafe-inline"), policy, file: file, line: line)
        XCTAssertTrue(policy.contains("frame-ancestors 'none'"), policy, file: file, line: line)
        XCTAssertEqual(answer.header("X-Content-Type-Options"), "nosniff", file: file, line: line)
        XCTAssertEqual(answer.header("Cache-Control"), "no-store", file: file, line: line)
    }

    func testTheFormPageIsHTMLWithAStrictPolicyAndNoInlineScriptOrStyle() async throws {
        let answer = try await client.send("GET", "/")
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(answer.header("Content-Type"), "text/html; charset=utf-8")
        assertSecurityHeaders(answer)
        XCTAssertTrue(answer.text.contains("<form class=\"check\" method=\"post\" action=\"/\" enctype=\"multipart/form-data\">"), answer.text)
        XCTAssertNil(answer.text.range(of: "<script>"), "inline script")
        XCTAssertNil(answer.text.range(of: "<style"), "inline style")
        XCTAssertNil(answer.text.range(of: " style="), "inline style")
        for asset in ["/assets/page.css", "/assets/page.js"] {
            let served = try await client.send("GET", asset)
            XCTAssertEqual(served.status, 200, asset)
            assertSecurityHeaders(served)
        }
    }

    func testAPastedProposalGetsItsVerdictFindingsAndMarkedSource() async throws {
        let yaml = try String(contentsOf: projectRoot.appendingPathComponent("Examples/16-amphibious-exercise-palawan-consent-refused-noncompliant.yaml"), encoding: .utf8)
        let answer = try await post(Self.form(pasted: yaml))
        XCTAssertEqual(answer.status, 200)
        assertSecurityHeaders(answer)
        XCTAssertEqual(answer.header("X-Accord-Verdict"), "non-compliant")
        let page = answer.text
        XCTAssertTrue(page.contains("<p class=\"verdict non-compliant\" role=\"status\">Verdict: <strong>non-compliant</strong></p>"), page)
        // The finding links to its line, and the line, marked from the finding's column, links back.
        XCTAssertTrue(page.contains("<a href=\"#p1-L21\"><code>pasted:21:24</code></a>"), page)
        XCTAssertTrue(page.contains("<li id=\"p1-L21\" class=\"hit\"><span class=\"ln\" aria-hidden=\"true\">21</span><code>  host_nation_consent: <mark>false</mark></code> <a class=\"back\" href=\"#p1-f1\">"), page)
        XCTAssertTrue(page.contains("id=\"p1-f1\""), page)
        // The pasted text is given back in the form, to be corrected.
        XCTAssertTrue(page.contains("host_nation_consent: false"), page)
    }

    /// A browser ends a textarea's lines with CRLF: the listing still has a line per line, and
    /// the mark is at the finding's line.
    func testAPasteWithCRLFLineEndsIsListedLineByLine() async throws {
        let yaml = try String(contentsOf: projectRoot.appendingPathComponent("Examples/16-amphibious-exercise-palawan-consent-refused-noncompliant.yaml"), encoding: .utf8)
        let answer = try await post(Self.form(pasted: yaml.replacingOccurrences(of: "\n", with: "\r\n")))
        XCTAssertEqual(answer.status, 200)
        XCTAssertTrue(answer.text.contains("<li id=\"p1-L21\" class=\"hit\"><span class=\"ln\" aria-hidden=\"true\">21</span><code>  host_nation_consent: <mark>false</mark></code>"), answer.text)
        XCTAssertTrue(answer.text.contains("<li id=\"p1-L45\">"), answer.text)
    }

    func testEverythingFromTheProposalIsEscaped() async throws {
        let yaml = try String(contentsOf: projectRoot.appendingPathComponent("Examples/01-isr-nansei-islands-compliant.yaml"), encoding: .utf8)
            .replacingOccurrences(of: "title: Bilateral ISR of maritime activity around the Nansei Islands",
                                  with: "title: '<script>alert(1)</script> \"><img src=x onerror=alert(2)> ISR'")
        let answer = try await post(Self.form(pasted: yaml, files: [("<b>x</b>.yaml", Data(yaml.utf8))]))
        XCTAssertEqual(answer.status, 200, answer.text)
        XCTAssertFalse(answer.text.contains("<script>alert"), answer.text)
        XCTAssertFalse(answer.text.contains("<img"), answer.text)
        XCTAssertFalse(answer.text.contains("<b>"), answer.text)
        XCTAssertTrue(answer.text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), answer.text)
    }

    func testSeveralFilesAreCheckedTogether() async throws {
        let files = try ["01-isr-nansei-islands-compliant.yaml", "13-neo-juba-host-consent-missing-undetermined.yaml"].map {
            ($0, try Data(contentsOf: projectRoot.appendingPathComponent("Examples/\($0)")))
        }
        let answer = try await post(Self.form(pasted: "", files: files))
        XCTAssertEqual(answer.status, 200)
        XCTAssertTrue(answer.text.contains("2 proposals: <strong>1 compliant, 1 undetermined</strong>"), answer.text)
        XCTAssertTrue(answer.text.contains("id=\"p2-L1\""), answer.text)
    }

    func testAnInvalidProposalShowsItsErrorsAtTheirLines() async throws {
        let yaml = try String(contentsOf: projectRoot.appendingPathComponent("Examples/19-invalid-consent-written-as-no.yaml"), encoding: .utf8)
        let answer = try await post(Self.form(pasted: yaml))
        XCTAssertEqual(answer.status, 200)
        XCTAssertTrue(answer.text.contains("Verdict: <strong>invalid</strong>"), answer.text)
        XCTAssertNotNil(answer.text.range(of: "<li id=\"p1-L[0-9]+\" class=\"hit\">", options: .regularExpression), answer.text)
        XCTAssertTrue(answer.text.contains("↑ problem 1"), answer.text)
    }

    func testTheErrorsOfCheckApplyToThePage() async throws {
        // Unreadable YAML: 400, shown at its line in the same view.
        let broken = try await post(Self.form(pasted: "proposal: 1\nid: [unclosed\n"))
        XCTAssertEqual(broken.status, 400)
        XCTAssertTrue(broken.text.contains("class=\"hit\""), broken.text)
        // Nothing to check, the wrong media type, a body over the limit.
        let empty = try await post(Self.form(pasted: "  \n"))
        XCTAssertEqual(empty.status, 400)
        XCTAssertTrue(empty.text.contains("There is nothing to check."), empty.text)
        let wrongType = try await post(Data("proposal=x".utf8), contentType: "application/x-www-form-urlencoded")
        XCTAssertEqual(wrongType.status, 415)
        let large = try await post(Self.form(pasted: String(repeating: "# padding\n", count: 8000)))
        XCTAssertEqual(large.status, 413)
        XCTAssertTrue(large.text.contains("larger than the limit of 65536 bytes"), large.text)
        for answer in [broken, empty, wrongType, large] { assertSecurityHeaders(answer) }
        // Other methods on the page's paths are 405, as on the API's.
        let put = try await client.send("PUT", "/premises")
        XCTAssertEqual(put.status, 405)
    }

    func testThePremisesPageShowsTheCatalogue() async throws {
        let answer = try await client.send("GET", "/premises")
        XCTAssertEqual(answer.status, 200)
        assertSecurityHeaders(answer)
        let ruleSet = try RuleSetLoader.load([scratch.rules.path])
        for premise in ruleSet.premises {
            XCTAssertTrue(answer.text.contains("<code>\(premise.id)</code>"), premise.id)
            for excerpt in premise.quote { XCTAssertTrue(answer.text.contains(ReviewPage.escape(excerpt)), excerpt) }
        }
        XCTAssertTrue(answer.text.contains("<code>international-law.host-nation-consent</code>"))
        XCTAssertTrue(answer.text.contains("<dt>Examples</dt>"))
    }
}

/// The page keeps nothing unless the decision log is on; then each proposal it decides is a decision.
final class PageDecisionLogTests: XCTestCase {
    func testThePageLogsItsDecisionsLikeCheck() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let log = scratch.file("decisions.jsonl")
        let service = try AccordService(
            configuration: ServiceConfiguration(rulePaths: [scratch.rules.path], port: 0, decisionLogPath: log.path),
            logger: Logger(label: "accord-serve-test"))
        let files = [("a.yaml", compliantProposal), ("b.yaml", compliantProposal)]
        let answer = try await RouterClient(service: service).send(
            "POST", "/", body: PageRouteTests.form(pasted: "", files: files),
            headers: ["Content-Type": "multipart/form-data; boundary=\(PageRouteTests.boundary)"])
        service.decisionLog?.close()
        XCTAssertEqual(answer.status, 200)
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        XCTAssertTrue(lines.allSatisfy { $0.contains("\"verdict\":\"compliant\"") && $0.contains("\"request_sha256\":\"sha256:") }, "\(lines)")
        XCTAssertFalse(lines.joined().contains("Nansei"), "the proposal's text is not kept")
    }
}
