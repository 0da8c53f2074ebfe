import Accord
import AccordServer
import ArgumentParser
import Foundation
import Logging

/// `accord-serve` (also run as `accord serve`): the HTTP service of SPEC section 7.
struct AccordServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accord serve",
        abstract: "Serve proposal checks over HTTP for submission portals.",
        discussion: """
            Routes: POST /v1/check (a proposal as application/yaml or application/json; ?fail_on= as \
            `accord check --fail-on`), GET /v1/rules, POST /v1/reload (bearer token), GET /healthz, \
            GET /metrics (Prometheus). For legal advisors, a review page: open http://HOST:PORT/ in a \
            browser, paste or choose proposals, and read the verdict, the findings under the report's \
            words and the proposal with each finding marked at its line; GET /premises shows the catalogue.

            The rules load once at start. SIGHUP, or POST /v1/reload, loads them again from the same \
            paths and swaps them in atomically; an invalid new rule set is rejected and logged, and the \
            old one keeps serving. SIGTERM or SIGINT stops taking connections, lets in-flight requests \
            finish and closes the decision log. Once listening, one line on standard output gives the \
            address: `accord-serve listening on http://HOST:PORT`.

            Examples:
              accord serve --rules Rules --port 8080
              accord serve --rules Rules --port 0 --decision-log decisions.jsonl
              ACCORD_RELOAD_TOKEN=s3cret accord serve --rules Rules --port 8080
            """,
        version: AccordVersion.current
    )

    @Option(name: .customLong("rules"), help: ArgumentHelp(
        "A rule folder or file; repeat to combine. Default: $ACCORD_RULES (`accord serve` passes the bundled rules).",
        valueName: "path"))
    var rulePaths: [String] = []

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "Largest request body, in bytes; larger ones get 413. Default: the loader's file limit, 1 MiB.")
    var maxBodyBytes = LoaderLimits.default.maxBytes

    @Option(help: ArgumentHelp("Append one JSON line per decision to this file (created if missing, never rewritten).", valueName: "path"))
    var decisionLog: String?

    @Option(help: ArgumentHelp(
        "A file holding the bearer token that POST /v1/reload requires (else $ACCORD_RELOAD_TOKEN; with neither, that route answers 403).",
        valueName: "path"))
    var reloadTokenFile: String?

    @Option(help: "Seconds in-flight requests get to finish after SIGTERM.")
    var shutdownGrace = 30

    @Option(help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel = "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maxBodyBytes >= 1 else { throw ValidationError("--max-body-bytes must be at least 1") }
        guard shutdownGrace >= 0 else { throw ValidationError("--shutdown-grace must not be negative") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("--log-level must be one of \(Logger.Level.allCases.map(\.rawValue).joined(separator: ", "))")
        }
    }

    func run() async throws {
        let level = Logger.Level(rawValue: logLevel) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
        let logger = Logger(label: "accord-serve")
        let environment = ProcessInfo.processInfo.environment
        var paths = rulePaths
        if paths.isEmpty, let fromEnvironment = environment["ACCORD_RULES"], !fromEnvironment.isEmpty {
            paths = [fromEnvironment]
        }
        guard !paths.isEmpty else {
            throw failure("no rule set: pass --rules DIR or set ACCORD_RULES (`accord serve` passes the bundled rules)")
        }
        let service: AccordService
        do {
            let token = try ReloadToken.resolve(file: reloadTokenFile, environment: environment)
            let configuration = ServiceConfiguration(
                rulePaths: paths, host: host, port: port, maxBodyBytes: maxBodyBytes, decisionLogPath: decisionLog,
                reloadToken: token, reloadOnSIGHUP: true, shutdownGracePeriod: .seconds(shutdownGrace))
            service = try AccordService(configuration: configuration, logger: logger)
        } catch let error as ServiceStartError {
            throw failure(error.description)
        }
        do {
            try await service.run(gracefulShutdownSignals: [.sigterm, .sigint]) { host, port in
                let shown = host.contains(":") ? "[\(host)]" : host
                FileHandle.standardOutput.write(Data("accord-serve listening on http://\(shown):\(port)\n".utf8))
            }
        } catch {
            throw failure("the service stopped on an error (is \(host):\(port) free to listen on?): \(error)")
        }
    }
}

/// Runs the command; usage errors exit with 2, as `accord`'s do.
@main
enum Main {
    static func main() async {
        do {
            var command = try AccordServeCommand.parse()
            try await command.run()
        } catch {
            if AccordServeCommand.exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((AccordServeCommand.fullMessage(for: error) + "\n").utf8))
                exit(2)
            }
            AccordServeCommand.exit(withError: error)
        }
    }
}

/// A reason the service cannot start: the message on standard error, exit code 2 (as `accord`'s input errors).
func failure(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("accord-serve: \(message)\n".utf8))
    return ExitCode(2)
}
