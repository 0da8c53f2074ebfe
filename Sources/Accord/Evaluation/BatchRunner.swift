import Foundation

/// Checks many inputs on several threads; the reports come back in input order, so the output
/// of `--jobs 8` is the output of `--jobs 1`.
public struct BatchRunner: Sendable {
    public var checker: Checker
    public var jobs: Int

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
        let state = DeliveryState(count: sources.count)
        var skipped: [String] = []
        let workers = min(jobs, max(1, sources.count))
        withoutActuallyEscaping(deliver) { deliver in
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = state.take() {
                    let done = state.finish(index, with: check(sources[index]))
                    progress?(done)
                    // One worker at a time hands over whatever is ready, in order.
                    state.delivering.lock()
                    while let (ready, report) = state.nextReady() {
                        if let report { deliver(report) } else { skipped.append(sources[ready].path) }
                    }
                    state.delivering.unlock()
                }
            }
        }
        return skipped
    }

    func check(_ source: InputSource) -> ProposalReport? {
        let input: InputFile
        do {
            input = try InputFile.read(source.path, limit: checker.limits.maxBytes)
        } catch {
            return ProposalReport(path: source.path, proposalID: nil, verdict: .invalid, results: [], problems: [error])
        }
        return checker.check(input, skipOthers: source.foundInFolder)
    }
}

/// The shared state of one batch run: which input comes next, which reports wait for delivery.
private final class DeliveryState: @unchecked Sendable {
    private enum Slot {
        case pending
        case done(ProposalReport?)
        case delivered
    }

    /// Held by the worker that is delivering.
    let delivering = NSLock()
    private let lock = NSLock()
    private var slots: [Slot]
    private var next = 0
    private var nextOut = 0
    private var done = 0

    init(count: Int) {
        slots = Array(repeating: .pending, count: count)
    }

    /// The next input to check, or nil when all are taken.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    /// Records a finished input; returns how many are done.
    func finish(_ index: Int, with report: ProposalReport?) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = .done(report)
        done += 1
        return done
    }

    /// The next input in order if it is done (its report, or nil if it was set aside).
    func nextReady() -> (Int, ProposalReport?)? {
        lock.lock()
        defer { lock.unlock() }
        guard nextOut < slots.count, case .done(let report) = slots[nextOut] else { return nil }
        slots[nextOut] = .delivered
        nextOut += 1
        return (nextOut - 1, report)
    }
}
