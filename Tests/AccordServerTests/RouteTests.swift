import Accord
import AccordServer
import Foundation
import XCTest

/// Every route, status code and error of the service, through its router.
final class RouteTests: RouterTestCase {
    func example(_ name: String) throws -> Data {
        try Data(contentsOf: projectRoot.appendingPathComponent("Examples/\(name)"))
    }

    /// The report `accord check --format json` gives for the same bytes, named as the service names them.
    func expectedReport(_ body: Data) throws -> String {
        let ruleSet = try RuleSetLoader.load([scratch.rules.path])
        let checker = Checker(ruleSet: ruleSet, today: "2026-01-01")
        let report = try XCTUnwrap(checker.check(InputFile(path: "<request>", bytes: [UInt8](body))))
        return JSONReport.render(BatchReport(reports: [report], ruleSet: ruleSet, waivers: [], today: "2026-01-01"))
    }

    func testCheckAnswersTheJSONReportOfTheCLIWithTheDeciddingDigest() async throws {
        let answer = try await client.check(compliantProposal)
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(answer.text, try expectedReport(compliantProposal), "the same bytes as accord check --format json")
        let report = try answer.json()
        XCTAssertEqual(report["format"] as? String, "accord-report")
        let results = try XCTUnwrap(report["results"] as? [[String: Any]])
        XCTAssertEqual(results.count, 1)
        XCTAssertEqual(results[0]["proposal"] as? String, "PROP-2014-031")
        XCTAssertEqual(results[0]["verdict"] as? String, "compliant")
        let digest = try XCTUnwrap((report["ruleset"] as? [String: Any])?["digest"] as? String)
        XCTAssertEqual(digest, try RuleSetLoader.load([scratch.rules.path]).digest)
        XCTAssertEqual(answer.header("X-Accord-Ruleset-Digest"), digest)
        XCTAssertEqual(answer.header("X-Accord-Verdict"), "compliant")
        XCTAssertEqual(answer.header("X-Accord-Gate"), "pass")
        XCTAssertEqual(answer.header("X-Accord-Exit-Code"), "0")
        XCTAssertTrue(answer.header("Content-Type")?.hasPrefix("application/json") ?? false)
    }

    func testANonCompliantProposalIsAVerdictUnder200AndFailOnDecidesTheGate() async throws {
        let body = try example("07-strike-on-missile-bases-noncompliant.yaml")
        let answer = try await client.check(body)
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(answer.header("X-Accord-Verdict"), "non-compliant")
        XCTAssertEqual(answer.header("X-Accord-Gate"), "fail")
        XCTAssertEqual(answer.header("X-Accord-Exit-Code"), "1")
        let results = try XCTUnwrap(try answer.json()["results"] as? [[String: Any]])
        let findings = try XCTUnwrap(results[0]["findings"] as? [[String: Any]])
        XCTAssertTrue(findings.contains { $0["rule"] as? String != nil && $0["status"] as? String == "violated" })

        let never = try await client.check(body, query: "?fail_on=never")
        XCTAssertEqual(never.status, 200)
        XCTAssertEqual(never.header("X-Accord-Gate"), "pass")
        XCTAssertEqual(never.header("X-Accord-Exit-Code"), "0")
        XCTAssertEqual(never.body, answer.body, "fail_on changes the gate, never the report")
    }

    func testFailOnWarningFailsAProposalWithWarningsOnly() async throws {
        let body = try example("15-cyber-capacity-exchange-warnings-compliant.yaml")
        let byDefault = try await client.check(body)
        XCTAssertEqual(byDefault.header("X-Accord-Verdict"), "compliant")
        XCTAssertEqual(byDefault.header("X-Accord-Gate"), "pass")
        let strict = try await client.check(body, query: "?fail_on=warning")
        XCTAssertEqual(strict.status, 200)
        XCTAssertEqual(strict.header("X-Accord-Gate"), "fail")
        XCTAssertEqual(strict.header("X-Accord-Exit-Code"), "1")
    }

    func testAnUnknownFailOnIs400() async throws {
        let answer = try await client.check(compliantProposal, query: "?fail_on=sometimes")
        XCTAssertEqual(answer.status, 400)
        let body = try answer.json()
        XCTAssertEqual(body["error"] as? String, "bad-parameter")
        XCTAssertTrue((body["message"] as? String)?.contains("sometimes") ?? false)
    }

    func testAProposalThatBreaksTheFormatIsTheVerdictInvalidWithItsErrors() async throws {
        let body = try example("19-invalid-consent-written-as-no.yaml")
        let answer = try await client.check(body)
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(answer.text, try expectedReport(body))
        XCTAssertEqual(answer.header("X-Accord-Verdict"), "invalid")
        XCTAssertEqual(answer.header("X-Accord-Exit-Code"), "2")
        let results = try XCTUnwrap(try answer.json()["results"] as? [[String: Any]])
        let errors = try XCTUnwrap(results[0]["errors"] as? [[String: Any]])
        XCTAssertFalse(errors.isEmpty)
        let location = try XCTUnwrap(errors[0]["location"] as? [String: Any])
        XCTAssertEqual(location["path"] as? String, "<request>")
        XCTAssertGreaterThan(location["line"] as? Int ?? 0, 1)
    }

    func testABodyThatCannotBeReadIs400WithLineAndColumn() async throws {
        let cases: [(String, Data, String, Int?)] = [
            ("a YAML syntax error", Data("proposal: 1\nid: [unclosed\ntitle: x\n".utf8), "application/yaml", 3),
            ("bytes that are not UTF-8", Data("proposal: 1\nid: PROP-".utf8) + Data([0xFF, 0xFE, 0x0A]), "application/yaml", 2),
            ("duplicate keys", Data("proposal: 1\nid: A\nid: B\n".utf8), "application/yaml", 3),
            ("an empty body", Data(), "application/yaml", 1),
            ("only whitespace", Data("  \n\n".utf8), "application/yaml", 1),
            ("YAML sent as JSON", compliantProposal, "application/json", 1),
            ("only a comment", Data("# a proposal will follow\n".utf8), "application/yaml", 1),
            ("two documents", Data("proposal: 1\n---\nid: A\n".utf8), "application/yaml", 2),
            ("nesting deeper than 64", Data((String(repeating: "[", count: 70) + String(repeating: "]", count: 70)).utf8), "application/yaml", 1),
            ("an alias bomb", Data(Self.aliasBomb.utf8), "application/yaml", 4),
            ("UTF-16", Data([0xFF, 0xFE]) + Data("p\0r\0".utf8), "application/yaml", 1),
            ("unclosed JSON", Data("{\"proposal\": 1,\n \"id\": \"PROP-1\",\n".utf8), "application/json", 3),
        ]
        for (what, body, type, line) in cases {
            let answer = try await client.check(body, contentType: type)
            XCTAssertEqual(answer.status, 400, what)
            let error = try answer.json()
            XCTAssertEqual(error["status"] as? Int, 400, what)
            XCTAssertEqual(error["error"] as? String, "unreadable-input", what)
            XCTAssertFalse((error["message"] as? String ?? "").isEmpty, what)
            XCTAssertEqual(error["line"] as? Int, line, "\(what): \(answer.text)")
            XCTAssertNotNil(error["column"] as? Int, what)
            XCTAssertNotNil(answer.header("X-Accord-Ruleset-Digest"), what)
        }
    }

    /// 10^5 nodes from five lines.
    static let aliasBomb = """
        a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]
        b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
        c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
        d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
        e: [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]

        """

    func testADocumentThatIsNotAMappingIsTheVerdictInvalidNot400() async throws {
        let answer = try await client.check(Data("just some text\n".utf8))
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(answer.header("X-Accord-Verdict"), "invalid")
    }

    func testContentTypesYAMLAndJSONAreCheckedAndOthersAre415() async throws {
        let json = try YAMLLoader().loadDocument([UInt8](compliantProposal), path: "example").json.pretty()
        for type in ["application/yaml", "application/x-yaml", "text/yaml", "application/yaml; charset=utf-8", "Application/YAML"] {
            let answer = try await client.check(compliantProposal, contentType: type)
            XCTAssertEqual(answer.status, 200, type)
            XCTAssertEqual(answer.header("X-Accord-Verdict"), "compliant", type)
        }
        for type in ["application/json", "application/json; charset=utf-8"] {
            let answer = try await client.check(Data(json.utf8), contentType: type)
            XCTAssertEqual(answer.status, 200, type)
            XCTAssertEqual(answer.header("X-Accord-Verdict"), "compliant", type)
        }
        for type in ["text/plain", "application/x-www-form-urlencoded", "application/octet-stream", "multipart/form-data; boundary=x"] {
            let answer = try await client.check(compliantProposal, contentType: type)
            XCTAssertEqual(answer.status, 415, type)
            XCTAssertEqual(try answer.json()["error"] as? String, "unsupported-media-type", type)
        }
    }

    func testABodyOverTheLimitIs413() async throws {
        let limit = LoaderLimits.default.maxBytes
        var big = Data("proposal: 1\ndescription: |\n".utf8)
        big.append(Data(repeating: UInt8(ascii: "a"), count: limit + 1 - big.count))
        XCTAssertEqual(big.count, limit + 1)
        let answer = try await client.check(big)
        XCTAssertEqual(answer.status, 413)
        let error = try answer.json()
        XCTAssertEqual(error["error"] as? String, "body-too-large")
        XCTAssertTrue((error["message"] as? String)?.contains("\(limit)") ?? false)

        // Exactly at the limit is read (and then judged on its content).
        let atLimit = try await client.check(big.dropLast())
        XCTAssertNotEqual(atLimit.status, 413)
        // The service still serves after a 413.
        let after = try await client.check(compliantProposal)
        XCTAssertEqual(after.status, 200)
    }

    func testRulesListsIdsPremisesSeveritiesAndTheDigest() async throws {
        let answer = try await client.send("GET", "/v1/rules")
        XCTAssertEqual(answer.status, 200)
        let ruleSet = try RuleSetLoader.load([scratch.rules.path])
        let body = try answer.json()
        let summary = try XCTUnwrap(body["ruleset"] as? [String: Any])
        XCTAssertEqual(summary["digest"] as? String, ruleSet.digest)
        XCTAssertEqual(answer.header("X-Accord-Ruleset-Digest"), ruleSet.digest)
        let rules = try XCTUnwrap(body["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.compactMap { $0["id"] as? String }, ruleSet.rules.map(\.id))
        XCTAssertEqual(rules.compactMap { $0["severity"] as? String }, ruleSet.rules.map(\.severity.rawValue))
        XCTAssertEqual(rules.compactMap { $0["premise"] as? String }, ruleSet.rules.map(\.premise))
        let premises = try XCTUnwrap(body["premises"] as? [[String: Any]])
        XCTAssertEqual(Set(premises.compactMap { $0["id"] as? String }), Set(RuleSetLoader.premiseIDs))
    }

    func testHealthz() async throws {
        let answer = try await client.send("GET", "/healthz")
        XCTAssertEqual(answer.status, 200)
        XCTAssertEqual(try answer.json()["status"] as? String, "ok")
        XCTAssertNotNil(answer.header("X-Accord-Ruleset-Digest"))
    }

    func testMetricsCountRequestsByVerdictAndStatusWithLatencyAndTheDigest() async throws {
        _ = try await client.check(compliantProposal)
        _ = try await client.check(compliantProposal)
        _ = try await client.check(try example("07-strike-on-missile-bases-noncompliant.yaml"))
        _ = try await client.check(compliantProposal, contentType: "text/plain")
        _ = try await client.send("GET", "/nowhere")
        _ = try await client.send("DELETE", "/v1/rules")
        let answer = try await client.send("GET", "/metrics")
        XCTAssertEqual(answer.status, 200)
        XCTAssertTrue(answer.header("Content-Type")?.hasPrefix("text/plain; version=0.0.4") ?? false)
        let text = answer.text
        let digest = try RuleSetLoader.load([scratch.rules.path]).digest
        func value(_ series: String) -> Double? {
            text.split(separator: "\n").first { $0.hasPrefix(series + " ") }.flatMap { Double($0.split(separator: " ").last!) }
        }
        XCTAssertEqual(value(#"accord_http_requests_total{method="POST",route="/v1/check",status="200"}"#), 3, text)
        XCTAssertEqual(value(#"accord_http_requests_total{method="POST",route="/v1/check",status="415"}"#), 1, text)
        XCTAssertEqual(value(#"accord_http_requests_total{method="GET",route="unmatched",status="404"}"#), 1, text)
        // A wrong method on a route is counted under the route; only stray paths are `unmatched`.
        XCTAssertEqual(value(#"accord_http_requests_total{method="DELETE",route="/v1/rules",status="405"}"#), 1, text)
        XCTAssertEqual(value(#"accord_decisions_total{verdict="compliant"}"#), 2, text)
        XCTAssertEqual(value(#"accord_decisions_total{verdict="non-compliant"}"#), 1, text)
        XCTAssertEqual(value(#"accord_ruleset_info{digest="\#(digest)"}"#), 1, text)
        XCTAssertEqual(value(#"accord_http_request_duration_seconds_count{method="POST",route="/v1/check"}"#), 4, text)
        XCTAssertTrue(text.contains(#"accord_http_request_duration_seconds_bucket{method="POST",route="/v1/check",le="0.001"}"#), text)
        XCTAssertTrue(text.contains("# TYPE accord_http_request_duration_seconds histogram"), text)
    }

    func testUnknownRoutesAre404AndWrongMethods405WithJSONBodies() async throws {
        let missing = try await client.send("GET", "/v2/check")
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(try missing.json()["error"] as? String, "not-found")
        let wrong = try await client.send("GET", "/v1/check")
        XCTAssertEqual(wrong.status, 405)
        XCTAssertEqual(wrong.header("Allow"), "POST")
        XCTAssertEqual(try wrong.json()["error"] as? String, "method-not-allowed")
        XCTAssertNotNil(wrong.header("X-Accord-Ruleset-Digest"))
    }

    func testReloadIsForbiddenWithoutAConfiguredToken() async throws {
        let answer = try await client.send("POST", "/v1/reload", headers: ["Authorization": "Bearer anything"])
        XCTAssertEqual(answer.status, 403)
        XCTAssertEqual(try answer.json()["error"] as? String, "reload-disabled")
    }
}
