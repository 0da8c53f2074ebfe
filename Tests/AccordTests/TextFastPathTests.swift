import XCTest
@testable import Accord

/// The fast paths of placing text in the source against plain statements of the same rules, over
/// many generated texts: English, Japanese, full-width and half-width forms, every kind of blank.
final class TextFastPathTests: XCTestCase {
    /// Pieces that texts are made of: English words and negations, Japanese words and endings,
    /// full-width and half-width forms, marks and blanks of every kind.
    static let pieces = [
        "not", "Not", "never", "no", "No", "without", "neither", "nor", "cannot", "none", "nothing", "nowhere", "non-binding",
        "non", "don't", "doesn’t", "won't", "n't", "isn’t", "only", "just", "merely", "necessarily", "least", "doubt", "later",
        "less", "delay", "prejudice", "theless", "but", "however", "although", "though", "yet", "except", "whereas", "which",
        "while", "unless", "legally", "binding", "legally binding", "shall enact", "bind", "rebind", "the", "is", "a", "U.S.",
        "PKO", "PKO協力法", "x", "n協力", "3条", "条", "協力", "Ｊａｐａｎ", "ＬＥＧＡＬＬＹ", "café", "naïve", "Straße", "ﬁ", "K", "x²", "3", "2397", "_id",
        "法的拘束力を有し", "ない", "ません", "せず", "無い", "なかった", "ずに", "ず", "ないし", "だけでなく", "のみならず",
        "に限らず", "ならない", "なりません", "ずつ", "を問わず", "ｶﾞｲﾄﾞﾗｲﾝ", "ガイドライン", "取決め", "では", "、", "。",
        "「", "」", "々", "ー", "・", "•", "‐", "-", "*", ".", "!", "?", ";", "？", "！", "(", ")", "'", "’", ",", ":",
        " ", " ", " ", "  ", "\t", "\n", "\n", "\r\n", "\r", "\n\n", "\n \n", "\u{2028}", "\u{2029}", "\u{85}", "\u{A0}",
        "\u{3000}", "\u{0B}", "\u{0C}", "\u{1680}", "\u{202F}",
    ]

    /// Deterministic texts of up to `maxPieces` pieces.
    static func texts(count: Int, maxPieces: Int = 24, seed: UInt64 = 1) -> [String] {
        var generator = SplitMix(seed: seed)
        return (0..<count).map { _ in
            let length = generator.next(below: maxPieces + 1)
            return (0..<length).map { _ in pieces[generator.next(below: pieces.count)] }.joined()
        }
    }

    /// Text that NFKC leaves as it is folds by lower-casing alone: the same as any text folds.
    func testTheFoldingFastPathAgreesWithNFKC() {
        var stable = 0
        for text in Self.texts(count: 2000, seed: 4) {
            let nfkc = text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping.lowercased()
            XCTAssertEqual(FoldedText.fold(text), nfkc, text.debugDescription)
            if FoldedText.isFoldStable(text) { stable += 1 }
        }
        XCTAssertGreaterThan(stable, 100, "many of the texts take the fast path")
    }

    /// A value placed in a source that writes it as YAML does: on the scalar's line or the next,
    /// folded over lines with indentation, with line breaks of every kind, quoted or not.
    func testPlacesAgreeWithAWalkScalarByScalar() {
        var generator = SplitMix(seed: 5)
        let breaks = ["\n", "\r\n", "\r", "\u{85}", "\u{2028}", "\u{2029}"]
        var placed = 0
        for value in Self.texts(count: 1500, seed: 6) {
            let lineBreak = breaks[generator.next(below: breaks.count)]
            let indent = String(repeating: " ", count: generator.next(below: 4))
            // The value as a source writes it: some blanks are line breaks and indentation there.
            var written = ""
            for character in value {
                written += character == " " && generator.next(below: 3) == 0 ? lineBreak + indent : String(character)
            }
            let style: ScalarStyle = [.plain, .literal, .folded, .doubleQuoted][generator.next(below: 4)]
            // Lines before the scalar's, long and short, with tabs, Japanese and breaks of every kind.
            let before = Self.texts(count: generator.next(below: 4), maxPieces: 60, seed: UInt64(generator.next(below: 1 << 30)))
                .map { "title: \"\($0)\"" + lineBreak }.joined()
            let key = "description: "
            let opening = style == .literal ? "|" + lineBreak + indent : style == .folded ? ">" + lineBreak + indent : style == .doubleQuoted ? "\"" : ""
            let source = Array((before + key + opening + written + lineBreak + "tail: x" + lineBreak).utf8)
            let node = YAMLNode(.scalar(text: value, style: style, value: .string(value)), line: Self.lineCount(before) + 1,
                                column: key.count + 1)
            let expected = ReferencePlaces.places(of: value, node: node, source: source)
            let actual = SpanLocator.places(of: value, node: node, source: source)
            XCTAssertEqual(actual.map(\.line), expected.map(\.line), "\(value.debugDescription) as \(style)")
            XCTAssertEqual(actual.map(\.column), expected.map(\.column), "\(value.debugDescription) as \(style)")
            placed += expected.filter { $0.line > 0 }.count
        }
        XCTAssertGreaterThan(placed, 10_000, "most characters are placed")
    }

    /// The line breaks in the text, as libyaml counts them.
    static func lineCount(_ text: String) -> Int {
        let bytes = Array(text.utf8)
        var (position, count) = (0, 0)
        while position < bytes.count {
            let length = LineBreaks.length(bytes, at: position)
            count += length > 0 ? 1 : 0
            position += max(length, 1)
        }
        return count
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

/// Where each character of a value stands in the source, stated plainly: the source as a list of
/// its scalars with their lines and columns, in which each non-blank scalar of the value is the
/// next one equal to it, from the scalar's start on.
enum ReferencePlaces {
    struct SourceScalar {
        var bytes: ArraySlice<UInt8>
        var line: Int
        var column: Int
    }

    static func scalars(of source: [UInt8]) -> [SourceScalar] {
        var scalars: [SourceScalar] = []
        var position = 0
        var line = 0
        var column = 0
        while position < source.count {
            let breakLength = LineBreaks.length(source, at: position)
            if breakLength > 0 {
                line += 1
                column = 0
                position += breakLength
            } else {
                let length = TextUnit.utf8Length(lead: source[position])
                scalars.append(SourceScalar(bytes: source[position..<(position + length)], line: line, column: column))
                column += 1
                position += length
            }
        }
        return scalars
    }

    static func places(of value: String, node: YAMLNode, source: [UInt8]) -> [SpanLocator.Place] {
        var places = [SpanLocator.Place](repeating: SpanLocator.Place(), count: value.utf8.count)
        var (line, skip) = (node.line - 1, node.column - 1)
        if case .scalar(_, let style, _) = node.content, style == .literal || style == .folded { (line, skip) = (line + 1, 0) }
        let source = scalars(of: source)
        var next = source.firstIndex { $0.line > line || ($0.line == line && $0.column >= skip) } ?? source.count
        var offset = 0
        for scalar in value.unicodeScalars {
            defer { offset += scalar.utf8.count }
            if TextUnit.isBlank(scalar.value) { continue }
            guard let found = source[next...].firstIndex(where: { $0.bytes.elementsEqual(scalar.utf8) }) else { break }
            places[offset] = SpanLocator.Place(line: Int32(source[found].line + 1), column: Int32(source[found].column + 1))
            next = found + 1
        }
        return places
    }

    /// A sentence's marked lemma numbers against a plain search of them, sentence after
    /// sentence: what one sentence marked is cleared before the next.
    func testSentenceLemmasAgreeWithAPlainSearch() {
        var generator = SystemRandomNumberGenerator()
        var lemmas = SentenceLemmas(lemmaCount: 63)
        for _ in 0..<500 {
            let numbers = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Int32.random(in: -1...62, using: &generator) }
            lemmas.mark(numbers[...])
            for probe in Int32(0)...Int32(62) {
                XCTAssertEqual(lemmas.contains(probe), numbers.contains(probe), "\(numbers) \(probe)")
            }
            lemmas.clear(numbers[...])
        }
    }

    /// Grouping keeps each group's elements in the order given, whatever order the keys come in:
    /// sorted into one array (`Grouped`) or chained (`GroupChains`).
    func testGroupingKeepsTheGivenOrderInEachGroup() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let keyed = (0..<Int.random(in: 0...50, using: &generator)).map { number in (key: Int.random(in: 0..<6, using: &generator), element: number) }
            let grouped = Grouped(keyed, groups: 6)
            let chains = GroupChains(keyed, groups: 6)
            for group in 0..<6 {
                let expected = keyed.filter { $0.key == group }.map(\.element)
                var chained: [Int] = []
                chains.forEach(inGroup: group) { chained.append($0) }
                XCTAssertEqual(Array(grouped[group: group]), expected)
                XCTAssertEqual(chained, expected)
                XCTAssertEqual(grouped.isEmpty(group: group), expected.isEmpty)
                XCTAssertEqual(chains.isEmpty(group: group), expected.isEmpty)
                XCTAssertEqual(grouped.contains(inGroup: group) { $0 % 3 == 0 }, expected.contains { $0 % 3 == 0 })
                XCTAssertEqual(chains.contains(inGroup: group) { $0 % 3 == 0 }, expected.contains { $0 % 3 == 0 })
            }
        }
    }

    /// An ASCII word is looked up by its lowered bytes, any other by its lowered String: both
    /// answer as the set of abbreviations does.
    func testAbbreviationsAreFoundByBytesAsByTheirWords() {
        let words = TextAnalyzer.abbreviations.flatMap { [$0, $0.uppercased(), $0.prefix(1).uppercased() + $0.dropFirst()] }
            + ["U.S", "E.G", "Nos", "army", "the", "a", "Ú.S", "nö", "ARTs", "dept", "Dept"]
        for word in words {
            let expected = TextAnalyzer.abbreviations.contains(word.lowercased())
            let scalars = TextScalars(word)
            XCTAssertEqual(TextAnalyzer.isAbbreviation(scalars, 0..<scalars.count), expected, word)
            // The same word after a non-ASCII scalar, read through the table of scalars.
            let mixed = TextScalars("é " + word)
            XCTAssertEqual(TextAnalyzer.isAbbreviation(mixed, 2..<mixed.count), expected, "é " + word)
        }
    }
}
