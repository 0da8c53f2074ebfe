import Foundation

/// The bytes of one input, read from a path or from standard input (`-`).
public struct InputFile: Sendable {
    /// The path as reports show it; `<stdin>` for standard input.
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Reads at most `limit + 1` bytes, so that an oversized input is noticed without reading it all.
    public static func read(_ argument: String, limit: Int) throws(Diagnostic) -> InputFile {
        if argument == "-" {
            let data = FileHandle.standardInput.readData(ofLength: limit + 1)
            return InputFile(path: "<stdin>", bytes: [UInt8](data))
        }
        // POSIX calls: a batch reads thousands of small files, and FileHandle sets aside a buffer
        // of the whole limit for each.
        let descriptor = open(argument, O_RDONLY)
        guard descriptor >= 0 else {
            let exists = FileManager.default.fileExists(atPath: argument)
            throw Diagnostic(
                SourceLocation(path: argument, line: 1, column: 1),
                exists ? "the file cannot be read (permission denied?)" : "no such file",
                hint: exists ? "check the file's permissions" : "check the path")
        }
        defer { close(descriptor) }
        var status = stat()
        let expected = fstat(descriptor, &status) == 0 && status.st_size > 0 ? min(Int(status.st_size), limit) + 1 : 4096
        var bytes = [UInt8](repeating: 0, count: expected)
        var count = 0
        while count <= limit {
            if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - count))) }
            let got = bytes.withUnsafeMutableBytes { buffer in
                Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw Diagnostic(
                    SourceLocation(path: argument, line: 1, column: 1),
                    "the file cannot be read: \(String(cString: strerror(errno)))",
                    hint: "is it a folder or a special file?")
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return InputFile(path: argument, bytes: bytes)
    }
}
