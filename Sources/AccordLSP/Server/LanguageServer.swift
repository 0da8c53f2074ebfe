import Accord
import Foundation

/// `accord lsp`: a Language Server Protocol 3.17 server over a pair of file descriptors. One loop
/// handles every message in order; a reader thread only frames them. Documents are checked once
/// the client has sent nothing for the debounce time, so that typing never queues checks.
public final class LanguageServer {
    /// Settings from the command line; the client's configuration is merged over them.
    private let baseSettings: ServerSettings
    var settings: ServerSettings
    private let input: Int32
    let writer: MessageWriter
    /// Today's date for waivers' expiry, asked at each check: a session may run past midnight.
    let today: () -> String
    private let version: String

    var documents: [String: OpenDocument] = [:]
    /// Documents to check and publish, by when.
    var due: [String: Date] = [:]
    let ruleSet = RuleSetState()
    /// Rule and waiver files with problems published, so that a valid reload clears them.
    var publishedRuleProblems: Set<String> = []
    var workspaceRoot: String?
    private var initialized = false
    private var shutdownRequested = false
    private var watchRegistration = false
    /// Whether the client answers `workspace/configuration`, and the id of the question asked last.
    var configurationPull = false
    var pendingConfigurationRequest: Int?
    var nextRequestID = 1

    public init(settings: ServerSettings, input: Int32 = 0, output: Int32 = 1, version: String, today: @escaping () -> String) {
        baseSettings = settings
        self.settings = settings
        self.input = input
        writer = MessageWriter(descriptor: output)
        self.version = version
        self.today = today
    }

    /// Serves until `exit` or the end of input; the exit code LSP asks for: 0 after `shutdown`, 1 otherwise.
    public func run() -> Int32 {
        let queue = MessageQueue.reading(input, maxMessageBytes: MessageReader.defaultMaxMessageBytes)
        while true {
            guard let read = queue.pop(before: due.values.min()) else {
                publishDue()
                continue
            }
            switch read {
            case .end:
                return shutdownRequested ? 0 : 1
            case .malformedHeader(let reason):
                writer.send(Outgoing.error(RequestError(.parseError, "malformed message header: \(reason)")))
            case .tooLarge(let length):
                writer.send(Outgoing.error(RequestError(.invalidRequest, "a message of \(length) bytes is over the limit of \(MessageReader.defaultMaxMessageBytes); it was skipped")))
            case .message(let bytes):
                if handle(bytes) == .exit { return shutdownRequested ? 0 : 1 }
            }
            publishDue()
        }
    }

    private enum Next { case `continue`, exit }

    private func handle(_ bytes: [UInt8]) -> Next {
        let json: JSONValue
        do {
            json = try JSONParser.parse(bytes)
        } catch {
            writer.send(Outgoing.error(RequestError(.parseError, "the message is not JSON: \(error.reason) at byte \(error.offset)")))
            return .continue
        }
        let message: IncomingMessage
        switch IncomingMessage.read(json) {
        case .failure(let error):
            writer.send(Outgoing.error(error))
            return .continue
        case .success(let read):
            message = read
        }
        if message.method.isEmpty {
            if let id = message.id?.intValue, id == pendingConfigurationRequest { configurationAnswered(message.params) }
            return .continue
        }
        if message.method == "exit" { return .exit }
        guard let id = message.id else {
            if initialized, !shutdownRequested { notification(message.method, message.params) }
            return .continue
        }
        do {
            writer.send(Outgoing.response(id: id, result: try request(message.method, message.params)))
        } catch {
            var error = error
            error.id = id
            writer.send(Outgoing.error(error))
        }
        return .continue
    }

    private func request(_ method: String, _ params: JSONValue) throws(RequestError) -> JSONValue {
        if method == "initialize" {
            guard !initialized else { throw RequestError(.invalidRequest, "initialize was sent twice") }
            return initialize(params)
        }
        guard initialized else { throw RequestError(.serverNotInitialized, "initialize first") }
        guard !shutdownRequested else { throw RequestError(.invalidRequest, "the server is shutting down") }
        switch method {
        case "shutdown":
            shutdownRequested = true
            return .null
        case "textDocument/hover":
            let (document, position) = try documentAndPosition(params)
            return HoverProvider.hover(at: position, in: analysis(of: document))
        case "textDocument/completion":
            let (document, position) = try documentAndPosition(params)
            return CompletionProvider.completion(at: position, in: TextPositions(documents[document]!.bytes))
        case "textDocument/codeAction":
            return try codeActions(params)
        default:
            throw RequestError(.methodNotFound, "accord lsp does not handle \(method)")
        }
    }

    private func notification(_ method: String, _ params: JSONValue) {
        switch method {
        case "initialized":
            registerWatchers()
            pullConfiguration()
        case "textDocument/didOpen": didOpen(params)
        case "textDocument/didChange": didChange(params)
        case "textDocument/didClose": didClose(params)
        case "textDocument/didSave":
            if let path = params["textDocument"]?["uri"]?.stringValue.flatMap(FileURI.path), ruleSet.isWatched(path) { reload() }
        case "workspace/didChangeConfiguration":
            configurationChanged(params["settings"])
        case "workspace/didChangeWatchedFiles":
            let paths = (params["changes"]?.arrayValue ?? []).compactMap { $0["uri"]?.stringValue.flatMap(FileURI.path) }
            if paths.contains(where: ruleSet.isWatched) { reload() }
        default:
            // $/cancelRequest, $/setTrace and notifications of later protocol versions: nothing to do.
            break
        }
    }

    // MARK: Life cycle

    private func initialize(_ params: JSONValue) -> JSONValue {
        initialized = true
        if let folder = params["workspaceFolders"]?.arrayValue?.first?["uri"]?.stringValue.flatMap(FileURI.path) {
            workspaceRoot = folder
        } else if let root = params["rootUri"]?.stringValue.flatMap(FileURI.path) ?? params["rootPath"]?.stringValue {
            workspaceRoot = root
        }
        watchRegistration = params["capabilities"]?["workspace"]?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue ?? false
        configurationPull = params["capabilities"]?["workspace"]?["configuration"]?.boolValue ?? false
        var problems: [String] = []
        settings = baseSettings.merging(params["initializationOptions"], problems: &problems)
        let outcome = ruleSet.reload(settings, root: workspaceRoot, today: today())
        if let failure = outcome.failure { showMessage(failure, type: 1) }
        reportSettingProblems(problems)
        let capabilities: JSONValue = .object([
            ("positionEncoding", .string("utf-16")),
            ("textDocumentSync", .object([("openClose", .bool(true)), ("change", .int(1)), ("save", .object([("includeText", .bool(false))]))])),
            ("hoverProvider", .bool(true)),
            ("completionProvider", .object([("triggerCharacters", .array([.string(":"), .string(" ")]))])),
            ("codeActionProvider", .object([("codeActionKinds", .array([.string("quickfix")]))])),
        ])
        return .object([("capabilities", capabilities), ("serverInfo", .object([("name", .string("accord")), ("version", .string(version))]))])
    }

    /// Asks the client to tell of changes to rule files (if it can be asked); the rule paths are
    /// checked when a change comes, so one pattern serves whatever the configuration names.
    private func registerWatchers() {
        publishRuleProblems()
        guard watchRegistration else { return }
        let watchers: JSONValue = .array([.object([("globPattern", .string("**/*.{yaml,yml}"))])])
        writer.send(Outgoing.request(id: nextRequestID, "client/registerCapability", .object([("registrations", .array([.object([
            ("id", .string("accord-rule-files")), ("method", .string("workspace/didChangeWatchedFiles")),
            ("registerOptions", .object([("watchers", watchers)])),
        ])]))])))
        nextRequestID += 1
    }

    func showMessage(_ text: String, type: Int) {
        writer.send(Outgoing.notification("window/showMessage", .object([("type", .int(type)), ("message", .string("accord: " + text))])))
    }

    func reportSettingProblems(_ problems: [String]) {
        if !problems.isEmpty { showMessage("ignored settings: " + problems.joined(separator: "; "), type: 2) }
    }

    // MARK: Requests on documents

    private func documentAndPosition(_ params: JSONValue) throws(RequestError) -> (String, Position) {
        let uri = try openURI(params)
        guard let position = Position(params["position"]) else { throw RequestError(.invalidParams, "`position` is missing or not a position") }
        return (uri, position)
    }

    func openURI(_ params: JSONValue) throws(RequestError) -> String {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else { throw RequestError(.invalidParams, "`textDocument.uri` is missing") }
        guard documents[uri] != nil else { throw RequestError(.invalidParams, "\(uri) is not open") }
        return uri
    }

    private func codeActions(_ params: JSONValue) throws(RequestError) -> JSONValue {
        let uri = try openURI(params)
        guard let start = Position(params["range"]?["start"]), let end = Position(params["range"]?["end"]) else {
            throw RequestError(.invalidParams, "`range` is missing or not a range")
        }
        if let only = params["context"]?["only"]?.arrayValue?.compactMap(\.stringValue), !only.contains(where: { $0 == "quickfix" || $0.hasPrefix("quickfix.") }) {
            return .array([])
        }
        guard let checker = currentChecker() else { return .array([]) }
        let analysis = analysis(of: uri)
        let provider = CodeActionProvider(checker: checker)
        return .array(provider.actions(uri: uri, path: documents[uri]!.path, analysis: analysis, range: Range(start: start, end: end), diagnostics: diagnosticBuilder()))
    }
}
