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

    /// `progress` is called with the number of inputs done so far, from worker threads.
    public func run(_ sources: [InputSource], progress: (@Sendable (Int) -> Void)? = nil) -> Outcome {
        let slots = UnsafeMutableBufferPointer<ProposalReport?>.allocate(capacity: sources.count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        let lock = NSLock()
        var next = 0
        var done = 0
        let workers = min(jobs, max(1, sources.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                lock.lock()
                let index = next
                next += 1
                lock.unlock()
                guard index < sources.count else { return }
                // Each slot is written by exactly one worker.
                slots[index] = check(sources[index])
                if let progress {
                    lock.lock()
                    done += 1
                    let count = done
                    lock.unlock()
                    progress(count)
                }
            }
        }
        var reports: [ProposalReport] = []
        var skipped: [String] = []
        for (index, source) in sources.enumerated() {
            if let report = slots[index] { reports.append(report) } else { skipped.append(source.path) }
        }
        return Outcome(reports: reports, skipped: skipped)
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
