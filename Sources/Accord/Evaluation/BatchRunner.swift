import Foundation
import Synchronization

/// Checks many inputs on several threads; the reports come back in input order, so the output
/// of `--jobs 8` is the output of `--jobs 1`.
public struct BatchRunner: Sendable {
    public var checker: Checker
    public var jobs: Int
    /// Makes a checker of its own for each worker after the first, from the same rule set (nil
    /// when it cannot, and the worker shares `checker`). Workers that share one rule set count
    /// references to the same objects from two cores, and each count then waits for the other
    /// core: about a twentieth of a large batch's time. Loading a rule set again takes about as
    /// long as checking 50 proposals, so a batch with fewer than `inputsPerOwnChecker` inputs
    /// per worker shares.
    public var workerChecker: (@Sendable () -> Checker?)? = nil
    public static let inputsPerOwnChecker = 200

    public init(checker: Checker, jobs: Int) {
        self.checker = checker
        self.jobs = max(1, jobs)
    }

    public struct Outcome: Sendable {
        public var reports: [ProposalReport]
        /// Files found in folders that are plainly not proposals.
        public var skipped: [String]
    }

    /// All reports at once, for the formats that need the whole batch.
    public func run(_ sources: [InputSource], progress: (@Sendable (Int) -> Void)? = nil) -> Outcome {
        var reports: [ProposalReport] = []
        let skipped = run(sources, progress: progress) { reports.append($0) }
        return Outcome(reports: reports, skipped: skipped)
    }

    /// Hands each report to `deliver` in input order, one at a time, as soon as it and every report
    /// before it are done, and then forgets it; returns the files set aside. `progress` is called
    /// with the number of inputs done so far, from worker threads.
    public func run(_ sources: [InputSource], progress: (@Sendable (Int) -> Void)? = nil,
                    deliver: (ProposalReport) -> Void) -> [String] {
        run(sources, progress: progress, prepare: { $0 }, deliver: deliver)
    }

    /// As `run(_:progress:deliver:)`, with `prepare` applied to each report on the worker thread
    /// that checked it (rendering it, say), so that only delivery is done one at a time; only
    /// what it prepares is handed over. The report is then freed on the thread that made it: a
    /// report freed by the other worker released its rules' shared parts (each result's heading)
    /// from the other core while that core was counting references to them.
    public func run<Prepared: Sendable>(_ sources: [InputSource], progress: (@Sendable (Int) -> Void)? = nil,
                              prepare: @Sendable (ProposalReport) -> Prepared,
                              deliver: (Prepared) -> Void) -> [String] {
        let state = DeliveryState<Prepared>(count: sources.count)
        let workers = min(jobs, max(1, sources.count))
        return withoutActuallyEscaping(deliver) { deliver in
            let handover = Handover(deliver)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let ownChecker = worker > 0 && sources.count >= workers * Self.inputsPerOwnChecker
                let checker = ownChecker ? workerChecker?() ?? self.checker : self.checker
                while let index = state.take() {
                    let done = state.finish(index, with: Self.check(sources[index], with: checker).map(prepare))
                    progress?(done)
                    handover.deliverReady(from: state, sources: sources)
                }
            }
            return handover.skipped
        }
    }

    static func check(_ source: InputSource, with checker: Checker) -> ProposalReport? {
        let input: InputFile
        do {
            input = try InputFile.read(source.path, limit: checker.limits.maxBytes)
        } catch {
            return ProposalReport(path: source.path, proposalID: nil, verdict: .invalid, results: [], problems: [error])
        }
        return checker.check(input, skipOthers: source.foundInFolder)
    }
}

/// The caller's `deliver` and the files set aside. Workers call `deliver`, the caller's closure,
/// which need not be Sendable, one at a time while holding `lock`, and `skipped` is read only
/// after they have all finished: that lock, which the type system cannot see guarding a closure,
/// is what makes sharing them safe.
private final class Handover<Prepared: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let deliver: (Prepared) -> Void
    private(set) var skipped: [String] = []

    init(_ deliver: @escaping (Prepared) -> Void) {
        self.deliver = deliver
    }

    /// Hands over whatever is ready, in input order; one worker at a time.
    func deliverReady(from state: DeliveryState<Prepared>, sources: [InputSource]) {
        lock.lock()
        defer { lock.unlock() }
        while let (ready, item) = state.nextReady() {
            if let prepared = item { deliver(prepared) } else { skipped.append(sources[ready].path) }
        }
    }
}

/// The shared state of one batch run: which input comes next, which reports wait for delivery.
private final class DeliveryState<Prepared: Sendable>: Sendable {
    /// What was prepared from a checked input's report; nil for an input set aside.
    typealias Item = Prepared?

    private enum Slot {
        case pending
        case done(Item)
        case delivered
    }

    private struct Progress {
        var slots: [Slot]
        var next = 0
        var nextOut = 0
        var done = 0
    }

    private let progress: Mutex<Progress>

    init(count: Int) {
        progress = Mutex(Progress(slots: Array(repeating: .pending, count: count)))
    }

    /// The next input to check, or nil when all are taken.
    func take() -> Int? {
        progress.withLock { progress in
            guard progress.next < progress.slots.count else { return nil }
            progress.next += 1
            return progress.next - 1
        }
    }

    /// Records a finished input; returns how many are done.
    func finish(_ index: Int, with item: Item) -> Int {
        progress.withLock { progress in
            progress.slots[index] = .done(item)
            progress.done += 1
            return progress.done
        }
    }

    /// The next input in order if it is done (its item, or nil if it was set aside).
    func nextReady() -> (Int, Item)? {
        progress.withLock { progress in
            guard progress.nextOut < progress.slots.count, case .done(let item) = progress.slots[progress.nextOut] else { return nil }
            progress.slots[progress.nextOut] = .delivered
            progress.nextOut += 1
            return (progress.nextOut - 1, item)
        }
    }
}
