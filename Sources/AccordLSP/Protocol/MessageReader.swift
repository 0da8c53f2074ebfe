import Foundation

/// Reads base-protocol messages (`Content-Length: N`, a blank line, N bytes of JSON) from a file
/// descriptor. A header it cannot use is reported and skipped, so that one bad message does not
/// end the session; a message beyond the size limit is read past, not kept.
struct MessageReader {
    enum Read: Equatable {
        case message([UInt8])
        /// A header block without a usable Content-Length; its bytes were skipped.
        case malformedHeader(String)
        /// A message larger than `maxMessageBytes`; its content was skipped.
        case tooLarge(Int)
        case end
    }

    /// Room for a 10 MB document escaped in JSON; beyond it, the message is refused unread.
    static let defaultMaxMessageBytes = 64 << 20
    /// Headers are a line or two; more without a blank line is not a header.
    static let maxHeaderBytes = 8192

    private let descriptor: Int32
    private let maxMessageBytes: Int
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    init(descriptor: Int32, maxMessageBytes: Int = defaultMaxMessageBytes) {
        self.descriptor = descriptor
        self.maxMessageBytes = maxMessageBytes
    }

    mutating func next() -> Read {
        guard let header = readHeader() else { return .end }
        switch header {
        case .failure(let failure): return .malformedHeader(failure.reason)
        case .success(let length):
            guard length <= maxMessageBytes else {
                skip(length)
                return .tooLarge(length)
            }
            guard fill(atLeast: length) else { return .end }
            let content = Array(buffer[start..<start + length])
            start += length
            compact()
            return .message(content)
        }
    }

    private struct HeaderFailure: Error { var reason: String }

    /// The content length of the next header block, nil at the end of input.
    private mutating func readHeader() -> Result<Int, HeaderFailure>? {
        while true {
            if let (end, separator) = headerEnd() {
                let text = String(decoding: buffer[start..<end], as: UTF8.self)
                start = end + separator
                compact()
                return Self.contentLength(in: text)
            }
            if buffer.count - start > Self.maxHeaderBytes {
                start = buffer.count
                compact()
                return .failure(HeaderFailure(reason: "no blank line after \(Self.maxHeaderBytes) bytes of header"))
            }
            guard readMore() else {
                // Blank lines or stray bytes at the end of input are no message.
                return nil
            }
        }
    }

    /// Where the header block ends: a blank line (CRLF CRLF, or LF LF from a lenient client).
    private func headerEnd() -> (Int, Int)? {
        var index = start
        while index < buffer.count {
            if buffer[index] == 0x0A {
                if index + 1 < buffer.count, buffer[index + 1] == 0x0A { return (index, 2) }
                if index + 2 < buffer.count, buffer[index + 1] == 0x0D, buffer[index + 2] == 0x0A { return (index, 3) }
            }
            index += 1
        }
        return nil
    }

    private static func contentLength(in header: String) -> Result<Int, HeaderFailure> {
        var length: Int?
        for line in header.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" || $0 == "\r" }) {
            guard let colon = line.firstIndex(of: ":") else {
                return .failure(HeaderFailure(reason: "a header line without a colon: \(line.prefix(80))"))
            }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "content-length" {
                guard let number = Int(value), number >= 0 else {
                    return .failure(HeaderFailure(reason: "Content-Length is not a number: \(value.prefix(80))"))
                }
                length = number
            }
        }
        guard let length else { return .failure(HeaderFailure(reason: "no Content-Length header")) }
        return .success(length)
    }

    private mutating func fill(atLeast count: Int) -> Bool {
        while buffer.count - start < count {
            guard readMore() else { return false }
        }
        return true
    }

    /// Reads past `count` bytes of content without keeping them.
    private mutating func skip(_ count: Int) {
        var remaining = count
        while remaining > 0 {
            if start == buffer.count, !readMore() { return }
            let taken = min(remaining, buffer.count - start)
            start += taken
            remaining -= taken
            compact()
        }
    }

    private mutating func readMore() -> Bool {
        guard !atEnd else { return false }
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else {
                atEnd = true
                return false
            }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
    }

    /// Drops what was consumed, so that the buffer holds one message at most, not the session.
    private mutating func compact() {
        if start == buffer.count {
            buffer.removeAll(keepingCapacity: buffer.capacity <= 1 << 20)
            start = 0
        } else if start > 1 << 16 {
            buffer.removeFirst(start)
            start = 0
        }
    }
}
