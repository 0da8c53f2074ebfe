import XCTest
@testable import Accord

final class SuggestionTests: XCTestCase {
    func testEditDistanceCountsCharacters() {
        XCTAssertEqual(Suggestion.editDistance("kitten", "sitting"), 3)
        XCTAssertEqual(Suggestion.editDistance("", "abc"), 3)
        XCTAssertEqual(Suggestion.editDistance("united-states", "untied-states"), 1, "a transposition is one edit")
        // Characters, not bytes: é is two bytes, "\r\n" is one character.
        XCTAssertEqual(Suggestion.editDistance("café", "cafe"), 1)
        XCTAssertEqual(Suggestion.editDistance("a\r\nb", "ab"), 1)
        XCTAssertEqual(Suggestion.editDistance("a\r\nb", "a\nb"), 1)
    }

    /// A bounded distance stops early, and gives the same distance as the whole table when within its bound.
    func testBoundedEditDistance() {
        let words = ["", "a", "ab", "ba", "abc", "acb", "kitten", "sitting", "united-states", "united-kingdom", "untied-stats", "café", "a\r\nb"]
        for a in words {
            for b in words {
                let distance = Suggestion.editDistance(a, b)
                for bound in 0...6 {
                    XCTAssertEqual(Suggestion.editDistance(a, b, atMost: bound), distance <= bound ? distance : nil, "\(a) \(b) \(bound)")
                }
            }
        }
    }

    func testClosestIsWithinAThirdOfTheWord() {
        XCTAssertEqual(Suggestion.closest(to: "united-kingdon", in: ["japan", "united-kingdom", "united-states"]), "united-kingdom")
        XCTAssertNil(Suggestion.closest(to: "united-kingdom", in: ["japan", "united-states"]))
        XCTAssertEqual(Suggestion.closest(to: "japn", in: ["japan"]), "japan")
        XCTAssertEqual(Suggestion.closest(to: "日本国", in: ["日本"]), "日本", "lengths in characters: one edit in three")
        XCTAssertNil(Suggestion.closest(to: "x", in: []))
    }
}
