import Foundation

struct ProcessResult {
    var status: Int32
    var stdout: String
    var stderr: String
}

/// The `accord` binary built next to this test bundle.
var accordBinary: URL {
    var directory = Bundle(for: BundleMarker.self).bundleURL
    while directory.pathExtension == "xctest" || directory.lastPathComponent.hasSuffix(".xctest") {
        directory.deleteLastPathComponent()
    }
    return directory.appendingPathComponent("accord")
}

private final class BundleMarker {}

/// The project's root folder (the one with Package.swift).
let projectRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// Runs the real `accord` binary and collects what it printed.
func runAccord(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
               directory: URL = projectRoot) throws -> ProcessResult {
    let process = Process()
    process.executableURL = accordBinary
    process.arguments = arguments
    process.currentDirectoryURL = directory
    var env = ProcessInfo.processInfo.environment
    for (key, value) in environment { env[key] = value }
    process.environment = env
    let output = Pipe()
    let errors = Pipe()
    let input = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    // Read both pipes concurrently so that a large output cannot block the child.
    let errorData = ReadBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
        errorData.data = errors.fileHandleForReading.readDataToEndOfFile()
        group.leave()
    }
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return ProcessResult(
        status: process.terminationStatus,
        stdout: String(decoding: outputData, as: UTF8.self),
        stderr: String(decoding: errorData.data, as: UTF8.self))
}

/// What the reading thread hands back; `group.wait()` orders the write before the read.
private final class ReadBox: @unchecked Sendable {
    var data = Data()
}

/// A copy of the bundled rules that a test may change; the test removes it.
func temporaryRules() throws -> URL {
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("rules-\(UUID().uuidString)")
    try FileManager.default.copyItem(at: projectRoot.appendingPathComponent("Rules"), to: copy)
    return copy
}
