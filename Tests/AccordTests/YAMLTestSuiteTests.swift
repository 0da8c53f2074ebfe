import Foundation
import XCTest
@testable import Accord

/// Runs the loader over the YAML test suite's data in ../shared/yaml-test-suite.
final class YAMLTestSuiteTests: XCTestCase {
    static let suite = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/yaml-test-suite")

    /// Valid cases that Accord rejects on purpose, with the reason.
    static let rejectedByDesign: [String: String] = [:]

    struct Case {
        var id: String
        var folder: URL
        var isError: Bool
        var expectedJSON: String?
    }

    static func cases() throws -> [Case] {
        let fileManager = FileManager.default
        var found: [Case] = []
        func visit(_ folder: URL, id: String) throws {
            let input = folder.appendingPathComponent("in.yaml")
            if fileManager.fileExists(atPath: input.path) {
                let json = try? String(contentsOf: folder.appendingPathComponent("in.json"), encoding: .utf8)
                found.append(Case(
                    id: id, folder: folder,
                    isError: fileManager.fileExists(atPath: folder.appendingPathComponent("error").path),
                    expectedJSON: json))
                return
            }
            for child in try fileManager.contentsOfDirectory(atPath: folder.path).sorted() {
                var isDirectory: ObjCBool = false
                let url = folder.appendingPathComponent(child)
                if fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
                    try visit(url, id: id.isEmpty ? child : "\(id)/\(child)")
                }
            }
        }
        try visit(suite, id: "")
        return found
    }

    static func measuredFailures() throws -> Set<String> {
        let text = try String(contentsOf: suite.appendingPathComponent("libyaml-0.2.5-measured-failures.txt"), encoding: .utf8)
        return Set(text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") })
    }

    func testSuiteCases() throws {
        let cases = try Self.cases()
        XCTAssertEqual(cases.count, 402, "the suite's README counts 402 cases")
        let skipped = try Self.measuredFailures()
        XCTAssertEqual(skipped.count, 72)
        var limits = LoaderLimits()
        limits.maxDocuments = nil
        limits.scalarKeysOnly = false
        let loader = YAMLLoader(limits: limits)

        var matched = 0
        var compared = 0
        var rejectedErrors = 0
        for testCase in cases where !skipped.contains(testCase.id) && Self.rejectedByDesign[testCase.id] == nil {
            let bytes = [UInt8](try Data(contentsOf: testCase.folder.appendingPathComponent("in.yaml")))
            let result = Result { () throws(Diagnostic) in try loader.load(bytes, path: testCase.id) }
            if testCase.isError {
                if case .success = result { XCTFail("\(testCase.id): an invalid case was accepted") } else { rejectedErrors += 1 }
                continue
            }
            guard let expectedJSON = testCase.expectedJSON else { continue }
            compared += 1
            switch result {
            case .failure(let error):
                XCTFail("\(testCase.id): a valid case was rejected: \(error)")
            case .success(let documents):
                let expected = try JSONReader.values(expectedJSON)
                let actual = documents.map(\.json)
                if actual == expected {
                    matched += 1
                } else {
                    XCTFail("\(testCase.id): loaded \(actual.map { $0.compact() }) but in.json says \(expected.map { $0.compact() })")
                }
            }
        }
        XCTAssertGreaterThan(compared, 200)
        XCTAssertEqual(matched, compared)
        XCTAssertGreaterThan(rejectedErrors, 70)
    }
}
