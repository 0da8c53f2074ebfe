import XCTest
@testable import Accord

/// The byte-keyed table against a Dictionary of the same keys: words and their lemmas are looked
/// up in it, so it must find exactly what was put in, through growth and clearing.
final class ByteTableTests: XCTestCase {
    func testFindsWhatADictionaryFinds() {
        var table = ByteTable<Int>()
        var reference: [[UInt8]: Int] = [:]
        var generator = SplitMix(seed: 7)
        let pieces = TextFastPathTests.pieces
        for round in 0..<5_000 {
            let key = Array((0..<(1 + generator.next(below: 3))).map { _ in pieces[generator.next(below: pieces.count)] }.joined().utf8)
            XCTAssertEqual(table[key], reference[key], "\(round)")
            if generator.next(below: 3) > 0 {
                table.set(key, round)
                reference[key] = round
            }
            if round == 2_500 {
                table.removeAll()
                reference.removeAll()
            }
        }
        XCTAssertEqual(table.count, reference.count)
        for (key, value) in reference { XCTAssertEqual(table[key[...]], value) }
        XCTAssertNil(table[Array("not a key in it at all".utf8)])
    }

    func testKeysOfAStringAndOfItsBytesAreOne() {
        var table = ByteTable<String>()
        table.set("持ち込む".utf8, "a")
        XCTAssertEqual(table[Array("持ち込む".utf8)], "a")
        XCTAssertEqual(table[Substring("x持ち込む").dropFirst().utf8], "a")
        XCTAssertNil(table["".utf8])
    }
}
