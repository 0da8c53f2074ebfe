import Accord
@testable import AccordServer
import XCTest

/// The service's JSON bodies are `Encodable` types; clients and tests read their members in order.
final class JSONValueEncoderTests: XCTestCase {
    struct Sample: Encodable {
        var zeta = 1
        var alpha = "a"
        var list = [true, false]
        var omitted: Int? = nil
        var nested = Nested()
    }

    struct Nested: Encodable {
        var b = 2.5
        var a: String? = nil

        enum CodingKeys: String, CodingKey { case b, a }

        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(b, forKey: .b)
            try container.encode(a, forKey: .a)
        }
    }

    func testMembersKeepTheirDeclaredOrderAndNilIsLeftOutOrNullAsCodableSays() throws {
        let value = try JSONValueEncoder().encode(Sample())
        XCTAssertEqual(value.compact(), #"{"zeta":1,"alpha":"a","list":[true,false],"nested":{"b":2.5,"a":null}}"#)
    }

    func testTheErrorBodyAlwaysHasHintLineAndColumn() throws {
        let body = ErrorBody(status: 404, error: "not-found", message: "no route /x", hint: nil, location: nil)
        XCTAssertEqual(
            try JSONValueEncoder().encode(body).compact(),
            #"{"status":404,"error":"not-found","message":"no route /x","hint":null,"line":null,"column":null}"#)
    }
}
