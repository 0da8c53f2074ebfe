import Accord
import HTTPTypes
import Hummingbird

/// An error a route answers with the service's JSON error body; routes throw it, and
/// `JSONErrorMiddleware` answers every other error in the same shape.
struct ServiceError: HTTPResponseError {
    let status: HTTPResponse.Status
    let body: ErrorBody
    /// Headers of the answer besides `Content-Type`: the deciding digest, `Allow`, `WWW-Authenticate`.
    let headers: HTTPFields

    init(
        _ status: HTTPResponse.Status, _ code: String, _ message: String, hint: String? = nil,
        location: SourceLocation? = nil, headers: HTTPFields = [:]
    ) {
        self.init(status, ErrorBody(status: status.code, error: code, message: message, hint: hint, location: location), headers: headers)
    }

    init(_ status: HTTPResponse.Status, _ body: ErrorBody, headers: HTTPFields = [:]) {
        self.status = status
        self.body = body
        self.headers = headers
    }

    func response(from request: Request, context: some RequestContext) throws -> Response {
        try response()
    }

    func response() throws -> Response {
        try JSONResponse.make(body, status: status, headers: headers)
    }
}

/// The error body of every 4xx and 5xx answer:
/// `{"status": 400, "error": "unreadable-input", "message": "...", "hint": "...", "line": 3, "column": 7}`.
/// `error` is a stable code for programs; `hint`, `line` and `column` (1-based, in the request body)
/// are null, never left out, when there is none. A rejected reload adds `problems` and `ruleset`.
struct ErrorBody: Encodable, Sendable {
    var status: Int
    var error: String
    var message: String
    var hint: String?
    var line: Int?
    var column: Int?
    var problems: [ProblemBody]?
    var ruleset: RuleSetSummary?

    init(status: Int, error: String, message: String, hint: String?, location: SourceLocation?) {
        self.status = status
        self.error = error
        self.message = message
        self.hint = hint
        self.line = location?.line
        self.column = location?.column
    }

    enum CodingKeys: String, CodingKey {
        case status, error, message, hint, line, column, problems, ruleset
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(error, forKey: .error)
        try container.encode(message, forKey: .message)
        try container.encode(hint, forKey: .hint)
        try container.encode(line, forKey: .line)
        try container.encode(column, forKey: .column)
        try container.encodeIfPresent(problems, forKey: .problems)
        try container.encodeIfPresent(ruleset, forKey: .ruleset)
    }
}
