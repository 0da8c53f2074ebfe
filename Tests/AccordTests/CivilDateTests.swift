import Foundation
import XCTest
@testable import Accord

/// Dates written without Foundation's calendars are the dates its ISO 8601 style writes.
final class CivilDateTests: XCTestCase {
    func testDaysAgreeWithTheISO8601Style() {
        var random = SplitMix(seed: 1970)
        var instants: [Double] = [0, 1, 86_399, 86_399.999, 86_400, 951_782_400, 951_868_799, 4_107_542_400, 253_402_300_799]
        for _ in 0..<2000 { instants.append(Double(random.next(below: 253_402_300_800))) }
        for day in 0..<1500 { instants.append(Double(day) * 86_400 + 43_200) }
        for seconds in instants {
            let expected = Date(timeIntervalSince1970: seconds).formatted(.iso8601.year().month().day())
            XCTAssertEqual(CivilDate.utcDay(secondsSince1970: seconds), expected, "\(seconds)")
        }
    }

    func testInstantsOutsideTheRangeAreLeftToFoundation() {
        XCTAssertNil(CivilDate.utcDay(secondsSince1970: -1))
        XCTAssertNil(CivilDate.utcDay(secondsSince1970: 253_402_300_800))
        XCTAssertNil(CivilDate.utcDay(secondsSince1970: .nan))
    }
}
