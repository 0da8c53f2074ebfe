import Foundation

/// Writes an error to standard error.
func printError(_ error: Error) {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
}
