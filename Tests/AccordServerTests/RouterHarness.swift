import AccordServer
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import XCTest

/// The service's router driven in this process by HummingbirdTesting, with no socket: every route,
/// middleware and error as a client sees them, without the cost and flakiness of a listening server.
/// What only a connection shows (a chunked body, signals, shutdown) is tested over real HTTP.
struct RouterClient: ServiceClient {
    let service: AccordService

    func exchange(_ method: String, _ path: String, body: Data?, headers: [String: String]) async throws -> HTTPAnswer {
        let fields = HTTPFields(headers.map { HTTPField(name: HTTPField.Name($0.key)!, value: $0.value) })
        let method = HTTPRequest.Method(method)!
        let app = Application(router: service.makeRouter())
        return try await app.test(.router) { client in
            try await client.execute(uri: path, method: method, headers: fields, body: body.map { ByteBuffer(bytes: $0) }) { response in
                var headers: [String: String] = [:]
                for field in response.headers { headers[field.name.canonicalName] = field.value }
                return HTTPAnswer(status: response.status.code, headers: headers, body: Data(response.body.readableBytesView))
            }
        }
    }
}

/// A test case with a scratch copy of the bundled rules and the service's router on them;
/// `configuration(rules:)` says how the service is configured.
class RouterTestCase: XCTestCase {
    var scratch: Scratch!
    var service: AccordService!
    var client: RouterClient { RouterClient(service: service) }

    func configuration(rules: URL) -> ServiceConfiguration {
        ServiceConfiguration(rulePaths: [rules.path], port: 0)
    }

    override func setUp() async throws {
        scratch = try Scratch()
        var logger = Logger(label: "accord-serve-test")
        logger.logLevel = .warning
        service = try AccordService(configuration: configuration(rules: scratch.rules), logger: logger)
    }

    override func tearDown() async throws {
        service?.decisionLog?.close()
        scratch?.remove()
    }
}
