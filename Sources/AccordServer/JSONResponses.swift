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

/// JSON bodies: the report, the service's own documents and error bodies.
enum JSONResponse {
    static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:], pretty: Bool = true) -> Response {
        let text = pretty ? value.pretty() + "\n" : value.compact() + "\n"
        return make(text: text, status: status, headers: headers)
    }

    static func make(text: String, status: HTTPResponse.Status, headers: HTTPFields) -> Response {
        var headers = headers
        headers[.contentType] = "application/json; charset=utf-8"
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The error body of every 4xx and 5xx answer:
    /// `{"status": 400, "error": "unreadable-input", "message": "...", "hint": "...", "line": 3, "column": 7}`.
    /// `error` is a stable code for programs; `line` and `column` (1-based, in the request body) are null
    /// when the problem has no place.
    static func error(
        _ status: HTTPResponse.Status, _ code: String, _ message: String, hint: String? = nil,
        location: SourceLocation? = nil, extra: [(String, JSONValue)] = [], headers: HTTPFields = [:]
    ) -> Response {
        let members: [(String, JSONValue)] = [
            ("status", .int(status.code)),
            ("error", .string(code)),
            ("message", .string(message)),
            ("hint", hint.map(JSONValue.string) ?? .null),
            ("line", location.map { .int($0.line) } ?? .null),
            ("column", location.map { .int($0.column) } ?? .null),
        ]
        return make(.object(members + extra), status: status, headers: headers)
    }

    static func location(_ location: SourceLocation) -> JSONValue {
        .object([("path", .string(location.path)), ("line", .int(location.line)), ("column", .int(location.column))])
    }

    static func ruleSet(_ snapshot: RuleSetSnapshot) -> JSONValue {
        .object([
            ("digest", .string(snapshot.digest)),
            ("premises", .int(snapshot.ruleSet.premises.count)),
            ("rules", .int(snapshot.ruleSet.rules.count)),
            ("loaded_at", .string(snapshot.loadedAt.formatted(.iso8601))),
        ])
    }
}
