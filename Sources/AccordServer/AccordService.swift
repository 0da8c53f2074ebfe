import Accord
import Hummingbird
import Logging
import NIOCore
import NIOPosix
import ServiceLifecycle
import Synchronization
import UnixSignals

/// The HTTP service of SPEC section 7: loads the rules once, serves `POST /v1/check`, `GET /v1/rules`,
/// `POST /v1/reload`, `GET /healthz` and `GET /metrics`, reloads on SIGHUP, and shuts down gracefully.
public final class AccordService: Sendable {
    public let configuration: ServiceConfiguration
    public let store: RuleSetStore
    public let metrics: ServiceMetrics
    public let decisionLog: DecisionLog?
    let logger: Logger
    /// The group `run` runs, for `shutdown()`.
    private let running = Mutex<ServiceGroup?>(nil)

    /// Loads the rule set and opens the decision log; throws `ServiceStartError` when either fails.
    public init(configuration: ServiceConfiguration, logger: Logger) throws {
        guard configuration.maxBodyBytes > 0 else { throw ServiceStartError("the body size limit must be at least 1 byte") }
        self.configuration = configuration
        self.logger = logger
        let metrics = ServiceMetrics()
        self.metrics = metrics
        do {
            self.store = try RuleSetStore(paths: configuration.rulePaths, limits: configuration.loaderLimits, logger: logger) { _, current in
                metrics.ruleSetChanged(to: current.digest)
            }
        } catch {
            throw ServiceStartError("the rule set is invalid; the service did not start:\n\(error)")
        }
        self.decisionLog = try configuration.decisionLogPath.map { try DecisionLog(path: $0) }
    }

    /// Reloads the rules off the request path and the cooperative threads (the load reads and parses
    /// every rule file), and counts the outcome.
    public func reload(trigger: ReloadTrigger) async -> ReloadOutcome {
        let store = self.store
        let outcome: ReloadOutcome
        do {
            outcome = try await NIOThreadPool.singleton.runIfActive { store.reload(trigger: trigger) }
        } catch {
            // The thread pool is shutting down with the process: load here instead.
            outcome = store.reload(trigger: trigger)
        }
        metrics.recordReload(trigger: trigger, outcome: outcome)
        return outcome
    }

    /// The router with every route; `run` serves it.
    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        Routes.register(on: router, service: self)
        return router
    }

    /// Serves until the task is cancelled or one of `gracefulShutdownSignals` arrives; then stops taking
    /// connections, lets in-flight requests finish (up to `shutdownGracePeriod`), and closes the decision log.
    /// `onListening` gets the address and the port actually bound (useful with port 0).
    public func run(
        gracefulShutdownSignals: [UnixSignal] = [],
        onListening: @escaping @Sendable (_ host: String, _ port: Int) async -> Void = { _, _ in }
    ) async throws {
        let host = configuration.host
        let logger = self.logger
        let digest = store.snapshot.digest
        let decisionLogPath = configuration.decisionLogPath
        let app = Application(
            router: makeRouter(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port), serverName: "accord-serve"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                logger.notice(
                    "listening",
                    metadata: [
                        "address": "\(host):\(port)", "digest": "\(digest)", "decision_log": "\(decisionLogPath ?? "none")",
                    ])
                await onListening(host, port)
            },
            logger: logger)
        var services: [any Service] = [app]
        if configuration.reloadOnSIGHUP {
            // Trapped before the server listens, so that an early SIGHUP reloads instead of ending the process.
            services.append(SIGHUPReloader(signals: await UnixSignalsSequence(trapping: .sighup), service: self))
        }
        var groupConfiguration = ServiceGroupConfiguration(
            services: services.map { .init(service: $0) }, gracefulShutdownSignals: gracefulShutdownSignals, logger: logger)
        groupConfiguration.maximumGracefulShutdownDuration = configuration.shutdownGracePeriod
        let group = ServiceGroup(configuration: groupConfiguration)
        running.withLock { $0 = group }
        defer {
            running.withLock { $0 = nil }
            if let decisionLog {
                decisionLog.close()
                logger.notice("stopped; the decision log is closed", metadata: ["decision_log": "\(decisionLog.path)"])
            } else {
                logger.notice("stopped")
            }
        }
        try await group.run()
    }
}

extension AccordService {
    /// Shuts a running service down as SIGTERM does: no new connections, in-flight requests finish.
    public func shutdown() async {
        let group = running.withLock { $0 }
        await group?.triggerGracefulShutdown()
    }
}

/// Reloads the rules on each SIGHUP until the service shuts down.
struct SIGHUPReloader: Service {
    let signals: UnixSignalsSequence
    let service: AccordService

    func run() async throws {
        for await _ in signals.cancelOnGracefulShutdown() {
            service.logger.info("SIGHUP: reloading the rule set")
            _ = await service.reload(trigger: .signal)
        }
    }
}
