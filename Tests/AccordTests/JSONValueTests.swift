import XCTest
@testable import Accord

/// JSON as every report and response writes it.
final class JSONValueTests: XCTestCase {
    func testJSONStringsEscapeWhatJSONAndJavaScriptNeed() throws {
        let value = "quote \" backslash \\ tab \t nl \n cr \r bell \u{07} del \u{7F} ls \u{2028} ps \u{2029} 日本"
        let written = JSONValue.string(value).compact()
        XCTAssertEqual(written, #""quote \" backslash \\ tab \t nl \n cr \r bell \u0007 del \u007f ls \u2028 ps \u2029 日本""#)
        XCTAssertEqual(try JSONReader.values(written), [.string(value)])
    }
}

/// The writer that reports stream through must lay JSON out exactly as a whole tree is laid out.
final class JSONWriterTests: XCTestCase {
    private let tree: JSONValue = .object([
        ("name", .string("a \"b\"")),
        ("none", .null),
        ("empty list", .array([])),
        ("empty object", .object([])),
        ("items", .array([.int(-12), .bool(true), .double(1.5), .object([("inner", .array([.string("x")]))])])),
    ])

    func testWritingATreeGivesWhatPrettyAndCompactGive() {
        var pretty = JSONWriter(indented: true, level: 1)
        pretty.value(tree)
        XCTAssertEqual(String(decoding: pretty.bytes, as: UTF8.self), tree.pretty(level: 1))
        XCTAssertEqual(tree.compact(), #"{"name":"a \"b\"","none":null,"empty list":[],"empty object":{},"items":[-12,true,1.5,{"inner":["x"]}]}"#)
        XCTAssertEqual(tree.pretty(), """
            {
              "name": "a \\"b\\"",
              "none": null,
              "empty list": [],
              "empty object": {},
              "items": [
                -12,
                true,
                1.5,
                {
                  "inner": [
                    "x"
                  ]
                }
              ]
            }
            """)
    }

    func testItemsRenderedApartFitIntoTheDocumentAroundThem() {
        let items: [JSONValue] = [.object([("a", .int(1))]), .array([]), .string("z")]
        var document = JSONWriter(indented: true)
        document.openObject()
        document.key("head")
        document.string("h")
        document.key("items")
        document.openArray()
        var streamed = document.take()
        for item in items {
            var part = JSONWriter(indented: true, level: 2)
            part.value(item)
            document.rendered(part.take())
            streamed += document.take()
        }
        document.closeArray()
        document.member("tail", nil)
        document.closeObject()
        streamed += document.take()
        let whole: JSONValue = .object([("head", .string("h")), ("items", .array(items)), ("tail", .null)])
        XCTAssertEqual(String(decoding: streamed, as: UTF8.self), whole.pretty())
    }

    func testAnEmptyStreamedListClosesOnItsLine() {
        var document = JSONWriter(indented: true)
        document.openObject()
        document.key("results")
        document.openArray()
        document.closeArray()
        document.closeObject()
        XCTAssertEqual(String(decoding: document.take(), as: UTF8.self), JSONValue.object([("results", .array([]))]).pretty())
    }
}
