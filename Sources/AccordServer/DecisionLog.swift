import Accord
import Crypto
import Foundation
import Synchronization

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One decision, as the decision log records it.
public struct DecisionRecord: Sendable {
    public var time: Date
    public var proposalID: String?
    /// SHA-256 of the request body, as `sha256:<hex>`: proves which bytes were decided without keeping them.
    public var bodyDigest: String
    public var ruleSetDigest: String
    public var verdict: Verdict
    /// The rule ids of the findings, in report order.
    public var findings: [String]

    public init(time: Date, proposalID: String?, bodyDigest: String, ruleSetDigest: String, verdict: Verdict, findings: [String]) {
        self.time = time
        self.proposalID = proposalID
        self.bodyDigest = bodyDigest
        self.ruleSetDigest = ruleSetDigest
        self.verdict = verdict
        self.findings = findings
    }

    /// The line written to the log: compact JSON, keys in a fixed order, no newline.
    public var line: String {
        JSONValue.object([
            ("time", .string(time.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)))),
            ("proposal", proposalID.map(JSONValue.string) ?? .null),
            ("request_sha256", .string(bodyDigest)),
            ("ruleset", .string(ruleSetDigest)),
            ("verdict", .string(verdict.rawValue)),
            ("findings", .array(findings.map(JSONValue.string))),
        ]).compact()
    }

    public static func digest(of bytes: [UInt8]) -> String {
        "sha256:" + Hex.string(SHA256.hash(data: bytes))
    }
}

/// The append-only decision log: one JSON line per decision, written with a single `write(2)` on a file
/// opened with `O_APPEND` before the response leaves, so that nothing is buffered in the process and an
/// existing log is only ever added to (across restarts too).
public final class DecisionLog: Sendable {
    public let path: String
    /// The open descriptor; -1 once closed.
    private let descriptor: Mutex<Int32>

    public init(path: String) throws {
        let fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o640)
        guard fd >= 0 else {
            throw ServiceStartError("\(path): the decision log cannot be opened for appending: \(String(cString: strerror(errno)))")
        }
        self.path = path
        self.descriptor = Mutex(fd)
    }

    /// Appends one record. Throws when the line cannot be written whole (disk full, log closed):
    /// the caller then refuses to answer, since a decision it cannot record must not be given.
    public func append(_ record: DecisionRecord) throws {
        let bytes = Array((record.line + "\n").utf8)
        try descriptor.withLock { fd in
            guard fd >= 0 else { throw DecisionLogError("the decision log is closed") }
            var offset = 0
            while offset < bytes.count {
                let written = bytes.withUnsafeBufferPointer { buffer in
                    write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                }
                if written < 0 {
                    if errno == EINTR { continue }
                    throw DecisionLogError("\(path): cannot append to the decision log: \(String(cString: strerror(errno)))")
                }
                offset += written
            }
        }
    }

    /// Closes the log; later appends fail. Closing twice does nothing.
    public func close() {
        descriptor.withLock { fd in
            guard fd >= 0 else { return }
            _ = fsync(fd)
            _ = closeDescriptor(fd)
            fd = -1
        }
    }

    deinit { close() }
}

/// `close(2)`, out of reach of `DecisionLog.close()`'s name.
private func closeDescriptor(_ fd: Int32) -> Int32 { close(fd) }

public struct DecisionLogError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}

extension AccordService {
    /// Records a decision (`POST /v1/check` and the review page alike): appended to the decision log
    /// when there is one, counted, logged at debug level. False when the log could not be written:
    /// a decision that cannot be recorded is not given.
    func record(_ report: ProposalReport, bytes: [UInt8], snapshot: RuleSetSnapshot) -> Bool {
        if let decisionLog {
            let record = DecisionRecord(
                time: Date(), proposalID: report.proposalID, bodyDigest: DecisionRecord.digest(of: bytes),
                ruleSetDigest: snapshot.digest, verdict: report.verdict, findings: report.findings.map(\.rule))
            do {
                try decisionLog.append(record)
            } catch {
                logger.error("a decision could not be recorded; it was not given", metadata: ["error": "\(error)"])
                return false
            }
        }
        metrics.recordDecision(report.verdict)
        logger.debug(
            "decided", metadata: ["proposal": "\(report.proposalID ?? "-")", "verdict": "\(report.verdict.rawValue)", "digest": "\(snapshot.digest)"])
        return true
    }
}
