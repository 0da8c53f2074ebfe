import Foundation

/// A file's bytes read with POSIX calls into an array of the file's size: a batch reads
/// thousands of small files, and FileHandle and Data set aside and copy more than they hold.
enum FileBytes {
    enum Failure: Error {
        /// The file could not be opened; `errno` says why.
        case open(Int32)
        /// The file opened but could not be read (a folder, say).
        case read(Int32)
    }

    /// At most `limit` bytes from the start of the file; a file that grew since it was opened is
    /// read on to its end or the limit.
    static func read(_ path: String, atMost limit: Int) -> Result<[UInt8], Failure> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(.open(errno)) }
        defer { close(descriptor) }
        var status = stat()
        let size = fstat(descriptor, &status) == 0 ? max(Int(status.st_size), 0) : 0
        var bytes = [UInt8](repeating: 0, count: min(size, limit) + (size < limit ? 1 : 0))
        var count = 0
        while count < limit {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(max(bytes.count, 4096), limit - count))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                return .failure(.read(errno))
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return .success(bytes)
    }
}
