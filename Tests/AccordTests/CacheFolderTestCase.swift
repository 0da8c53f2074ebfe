import Foundation
import XCTest

/// Tests of what Accord keeps in its cache folder, each with a folder of its own.
class CacheFolderTestCase: XCTestCase {
    var folder: URL!
    private var saved: String?

    override func setUp() {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("accord-cache-\(UUID().uuidString)")
        saved = ProcessInfo.processInfo.environment["ACCORD_CACHE_DIR"]
        setenv("ACCORD_CACHE_DIR", folder.path, 1)
    }

    override func tearDown() {
        if let saved { setenv("ACCORD_CACHE_DIR", saved, 1) } else { unsetenv("ACCORD_CACHE_DIR") }
        try? FileManager.default.removeItem(at: folder)
    }
}
