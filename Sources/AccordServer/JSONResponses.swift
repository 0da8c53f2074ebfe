import Accord
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Headers the service adds; every response carries `X-Accord-Ruleset-Digest`.
public enum AccordHeader {
    /// The digest of the rule set that decided (for `/v1/check`: the one taken when the request began).
    public static let ruleSetDigest = HTTPField.Name("X-Accord-Ruleset-Digest")!
    /// The verdict of a `/v1/check` decision.
    public static let verdict = HTTPField.Name("X-Accord-Verdict")!
    /// `pass` or `fail` under the request's `fail_on` threshold (as `accord check --fail-on`).
    public static let gate = HTTPField.Name("X-Accord-Gate")!
    /// The exit code `accord check --fail-on` would have given for the same proposal: 0, 1 or 2.
    public static let exitCode = HTTPField.Name("X-Accord-Exit-Code")!
}

/// JSON answers: the report, rendered by the engine, and the service's own `Encodable` bodies.
enum JSONResponse {
    /// `pretty` is two-space indentation (every document but `/healthz`, which answers on one line).
    static func make(_ body: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:], pretty: Bool = true) throws -> Response {
        let value = try JSONValueEncoder().encode(body)
        return make(text: (pretty ? value.pretty() : value.compact()) + "\n", status: status, headers: headers)
    }

    static func make(text: String, status: HTTPResponse.Status, headers: HTTPFields) -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
