import Accord
import Crypto
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// The routes of SPEC section 7 (the API and the review page), and the methods each takes (anything else on these paths is 405).
enum Routes {
    static let methods: [String: [HTTPRequest.Method]] = [
        "/v1/check": [.post],
        "/v1/rules": [.get],
        "/v1/reload": [.post],
        "/healthz": [.get],
        "/metrics": [.get],
        "/": [.get, .post],
        "/premises": [.get],
        "/assets/page.css": [.get],
        "/assets/page.js": [.get],
    ]

    static func register(on router: Router<BasicRequestContext>, service: AccordService) {
        // Outermost first; added before the routes, which take the middleware there is when they are added.
        router.add(middleware: MetricsMiddleware(metrics: service.metrics))
        router.add(middleware: RuleSetDigestMiddleware(store: service.store))
        router.add(middleware: JSONErrorMiddleware(logger: service.logger))
        router.add(middleware: MethodNotAllowedMiddleware())
        let check = CheckHandler(service: service)
        router.post("/v1/check") { request, _ in try await check.respond(request) }
        router.get("/v1/rules") { _, _ in try rules(service.store.snapshot) }
        router.post("/v1/reload") { request, _ in try await reload(request, service: service) }
        router.get("/healthz") { _, _ in
            let digest = service.store.snapshot.digest
            return try JSONResponse.make(
                HealthBody(ruleset: DigestBody(digest: digest)), headers: [AccordHeader.ruleSetDigest: digest], pretty: false)
        }
        // The review page for legal advisors (HTML; its errors are pages too).
        let page = PageHandler(service: service)
        router.get("/") { _, _ in page.form() }
        router.post("/") { request, _ in try await page.check(request) }
        router.get("/premises") { _, _ in page.premises() }
        router.get("/assets/page.css") { _, _ in
            PageResponse.respond(ReviewPage.style, contentType: "text/css; charset=utf-8", digest: service.store.snapshot.digest)
        }
        router.get("/assets/page.js") { _, _ in
            PageResponse.respond(PageScript.source, contentType: "text/javascript; charset=utf-8", digest: service.store.snapshot.digest)
        }
        router.get("/metrics") { _, _ in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: service.metrics.exposition())))
        }
    }

    /// `GET /v1/rules`: the rule set serving now, its digest, premises and rules.
    static func rules(_ snapshot: RuleSetSnapshot) throws -> Response {
        try JSONResponse.make(RulesBody(snapshot), headers: [AccordHeader.ruleSetDigest: snapshot.digest])
    }

    /// `POST /v1/reload`: 403 when no token is configured, 401 without the right bearer token; else the
    /// rule files are loaded again and swapped in if valid (200), or rejected with their problems (422)
    /// while the previous set keeps serving.
    static func reload(_ request: Request, service: AccordService) async throws -> Response {
        guard let expected = service.configuration.reloadToken else {
            throw ServiceError(
                .forbidden, "reload-disabled", "reloading over HTTP is turned off: no reload token is configured",
                hint: "start accord-serve with --reload-token-file FILE or ACCORD_RELOAD_TOKEN, or send it SIGHUP")
        }
        guard let presented = bearerToken(request.headers[.authorization]), tokensMatch(presented, expected) else {
            throw ServiceError(
                .unauthorized, "unauthorized", "reloading needs the reload token as a bearer token",
                hint: "send Authorization: Bearer <token>", headers: [.wwwAuthenticate: "Bearer realm=\"accord\""])
        }
        let outcome = await service.reload(trigger: .http)
        switch outcome {
        case .reloaded(let previous, let current):
            return try JSONResponse.make(
                ReloadBody(status: "reloaded", ruleset: RuleSetSummary(current), previous: DigestBody(digest: previous.digest)),
                headers: [AccordHeader.ruleSetDigest: current.digest])
        case .unchanged(let current):
            return try JSONResponse.make(
                ReloadBody(status: "unchanged", ruleset: RuleSetSummary(current), previous: nil),
                headers: [AccordHeader.ruleSetDigest: current.digest])
        case .rejected(let current, let problems):
            let count = problems.items.count
            var body = ErrorBody(
                status: HTTPResponse.Status.unprocessableContent.code, error: "invalid-ruleset",
                message: "the new rule set is invalid (\(count) problem\(count == 1 ? "" : "s")); the previous one keeps serving",
                hint: "`accord rules lint` shows the same problems", location: nil)
            body.problems = problems.items.map(ProblemBody.init)
            body.ruleset = RuleSetSummary(current)
            throw ServiceError(.unprocessableContent, body, headers: [AccordHeader.ruleSetDigest: current.digest])
        }
    }

    /// The token of an `Authorization: Bearer <token>` header (the scheme in any case).
    static func bearerToken(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// Compares in time that depends on neither token: both are hashed, and every byte of the hashes is compared.
    static func tokensMatch(_ presented: String, _ expected: String) -> Bool {
        let a = Array(SHA256.hash(data: Array(presented.utf8)))
        let b = Array(SHA256.hash(data: Array(expected.utf8)))
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
