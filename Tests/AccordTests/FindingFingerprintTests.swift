import Foundation
import XCTest
@testable import Accord

/// The quoted sentence of a text finding is cut where Foundation's search would cut it.
final class FindingFingerprintTests: XCTestCase {
    /// The byte-by-byte search against Foundation's `range(of:)`, which it replaced: the same
    /// place, or none, in texts with the patterns at every place, marks that combine with their
    /// last character, and other scripts.
    func testTheSearchFindsWhatFoundationFinds() {
        let pieces = ["'", ":", " ", ",", "a", "\u{301}", "é", "日本", "’", "'\u{301}", "\u{301}'", "👍🏽", "\n"]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            let text = (0..<Int.random(in: 0...14, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let sentence = ("x" + text).dropFirst()
            for pattern in ["': ", "', '"] {
                let expected = sentence.range(of: pattern)
                let found = RuleResult.firstRange(of: pattern, in: sentence)
                XCTAssertEqual(found.map { sentence.distance(from: sentence.startIndex, to: $0.lowerBound) },
                               expected.map { sentence.distance(from: sentence.startIndex, to: $0.lowerBound) }, "\(pattern) in \(text.debugDescription)")
            }
        }
        XCTAssertEqual(RuleResult.firstRange(of: "': ", in: "a': b"[...]).map { "a': b"[...][..<$0.lowerBound] }, "a")
    }
}
