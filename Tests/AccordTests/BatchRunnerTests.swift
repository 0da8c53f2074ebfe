import Synchronization
import XCTest
@testable import Accord

/// A batch's workers: the reports come back in input order whatever the number of workers, and
/// a large batch gives each worker after the first a checker of its own.
final class BatchRunnerTests: XCTestCase {
    static let root = Engine.root

    func sources(_ count: Int) throws -> [InputSource] {
        let folder = Self.root.appendingPathComponent("Examples").path
        let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
        return (0..<count).map { InputSource(path: folder + "/" + names[$0 % names.count], foundInFolder: false) }
    }

    /// Counts the checkers a runner makes for its workers.
    final class Made: Sendable {
        let count = Mutex(0)
    }

    func run(_ sources: [InputSource], jobs: Int, made: Made? = nil) throws -> [String] {
        let ruleSet = try RuleSetLoader.load([Self.root.appendingPathComponent("Rules").path])
        var runner = BatchRunner(checker: Checker(ruleSet: ruleSet, today: "2026-01-01"), jobs: jobs)
        if let made {
            runner.workerChecker = {
                made.count.withLock { $0 += 1 }
                return Checker(ruleSet: ruleSet, today: "2026-01-01")
            }
        }
        var delivered: [String] = []
        _ = runner.run(sources) { report in
            delivered.append("\(report.path) \(report.verdict) \(report.findings.map(\.rule))")
        }
        return delivered
    }

    func testALargeBatchGivesTheSecondWorkerItsOwnCheckerAndTheSameReports() throws {
        let large = try sources(2 * BatchRunner.inputsPerOwnChecker)
        let made = Made()
        let twoWorkers = try run(large, jobs: 2, made: made)
        XCTAssertEqual(made.count.withLock { $0 }, 1)
        XCTAssertEqual(twoWorkers, try run(large, jobs: 1))
        XCTAssertEqual(twoWorkers.count, large.count)
    }

    func testASmallBatchSharesOneChecker() throws {
        let small = try sources(2 * BatchRunner.inputsPerOwnChecker - 1)
        let made = Made()
        XCTAssertEqual(try run(small, jobs: 2, made: made), try run(small, jobs: 1))
        XCTAssertEqual(made.count.withLock { $0 }, 0)
    }
}
