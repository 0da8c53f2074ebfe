import Accord
import CoreMetrics
import Prometheus
import Synchronization

/// The service's metrics, recorded through swift-metrics into a Prometheus registry of its own (so
/// that several services in one process, as in the tests, never share counts) and served by `GET /metrics`:
///
/// - `accord_http_requests_total{method,route,status}`: every request, by route and status code;
/// - `accord_http_request_duration_seconds{method,route}`: a histogram of the time to produce the response;
/// - `accord_decisions_total{verdict}`: `POST /v1/check` decisions, by verdict;
/// - `accord_ruleset_reloads_total{trigger,result}`: reloads by SIGHUP or HTTP, `reloaded|unchanged|rejected`;
/// - `accord_ruleset_info{digest}`: 1, labelled with the digest of the rule set serving now.
public final class ServiceMetrics: Sendable {
    public let registry: PrometheusCollectorRegistry
    private let factory: PrometheusMetricsFactory
    private let requests = Mutex<[RequestKey: CoreMetrics.Counter]>([:])
    private let durations = Mutex<[RouteKey: CoreMetrics.Timer]>([:])
    private let decisions: [Verdict: CoreMetrics.Counter]
    private let info = Mutex<CoreMetrics.Gauge?>(nil)

    static let durationLabel = "accord_http_request_duration_seconds"

    private struct RequestKey: Hashable {
        var method: String
        var route: String
        var status: Int
    }

    private struct RouteKey: Hashable {
        var method: String
        var route: String
    }

    public init() {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        // A check takes about a millisecond: the default buckets (from 5 ms) would put nearly all in one.
        factory.durationHistogramBuckets[Self.durationLabel] = [
            .microseconds(250), .microseconds(500), .milliseconds(1), .microseconds(2500), .milliseconds(5),
            .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100), .milliseconds(250),
            .milliseconds(500), .seconds(1), .milliseconds(2500), .seconds(5),
        ]
        self.registry = registry
        self.factory = factory
        var decisions: [Verdict: CoreMetrics.Counter] = [:]
        for verdict in Verdict.allCases {
            decisions[verdict] = CoreMetrics.Counter(label: "accord_decisions_total", dimensions: [("verdict", verdict.rawValue)], factory: factory)
        }
        self.decisions = decisions
    }

    /// Counts one answered request and the time it took to produce the response.
    func recordRequest(method: String, route: String, status: Int, nanoseconds: UInt64) {
        let key = RequestKey(method: method, route: route, status: status)
        let counter = requests.withLock { cache in
            if let counter = cache[key] { return counter }
            let counter = CoreMetrics.Counter(
                label: "accord_http_requests_total",
                dimensions: [("method", method), ("route", route), ("status", String(status))],
                factory: factory)
            cache[key] = counter
            return counter
        }
        counter.increment()
        let routeKey = RouteKey(method: method, route: route)
        let timer = durations.withLock { cache in
            if let timer = cache[routeKey] { return timer }
            let timer = CoreMetrics.Timer(label: Self.durationLabel, dimensions: [("method", method), ("route", route)], factory: factory)
            cache[routeKey] = timer
            return timer
        }
        timer.recordNanoseconds(Int64(clamping: nanoseconds))
    }

    func recordDecision(_ verdict: Verdict) {
        decisions[verdict]?.increment()
    }

    func recordReload(trigger: ReloadTrigger, outcome: ReloadOutcome) {
        let result: String
        switch outcome {
        case .reloaded: result = "reloaded"
        case .unchanged: result = "unchanged"
        case .rejected: result = "rejected"
        }
        CoreMetrics.Counter(label: "accord_ruleset_reloads_total", dimensions: [("trigger", trigger.rawValue), ("result", result)], factory: factory)
            .increment()
    }

    /// Moves the info metric to the digest now serving; the old digest's series disappears.
    func ruleSetChanged(to digest: String) {
        info.withLock { gauge in
            gauge?.destroy()
            let next = CoreMetrics.Gauge(label: "accord_ruleset_info", dimensions: [("digest", digest)], factory: factory)
            next.record(1)
            gauge = next
        }
    }

    /// The Prometheus text exposition of every metric.
    public func exposition() -> [UInt8] {
        registry.emitToBuffer()
    }
}
