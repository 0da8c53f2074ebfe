import Accord
import Foundation
import Logging
import Synchronization

/// The rule set a request is decided by: taken once at the start of the request, so that a reload
/// in the middle of it changes nothing the request sees.
public struct RuleSetSnapshot: Sendable {
    public var checker: Checker
    public var loadedAt: Date
    public var ruleSet: RuleSet { checker.ruleSet }
    public var digest: String { checker.ruleSet.digest }
}

/// What a reload did.
public enum ReloadOutcome: Sendable {
    /// The new rule set is serving.
    case reloaded(previous: RuleSetSnapshot, current: RuleSetSnapshot)
    /// The files load to the digest already serving; nothing was swapped.
    case unchanged(RuleSetSnapshot)
    /// The new rule set is invalid; the one that was serving still is.
    case rejected(current: RuleSetSnapshot, problems: Diagnostics)
}

/// Who asked for a reload, for the logs and the metrics.
public enum ReloadTrigger: String, Sendable {
    case signal = "sighup"
    case http
}

/// Holds the serving rule set and swaps it atomically: a new set is loaded whole, off to the side, and
/// replaces the old one only if it is valid. Readers never wait for a load.
public final class RuleSetStore: Sendable {
    private let current: Mutex<RuleSetSnapshot>
    /// Held for the whole of a reload, so that two reloads never interleave.
    private let reloading = Mutex<Void>(())
    private let paths: [String]
    private let limits: LoaderLimits
    private let logger: Logger
    private let onSwap: @Sendable (_ previous: RuleSetSnapshot?, _ current: RuleSetSnapshot) -> Void

    /// Loads the rule set the service starts with; throws its problems when it is invalid.
    public init(
        paths: [String],
        limits: LoaderLimits = .default,
        logger: Logger,
        onSwap: @escaping @Sendable (_ previous: RuleSetSnapshot?, _ current: RuleSetSnapshot) -> Void = { _, _ in }
    ) throws(Diagnostics) {
        self.paths = paths
        self.limits = limits
        self.logger = logger
        self.onSwap = onSwap
        let first = try Self.load(paths, limits: limits)
        self.current = Mutex(first)
        onSwap(nil, first)
    }

    /// The rule set serving now.
    public var snapshot: RuleSetSnapshot { current.withLock { $0 } }

    /// Loads the rule files again and swaps them in if they are valid. Blocks while loading: call it off
    /// the request path (see `AccordService.reload`).
    public func reload(trigger: ReloadTrigger) -> ReloadOutcome {
        reloading.withLock { _ in
            let before = snapshot
            let candidate: RuleSetSnapshot
            do throws(Diagnostics) {
                candidate = try Self.load(paths, limits: limits)
            } catch {
                logger.error(
                    "the new rule set is invalid; the previous one keeps serving",
                    metadata: [
                        "trigger": "\(trigger.rawValue)", "digest": "\(before.digest)",
                        "problems": "\(error.items.count)", "first_problem": "\(error.items[0])",
                    ])
                return .rejected(current: before, problems: error)
            }
            if candidate.digest == before.digest {
                logger.info("rule set reloaded: unchanged", metadata: ["trigger": "\(trigger.rawValue)", "digest": "\(before.digest)"])
                return .unchanged(before)
            }
            current.withLock { $0 = candidate }
            onSwap(before, candidate)
            logger.notice(
                "rule set reloaded",
                metadata: [
                    "trigger": "\(trigger.rawValue)", "digest": "\(candidate.digest)", "previous_digest": "\(before.digest)",
                    "rules": "\(candidate.ruleSet.rules.count)",
                ])
            return .reloaded(previous: before, current: candidate)
        }
    }

    private static func load(_ paths: [String], limits: LoaderLimits) throws(Diagnostics) -> RuleSetSnapshot {
        let ruleSet = try RuleSetLoader.load(paths)
        let now = Date()
        // No waivers in the service: `today` only matters for their expiry.
        let today = CivilDate.utcDay(secondsSince1970: now.timeIntervalSince1970) ?? now.formatted(.iso8601.year().month().day())
        return RuleSetSnapshot(checker: Checker(ruleSet: ruleSet, today: today, limits: limits), loadedAt: now)
    }
}
