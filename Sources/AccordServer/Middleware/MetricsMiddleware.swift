import Foundation
import Hummingbird

/// Counts and times every request under its route (SPEC section 7, `/metrics`). The route is the
/// pattern the router matched; for a request it did not match, the path when it is one of the
/// service's (answered 405), else `unmatched`, so that stray paths never grow the set of labels.
/// Outermost, so that the time and status are those of the answer the client gets.
struct MetricsMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let metrics: ServiceMetrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = DispatchTime.now().uptimeNanoseconds
        func record(_ status: Int) {
            metrics.recordRequest(
                method: request.method.rawValue, route: Self.route(request, context: context), status: status,
                nanoseconds: DispatchTime.now().uptimeNanoseconds - start)
        }
        do {
            let response = try await next(request, context)
            record(response.status.code)
            return response
        } catch {
            // Not reached while the error middleware answers every error; counted all the same.
            record((error as? any HTTPResponseError)?.status.code ?? 500)
            throw error
        }
    }

    static func route(_ request: Request, context: Context) -> String {
        // Hummingbird's router names an unmatched request's endpoint "NotFound".
        guard let route = context.endpointPath, route != "NotFound" else {
            return Routes.methods[request.uri.path] == nil ? "unmatched" : request.uri.path
        }
        return route
    }
}
