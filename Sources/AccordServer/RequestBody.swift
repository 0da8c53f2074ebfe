import Hummingbird
import NIOCore

extension Request {
    /// The whole body, collected by Hummingbird's `collect(upTo:)`, which throws `NIOTooManyBytesError`
    /// as soon as more than `limit` bytes have arrived (so a chunked body without a length is cut off
    /// too). A declared `Content-Length` over the limit is refused the same way before a byte is read.
    func bodyBytes(limit: Int) async throws -> [UInt8] {
        if let declared = headers[.contentLength].flatMap({ Int($0) }), declared > limit {
            throw NIOTooManyBytesError(maxBytes: limit)
        }
        let buffer = try await body.collect(upTo: limit)
        return Array(buffer.readableBytesView)
    }
}
