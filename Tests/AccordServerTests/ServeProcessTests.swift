import Accord
import AccordServer
import Foundation
import XCTest

#if canImport(Glibc)
import Glibc
#endif

/// The real `accord-serve` binary (and `accord serve`) as a child process: signals, shutdown, start-up errors.
final class ServeProcessTests: XCTestCase {
    func digest(_ client: HTTPClient) async throws -> String {
        let answer = try await client.send("GET", "/v1/rules")
        return try XCTUnwrap((try answer.json()["ruleset"] as? [String: Any])?["digest"] as? String)
    }

    /// Polls until `condition` holds, for at most `seconds`.
    func eventually(_ seconds: Double, _ what: String, _ condition: () async throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try await condition() { return }
            try await Task.sleep(for: .milliseconds(50))
        }
        XCTFail("\(what) did not happen within \(seconds) s")
    }

    func testSIGHUPReloadsAndABrokenRuleSetKeepsTheOldOneServing() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let server = try ServeProcess(["--rules", scratch.rules.path])
        defer { server.forceStop() }
        let client = server.client
        let first = try await digest(client)

        try scratch.editRuleTitle()
        let expected = try RuleSetLoader.load([scratch.rules.path]).digest
        XCTAssertNotEqual(expected, first)
        server.signal(SIGHUP)
        try await eventually(10, "the SIGHUP reload") { try await digest(client) == expected }

        try scratch.breakRules()
        server.signal(SIGHUP)
        try await eventually(10, "the rejected SIGHUP reload") {
            try await client.send("GET", "/metrics").text.contains(#"accord_ruleset_reloads_total{trigger="sighup",result="rejected"} 1"#)
        }
        let served = try await digest(client)
        XCTAssertEqual(served, expected, "the broken set was not swapped in")
        let check = try await client.check(compliantProposal)
        XCTAssertEqual(check.status, 200)
        XCTAssertEqual(check.header("X-Accord-Ruleset-Digest"), expected)
        XCTAssertTrue(server.process.isRunning)
        XCTAssertTrue(server.stderr.contains("the new rule set is invalid; the previous one keeps serving"), server.stderr)

        server.signal(SIGTERM)
        XCTAssertEqual(try server.waitForExit(), 0)
    }

    /// SIGTERM while a request is half sent: the request is still answered, then the process exits 0
    /// and closes its decision log with that decision in it.
    func testSIGTERMLetsAnInFlightRequestFinishAndClosesTheDecisionLog() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let log = scratch.file("decisions.jsonl")
        let server = try ServeProcess(["--rules", scratch.rules.path, "--decision-log", log.path])
        defer { server.forceStop() }

        let connection = try RawConnection(port: server.port)
        defer { connection.close() }
        let body = [UInt8](compliantProposal)
        let head = "POST /v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\nContent-Length: \(body.count)\r\n\r\n"
        try connection.send(Array(head.utf8) + body[..<(body.count / 2)])
        try await Task.sleep(for: .milliseconds(300))
        server.signal(SIGTERM)
        try await Task.sleep(for: .milliseconds(300))
        XCTAssertTrue(server.process.isRunning, "the server waits for the request in flight")
        try connection.send(Array(body[(body.count / 2)...]))
        let response = try connection.receiveAll(seconds: 15)
        XCTAssertTrue(response.hasPrefix("HTTP/1.1 200"), response)
        XCTAssertTrue(response.contains("\"verdict\": \"compliant\""), response)

        XCTAssertEqual(try server.waitForExit(), 0)
        XCTAssertTrue(server.stderr.contains("the decision log is closed"), server.stderr)
        let lines = try String(contentsOf: log, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 1)
        XCTAssertTrue(lines[0].contains("\"verdict\":\"compliant\""))
        // No new connection is taken once shutdown began.
        XCTAssertThrowsError(try RawConnection(port: server.port))
    }

    func testAnInvalidRuleSetOrNoRulesStopTheStartWithExitCode2() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try scratch.breakRules()
        for arguments in [["--rules", scratch.rules.path], []] {
            let process = Process()
            process.executableURL = ServeProcess.binary
            process.arguments = ["--port", "0"] + arguments
            var environment = ProcessInfo.processInfo.environment
            environment.removeValue(forKey: "ACCORD_RULES")
            process.environment = environment
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = Pipe()
            try process.run()
            let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            XCTAssertEqual(process.terminationStatus, 2, text)
            XCTAssertTrue(text.contains(arguments.isEmpty ? "no rule set" : "zz-broken.yaml"), text)
        }
    }

    func testTheReloadTokenFileGuardsReloadInTheBinary() async throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let tokenFile = scratch.file("token")
        try "file-token\n".write(to: tokenFile, atomically: true, encoding: .utf8)
        let server = try ServeProcess(
            ["--rules", scratch.rules.path, "--reload-token-file", tokenFile.path], environment: ["ACCORD_RELOAD_TOKEN": "env-token"])
        defer { server.forceStop() }
        let client = server.client
        let refused = try await client.send("POST", "/v1/reload", headers: ["Authorization": "Bearer env-token"])
        XCTAssertEqual(refused.status, 401)
        let accepted = try await client.send("POST", "/v1/reload", headers: ["Authorization": "Bearer file-token"])
        XCTAssertEqual(accepted.status, 200)
        server.signal(SIGTERM)
        XCTAssertEqual(try server.waitForExit(), 0)
    }

    /// `accord serve` execs accord-serve: same process, so SIGTERM reaches the server; bundled rules by default.
    func testAccordServeRunsTheServerInItsOwnProcess() async throws {
        let accord = ServeProcess.binary.deletingLastPathComponent().appendingPathComponent("accord")
        let server = try ServeProcess(["serve"], executable: accord)
        defer { server.forceStop() }
        let expected = try RuleSetLoader.load([projectRoot.appendingPathComponent("Rules").path]).digest
        let served = try await digest(server.client)
        XCTAssertEqual(served, expected, "the bundled rules")
        let check = try await server.client.check(compliantProposal)
        XCTAssertEqual(check.status, 200)
        server.signal(SIGTERM)
        XCTAssertEqual(try server.waitForExit(), 0)
    }
}

/// A plain TCP connection to 127.0.0.1, for sending a request in pieces.
final class RawConnection {
    let fd: Int32

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Timeout(description: "socket() failed") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            Glibc.close(fd)
            throw Timeout(description: "connect() to port \(port) failed: errno \(errno)")
        }
    }

    func send(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw Timeout(description: "send() failed: errno \(errno)") }
            offset += sent
        }
    }

    /// Reads until the peer closes the connection, or `seconds` pass.
    func receiveAll(seconds: Int) throws -> String {
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(fd, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data += buffer[..<count]
        }
        return String(decoding: data, as: UTF8.self)
    }

    func close() { Glibc.close(fd) }
}
