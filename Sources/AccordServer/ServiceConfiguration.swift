import Accord
import Foundation

/// How `accord-serve` runs: where the rules are, where it listens, its limits, its decision log and
/// the token that guards `POST /v1/reload`.
public struct ServiceConfiguration: Sendable {
    /// Rule folders and files, loaded together as `accord check --rules` loads them; reloads read them again.
    public var rulePaths: [String]
    public var host: String
    /// 0 picks a free port; the service tells which once it listens.
    public var port: Int
    /// Largest request body accepted; larger ones get 413. Also the YAML loader's file-size limit.
    public var maxBodyBytes: Int
    /// Where decisions are appended as JSON lines; nil keeps no log.
    public var decisionLogPath: String?
    /// The bearer token that `POST /v1/reload` requires; nil turns that endpoint off (403).
    public var reloadToken: String?
    /// Whether SIGHUP reloads the rules (the `accord-serve` process; never a test process).
    public var reloadOnSIGHUP: Bool
    /// How long in-flight requests may take to finish after SIGTERM before they are cancelled.
    public var shutdownGracePeriod: Duration

    public init(
        rulePaths: [String],
        host: String = "127.0.0.1",
        port: Int = 8080,
        maxBodyBytes: Int = LoaderLimits.default.maxBytes,
        decisionLogPath: String? = nil,
        reloadToken: String? = nil,
        reloadOnSIGHUP: Bool = false,
        shutdownGracePeriod: Duration = .seconds(30)
    ) {
        self.rulePaths = rulePaths
        self.host = host
        self.port = port
        self.maxBodyBytes = maxBodyBytes
        self.decisionLogPath = decisionLogPath
        self.reloadToken = reloadToken
        self.reloadOnSIGHUP = reloadOnSIGHUP
        self.shutdownGracePeriod = shutdownGracePeriod
    }

    /// The loader limits for request bodies: the defaults, with the body limit as the size limit.
    var loaderLimits: LoaderLimits {
        var limits = LoaderLimits.default
        limits.maxBytes = maxBodyBytes
        return limits
    }
}

/// Why the service cannot start: a message for the operator, who fixes the command line or the files.
public struct ServiceStartError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

public enum ReloadToken {
    /// The variable that may hold the reload token instead of a file.
    public static let environmentVariable = "ACCORD_RELOAD_TOKEN"

    /// The token from `--reload-token-file` (which wins) or `ACCORD_RELOAD_TOKEN`; nil when neither is set.
    /// Surrounding whitespace (the file's final newline) is not part of the token; an empty token is an error,
    /// since it would let anyone reload.
    public static func resolve(file: String?, environment: [String: String]) throws -> String? {
        let token: String
        let source: String
        if let file {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw ServiceStartError("\(file): the reload token file cannot be read")
            }
            guard let text = String(data: data, encoding: .utf8) else {
                throw ServiceStartError("\(file): the reload token file is not UTF-8 text")
            }
            token = text
            source = file
        } else if let value = environment[environmentVariable] {
            token = value
            source = environmentVariable
        } else {
            return nil
        }
        let trimmed = token.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw ServiceStartError("\(source): the reload token is empty; give a long random token, or none to turn reloading over HTTP off")
        }
        return trimmed
    }
}
