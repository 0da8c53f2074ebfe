import Accord

/// JSON-RPC 2.0 error codes that LSP uses.
enum ErrorCode: Int {
    case parseError = -32700
    case invalidRequest = -32600
    case methodNotFound = -32601
    case invalidParams = -32602
    case internalError = -32603
    case serverNotInitialized = -32002
    case requestFailed = -32803
}

/// A message from the client: a request has an id and wants one response; a notification has none.
struct IncomingMessage {
    var id: JSONValue?
    var method: String
    var params: JSONValue

    /// The message, or why it is not one (with its id when it had one, so that the error answers it).
    static func read(_ json: JSONValue) -> Result<IncomingMessage, RequestError> {
        guard case .object = json else { return .failure(RequestError(.invalidRequest, "a message must be a JSON object", id: nil)) }
        let id = json["id"].flatMap { id -> JSONValue? in
            switch id {
            case .string, .int: return id
            default: return nil
            }
        }
        if json["method"] == nil, json["result"] != nil || json["error"] != nil {
            // A response to a request of ours: no method, the result as its params (null for an error).
            return .success(IncomingMessage(id: id, method: "", params: json["result"] ?? .null))
        }
        guard let method = json["method"]?.stringValue else {
            return .failure(RequestError(.invalidRequest, "a message needs a `method` string", id: id))
        }
        if let given = json["id"], id == nil, !given.isNull {
            return .failure(RequestError(.invalidRequest, "a request id must be a number or a string", id: nil))
        }
        return .success(IncomingMessage(id: id, method: method, params: json["params"] ?? .null))
    }
}

/// An error answer to a request.
struct RequestError: Error {
    var code: ErrorCode
    var message: String
    var id: JSONValue?

    init(_ code: ErrorCode, _ message: String, id: JSONValue? = nil) {
        self.code = code
        self.message = message
        self.id = id
    }
}

enum Outgoing {
    static func response(id: JSONValue, result: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", id), ("result", result)])
    }

    static func error(_ error: RequestError) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", error.id ?? .null),
                 ("error", .object([("code", .int(error.code.rawValue)), ("message", .string(error.message))]))])
    }

    static func notification(_ method: String, _ params: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)])
    }

    static func request(id: Int, _ method: String, _ params: JSONValue) -> JSONValue {
        .object([("jsonrpc", .string("2.0")), ("id", .int(id)), ("method", .string(method)), ("params", params)])
    }
}
