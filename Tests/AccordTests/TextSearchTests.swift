import Foundation
import XCTest
@testable import Accord

/// The phrase index that a checker searches every text with must find exactly what a search for
/// one phrase at a time finds; folded text and source lines keep their meaning.
final class TextSearchTests: XCTestCase {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Texts that stress boundaries, blanks, widths, Japanese and negation.
    static let tricky = [
        "It is not legally binding. Annex B is legally\nbinding, and legally\n\nbinding is split.",
        "本取決めは法的拘束力を有しない。日米防衛協力のためのｶﾞｲﾄﾞﾗｲﾝに基づく。PKO協力法",
        "Ｊａｐａｎ ＳＨＡＬＬ ＥＮＡＣＴ new legislation; the Diet shall\tenact it.",
        "non-binding, rebind, binding-ish, U.S. forces, (a) the Security Treaty",
        "",
    ]

    func testTheIndexFindsWhatAPhraseByPhraseSearchFinds() throws {
        let ruleSet = try RuleSetLoader.load([Self.root.appendingPathComponent("Rules").path])
        let (_, index) = PhraseIndex.compile(ruleSet)
        XCTAssertGreaterThan(index.phrases.count, 300)
        let examples = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Examples").path)
            .filter { $0.hasSuffix(".yaml") }
        var texts = Self.tricky
        for name in examples {
            let source = try String(contentsOf: Self.root.appendingPathComponent("Examples/\(name)"), encoding: .utf8)
            texts.append(source)
        }
        // The rules' own examples are written to trigger (and not trigger) their phrases.
        for rule in ruleSet.rules {
            for example in rule.examples { texts += Self.scalars(in: example.patch) }
        }
        var found = 0
        for text in texts {
            found += TextFastPathTests.assertIndexAgreesWithPhraseByPhraseSearch(index, in: text)
        }
        XCTAssertGreaterThan(found, 50, "the texts hold many phrases of the bundled rules")
    }

    static func scalars(in node: YAMLNode) -> [String] {
        if let text = node.scalarText { return [text] }
        if let items = node.sequenceItems { return items.flatMap(scalars) }
        return (node.mappingPairs ?? []).flatMap { scalars(in: $0.value) }
    }

    func testAPhraseCompiledForOneIndexIsSearchedOnItsOwnInAnother() throws {
        let ruleSet = try RuleSetLoader.load([Self.root.appendingPathComponent("Rules").path])
        let (first, _) = PhraseIndex.compile(ruleSet)
        let (_, second) = PhraseIndex.compile(ruleSet)
        var phrase: Phrase?
        for rule in first.rules {
            _ = rule.requirement.condition.mappingQueries { query in
                if phrase == nil, let candidate = query.phrases.first(where: { !$0.isJapanese && $0.slot?.number != 0 }) { phrase = candidate }
                return query
            }
        }
        let compiled = try XCTUnwrap(phrase)
        let text = "It says \(compiled.text) here."
        let node = YAMLNode(.scalar(text: text, style: .plain, value: .string(text)), line: 1, column: 1)
        let inOwn = TextScan(node: node, phrases: second)
        // The slot numbers of `first` mean other phrases in `second`: the phrase must still be found as itself.
        XCTAssertEqual(inOwn.occurrences(of: compiled).map(\.range.lowerBound), [8])
        XCTAssertEqual(TextScan(node: node, phrases: .empty).occurrences(of: compiled).map(\.range.lowerBound), [8])
    }

    func testAQueryAnswersFromItsSlotsAsFromItsPhrases() throws {
        let ruleSet = try RuleSetLoader.load([Self.root.appendingPathComponent("Rules").path])
        let (compiled, index) = PhraseIndex.compile(ruleSet)
        var queries: [TextQuery] = []
        for rule in compiled.rules {
            _ = rule.requirement.condition.mappingQueries { queries.append($0); return $0 }
            _ = rule.scope?.mappingQueries { queries.append($0); return $0 }
        }
        XCTAssertGreaterThan(queries.count, 5)
        XCTAssertTrue(queries.allSatisfy { $0.slots?.index == index.identity })
        var texts = Self.tricky
        for rule in compiled.rules {
            for example in rule.examples { texts += Self.scalars(in: example.patch) }
        }
        var mentioned = 0
        for text in texts {
            let node = YAMLNode(.scalar(text: text, style: .plain, value: .string(text)), line: 1, column: 1)
            let indexed = TextScan(node: node, phrases: index)
            let alone = TextScan(node: node, phrases: .empty)
            for query in queries {
                var uncompiled = query
                uncompiled.slots = nil
                uncompiled.phrases = query.phrases.map { Phrase($0.text) }
                let expected = alone.mentionsUnnegated(uncompiled)
                XCTAssertEqual(indexed.mentionsUnnegated(query), expected, "\(query.phrases.map(\.text)) in \(text.prefix(40))")
                if expected { mentioned += 1 }
            }
        }
        XCTAssertGreaterThan(mentioned, 20, "the rules' examples mention their phrases")
    }

    func testASlotSetHoldsExactlyItsSlots() {
        let set = SlotSet(index: 7, slots: [0, 63, 64, 200])
        XCTAssertEqual((0..<300).filter { set.contains(Int32($0)) }, [0, 63, 64, 200])
        XCTAssertFalse(SlotSet(index: 7, slots: []).contains(0))
    }

    func testPlainTextFoldsInPlaceAsAnyTextFolds() {
        let plain = [
            "It is not legally binding. Annex B is legally\nbinding,\r\nand legally\r\n\r\nbinding\t \u{0B}\u{0C}split.",
            "日米防衛協力のためのガイドライン、本取決めは法的拘束力を有しない。\n\n  UPPER Case",
            "  leading and trailing blanks \n",
            "\r\r\n\n",
            "",
        ]
        for text in plain {
            var text = text
            text.makeContiguousUTF8()
            text.utf8.withContiguousStorageIfAvailable { bytes in
                guard let fast = FoldedText.foldPlain(bytes) else { return XCTFail("\(text) is plain") }
                let general = FoldedText.foldAny(bytes)
                XCTAssertEqual(fast.units, general.units, text)
                XCTAssertEqual(fast.origin, general.origin, text)
            }
        }
        for text in ["ｶﾞｲﾄﾞﾗｲﾝ", "Ｊａｐａｎ", "non\u{A0}binding", "caf\u{E9}"] {
            XCTAssertNil(text.utf8.withContiguousStorageIfAvailable(FoldedText.foldPlain) ?? nil, text)
        }
    }

    func testBlankRunsFoldToOneUnitThatKnowsItsLineBreaks() {
        XCTAssertEqual(FoldedText("a \t b").units, [0x61, TextUnit.space, 0x62])
        XCTAssertEqual(FoldedText("a \n b").units, [0x61, TextUnit.lineBreak, 0x62])
        XCTAssertEqual(FoldedText("a\r\nb").units, [0x61, TextUnit.lineBreak, 0x62])
        XCTAssertEqual(FoldedText("a\n \nb").units, [0x61, TextUnit.paragraph, 0x62])
        XCTAssertEqual(FoldedText("Ａ\u{3000}ｶﾞ").units, [0x61, TextUnit.space, 0x30AC])
        let text = FoldedText("ｶﾞｲﾄﾞ and more")
        XCTAssertEqual(text.originalText(0..<3), "ｶﾞｲﾄﾞ", "a span ends after the whole character its last unit came from")
        XCTAssertEqual(text.originalText(4..<7), "and")
    }

    func testBlanksAreUnicodesWhiteSpace() {
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            XCTAssertEqual(TextUnit.isBlank(value), scalar.properties.isWhitespace, String(value, radix: 16))
        }
    }

    func testSourceLinesSplitWhereLibyamlCountsLines() {
        let source = "a\nb\r\nc\rd\u{85}e\u{2028}f\u{2029}g\n"
        let proposal = Proposal(path: "p.yaml", root: YAMLNode(.mapping([]), line: 1, column: 1), source: Array(source.utf8))
        XCTAssertEqual(proposal.sourceLines(), ["a", "b", "c", "d", "e", "f", "g", ""])
    }
}

private extension Requirement {
    var condition: Condition {
        switch self {
        case .require(let condition), .forbid(let condition): return condition
        }
    }
}
