import Accord
import AccordServer
import Crypto
import Foundation
import XCTest

/// `--decision-log`: one JSON line per decision, on disk before the answer, appended across restarts.
final class DecisionLogTests: XCTestCase {
    func lines(_ file: URL) throws -> [[String: Any]] {
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.isEmpty || text.hasSuffix("\n"), "every line ends with a newline")
        return try text.split(separator: "\n").map { line in
            try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
    }

    func testEachDecisionIsAppendedBeforeItsAnswerAndNothingIsEverRewritten() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let log = scratch.file("decisions.jsonl")
        let configuration = ServiceConfiguration(rulePaths: [scratch.rules.path], port: 0, decisionLogPath: log.path)
        let digest = try RuleSetLoader.load([scratch.rules.path]).digest
        let noncompliant = try Data(contentsOf: projectRoot.appendingPathComponent("Examples/07-strike-on-missile-bases-noncompliant.yaml"))
        let invalid = try Data(contentsOf: projectRoot.appendingPathComponent("Examples/19-invalid-consent-written-as-no.yaml"))

        let first = try await InProcessServer.start(configuration)
        do {
            _ = try await first.client.check(compliantProposal)
            // Read while the service still runs: the line is there as soon as the answer is.
            var records = try lines(log)
            XCTAssertEqual(records.count, 1)
            let record = records[0]
            XCTAssertEqual(record["proposal"] as? String, "PROP-2014-031")
            XCTAssertEqual(record["verdict"] as? String, "compliant")
            XCTAssertEqual(record["ruleset"] as? String, digest)
            let hash = SHA256.hash(data: compliantProposal).map { String(format: "%02x", $0) }.joined()
            XCTAssertEqual(record["request_sha256"] as? String, "sha256:" + hash)
            XCTAssertEqual(record["findings"] as? [String], [])
            let time = try XCTUnwrap(record["time"] as? String)
            XCTAssertTrue(time.hasSuffix("Z"), "UTC: \(time)")
            XCTAssertNotNil(try? Date(time, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)), time)

            let answer = try await first.client.check(noncompliant)
            records = try lines(log)
            XCTAssertEqual(records.count, 2)
            XCTAssertEqual(records[1]["verdict"] as? String, "non-compliant")
            let reported = try XCTUnwrap((try answer.json()["results"] as? [[String: Any]])?.first?["findings"] as? [[String: Any]])
            XCTAssertEqual(records[1]["findings"] as? [String], reported.compactMap { $0["rule"] as? String })
            XCTAssertFalse(reported.isEmpty)

            _ = try await first.client.check(invalid)
            // Refusals are not decisions: nothing is logged for them.
            _ = try await first.client.check(Data("id: [".utf8))
            _ = try await first.client.check(compliantProposal, contentType: "text/plain")
            records = try lines(log)
            XCTAssertEqual(records.count, 3)
            XCTAssertEqual(records[2]["verdict"] as? String, "invalid")
        } catch {
            try await first.stop()
            throw error
        }
        try await first.stop()
        let afterFirstRun = try Data(contentsOf: log)

        let second = try await InProcessServer.start(configuration)
        _ = try await second.client.check(compliantProposal)
        try await second.stop()
        let afterSecondRun = try Data(contentsOf: log)
        XCTAssertTrue(afterSecondRun.starts(with: afterFirstRun), "a restart appends; it never rewrites")
        XCTAssertEqual(try lines(log).count, 4)
    }

    func testAnUnwritableLogStopsTheServiceFromStarting() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let configuration = ServiceConfiguration(
            rulePaths: [scratch.rules.path], port: 0, decisionLogPath: scratch.file("no-such-folder/decisions.jsonl").path)
        XCTAssertThrowsError(try AccordService(configuration: configuration, logger: .init(label: "test"))) { error in
            XCTAssertTrue("\(error)".contains("decision log"), "\(error)")
        }
    }

    func testAnInvalidRuleSetStopsTheServiceFromStarting() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.breakRules()
        XCTAssertThrowsError(try AccordService(configuration: ServiceConfiguration(rulePaths: [scratch.rules.path], port: 0), logger: .init(label: "test"))) { error in
            XCTAssertTrue("\(error)".contains("zz-broken.yaml"), "\(error)")
        }
    }
}
