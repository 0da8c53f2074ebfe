import XCTest
@testable import Accord

/// Every loader error names the file, line and column, in words a planner understands.
final class LoaderErrorTests: XCTestCase {
    func error(_ text: String, limits: LoaderLimits = .default) -> Diagnostic? {
        error(Array(text.utf8), limits: limits)
    }

    func error(_ bytes: [UInt8], limits: LoaderLimits = .default) -> Diagnostic? {
        do {
            _ = try YAMLLoader(limits: limits).load(bytes, path: "p.yaml")
            return nil
        } catch {
            return error
        }
    }

    func assertError(_ diagnostic: Diagnostic?, line: Int, column: Int, contains text: String,
                     file: StaticString = #filePath, lineNumber: UInt = #line) {
        guard let diagnostic else { return XCTFail("no error", file: file, line: lineNumber) }
        XCTAssertEqual(diagnostic.location, SourceLocation(path: "p.yaml", line: line, column: column), file: file, line: lineNumber)
        XCTAssertTrue(diagnostic.message.contains(text), diagnostic.message, file: file, line: lineNumber)
        XCTAssertNotNil(diagnostic.hint, file: file, line: lineNumber)
    }

    func testSyntaxErrorKeepsLibyamlProblemAndContext() {
        let diagnostic = error("a: [1, 2\nb: 3\n")
        XCTAssertEqual(diagnostic?.location.line, 2)
        XCTAssertTrue(diagnostic?.message.contains("YAML syntax error: did not find expected ',' or ']'") == true, diagnostic?.message ?? "")
        XCTAssertTrue(diagnostic?.message.contains("while parsing a flow sequence at line 1, column 4") == true, diagnostic?.message ?? "")
    }

    func testTabIndentationHasAHint() {
        let diagnostic = error("a:\n\tb: 1\n")
        assertError(diagnostic, line: 2, column: 1, contains: "cannot start any token")
        XCTAssertTrue(diagnostic?.hint?.contains("tab") == true)
    }

    func testDuplicateKeyNamesBothLines() {
        assertError(error("top:\n  a: 1\n  b: 2\n  a: 3\n"), line: 4, column: 3, contains: "duplicate key `a`: it is already defined on line 2")
    }

    /// Large mappings look keys up in an index: found there too, and equal values are equal keys.
    func testDuplicateKeyInALargeMapping() {
        let keys = (1...40).map { "  k\($0): \($0)\n" }.joined()
        assertError(error("top:\n" + keys + "  k3: again\n"), line: 42, column: 3, contains: "duplicate key `k3`: it is already defined on line 4")
        assertError(error("top:\n" + keys + "  k40: again\n"), line: 42, column: 3, contains: "duplicate key `k40`: it is already defined on line 41")
        assertError(error("top:\n" + keys + "  0x10: a\n  16: b\n"), line: 43, column: 3, contains: "duplicate key `16`: it is already defined on line 42")
        assertError(error("top:\n  0x10: a\n  16: b\n"), line: 3, column: 3, contains: "duplicate key `16`: it is already defined on line 2")
    }

    /// Every open collection keeps its children on one stack: each mapping checks only its own keys.
    func testKeysOfNestedMappingsAreTheirOwn() throws {
        XCTAssertNil(error("a:\n  a: 1\n  b: [a, b]\nb:\n  - a: 1\n    b: 2\n  - a: 3\n"))
        assertError(error("a: {x: 1}\nb: [1, 2]\na: 2\n"), line: 3, column: 1, contains: "duplicate key `a`: it is already defined on line 1")
        let document = try YAMLLoader().loadDocument(Array("a: [1, {b: [2, 3]}, 4]\nc: {d: e}\nf: []\n".utf8), path: "p.yaml")
        XCTAssertEqual(document.json.compact(), #"{"a":[1,{"b":[2,3]},4],"c":{"d":"e"},"f":[]}"#)
    }

    /// The children of open collections wait on one stack that grows past its first capacity;
    /// each collection takes its own, in order, when it ends.
    func testManyChildrenKeepTheirPlaces() throws {
        let items = (1...150).map { "  - {k: \($0), v: [\($0)]}\n" }.joined()
        let document = try YAMLLoader().loadDocument(Array(("a:\n" + items + "b: end\n").utf8), path: "p.yaml")
        let entries = try XCTUnwrap(document["a"]?.sequenceItems)
        XCTAssertEqual(entries.count, 150)
        XCTAssertEqual(entries.map { $0["k"]?.scalarValue }, (1...150).map { .int($0) })
        XCTAssertEqual(entries[149]["v"]?.sequenceItems?.first?.scalarValue, .int(150))
        XCTAssertEqual(entries[149].line, 151)
        XCTAssertEqual(document["b"]?.scalarText, "end")
    }

    func testInvalidUTF8IsLocated() {
        assertError(error(Array("a: ok\nb: caf".utf8) + [0xE9] + Array("\n".utf8)), line: 2, column: 7, contains: "invalid UTF-8: byte 0xE9")
    }

    /// The bad byte is found past runs of ASCII and after multi-byte characters, and its column counts characters.
    func testInvalidUTF8IsLocatedInCharacters() {
        assertError(error(Array("a: 日本 ".utf8) + [0xE9]), line: 1, column: 7, contains: "byte 0xE9")
        assertError(error(Array("long: ascii text of many bytes\nb: é".utf8) + [0x80]), line: 2, column: 5, contains: "byte 0x80")
        assertError(error(Array("a: ".utf8) + [0xED, 0xA0, 0x80]), line: 1, column: 4, contains: "byte 0xED")
        assertError(error(Array("a: ".utf8) + [0xC0, 0xAF]), line: 1, column: 4, contains: "byte 0xC0")
        assertError(error(Array("a: abcdefgh".utf8) + [0xF0, 0x9F, 0x98]), line: 1, column: 12, contains: "byte 0xF0")
        XCTAssertEqual(Encoding.firstInvalidByte(Array("plain ascii, then 日本語 and 😀".utf8)), nil)
        XCTAssertEqual(Encoding.firstInvalidByte(Array("0123456789".utf8) + [0xFF]), 10)
    }

    func testUTF16IsRejectedWithASentence() {
        assertError(error([0xFF, 0xFE, 0x61, 0x00]), line: 1, column: 1, contains: "UTF-16")
    }

    func testSizeLimit() {
        var limits = LoaderLimits()
        limits.maxBytes = 10
        assertError(error("a: 12345678901\n", limits: limits), line: 1, column: 1, contains: "over the limit of 10 bytes")
        XCTAssertNil(error("a: 1\n", limits: limits))
    }

    func testDepthLimit() {
        assertError(error(String(repeating: "[", count: 65) + String(repeating: "]", count: 65)), line: 1, column: 65, contains: "deeper than 64")
        XCTAssertNil(error(String(repeating: "[", count: 64) + String(repeating: "]", count: 64)))
    }

    func testAliasBudget() {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...6 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let diagnostic = error(text)
        XCTAssertTrue(diagnostic?.message.contains("aliases here expand to more than 10000 nodes") == true)
        XCTAssertEqual(diagnostic?.location.line, 4)
        XCTAssertNil(error("a: &x [1, 2]\nb: *x\n"))
    }

    func testUnknownAlias() {
        assertError(error("a: *nope\n"), line: 1, column: 4, contains: "*nope names no anchor")
    }

    func testSecondDocument() {
        assertError(error("a: 1\n---\nb: 2\n"), line: 2, column: 1, contains: "a second YAML document starts here")
        var many = LoaderLimits()
        many.maxDocuments = nil
        XCTAssertNil(error("a: 1\n---\nb: 2\n", limits: many))
    }

    func testNonScalarKey() {
        assertError(error("? [a, b]\n: c\n"), line: 1, column: 3, contains: "mapping key must be a plain value")
    }

    func testTagThatDoesNotFit() {
        assertError(error("a: !!int twelve\n"), line: 1, column: 4, contains: "is not an integer")
        assertError(error("a: !!bool yes\n"), line: 1, column: 4, contains: "is not a boolean")
        assertError(error("a: !!str [1]\n"), line: 1, column: 4, contains: "does not fit a sequence")
    }

    func testIntegerBeyond64Bits() {
        assertError(error("n: 123456789012345678901234567890\n"), line: 1, column: 4, contains: "does not fit in 64 bits")
    }

    func testNulByte() {
        assertError(error(Array("a: b".utf8) + [0] + Array("\n".utf8)), line: 1, column: 5, contains: "control characters")
    }

    func testCoreSchemaResolution() throws {
        let document = try YAMLLoader().loadDocument(Array("""
            n1: null
            n2: ~
            n3:
            b1: true
            b2: False
            y: yes
            o: off
            i: -12
            o8: 0o17
            h: 0x1f
            f: 1.5e3
            inf: -.inf
            q: "true"
            s: !!str 12
            c: !local value
            """.utf8), path: "p.yaml")
        XCTAssertEqual(document.json.compact(), """
            {"n1":null,"n2":null,"n3":null,"b1":true,"b2":false,"y":"yes","o":"off","i":-12,"o8":15,"h":31,"f":1500.0,"inf":"-.inf","q":"true","s":"12","c":"value"}
            """)
        XCTAssertEqual(document["c"]?.customTag, "!local")
        XCTAssertEqual(document["q"]?.line, 13)
        XCTAssertEqual(document["q"]?.column, 4)
        if case .scalar(_, let style, _) = document["q"]?.content { XCTAssertEqual(style, .doubleQuoted) } else { XCTFail() }
    }

    /// The core schema's forms are recognised in the scalar's bytes: every spelling of a word,
    /// and near misses, which stay text.
    func testCoreSchemaSpellingsAndNearMisses() throws {
        let cases: [(String, ScalarValue)] = [
            ("null", .null), ("Null", .null), ("NULL", .null), ("~", .null),
            ("nULL", .string("nULL")), ("nul", .string("nul")), ("nulls", .string("nulls")), ("~~", .string("~~")), ("None", .string("None")),
            ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)), ("tRUE", .string("tRUE")), ("truex", .string("truex")),
            ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)), ("fals", .string("fals")), ("F", .string("F")),
            ("+7", .int(7)), ("-0", .int(0)), ("0xFF", .int(255)), ("0o", .string("0o")), ("0o8", .string("0o8")), ("0x", .string("0x")),
            ("12a", .string("12a")), ("-x", .string("-x")), ("2014-10-08", .string("2014-10-08")),
            (".5", .float(0.5)), ("5.", .float(5)), ("1e3", .float(1000)), ("-.INF", .float(-.infinity)), ("1.2.3", .string("1.2.3")),
            ("!!null NULL", .null), ("!!bool FALSE", .bool(false)), ("!!int 0o17", .int(15)), ("!!float 2", .float(2)), ("!!str true", .string("true")),
        ]
        for (text, expected) in cases {
            let document = try YAMLLoader().loadDocument(Array("v: \(text)\n".utf8), path: "p.yaml")
            XCTAssertEqual(document["v"]?.scalarValue, expected, text)
        }
        assertError(error("v: !!null nULL\n"), line: 1, column: 4, contains: "is not null")
        assertError(error("v: !!bool tRUE\n"), line: 1, column: 4, contains: "is not a boolean")
    }

    /// One count of lines and columns for every place found from a byte offset: lines where
    /// libyaml counts them, columns in characters, so a full-width letter is one column.
    func testAPlaceAfterBytesCountsLinesAndCharacters() {
        XCTAssertEqual(SourceLocation(path: "f", after: Array("a\rb\u{2028}c\u{85}d".utf8)), SourceLocation(path: "f", line: 4, column: 2))
        XCTAssertEqual(SourceLocation(path: "f", after: Array("a\r\nb".utf8)), SourceLocation(path: "f", line: 2, column: 2))
        XCTAssertEqual(SourceLocation(path: "f", after: Array("ab\nｃd".utf8)), SourceLocation(path: "f", line: 2, column: 3))
        XCTAssertEqual(SourceLocation(path: "f", after: [UInt8]()), SourceLocation(path: "f", line: 1, column: 1))
        XCTAssertEqual(SourceLocation(path: "f", after: Array("\n\n日本".utf8)), SourceLocation(path: "f", line: 3, column: 3))
    }
}
