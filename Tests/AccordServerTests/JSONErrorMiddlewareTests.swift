@testable import AccordServer
import Hummingbird
import HummingbirdTesting
import Logging
import XCTest

/// `JSONErrorMiddleware` alone, on a router whose routes fail as no route of the service does today.
final class JSONErrorMiddlewareTests: XCTestCase {
    struct Unexpected: Error, CustomStringConvertible {
        var description: String { "a detail only the operator may read" }
    }

    func answer(_ path: String) async throws -> (status: Int, body: String) {
        let router = Router()
        router.add(middleware: JSONErrorMiddleware(logger: Logger(label: "accord-serve-test", factory: { _ in SwiftLogNoOpLogHandler() })))
        router.get("/unexpected") { _, _ -> String in throw Unexpected() }
        router.get("/conflict") { _, _ -> String in throw HTTPError(.conflict) }
        return try await Application(router: router).test(.router) { client in
            try await client.execute(uri: path, method: .get) { ($0.status.code, String(buffer: $0.body)) }
        }
    }

    func testAnUnexpectedErrorIsA500WithTheErrorBodyAndNoDetail() async throws {
        let (status, body) = try await answer("/unexpected")
        XCTAssertEqual(status, 500)
        XCTAssertTrue(body.contains(#""error": "internal-error""#), body)
        XCTAssertFalse(body.contains("operator"), body)
    }

    func testAnotherHTTPErrorKeepsItsStatusWithTheErrorBody() async throws {
        let (status, body) = try await answer("/conflict")
        XCTAssertEqual(status, 409)
        XCTAssertTrue(body.contains(#""error": "http-error""#), body)
        XCTAssertTrue(body.contains(#""hint": null"#), body)
    }
}
