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

    /// Plain text is skipped eight bytes at a time: a character that needs an escape is found at
    /// any place in a word, and characters that only look alike pass unchanged.
    func testEveryCharacterThatNeedsAnEscapeIsFoundAtAnyPlace() {
        let characters = ["\"", "\\", "\n", "\u{1F}", "\u{0}", "\u{7F}", "\u{2028}", "\u{2029}", "\u{2027}", "é", "日", "!", "#", "[", "~", " "]
        for character in characters {
            for place in 0..<20 {
                let value = String(repeating: "a", count: place) + character + String(repeating: "b", count: 19 - place)
                XCTAssertEqual(JSONValue.string(value).compact(), "\"" + Self.escaped(value) + "\"", "\(character.unicodeScalars.map(\.value)) at \(place)")
            }
        }
    }

    /// The escapes, one scalar at a time.
    private static func escaped(_ text: String) -> String {
        text.unicodeScalars.map { scalar -> String in
            switch scalar {
            case "\"": return "\\\""
            case "\\": return "\\\\"
            case "\n": return "\\n"
            case "\r": return "\\r"
            case "\t": return "\\t"
            case "\u{8}": return "\\b"
            case "\u{C}": return "\\f"
            default:
                guard scalar.value < 0x20 || scalar.value == 0x7F || scalar.value == 0x2028 || scalar.value == 0x2029 else { return String(scalar) }
                let hex = String(scalar.value, radix: 16)
                return "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            }
        }.joined()
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
            document.flush { streamed += $0 }
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

    /// A finding's explanation and places are written straight to the report; SARIF and the
    /// tests read them as values, which must lay out the same.
    func testExplanationAndPlaceWrittenStraightMatchTheirValues() {
        let place = SourceLocation(path: "dir/a \"b\".yaml", line: 12, column: 3)
        let steps = [
            ExplanationStep(condition: "`area` is `logistics`", result: .true, seen: "`logistics`", location: place, depth: 0),
            ExplanationStep(condition: "the text says 'x'", result: .unknown, seen: nil, location: nil, depth: 1),
            ExplanationStep(condition: "line\nbreak", result: .false, seen: "missing", location: place, depth: 2),
        ]
        for (list, level) in [(steps, 0), ([], 3), (Array(steps.prefix(1)), 2)] {
            var straight = JSONWriter(indented: true, level: level)
            JSONReport.write(list, to: &straight)
            var tree = JSONWriter(indented: true, level: level)
            tree.value(JSONReport.explanation(list))
            XCTAssertEqual(String(decoding: straight.take(), as: UTF8.self), String(decoding: tree.take(), as: UTF8.self))
        }
        var straight = JSONWriter(indented: false)
        JSONReport.write(place, to: &straight)
        XCTAssertEqual(String(decoding: straight.take(), as: UTF8.self), JSONReport.location(place).compact())
    }

    /// The report's own member names are written as they are; names from data are escaped.
    func testMemberNamesFromDataAreEscaped() {
        XCTAssertEqual(JSONValue.object([("a \"b\"\n", .null), ("plain", .int(1))]).compact(), #"{"a \"b\"\n":null,"plain":1}"#)
        var writer = JSONWriter(indented: false)
        writer.openObject()
        writer.key("plain")
        writer.int(1)
        writer.key(text: "a\\b")
        writer.null()
        writer.closeObject()
        XCTAssertEqual(String(decoding: writer.take(), as: UTF8.self), #"{"plain":1,"a\\b":null}"#)
    }

    /// An integer's digits are written as `String(value)` writes them, both ends of the range included.
    func testIntegersAreWrittenAsTheirDescription() {
        var generator = SystemRandomNumberGenerator()
        let values = [0, 1, 9, 10, 99, 100, -1, -9, -10, Int.max, Int.min, Int.max - 1, Int.min + 1]
            + (0..<500).map { _ in Int.random(in: Int.min...Int.max, using: &generator) >> Int.random(in: 0...63, using: &generator) }
        for value in values {
            var bytes: [UInt8] = [UInt8(ascii: "x")]
            JSONWriter.appendDecimal(value, to: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), "x" + String(value))
        }
    }
}
