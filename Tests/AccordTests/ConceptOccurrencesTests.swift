@testable import Accord
import Foundation
import XCTest

/// The quick questions a text's concept matches answer without making arrays, held to the
/// arrays they stand for, over the screening corpus's sentences and the bundled lexicon.
final class ConceptOccurrencesTests: CacheFolderTestCase {
    func testOccursInARangeIsWhatTheOccurrencesThereSay() throws {
        let root = PremiseCatalogueTests.root
        let lexicon = try RuleSetLoader.load([root.appendingPathComponent("Rules").path]).lexicon
        let corpus = root.appendingPathComponent("Tests/Screening/corpus")
        var texts: [String] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() where name.hasSuffix(".yaml") {
            let source = try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8)
            // Each sentence's text, quotes and all: any text is one to read.
            texts += source.split(separator: "\n").filter { $0.hasPrefix("    text: ") }.map { String($0.dropFirst(10)) }
        }
        XCTAssertGreaterThan(texts.count, 1_000)
        var (found, asked) = (0, 0)
        // Every fourth, two at a time: a sentence alone and one beside the next.
        for index in stride(from: 0, to: texts.count - 1, by: 4) {
            var text = TextAnalyzer.words(texts[index] + " " + texts[index + 1])
            TextAnalyzer.cutClauses(&text)
            let occurrences = ConceptOccurrences(text, numbers: lexicon.numbers(of: text.tokens), lexicon: lexicon)
            for concept in lexicon.concepts {
                for range in text.sentences + text.clauses {
                    let expected = !occurrences.occurrences(of: concept, in: range).isEmpty
                    XCTAssertEqual(occurrences.occurs(concept, in: range), expected, "\(concept.id) in \(range) of \(text.text)")
                    asked += 1
                    if expected { found += 1 }
                }
            }
        }
        XCTAssertGreaterThan(found, 1_000, "of \(asked)")
    }
}
