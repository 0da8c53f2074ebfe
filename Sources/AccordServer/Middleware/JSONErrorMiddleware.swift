import Hummingbird
import Logging

/// Answers every error a route throws with the service's JSON error body, so that no client ever
/// gets Hummingbird's empty error response: a `ServiceError` as it says, another HTTP error with its
/// status, anything else as a 500 whose cause is logged for the operator and never shown to the client.
struct JSONErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServiceError {
            return try error.response()
        } catch let error as any HTTPResponseError {
            return try ServiceError(error.status, "http-error", error.status.reasonPhrase).response()
        } catch {
            logger.error("a request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return try ServiceError(.internalServerError, "internal-error", "the request could not be answered").response()
        }
    }
}
