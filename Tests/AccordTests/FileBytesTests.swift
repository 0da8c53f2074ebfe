import Foundation
import XCTest
@testable import Accord

/// Files read for checking and for rule loading.
final class FileBytesTests: XCTestCase {
    func testReadsAWholeFileOrUpToTheLimit() throws {
        let path = NSTemporaryDirectory() + "filebytes-\(UUID().uuidString).yaml"
        let content = Array(repeating: Array("proposal: 1\n".utf8), count: 1_000).flatMap { $0 }
        FileManager.default.createFile(atPath: path, contents: Data(content))
        defer { try? FileManager.default.removeItem(atPath: path) }
        XCTAssertEqual(try FileBytes.read(path, atMost: .max).get(), content)
        XCTAssertEqual(try FileBytes.read(path, atMost: 100).get(), Array(content.prefix(100)))
        XCTAssertEqual(try FileBytes.read(path, atMost: content.count).get(), content)
    }

    func testReadsOnPastASizeOfZero() throws {
        // Files under /proc report a size of 0 and still have content.
        let bytes = try FileBytes.read("/proc/self/status", atMost: .max).get()
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).contains("Name:"))
        XCTAssertGreaterThan(bytes.count, 100)
    }

    func testTellsAFileThatCannotBeOpenedFromOneThatCannotBeRead() {
        guard case .failure(.open(let code)) = FileBytes.read("/nonexistent/p.yaml", atMost: .max) else { return XCTFail("opened") }
        XCTAssertEqual(code, ENOENT)
        guard case .failure(.read(let readCode)) = FileBytes.read(NSTemporaryDirectory(), atMost: .max) else { return XCTFail("read a folder") }
        XCTAssertEqual(readCode, EISDIR)
    }
}
