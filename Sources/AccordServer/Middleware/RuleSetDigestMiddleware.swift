import Hummingbird

/// Gives every response `X-Accord-Ruleset-Digest` (SPEC section 7): a handler that decided under a
/// rule set names its digest itself; any other answer, errors included, gets the digest serving now.
struct RuleSetDigestMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let store: RuleSetStore

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[AccordHeader.ruleSetDigest] == nil {
            response.headers[AccordHeader.ruleSetDigest] = store.snapshot.digest
        }
        return response
    }
}
