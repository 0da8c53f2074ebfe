@testable import Accord
import Foundation
import XCTest

/// Lexicon terms' lemmas are kept between runs, for the analyser that made them only.
final class TermLemmaCacheTests: CacheFolderTestCase {
    private var file: URL { folder.appendingPathComponent("term-lemmas.txt") }

    func testLemmasAreKeptAndReadBackForTheSameAnalyser() throws {
        let first = TermLemmaCache()
        XCTAssertEqual(try first.lemmas(of: "amended obligations").get(), try TextAnalyzer.lemmas(of: "amended obligations").get())
        XCTAssertEqual(try first.lemmas(of: "持ち込まれる").get(), try TextAnalyzer.lemmas(of: "持ち込まれる").get())
        first.save()
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("accord \(AccordVersion.current) analysis \(TermLemmaCache.revision) probes "), text)
        XCTAssertTrue(text.contains("amended obligations\t"), text)

        // What the file says is what a later run takes, without analysing again.
        let header = String(text.prefix { $0 != "\n" })
        try (header + "\namended obligations\tfrom\u{1F}the\u{1F}file\n").write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try TermLemmaCache().lemmas(of: "amended obligations").get(), ["from", "the", "file"])

        // A file made by another analyser is not read.
        try ("accord 0.0.0 analysis 0 probes other\namended obligations\tstale\n").write(to: file, atomically: true, encoding: .utf8)
        XCTAssertEqual(try TermLemmaCache().lemmas(of: "amended obligations").get(), try TextAnalyzer.lemmas(of: "amended obligations").get())
    }

    func testTheBundledLexiconLoadsTheSameFromTheCache() throws {
        let rules = PremiseCatalogueTests.root.appendingPathComponent("Rules").path
        let fresh = try RuleSetLoader.load([rules])
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path))
        let cached = try RuleSetLoader.load([rules])
        XCTAssertEqual(fresh.lexicon.concepts.map(\.id), cached.lexicon.concepts.map(\.id))
        XCTAssertEqual(CompiledLexiconCacheTests.terms(fresh.lexicon.index, fresh.lexicon), CompiledLexiconCacheTests.terms(cached.lexicon.index, cached.lexicon))
    }

    func testACacheFolderThatCannotBeWrittenCostsNothingButTime() throws {
        try "not a folder".write(to: folder, atomically: true, encoding: .utf8)
        let cache = TermLemmaCache()
        XCTAssertEqual(try cache.lemmas(of: "amend").get(), try TextAnalyzer.lemmas(of: "amend").get())
        cache.save()
        XCTAssertEqual(try String(contentsOf: folder, encoding: .utf8), "not a folder")
    }
}
