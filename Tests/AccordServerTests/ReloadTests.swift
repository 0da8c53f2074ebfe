import Accord
import AccordServer
import Foundation
import Synchronization
import XCTest

/// `POST /v1/reload`: the token, the atomic swap, and a broken rule set while requests are served.
final class ReloadTests: RouterTestCase {
    static let token = "test-token-\(UUID().uuidString)"

    override func configuration(rules: URL) -> ServiceConfiguration {
        ServiceConfiguration(rulePaths: [rules.path], port: 0, reloadToken: Self.token)
    }

    func reload(token: String? = ReloadTests.token) async throws -> HTTPAnswer {
        var headers: [String: String] = [:]
        if let token { headers["Authorization"] = "Bearer \(token)" }
        return try await client.send("POST", "/v1/reload", headers: headers)
    }

    func servingDigest() async throws -> String {
        let answer = try await client.send("GET", "/v1/rules")
        XCTAssertEqual(answer.status, 200)
        return try XCTUnwrap((try answer.json()["ruleset"] as? [String: Any])?["digest"] as? String)
    }

    /// Sends checks of the compliant example from `workers` concurrent loops while `alongside` runs: each
    /// loop keeps sending until `alongside` has finished, and at least `each` times, so that `alongside`
    /// falls among the checks. The checks' answers and `alongside`'s.
    func checks(
        workers: Int, each: Int, alongside: @escaping @Sendable () async throws -> [HTTPAnswer]
    ) async throws -> (checks: [HTTPAnswer], others: [HTTPAnswer]) {
        let client = self.client
        let finished = Flag()
        return try await withDeadline(90, "requests and a reload") {
            try await withThrowingTaskGroup(of: (Bool, [HTTPAnswer]).self) { group in
                for _ in 0..<workers {
                    group.addTask {
                        var answers: [HTTPAnswer] = []
                        while answers.count < each || !finished.isSet {
                            answers.append(try await client.check(compliantProposal))
                        }
                        return (true, answers)
                    }
                }
                group.addTask {
                    try await Task.sleep(for: .milliseconds(20))
                    defer { finished.set() }
                    return (false, try await alongside())
                }
                var checks: [HTTPAnswer] = []
                var others: [HTTPAnswer] = []
                for try await (isCheck, answers) in group {
                    if isCheck { checks += answers } else { others += answers }
                }
                return (checks, others)
            }
        }
    }

    func testReloadNeedsTheBearerToken() async throws {
        let missing = try await reload(token: nil)
        XCTAssertEqual(missing.status, 401)
        XCTAssertEqual(missing.header("WWW-Authenticate"), "Bearer realm=\"accord\"")
        XCTAssertEqual(try missing.json()["error"] as? String, "unauthorized")
        let wrong = try await reload(token: "not-the-token")
        XCTAssertEqual(wrong.status, 401)
        let prefix = try await reload(token: String(Self.token.dropLast()))
        XCTAssertEqual(prefix.status, 401)
        let basic = try await client.send("POST", "/v1/reload", headers: ["Authorization": "Basic \(Self.token)"])
        XCTAssertEqual(basic.status, 401)
        let lowerCaseScheme = try await client.send("POST", "/v1/reload", headers: ["Authorization": "bearer \(Self.token)"])
        XCTAssertEqual(lowerCaseScheme.status, 200)
    }

    func testReloadSwapsInAnEditedRuleSetAndSaysSoWhenNothingChanged() async throws {
        let before = try await servingDigest()
        let same = try await reload()
        XCTAssertEqual(same.status, 200)
        XCTAssertEqual(try same.json()["status"] as? String, "unchanged")

        try scratch.editRuleTitle()
        let changed = try await reload()
        XCTAssertEqual(changed.status, 200, changed.text)
        let body = try changed.json()
        XCTAssertEqual(body["status"] as? String, "reloaded")
        let after = try XCTUnwrap((body["ruleset"] as? [String: Any])?["digest"] as? String)
        XCTAssertNotEqual(after, before)
        XCTAssertEqual((body["previous"] as? [String: Any])?["digest"] as? String, before)
        XCTAssertEqual(after, try RuleSetLoader.load([scratch.rules.path]).digest)
        let served = try await servingDigest()
        XCTAssertEqual(served, after)
        let check = try await client.check(compliantProposal)
        XCTAssertEqual(check.header("X-Accord-Ruleset-Digest"), after)
        let metrics = try await client.send("GET", "/metrics").text
        XCTAssertTrue(metrics.contains(#"accord_ruleset_info{digest="\#(after)"} 1"#), metrics)
        XCTAssertFalse(metrics.contains(#"accord_ruleset_info{digest="\#(before)"}"#), "the old digest's series is gone")
        XCTAssertTrue(metrics.contains(#"accord_ruleset_reloads_total{trigger="http",result="reloaded"} 1"#), metrics)
    }

    /// The issue's hard case: requests keep flowing while a broken rule set is offered; every one of them
    /// is answered by the old set, the reload says why it refused, and the old digest keeps serving.
    func testABrokenRuleSetIsRejectedWhileRequestsAreServedByTheOldOne() async throws {
        let before = try await servingDigest()
        try scratch.breakRules()
        let client = self.client
        let (checks, reloads) = try await checks(workers: 4, each: 30) {
            var answers: [HTTPAnswer] = []
            for _ in 0..<3 {
                answers.append(try await client.send("POST", "/v1/reload", headers: ["Authorization": "Bearer \(ReloadTests.token)"]))
            }
            return answers
        }
        XCTAssertGreaterThanOrEqual(checks.count, 120)
        XCTAssertEqual(reloads.count, 3)
        for check in checks {
            XCTAssertEqual(check.status, 200)
            XCTAssertEqual(check.header("X-Accord-Ruleset-Digest"), before)
            XCTAssertEqual(check.header("X-Accord-Verdict"), "compliant")
        }
        for reload in reloads {
            XCTAssertEqual(reload.status, 422, reload.text)
            let body = try reload.json()
            XCTAssertEqual(body["error"] as? String, "invalid-ruleset")
            XCTAssertEqual((body["ruleset"] as? [String: Any])?["digest"] as? String, before)
            let problems = try XCTUnwrap(body["problems"] as? [[String: Any]])
            let location = try XCTUnwrap(problems.first?["location"] as? [String: Any])
            XCTAssertTrue((location["path"] as? String)?.hasSuffix("zz-broken.yaml") ?? false, "\(problems)")
            XCTAssertNotNil(location["line"] as? Int)
        }
        let served = try await servingDigest()
        XCTAssertEqual(served, before)
        let metrics = try await client.send("GET", "/metrics").text
        XCTAssertTrue(metrics.contains(#"accord_ruleset_reloads_total{trigger="http",result="rejected"} 3"#), metrics)
    }

    /// A valid reload in the middle of traffic: each answer is wholly one rule set's, the one its header names.
    func testEveryAnswerDuringAValidReloadNamesTheDigestThatDecidedIt() async throws {
        let before = try await servingDigest()
        try scratch.editRuleTitle()
        let after = try RuleSetLoader.load([scratch.rules.path]).digest
        let client = self.client
        let (answers, reloads) = try await checks(workers: 3, each: 30) {
            [try await client.send("POST", "/v1/reload", headers: ["Authorization": "Bearer \(ReloadTests.token)"])]
        }
        XCTAssertEqual(reloads.map(\.status), [200])
        XCTAssertGreaterThanOrEqual(answers.count, 90)
        for answer in answers {
            XCTAssertEqual(answer.status, 200)
            let header = try XCTUnwrap(answer.header("X-Accord-Ruleset-Digest"))
            XCTAssertTrue([before, after].contains(header))
            let body = try XCTUnwrap((try answer.json()["ruleset"] as? [String: Any])?["digest"] as? String)
            XCTAssertEqual(body, header, "the body and the header name the same rule set")
        }
        let served = try await servingDigest()
        XCTAssertEqual(served, after)
    }
}

/// A flag set once, read from many tasks.
final class Flag: Sendable {
    private let value = Mutex(false)
    var isSet: Bool { value.withLock { $0 } }
    func set() { value.withLock { $0 = true } }
}

/// Where the reload token comes from.
final class ReloadTokenTests: XCTestCase {
    func testTheFileWinsOverTheEnvironmentAndItsNewlineIsNotPartOfTheToken() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = scratch.file("token")
        try "from-file\n".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try ReloadToken.resolve(file: file.path, environment: ["ACCORD_RELOAD_TOKEN": "from-env"]), "from-file")
        XCTAssertEqual(try ReloadToken.resolve(file: nil, environment: ["ACCORD_RELOAD_TOKEN": "from-env"]), "from-env")
        XCTAssertNil(try ReloadToken.resolve(file: nil, environment: [:]))
    }

    func testAnEmptyOrMissingTokenFileIsAnError() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = scratch.file("empty")
        try "\n".write(to: file, atomically: true, encoding: .utf8)
        XCTAssertThrowsError(try ReloadToken.resolve(file: file.path, environment: [:]))
        XCTAssertThrowsError(try ReloadToken.resolve(file: scratch.file("missing").path, environment: [:]))
        XCTAssertThrowsError(try ReloadToken.resolve(file: nil, environment: ["ACCORD_RELOAD_TOKEN": ""]))
    }
}
