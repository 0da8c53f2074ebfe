import XCTest
@testable import Accord

/// The text screening's fast paths against plain statements of the same rules, over many
/// generated texts: English, Japanese, full-width and half-width forms, every kind of blank.
final class TextFastPathTests: XCTestCase {
    /// Pieces that texts are made of: cues, pseudo-negations and terminators, phrases of the
    /// bundled rules, Japanese endings, marks and blanks of every kind.
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

    func testNegationCuesAgreeWithTheStatedRules() {
        var negated = 0
        for text in Self.texts(count: 300) {
            let units = FoldedText(text).units
            for start in units.indices {
                for length in 1...3 where start + length <= units.count {
                    for japanese in [false, true] {
                        let range = start..<(start + length)
                        let expected = ReferenceNegation.cue(in: units, hit: range, japanese: japanese)
                        XCTAssertEqual(NegationDetector.cue(in: units, hit: range, japanese: japanese), expected,
                                       "\(range) of \(text.debugDescription), japanese: \(japanese)")
                        if expected != nil { negated += 1 }
                    }
                }
            }
        }
        XCTAssertGreaterThan(negated, 5_000, "the texts hold many negations")
    }

    /// Phrases that start inside English words (Japanese ones that start with Latin letters or
    /// digits) make the index look up every unit of a word too; without them it looks up words only.
    func testTheIndexFindsWhatAPhraseByPhraseSearchFinds() {
        let english = ["legally binding", "not only", "binding", "u.s. forces", "(a)", "non-binding", "doesn’t", "2397"]
        let startingInWords = ["PKO協力法", "x²", "3条", "Ｊａｐａｎの", "n協力"]
        let japanese = ["法的拘束力を有し", "ｶﾞｲﾄﾞﾗｲﾝ", "ない", "、ず", "「"]
        var found = 0
        for phrases in [english + japanese, english + startingInWords + japanese, startingInWords] {
            let index = PhraseIndex(phrases: phrases.map(Phrase.init), identity: 1)
            for text in Self.texts(count: 400, seed: 2) + Self.texts(count: 20, maxPieces: 400, seed: 3) {
                found += Self.assertIndexAgreesWithPhraseByPhraseSearch(index, in: text)
            }
        }
        XCTAssertGreaterThan(found, 1_000, "the texts hold many of the phrases")
    }

    func testAScanGivesEachSlotItsOwnOccurrences() {
        let texts = ["legally binding", "ない", "binding", "(a)", "doesn’t", "not only"]
        let phrases = texts.enumerated().map { slot, text in
            var phrase = Phrase(text)
            phrase.slot = PhraseSlot(index: 9, number: Int32(slot))
            return phrase
        }
        let index = PhraseIndex(phrases: phrases, identity: 9)
        var found = 0
        for text in Self.texts(count: 300, maxPieces: 60, seed: 7) {
            let scan = TextScan(node: YAMLNode(.scalar(text: text, style: .plain, value: .string(text)), line: 1, column: 1), phrases: index)
            for phrase in phrases {
                let expected = TextMatcher.occurrences(of: phrase, in: scan.text).map(\.range)
                XCTAssertEqual(scan.occurrences(of: phrase).map(\.range), expected, "\(phrase.text) in \(text.debugDescription)")
                found += expected.count
            }
        }
        XCTAssertGreaterThan(found, 200, "the texts hold many of the phrases")
    }

    func testPlainTextFoldsInPlaceAsAnyTextFolds() {
        var plain = 0
        for text in Self.texts(count: 2000, seed: 4) {
            var text = text
            text.makeContiguousUTF8()
            text.utf8.withContiguousStorageIfAvailable { bytes in
                guard let fast = FoldedText.foldPlain(bytes) else { return }
                let general = FoldedText.foldAny(bytes)
                XCTAssertEqual(fast.units, general.units, text.debugDescription)
                XCTAssertEqual(fast.origin, general.origin, text.debugDescription)
                plain += 1
            }
        }
        XCTAssertGreaterThan(plain, 100, "many of the texts are plain")
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
            let length = SpanLocator.lineBreakLength(bytes, at: position)
            count += length > 0 ? 1 : 0
            position += max(length, 1)
        }
        return count
    }

    /// Compares the index's occurrences with a search for each phrase on its own; the number found.
    static func assertIndexAgreesWithPhraseByPhraseSearch(_ index: PhraseIndex, in text: String,
                                                          file: StaticString = #filePath, line: UInt = #line) -> Int {
        let folded = FoldedText(text)
        let indexed = index.occurrences(in: folded)
        var found = 0
        for (slot, phrase) in index.phrases.enumerated() {
            let expected = TextMatcher.occurrences(of: phrase, in: folded)
            let actual = indexed.filter { $0.slot == slot }
            XCTAssertEqual(actual.map(\.range), expected.map(\.range), "\(phrase.text) in \(text.debugDescription)", file: file, line: line)
            XCTAssertEqual(actual.map(\.negatedBy), expected.map(\.negatedBy), "\(phrase.text) in \(text.debugDescription)",
                           file: file, line: line)
            found += actual.count
        }
        return found
    }
}

/// NegEx as the rules state it, word by word and in Strings: the cue within five words before an
/// English hit and in its sentence, unless a terminator stands between or the word after the cue
/// makes a pseudo-negation; or a Japanese cue within ten units after a hit, outside every
/// pseudo-negation.
enum ReferenceNegation {
    static func cue(in text: [UInt32], hit range: Range<Int>, japanese: Bool) -> String? {
        japanese ? japaneseCue(text, range) : englishCue(text, range)
    }

    static func endsSentence(_ text: [UInt32], at index: Int) -> Bool {
        let unit = text[index]
        if unit == TextUnit.paragraph || NegationDetector.isSentenceEnd(unit) { return true }
        guard unit == TextUnit.lineBreak else { return false }
        return index + 1 == text.count || NegationDetector.isListMark(text[index + 1])
    }

    static func englishCue(_ text: [UInt32], _ range: Range<Int>) -> String? {
        var words: [String] = []
        var index = range.lowerBound - 1
        var word = ""
        while index >= 0, words.count < NegationDetector.englishWindow {
            let unit = text[index]
            if endsSentence(text, at: index) { break }
            if TextUnit.isWord(unit) || unit == 0x27 || unit == 0x2019 {
                word = String(Unicode.Scalar(unit == 0x2019 ? 0x27 : unit)!) + word
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
            index -= 1
        }
        if !word.isEmpty, words.count < NegationDetector.englishWindow { words.append(word) }
        for (position, word) in words.enumerated() {
            if NegationDetector.englishTerminators.contains(word) { return nil }
            guard NegationDetector.englishCues.contains(word) || word.hasSuffix("n't") else { continue }
            if position > 0, NegationDetector.englishPseudo[word]?.contains(words[position - 1]) == true { continue }
            return word
        }
        return nil
    }

    static func japaneseCue(_ text: [UInt32], _ range: Range<Int>) -> String? {
        var end = range.upperBound
        while end < text.count, end - range.upperBound < NegationDetector.japaneseWindow, !endsSentence(text, at: end),
              text[end] != NegationDetector.ideographicComma {
            end += 1
        }
        let after = text[range.upperBound..<end].filter { $0 != TextUnit.lineBreak }
        var pseudo: Set<Int> = []
        for ending in NegationDetector.japanesePseudo {
            for start in starts(of: ending, in: after) { pseudo.formUnion(start..<(start + ending.count)) }
        }
        for cue in NegationDetector.japaneseCues {
            if starts(of: cue, in: after).contains(where: { start in !(start..<(start + cue.count)).contains(where: pseudo.contains) }) {
                return TextUnit.string(cue)
            }
        }
        return nil
    }

    static func starts(of needle: [UInt32], in haystack: [UInt32]) -> [Int] {
        guard needle.count <= haystack.count else { return [] }
        return (0...(haystack.count - needle.count)).filter { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
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
            let breakLength = SpanLocator.lineBreakLength(source, at: position)
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
}
