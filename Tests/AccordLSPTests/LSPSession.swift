import Accord
@testable import AccordLSP
import Foundation
import XCTest

/// The project's root folder (the one with Package.swift).
let projectRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The `accord` binary built next to this test bundle.
var accordBinary: URL {
    var directory = Bundle(for: LSPSession.self).bundleURL
    while directory.pathExtension == "xctest" { directory.deleteLastPathComponent() }
    return directory.appendingPathComponent("accord")
}

/// A client of the real `accord lsp` binary over pipes, as an editor talks to it: framed JSON-RPC
/// messages written to its standard input, read from its standard output by a thread of its own.
final class LSPSession: @unchecked Sendable {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    private let condition = NSCondition()
    private var received: [JSONValue] = []
    private var nextID = 1
    /// Long enough for a loaded CI machine; a healthy server answers in milliseconds.
    static let timeout: TimeInterval = 20

    /// Today is fixed (SOURCE_DATE_EPOCH), so that waivers expire the same way on every run.
    init(arguments: [String] = ["--rules", projectRoot.appendingPathComponent("Rules").path], today: String = "1767225600") throws {
        process.executableURL = accordBinary
        process.arguments = ["lsp"] + arguments
        process.currentDirectoryURL = projectRoot
        var environment = ProcessInfo.processInfo.environment
        environment["SOURCE_DATE_EPOCH"] = today
        process.environment = environment
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        let handle = output.fileHandleForReading
        Thread { [self] in readMessages(handle) }.start()
    }

    deinit {
        if process.isRunning { process.terminate() }
    }

    private func readMessages(_ handle: FileHandle) {
        var buffer = Data()
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { return }
            buffer += chunk
            while let headerEnd = buffer.range(of: Data("\r\n\r\n".utf8)) {
                let header = String(decoding: buffer[buffer.startIndex..<headerEnd.lowerBound], as: UTF8.self)
                guard let lengthLine = header.split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") }),
                      let length = Int(lengthLine.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) else { return }
                guard buffer.count - (headerEnd.upperBound - buffer.startIndex) >= length else { break }
                let body = buffer[headerEnd.upperBound..<headerEnd.upperBound + length]
                buffer = Data(buffer[(headerEnd.upperBound + length)...])
                guard let message = try? JSONParser.parse([UInt8](body)) else { continue }
                condition.lock()
                received.append(message)
                condition.broadcast()
                condition.unlock()
            }
        }
    }

    func send(_ message: JSONValue) {
        sendRaw(Data(message.compact().utf8), framed: true)
    }

    func sendRaw(_ bytes: Data, framed: Bool = false) {
        let data = framed ? Data("Content-Length: \(bytes.count)\r\n\r\n".utf8) + bytes : bytes
        input.fileHandleForWriting.write(data)
    }

    /// The first message received that `matches`, taken out of what was received; fails the test after the timeout.
    func next(_ what: String, file: StaticString = #filePath, line: UInt = #line, where matches: (JSONValue) -> Bool) -> JSONValue? {
        let deadline = Date().addingTimeInterval(Self.timeout)
        condition.lock()
        defer { condition.unlock() }
        while true {
            if let index = received.firstIndex(where: matches) { return received.remove(at: index) }
            guard condition.wait(until: deadline) else {
                XCTFail("no \(what) within \(Self.timeout) s; received: \(received.map { $0.compact().prefix(200) })", file: file, line: line)
                return nil
            }
        }
    }

    /// Sends a request and waits for its response (result or error).
    @discardableResult
    func request(_ method: String, _ params: JSONValue, file: StaticString = #filePath, line: UInt = #line) -> JSONValue? {
        let id = nextID
        nextID += 1
        send(.object([("jsonrpc", .string("2.0")), ("id", .int(id)), ("method", .string(method)), ("params", params)]))
        return next("response to \(method)", file: file, line: line) { $0["id"] == .int(id) && $0["method"] == nil }
    }

    func notify(_ method: String, _ params: JSONValue) {
        send(.object([("jsonrpc", .string("2.0")), ("method", .string(method)), ("params", params)]))
    }

    /// The next diagnostics published for `uri`.
    func diagnostics(_ uri: String, file: StaticString = #filePath, line: UInt = #line) -> [JSONValue] {
        next("diagnostics for \(uri)", file: file, line: line) {
            $0["method"] == .string("textDocument/publishDiagnostics") && $0["params"]?["uri"] == .string(uri)
        }?["params"]?["diagnostics"]?.arrayValue ?? []
    }

    func initialize(_ options: JSONValue = .object([]), root: URL = projectRoot, capabilities: JSONValue = .object([])) {
        let response = request("initialize", .object([
            ("processId", .null), ("rootUri", .string(FileURI.uri(forPath: root.path))),
            ("capabilities", capabilities), ("initializationOptions", options),
        ]))
        XCTAssertNotNil(response?["result"]?["capabilities"], "initialize answered \(response?.compact() ?? "nothing")")
        notify("initialized", .object([]))
    }

    /// A session on the bundled rules with one of the Examples open, and the diagnostics first published for it.
    static func withExample(_ name: String, options: JSONValue = .object([])) throws -> (session: LSPSession, uri: String, text: String, diagnostics: [JSONValue]) {
        let session = try LSPSession()
        session.initialize(options)
        let (uri, text) = try example(name)
        session.open(uri, text)
        return (session, uri, text, session.diagnostics(uri))
    }

    func open(_ uri: String, _ text: String, version: Int = 1) {
        notify("textDocument/didOpen", .object([("textDocument", .object([
            ("uri", .string(uri)), ("languageId", .string("yaml")), ("version", .int(version)), ("text", .string(text)),
        ]))]))
    }

    func change(_ uri: String, _ text: String, version: Int) {
        notify("textDocument/didChange", .object([
            ("textDocument", .object([("uri", .string(uri)), ("version", .int(version))])),
            ("contentChanges", .array([.object([("text", .string(text))])])),
        ]))
    }

    /// `shutdown`, then `exit`; the server's exit status.
    func close() -> Int32 {
        let response = request("shutdown", .null)
        XCTAssertEqual(response?["result"], .null)
        notify("exit", .null)
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Params naming a document and a place in it.
func at(_ uri: String, line: Int, character: Int) -> JSONValue {
    .object([("textDocument", .object([("uri", .string(uri))])), ("position", .object([("line", .int(line)), ("character", .int(character))]))])
}

func example(_ name: String) throws -> (uri: String, text: String) {
    let url = projectRoot.appendingPathComponent("Examples").appendingPathComponent(name)
    return (FileURI.uri(forPath: url.path), try String(contentsOf: url, encoding: .utf8))
}

extension JSONValue {
    /// A diagnostic's range as (start line, start character, end line, end character).
    var rangeTuple: [Int] {
        guard let range = self["range"] else { return [] }
        return [range["start"]?["line"], range["start"]?["character"], range["end"]?["line"], range["end"]?["character"]].compactMap { $0?.intValue }
    }
}

extension Array where Element == JSONValue {
    func diagnostic(code: String) -> JSONValue? { first { $0["code"] == .string(code) } }
}
