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
        switch FileBytes.read(argument, atMost: limit + 1) {
        case .success(let bytes):
            return InputFile(path: argument, bytes: bytes)
        case .failure(.open):
            let exists = FileManager.default.fileExists(atPath: argument)
            throw Diagnostic(
                SourceLocation(path: argument, line: 1, column: 1),
                exists ? "the file cannot be read (permission denied?)" : "no such file",
                hint: exists ? "check the file's permissions" : "check the path")
        case .failure(.read(let code)):
            throw Diagnostic(
                SourceLocation(path: argument, line: 1, column: 1),
                "the file cannot be read: \(String(cString: strerror(code)))",
                hint: "is it a folder or a special file?")
        }
    }
}
