import Hummingbird

/// Answers a request the router did not match: 405 with `Allow` when its path is one of the
/// service's routes (Hummingbird's router answers 404 for a wrong method too), else 404 naming the
/// routes there are.
struct MethodNotAllowedMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound && context.endpointPath == "NotFound" {
            let path = request.uri.path
            guard let allowed = Routes.methods[path] else {
                throw ServiceError(.notFound, "not-found", "no route \(path)", hint: "routes: \(Routes.methods.keys.sorted().joined(separator: ", "))")
            }
            let methods = allowed.map(\.rawValue).joined(separator: ", ")
            throw ServiceError(.methodNotAllowed, "method-not-allowed", "\(path) takes \(methods)", headers: [.allow: methods])
        }
    }
}
