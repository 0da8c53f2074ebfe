import Accord
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import NIOPosix

/// The review page (SPEC section 7): `GET /` the form, `POST /` the form's answer, `GET /premises`
/// the catalogue. Every page is rendered here, on the server, from the same results as `accord
/// check`, and works without script. `POST /` keeps the rules of `POST /v1/check`: the body limit
/// (413), unreadable input (400, shown at its line), a decision that cannot be logged is not given
/// (500), and each proposal decided is logged as a decision when the decision log is on; nothing
/// else is kept.
struct PageHandler: Sendable {
    let service: AccordService

    /// How the page names pasted text, where a report names a file.
    static let pastedName = "pasted"

    func form() -> Response {
        let snapshot = service.store.snapshot
        let intro = "<p>Paste a proposal or choose files: Accord checks them against the basic premises of the 2014 Interim Report "
            + "and shows the verdict, every finding under the report's words, and where in the proposal it lies. "
            + "<a href=\"/premises\">What Accord checks</a>.</p>\n"
        return PageResponse.html(page(intro + PageDocument.form(pasted: "")), digest: snapshot.digest)
    }

    func premises() -> Response {
        let snapshot = service.store.snapshot
        let intro = "<p>The basic premises of the Interim Report on the Revision of the Guidelines for Japan-U.S. Defense Cooperation "
            + "(8 October 2014) that Accord checks, each with the report's words, how the rule set reads them, and its rules.</p>\n"
        let main = intro + PremiseCatalogue.render(snapshot.ruleSet)
        return PageResponse.html(PageDocument.render(title: "What Accord checks", current: .premises, main: main, digest: snapshot.digest), digest: snapshot.digest)
    }

    func check(_ request: Request) async throws -> Response {
        let snapshot = service.store.snapshot
        let limit = service.configuration.maxBodyBytes
        guard let contentType = request.headers[.contentType], let boundary = MultipartForm.boundary(contentType: contentType) else {
            return refusal(.unsupportedMediaType, "The form is sent as multipart/form-data.", hint: "Use the form on this page.", pasted: "")
        }
        let body: [UInt8]
        do {
            body = try await request.bodyBytes(limit: limit)
        } catch is NIOTooManyBytesError {
            return tooLarge(limit)
        }
        guard let form = MultipartForm(body, boundary: boundary) else {
            return refusal(.badRequest, "The form could not be read.", hint: "Send it again from this page.", pasted: "")
        }
        let inputs = Self.inputs(form)
        let pasted = form.parts.first { $0.name == "proposal" && $0.filename == nil }.map { String(decoding: $0.bytes, as: UTF8.self) } ?? ""
        guard !inputs.isEmpty else {
            return refusal(.badRequest, "There is nothing to check.", hint: "Paste a proposal or choose a file (`accord init` writes a template).", pasted: pasted)
        }
        // As for `POST /v1/check`: CPU work in NIO's thread pool, never on the threads that move bytes.
        return try await NIOThreadPool.singleton.runIfActive { [inputs, pasted] in
            decide(inputs, pasted: pasted, snapshot: snapshot)
        }
    }

    /// The pasted text and every chosen file, in the form's order; an empty paste and the empty
    /// part a browser sends when no file was chosen are left out.
    static func inputs(_ form: MultipartForm) -> [InputFile] {
        form.parts.compactMap { part in
            switch (part.name, part.filename) {
            case ("proposal", nil):
                return part.bytes.allSatisfy { [0x20, 0x09, 0x0A, 0x0D].contains($0) } ? nil : InputFile(path: pastedName, bytes: part.bytes)
            case ("files", let name?):
                return name.isEmpty && part.bytes.isEmpty ? nil : InputFile(path: name.isEmpty ? "file" : name, bytes: part.bytes)
            default:
                return nil
            }
        }
    }

    private func decide(_ inputs: [InputFile], pasted: String, snapshot: RuleSetSnapshot) -> Response {
        var reports: [ProposalReport] = []
        var unreadable = false
        for input in inputs {
            guard let report = snapshot.checker.check(input) else { preconditionFailure("Checker.check returns nil only with skipOthers") }
            reports.append(report)
            // What `POST /v1/check` refuses with 400 is shown here too, at its line, but is no decision.
            let mediaType: ProposalMediaType = input.path.lowercased().hasSuffix(".json") ? .json : .yaml
            if CheckHandler.unreadable(input.bytes, mediaType: mediaType) != nil
                || (report.verdict == .invalid && CheckHandler.unloadable(input.bytes, limits: snapshot.checker.limits) != nil) {
                unreadable = true
                continue
            }
            guard service.record(report, bytes: input.bytes, snapshot: snapshot) else {
                return refusal(
                    .internalServerError, "The decision could not be written to the decision log, so it is not given.",
                    hint: "The operator should check the decision log's disk and permissions.", pasted: pasted)
            }
        }
        let batch = BatchReport(reports: reports, ruleSet: snapshot.ruleSet, waivers: [], today: snapshot.checker.today)
        let results = ReviewPage.results(batch, sources: inputs.map(\.bytes))
        var headers: HTTPFields = [:]
        if reports.count == 1 { headers[AccordHeader.verdict] = reports[0].verdict.rawValue }
        var response = PageResponse.html(
            page("<section aria-label=\"Result\">\n" + results + "</section>\n" + PageDocument.form(pasted: pasted)),
            status: unreadable ? .badRequest : .ok, digest: snapshot.digest)
        response.headers.append(contentsOf: headers)
        return response
    }

    private func page(_ main: String) -> String {
        PageDocument.render(title: "Review a proposal", current: .review, main: main, digest: service.store.snapshot.digest)
    }

    private func refusal(_ status: HTTPResponse.Status, _ message: String, hint: String?, pasted: String) -> Response {
        PageResponse.html(page(PageDocument.problem(message, hint: hint) + PageDocument.form(pasted: pasted)), status: status, digest: service.store.snapshot.digest)
    }

    private func tooLarge(_ limit: Int) -> Response {
        refusal(.contentTooLarge, "The form is larger than the limit of \(limit) bytes.",
                hint: "A proposal is a few kilobytes; the operator sets the limit with --max-body-bytes.", pasted: "")
    }
}
