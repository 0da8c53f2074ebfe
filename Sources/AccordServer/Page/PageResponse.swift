import HTTPTypes
import Hummingbird
import NIOCore

/// The headers of every page and asset the service serves to browsers. The policy allows only the
/// service's own style sheet and script (no inline script or style, nothing from elsewhere), forms
/// posted only to the service, no framing; `nosniff` keeps a browser from reading a response as
/// another type; results hold the proposal, so nothing is cached.
enum PageResponse {
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'self'; script-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

    static let securityHeaders: HTTPFields = [
        HTTPField.Name("Content-Security-Policy")!: contentSecurityPolicy,
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        HTTPField.Name("X-Frame-Options")!: "DENY",
        HTTPField.Name("Referrer-Policy")!: "no-referrer",
        .cacheControl: "no-store",
    ]

    static func html(_ text: String, status: HTTPResponse.Status = .ok, digest: String) -> Response {
        respond(text, contentType: "text/html; charset=utf-8", status: status, digest: digest)
    }

    static func respond(_ text: String, contentType: String, status: HTTPResponse.Status = .ok, digest: String) -> Response {
        var headers = securityHeaders
        headers[.contentType] = contentType
        headers[AccordHeader.ruleSetDigest] = digest
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
