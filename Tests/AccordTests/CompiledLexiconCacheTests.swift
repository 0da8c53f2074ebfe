@testable import Accord
import Foundation
import XCTest

/// The compiled lexicon kept between runs: taken only for the very bytes it was compiled from,
/// and the same lexicon as the YAML gives.
final class CompiledLexiconCacheTests: CacheFolderTestCase {
    private var rules: String { PremiseCatalogueTests.root.appendingPathComponent("Rules").path }
    private var file: URL { folder.appendingPathComponent(CompiledLexiconCache.name) }

    private func assertSame(_ a: Lexicon, _ b: Lexicon, file: StaticString = #filePath, line: UInt = #line) {
        // The lemmas number alike, whether counted while compiling or read from the cache's table.
        XCTAssertEqual(a.lemmaNumbers.count, b.lemmaNumbers.count, "lemma count", file: file, line: line)
        let lemmas = (0..<a.lemmaNumbers.count).map { a.lemma(Int32($0)) }
        XCTAssertEqual(lemmas, (0..<b.lemmaNumbers.count).map { b.lemma(Int32($0)) }, "lemmas", file: file, line: line)
        let tokens = lemmas.map { Token(lemma: $0, kind: .word, start: 0, end: 0) }
        XCTAssertEqual(a.numbers(of: tokens), b.numbers(of: tokens), "lemma numbers", file: file, line: line)
        XCTAssertEqual(a.concepts.count, b.concepts.count, file: file, line: line)
        for (x, y) in zip(a.concepts, b.concepts) {
            XCTAssertEqual([x.id, x.meaning, "\(x.number)", "\(x.location)"], [y.id, y.meaning, "\(y.number)", "\(y.location)"], file: file, line: line)
            XCTAssertEqual(x.includes, y.includes, file: file, line: line)
            XCTAssertEqual(x.written.map { "\($0.language) \($0.text)" }, y.written.map { "\($0.language) \($0.text)" }, file: file, line: line)
            XCTAssertEqual(x.exceptWritten, y.exceptWritten, file: file, line: line)
        }
        XCTAssertEqual(Self.terms(a.index, a), Self.terms(b.index, b), "terms", file: file, line: line)
        XCTAssertEqual(Self.terms(a.cueIndex, a), Self.terms(b.cueIndex, b), "cues", file: file, line: line)
    }

    /// An index's terms in its order, their lemmas as strings, with what each stands for.
    static func terms<Payload>(_ index: TermIndex<Payload>, _ lexicon: Lexicon) -> [String] {
        index.terms.map { term in "\(term.parts.map { $0.map(lexicon.lemma) }) \(term.payload.packed)" }
    }

    func testTheCompiledLexiconIsTheOneTheYAMLGives() throws {
        let fresh = try RuleSetLoader.load([rules])
        XCTAssertTrue(FileManager.default.fileExists(atPath: file.path))
        let cache = try XCTUnwrap(CompiledLexiconCache(limits: .default))
        XCTAssertEqual(cache.sources.map(\.path), [rules + "/lexicon.yaml"])
        assertSame(fresh.lexicon, try XCTUnwrap(cache.lexicon()))
        let again = try RuleSetLoader.load([rules])
        XCTAssertEqual(fresh.digest, again.digest)
        assertSame(fresh.lexicon, again.lexicon)
    }

    func testOnlyTheSameBytesAtTheSamePathAreTakenFromIt() throws {
        _ = try RuleSetLoader.load([rules])
        let cache = try XCTUnwrap(CompiledLexiconCache(limits: .default))
        let path = rules + "/lexicon.yaml"
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        XCTAssertTrue(cache.holds(path, bytes))
        XCTAssertFalse(cache.holds(path, bytes + Array("\n".utf8)))
        XCTAssertFalse(cache.holds("other/lexicon.yaml", bytes))
        var limits = LoaderLimits()
        limits.maxDepth = 8
        XCTAssertNil(CompiledLexiconCache(limits: limits))
    }

    func testAnEditedLexiconIsCompiledAgain() throws {
        let copy = folder.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: URL(fileURLWithPath: rules), to: copy)
        let first = try RuleSetLoader.load([copy.path])
        let lexiconFile = copy.appendingPathComponent("lexicon.yaml")
        let id = try XCTUnwrap(first.lexicon.concepts.first?.id)
        let text = try String(contentsOf: lexiconFile, encoding: .utf8)
        let edited = text.replacingOccurrences(of: "meaning: \(first.lexicon.concepts[0].meaning)", with: "meaning: edited")
        XCTAssertNotEqual(text, edited)
        try edited.write(to: lexiconFile, atomically: true, encoding: .utf8)
        XCTAssertEqual(try RuleSetLoader.load([copy.path]).lexicon.concept(id)?.meaning, "edited")
        XCTAssertEqual(try RuleSetLoader.load([copy.path]).lexicon.concept(id)?.meaning, "edited")
    }

    func testItServesNoRuleSetWhoseLexiconIsNotThere() throws {
        _ = try RuleSetLoader.load([rules])
        let folderRules = rules + "/rules"
        let premises = rules + "/premises.yaml"
        XCTAssertThrowsError(try RuleSetLoader.load([premises, folderRules]))
        // The same file given twice is read twice, as without a cache.
        let lexicon = rules + "/lexicon.yaml"
        XCTAssertThrowsError(try RuleSetLoader.load([lexicon, lexicon, premises, folderRules]))
    }

    func testADamagedFileIsOnlyAMiss() throws {
        let fresh = try RuleSetLoader.load([rules])
        let whole = try Data(contentsOf: file)
        for cut in [whole.count / 2, whole.count - 1, whole.count - 5, 40] {
            try whole.prefix(cut).write(to: file)
            assertSame(fresh.lexicon, try RuleSetLoader.load([rules]).lexicon)
        }
        // Numbers out of place in the terms' index (the last bytes are the cue index's entries):
        // the lexicon is compiled again, not read.
        for offset in [whole.count - 3, whole.count - 8, whole.count - 11] {
            var damaged = whole
            damaged[offset] = 0x7F
            try damaged.write(to: file)
            XCTAssertNil(CompiledLexiconCache(limits: .default)?.lexicon())
            assertSame(fresh.lexicon, try RuleSetLoader.load([rules]).lexicon)
        }
    }

    /// The index found in a text what the terms as strings find, term by term: its flat numbers
    /// are read as the parts they were made from.
    func testTheIndexKeepsEachTermsParts() throws {
        let lexicon = try RuleSetLoader.load([rules]).lexicon
        var set = TermSet()
        set.insert(Term(parts: [["create"], ["new", "obligation"]], text: "create … new obligations", japanese: false))
        set.insert(Term(parts: [["obligation"]], text: "obligations", japanese: false))
        let small = Lexicon(concepts: [lexicon.concepts[0]], terms: [(set, TermSet())], context: ContextCues())
        XCTAssertEqual(Self.terms(small.index, small), ["[[\"create\"], [\"new\", \"obligation\"]] 0", "[[\"obligation\"]] 0"])
        let tokens = ["it", "create", "no", "new", "obligation"].map { Token(lemma: $0, kind: .word, start: 0, end: 0) }
        var found: [String] = []
        let numbers = small.numbers(of: tokens)
        for start in tokens.indices {
            small.index.forEachMatch(at: start, before: tokens.count, in: numbers) { _, range, words in found.append("\(range) \(words)") }
        }
        XCTAssertEqual(found, ["1..<5 [Range(1..<2), Range(3..<5)]", "4..<5 []"])
    }
}
