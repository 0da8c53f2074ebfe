import Accord
@testable import AccordLSP
import XCTest

/// Reading what a client sends: JSON values and base-protocol frames, malformed ones included.
final class JSONAndFramingTests: XCTestCase {
    func testReadsJSONWithEscapesAndSurrogatePairs() throws {
        let value = try JSONParser.parse(#"{"a": [1, -2.5e1, true, null], "b": "\u65e5\u672c \ud842\udfb7 \"q\"\n"}"#)
        XCTAssertEqual(value["a"], .array([.int(1), .double(-25), .bool(true), .null]))
        XCTAssertEqual(value["b"], .string("日本 𠮷 \"q\"\n"))
    }

    func testMalformedJSONIsAnErrorNeverACrash() {
        let inputs = ["", "{", "[1,", "{\"a\" 1}", "tru", "\"abc", "\"\\x\"", "\"\\u12\"", "1 2", "-", "{\"a\":}", "[" + String(repeating: "[", count: 500),
                      "\u{01}", "\"a\u{01}\"", "nul", "1e999"]
        for input in inputs {
            XCTAssertThrowsError(try JSONParser.parse(input), "`\(input.prefix(20))` was read as JSON")
        }
        XCTAssertThrowsError(try JSONParser.parse([0x22, 0xC3, 0x28, 0x22]), "invalid UTF-8 in a string")
        // Random bytes: an error or a value, never a trap.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let bytes = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in Array("{}[]\",:0123456789truefalsnul\\ u".utf8).randomElement(using: &generator)! }
            _ = try? JSONParser.parse(bytes)
        }
    }

    func testFramesAreReadOneAfterAnotherAndBadOnesAreSkipped() throws {
        var pipe: [Int32] = [0, 0]
        XCTAssertEqual(Darwin_or_Glibc_pipe(&pipe), 0)
        let stream = "Content-Length: 2\r\n\r\n{}" + "X-Other: 1\r\n\r\n" + "Content-Length: 9999\r\n\r\n" + String(repeating: "x", count: 9999)
            + "content-length: 4\n\n[1,]" + "Content-Length: 3\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n[1]"
        let bytes = Array(stream.utf8)
        XCTAssertEqual(bytes.withUnsafeBytes { write(pipe[1], $0.baseAddress, $0.count) }, bytes.count)
        close(pipe[1])
        var reader = MessageReader(descriptor: pipe[0], maxMessageBytes: 1000)
        XCTAssertEqual(reader.next(), .message(Array("{}".utf8)))
        XCTAssertEqual(reader.next(), .malformedHeader("no Content-Length header"))
        XCTAssertEqual(reader.next(), .tooLarge(9999))
        XCTAssertEqual(reader.next(), .message(Array("[1,]".utf8)))
        XCTAssertEqual(reader.next(), .message(Array("[1]".utf8)))
        XCTAssertEqual(reader.next(), .end)
        close(pipe[0])
    }
}

/// pipe(2), as Glibc spells it.
private func Darwin_or_Glibc_pipe(_ descriptors: inout [Int32]) -> Int32 {
    descriptors.withUnsafeMutableBufferPointer { pipe($0.baseAddress!) }
}
