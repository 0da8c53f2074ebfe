import Accord
import Foundation

/// Writes base-protocol messages to a file descriptor, whole: the header and the content in one
/// buffer, so that a reader never sees half a message.
final class MessageWriter: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()

    init(descriptor: Int32) {
        self.descriptor = descriptor
        // A client that went away must end the session through the end of input, not SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
    }

    /// False when the client no longer reads.
    @discardableResult
    func send(_ message: JSONValue) -> Bool {
        let content = Array(message.compact().utf8)
        var bytes = Array("Content-Length: \(content.count)\r\n\r\n".utf8)
        bytes += content
        lock.lock()
        defer { lock.unlock() }
        var written = 0
        while written < bytes.count {
            let count = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + written, $0.count - written) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { return false }
            written += count
        }
        return true
    }
}
