import Foundation

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
        run(sources, progress: progress, prepare: { _ in () }) { report, _ in deliver(report) }
    }

    /// As `run(_:progress:deliver:)`, with `prepare` applied to each report on the worker thread
    /// that checked it (rendering it, say), so that only delivery is done one at a time.
    // Specialized for rendered bytes, what the command line prepares: a report then passes
    // through the worker's hands without generic copies and destroys.
    @_specialize(exported: true, where Prepared == [UInt8])
    public func run<Prepared>(_ sources: [InputSource], progress: (@Sendable (Int) -> Void)? = nil,
                              prepare: @Sendable (ProposalReport) -> Prepared,
                              deliver: (ProposalReport, Prepared) -> Void) -> [String] {
        let state = DeliveryState<Prepared>(count: sources.count)
        let workers = min(jobs, max(1, sources.count))
        return withoutActuallyEscaping(deliver) { deliver in
            let handover = Handover(deliver)
            DispatchQueue.concurrentPerform(iterations: workers) { worker in
                let ownChecker = worker > 0 && sources.count >= workers * Self.inputsPerOwnChecker
                let checker = ownChecker ? workerChecker?() ?? self.checker : self.checker
                while let index = state.take() {
                    let done = state.finish(index, with: Self.check(sources[index], with: checker).map { ($0, prepare($0)) })
                    progress?(done)
                    // One worker at a time hands over whatever is ready, in order.
                    state.delivering.lock()
                    while let (ready, item) = state.nextReady() {
                        if let (report, prepared) = item { handover.deliver(report, prepared) } else { handover.skipped.append(sources[ready].path) }
                    }
                    state.delivering.unlock()
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

/// The caller's `deliver` and the files set aside, which workers touch only while holding
/// `DeliveryState.delivering`: that lock, not the type system, is what makes sharing them safe.
private final class Handover<Prepared>: @unchecked Sendable {
    let deliver: (ProposalReport, Prepared) -> Void
    var skipped: [String] = []

    init(_ deliver: @escaping (ProposalReport, Prepared) -> Void) {
        self.deliver = deliver
    }
}

/// The shared state of one batch run: which input comes next, which reports wait for delivery.
private final class DeliveryState<Prepared>: @unchecked Sendable {
    /// A checked input's report and what was prepared from it; nil for an input set aside.
    typealias Item = (ProposalReport, Prepared)?

    private enum Slot {
        case pending
        case done(Item)
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
    func finish(_ index: Int, with item: Item) -> Int {
        lock.lock()
        defer { lock.unlock() }
        slots[index] = .done(item)
        done += 1
        return done
    }

    /// The next input in order if it is done (its item, or nil if it was set aside).
    func nextReady() -> (Int, Item)? {
        lock.lock()
        defer { lock.unlock() }
        guard nextOut < slots.count, case .done(let item) = slots[nextOut] else { return nil }
        slots[nextOut] = .delivered
        nextOut += 1
        return (nextOut - 1, item)
    }
}
