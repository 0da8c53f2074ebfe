import Accord
import AccordServer
import Foundation
import Logging
import XCTest

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The project's root folder (the one with Package.swift).
let projectRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A realistic proposal: the first example, compliant under the bundled rules.
let compliantProposal = try! Data(contentsOf: projectRoot.appendingPathComponent("Examples/01-isr-nansei-islands-compliant.yaml"))

/// Fails the test instead of waiting for ever.
struct Timeout: Error, CustomStringConvertible {
    var description: String
}

func withDeadline<T: Sendable>(_ seconds: Double, _ what: String, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
    try await withThrowingTaskGroup(of: T.self) { group in
        group.addTask { try await body() }
        group.addTask {
            try await Task.sleep(for: .seconds(seconds))
            throw Timeout(description: "\(what) took more than \(seconds) s")
        }
        defer { group.cancelAll() }
        return try await group.next()!
    }
}

/// A scratch folder with a copy of the bundled rules, removed by `remove()`.
struct Scratch {
    let url: URL
    var rules: URL { url.appendingPathComponent("Rules") }
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("accord-serve-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: projectRoot.appendingPathComponent("Rules"), to: rules)
    }

    func file(_ name: String) -> URL { url.appendingPathComponent(name) }

    /// Changes one rule's title, so that the rule set stays valid and its digest changes.
    func editRuleTitle() throws {
        let file = rules.appendingPathComponent("rules/recognized-areas.yaml")
        var text = try String(contentsOf: file, encoding: .utf8)
        guard let range = text.range(of: "title: ") else { throw Timeout(description: "no title in \(file.path)") }
        text.replaceSubrange(range, with: "title: (edited) ")
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    /// Breaks the rule set: a rule file that is not YAML.
    func breakRules() throws {
        try "rules:\n  - id: broken\n    premise: [unclosed\n".write(
            to: rules.appendingPathComponent("rules/zz-broken.yaml"), atomically: true, encoding: .utf8)
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// An HTTP answer.
struct HTTPAnswer: Sendable {
    var status: Int
    var headers: [String: String]
    var body: Data

    func header(_ name: String) -> String? {
        headers.first { $0.key.lowercased() == name.lowercased() }?.value
    }

    var text: String { String(decoding: body, as: UTF8.self) }

    func json() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw Timeout(description: "not a JSON object: \(text)")
        }
        return object
    }
}

/// Sends requests to the service: over real HTTP (`HTTPClient`) or to its router (`RouterClient`).
protocol ServiceClient: Sendable {
    /// One request and its answer; tests call `send` and `check`.
    func exchange(_ method: String, _ path: String, body: Data?, headers: [String: String]) async throws -> HTTPAnswer
}

extension ServiceClient {
    func send(_ method: String, _ path: String, body: Data? = nil, headers: [String: String] = [:]) async throws -> HTTPAnswer {
        try await exchange(method, path, body: body, headers: headers)
    }

    func check(_ body: Data, contentType: String? = "application/yaml", query: String = "") async throws -> HTTPAnswer {
        var headers: [String: String] = [:]
        if let contentType { headers["Content-Type"] = contentType }
        return try await send("POST", "/v1/check" + query, body: body, headers: headers)
    }
}

/// A real HTTP client (URLSession) talking to a server on 127.0.0.1.
struct HTTPClient: ServiceClient {
    let base: URL
    let session: URLSession

    init(port: Int) {
        base = URL(string: "http://127.0.0.1:\(port)")!
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 15
        configuration.timeoutIntervalForResource = 30
        session = URLSession(configuration: configuration)
    }

    func exchange(_ method: String, _ path: String, body: Data?, headers: [String: String]) async throws -> HTTPAnswer {
        var request = URLRequest(url: URL(string: path, relativeTo: base)!)
        request.httpMethod = method
        request.timeoutInterval = 15
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.httpBody = body
        let (data, response) = try await session.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            fields["\(key)"] = "\(value)"
        }
        return HTTPAnswer(status: http.statusCode, headers: fields, body: data)
    }
}

/// The service run in this process on an ephemeral port of 127.0.0.1.
final class InProcessServer: @unchecked Sendable {
    let service: AccordService
    let port: Int
    let client: HTTPClient
    private let task: Task<Void, any Error>

    static func start(_ configuration: ServiceConfiguration) async throws -> InProcessServer {
        var logger = Logger(label: "accord-serve-test")
        logger.logLevel = .warning
        let service = try AccordService(configuration: configuration, logger: logger)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task {
            do {
                try await service.run { _, port in continuation.yield(port) }
            } catch {
                continuation.finish()
                throw error
            }
            continuation.finish()
        }
        let port = try await withDeadline(20, "starting the service") {
            var iterator = ports.makeAsyncIterator()
            guard let port = await iterator.next() else { throw Timeout(description: "the service stopped before it listened") }
            return port
        }
        return InProcessServer(service: service, port: port, task: task)
    }

    private init(service: AccordService, port: Int, task: Task<Void, any Error>) {
        self.service = service
        self.port = port
        self.client = HTTPClient(port: port)
        self.task = task
    }

    /// Shuts the service down gracefully, as SIGTERM does, and waits until it has stopped.
    func stop() async throws {
        await service.shutdown()
        let task = self.task
        _ = try await withDeadline(20, "stopping the service") { await task.result }
    }
}

/// The real `accord-serve` binary, built next to this test bundle, as a child process.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    let port: Int
    private let output: Pipe
    private let errors: Pipe
    private let collected = ErrorText()

    final class ErrorText: @unchecked Sendable {
        private let lock = NSLock()
        private var data = Data()
        func append(_ more: Data) { lock.lock(); data.append(more); lock.unlock() }
        var text: String { lock.lock(); defer { lock.unlock() }; return String(decoding: data, as: UTF8.self) }
    }

    static var binary: URL {
        var directory = Bundle(for: ErrorText.self).bundleURL
        while directory.pathExtension == "xctest" || directory.lastPathComponent.hasSuffix(".xctest") {
            directory.deleteLastPathComponent()
        }
        return directory.appendingPathComponent("accord-serve")
    }

    /// Starts the binary with the given arguments and `--host 127.0.0.1 --port 0`, and waits until it listens.
    init(_ arguments: [String], environment: [String: String] = [:], executable: URL = ServeProcess.binary) throws {
        process.executableURL = executable
        process.arguments = arguments + ["--host", "127.0.0.1", "--port", "0"]
        var env = ProcessInfo.processInfo.environment
        // The child's settings are the test's alone.
        env.removeValue(forKey: ReloadToken.environmentVariable)
        env.removeValue(forKey: "ACCORD_RULES")
        for (key, value) in environment { env[key] = value }
        process.environment = env
        output = Pipe()
        errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let collected = self.collected
        errors.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            if !data.isEmpty { collected.append(data) }
        }
        try process.run()
        // The first line on standard output names the port; read it with a deadline.
        let reader = output.fileHandleForReading
        let found = DispatchSemaphore(value: 0)
        let line = ErrorText()
        DispatchQueue.global().async {
            var buffer = Data()
            while !buffer.contains(0x0A) {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                buffer.append(chunk)
            }
            line.append(buffer)
            found.signal()
        }
        guard found.wait(timeout: .now() + 30) == .success,
              let match = line.text.range(of: #"listening on http://127\.0\.0\.1:(\d+)"#, options: .regularExpression)
        else {
            process.terminate()
            throw Timeout(description: "accord-serve did not start; stderr:\n\(collected.text)")
        }
        port = Int(line.text[match].split(separator: ":").last!)!
    }

    var client: HTTPClient { HTTPClient(port: port) }
    var stderr: String { collected.text }

    func signal(_ signal: Int32) { kill(process.processIdentifier, signal) }

    /// Waits for the process to exit; its exit status.
    func waitForExit(seconds: Double = 30) throws -> Int32 {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning {
            if Date() > deadline {
                kill(process.processIdentifier, SIGKILL)
                throw Timeout(description: "accord-serve did not exit within \(seconds) s; stderr:\n\(stderr)")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return process.terminationStatus
    }

    /// Stops the process whatever state it is in (for `defer`).
    func forceStop() {
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }
}

/// A test case with a scratch copy of the bundled rules and the service running on them in this
/// process; `configuration(rules:)` says how it is configured.
class InProcessServerTestCase: XCTestCase {
    var scratch: Scratch!
    var server: InProcessServer!
    var client: HTTPClient { server.client }

    func configuration(rules: URL) -> ServiceConfiguration {
        ServiceConfiguration(rulePaths: [rules.path], port: 0)
    }

    override func setUp() async throws {
        scratch = try Scratch()
        server = try await InProcessServer.start(configuration(rules: scratch.rules))
    }

    override func tearDown() async throws {
        try await server?.stop()
        scratch?.remove()
    }
}
