import Accord
import Foundation
import Hummingbird
import Logging
import NIOCore
import NIOPosix

/// The body formats `POST /v1/check` takes, by `Content-Type` (parameters such as `charset` are allowed).
enum ProposalMediaType: Equatable {
    case yaml, json

    static let accepted = ["application/yaml", "application/x-yaml", "text/yaml", "application/json"]

    init?(contentType: String) {
        let essence = contentType.split(separator: ";", maxSplits: 1).first.map {
            $0.trimmingCharacters(in: .whitespaces).lowercased()
        } ?? ""
        switch essence {
        case "application/yaml", "application/x-yaml", "text/yaml": self = .yaml
        case "application/json": self = .json
        default: return nil
        }
    }
}

/// `POST /v1/check`: one proposal in, the JSON report of SPEC section 6 out.
///
/// Where the line between 400 and `invalid` is drawn: a body the YAML loader cannot turn into one
/// document (empty, not UTF-8, a syntax error, duplicate keys, too deep, an alias bomb, several
/// documents) cannot be read at all and gets 400 with the place of the problem; a document that reads
/// but breaks the proposal format (unknown or missing fields, wrong types, `yes` for a boolean) is a
/// decision, verdict `invalid`, reported with its errors under HTTP 200, exactly as `accord check`
/// reports it.
struct CheckHandler: Sendable {
    let service: AccordService

    /// How reports name the input, where `accord check` prints a file's path.
    static let inputName = "<request>"

    func respond(_ request: Request) async throws -> Response {
        // The rule set that decides this request, whatever a reload does meanwhile.
        let snapshot = service.store.snapshot
        let digestHeader: HTTPFields = [AccordHeader.ruleSetDigest: snapshot.digest]
        let limit = service.configuration.maxBodyBytes

        guard let contentType = request.headers[.contentType], let mediaType = ProposalMediaType(contentType: contentType) else {
            let given = request.headers[.contentType].map { "`\($0)`" } ?? "none"
            throw ServiceError(
                .unsupportedMediaType, "unsupported-media-type",
                "the request's Content-Type is \(given); a proposal is sent as YAML or JSON",
                hint: "send Content-Type: \(ProposalMediaType.accepted.joined(separator: ", ")) (a charset parameter is fine)",
                headers: digestHeader)
        }
        // `?fail_on=error|warning|info|never`, as `accord check --fail-on` (default `error`).
        var failOn = FailOn.error
        if let given = request.uri.queryParameters["fail_on"] {
            guard let parsed = FailOn(rawValue: String(given)) else {
                throw ServiceError(
                    .badRequest, "bad-parameter", "`fail_on` is `\(given)`; it takes \(FailOn.allCases.map(\.rawValue).joined(separator: ", "))",
                    hint: "as `accord check --fail-on`: the lowest severity that makes the gate fail", headers: digestHeader)
            }
            failOn = parsed
        }
        let bytes: [UInt8]
        do {
            bytes = try await request.bodyBytes(limit: limit)
        } catch is NIOTooManyBytesError {
            throw tooLarge(limit, headers: digestHeader)
        }
        if let unreadable = Self.unreadable(bytes, mediaType: mediaType) {
            throw ServiceError(.badRequest, "unreadable-input", unreadable.message, hint: unreadable.hint, location: unreadable.location, headers: digestHeader)
        }

        // The check is CPU work of a few milliseconds: it runs in NIO's thread pool, in the order requests
        // arrive, so that it never holds up the cooperative threads that move every connection's bytes.
        return try await NIOThreadPool.singleton.runIfActive { [bytes, failOn] in
            try decide(bytes, snapshot: snapshot, failOn: failOn)
        }
    }

    /// Checks the proposal, records the decision and renders the answer.
    private func decide(_ bytes: [UInt8], snapshot: RuleSetSnapshot, failOn: FailOn) throws -> Response {
        let digestHeader: HTTPFields = [AccordHeader.ruleSetDigest: snapshot.digest]
        let limits = snapshot.checker.limits
        guard let report = snapshot.checker.check(InputFile(path: Self.inputName, bytes: bytes)) else {
            preconditionFailure("Checker.check returns nil only with skipOthers")
        }
        if report.verdict == .invalid, let error = Self.unloadable(bytes, limits: limits) {
            throw ServiceError(.badRequest, "unreadable-input", error.message, hint: error.hint, location: error.location, headers: digestHeader)
        }

        let batch = BatchReport(reports: [report], ruleSet: snapshot.ruleSet, waivers: [], today: snapshot.checker.today)
        let exitCode = batch.exitCode(failOn: failOn.threshold)
        guard service.record(report, bytes: bytes, snapshot: snapshot) else {
            throw ServiceError(
                .internalServerError, "decision-not-recorded",
                "the decision could not be written to the decision log, so it is not given",
                hint: "the operator should check the decision log's disk and permissions", headers: digestHeader)
        }

        var headers = digestHeader
        headers[AccordHeader.verdict] = report.verdict.rawValue
        headers[AccordHeader.gate] = exitCode == 0 ? "pass" : "fail"
        headers[AccordHeader.exitCode] = String(exitCode)
        return JSONResponse.make(text: JSONReport.render(batch), status: .ok, headers: headers)
    }

    private func tooLarge(_ limit: Int, headers: HTTPFields) -> ServiceError {
        ServiceError(
            .contentTooLarge, "body-too-large", "the request body is larger than the limit of \(limit) bytes",
            hint: "a proposal is a few kilobytes; the operator sets the limit with --max-body-bytes", headers: headers)
    }

    /// Why a proposal the checker found invalid cannot be read at all (the 400 side of the line
    /// drawn above), or nil when it reads but breaks the proposal format (a decision). Only on the
    /// rare invalid path is the body loaded a second time.
    static func unloadable(_ bytes: [UInt8], limits: LoaderLimits) -> Diagnostic? {
        do throws(Diagnostic) {
            _ = try YAMLLoader(limits: limits).loadDocument(bytes, path: Self.inputName)
            return nil
        } catch {
            return error
        }
    }

    /// What makes a body unreadable before it reaches the loader: nothing in it, or JSON declared but not sent.
    static func unreadable(_ bytes: [UInt8], mediaType: ProposalMediaType) -> Diagnostic? {
        let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
        guard let index = body.firstIndex(where: { !whitespace.contains($0) }) else {
            return Diagnostic(
                SourceLocation(path: inputName, line: 1, column: 1), "the request body is empty",
                hint: "send one proposal (`accord init` writes a template)")
        }
        if mediaType == .json, body[index] != UInt8(ascii: "{") {
            return Diagnostic(
                SourceLocation(path: inputName, after: body[..<index]),
                "the Content-Type says JSON, but the body does not start with `{`",
                hint: "a proposal in JSON is one object; send YAML as application/yaml")
        }
        return nil
    }
}
