import XCTest
@testable import Accord

/// The candidates by first two lemmas against the plain filter they replaced: every entry of the
/// first lemma's group whose second lemma is none or the next word's, in the group's order.
final class TermCandidatesTests: XCTestCase {
    func testOffersWhatTheFilterOffers() {
        var generator = SplitMix(seed: 11)
        let groupCount = 12
        // Entries grouped by first lemma, as TermIndex keeps them; seconds from a small range so
        // that groups share them, -1 for a first part of one lemma.
        var entries: [(first: Int32, second: Int32)] = []
        for group in 0..<groupCount {
            for _ in 0..<generator.next(below: group == 3 ? 1 : 40) {
                entries.append((Int32(group), generator.next(below: 4) == 0 ? -1 : Int32(generator.next(below: 9))))
            }
        }
        let candidates = TermCandidates(entries, groupCount: groupCount)
        for first in 0..<(groupCount + 2) {
            for next in [nil, -1] + (0..<10).map({ Int32($0) }) as [Int32?] {
                var offered: [Int] = []
                candidates.forEach(first: first, next: next) { offered.append($0) }
                let expected = entries.indices.filter { index in
                    Int(entries[index].first) == first && (entries[index].second < 0 || entries[index].second == next)
                }
                XCTAssertEqual(offered, expected, "first \(first), next \(String(describing: next))")
            }
        }
    }
}
