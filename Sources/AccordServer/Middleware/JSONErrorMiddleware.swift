import Hummingbird
import Logging

/// Answers every error a route throws with the service's JSON error body, so that no client ever
/// gets Hummingbird's empty error response: an HTTP error keeps its status, anything else is a 500
/// whose cause is logged for the operator and never shown to the client.
struct JSONErrorMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError {
            return JSONResponse.error(error.status, "http-error", error.status.reasonPhrase)
        } catch {
            logger.error("a request failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            return JSONResponse.error(.internalServerError, "internal-error", "the request could not be answered")
        }
    }
}
