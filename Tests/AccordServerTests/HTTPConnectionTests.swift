import Accord
import AccordServer
import Foundation
import XCTest

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// What only a real connection shows, over HTTP to the service on 127.0.0.1: a body streamed without
/// a `Content-Length` (the router tests always send one) is cut off at the limit.
final class HTTPConnectionTests: InProcessServerTestCase {
    /// A small body limit, under what the streamed body sends.
    override func configuration(rules: URL) -> ServiceConfiguration {
        ServiceConfiguration(rulePaths: [rules.path], port: 0, maxBodyBytes: 4096)
    }

    func testAChunkedBodyOverTheLimitIs413WithoutAContentLength() async throws {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(server.port)/v1/check")!)
        request.httpMethod = "POST"
        request.setValue("application/yaml", forHTTPHeaderField: "Content-Type")
        request.httpBodyStream = InputStream(data: Data(repeating: UInt8(ascii: "#"), count: 64 * 1024))
        request.timeoutInterval = 15
        let (data, response) = try await client.session.data(for: request)
        XCTAssertEqual((response as? HTTPURLResponse)?.statusCode, 413, String(decoding: data, as: UTF8.self))
        let small = try await client.check(compliantProposal)
        XCTAssertEqual(small.status, 200, "1.8 KB is under a limit of 4 KiB")
    }
}
