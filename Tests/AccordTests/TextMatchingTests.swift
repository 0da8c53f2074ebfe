import XCTest
@testable import Accord

/// `mentions`: case and width folding, word boundaries, English and Japanese negation, and the
/// place of every hit in the source.
final class TextMatchingTests: XCTestCase {
    static let phrases = ["legally binding", "bind", "binding commitment", "shall enact", "introduction of nuclear weapons",
                          "create legal obligations", "法的拘束力を有し", "法的拘束力", "ガイドライン"]

    /// The hits (and suppressed hits) of `phrases` in a description written as a literal block.
    func scan(_ description: String, _ phrases: [String] = phrases, file: StaticString = #filePath, line: UInt = #line) -> Evaluation? {
        let block = description.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        guard let proposal = Engine.proposal(Engine.text("description: |\n" + block), file: file, line: line) else { return nil }
        let list = phrases.map { "'\($0)'" }.joined(separator: ", ")
        return Engine.evaluate("{mentions: [\(list)], in: [description]}", on: proposal, file: file, line: line)
    }

    /// The quoted spans that count.
    func fired(_ description: String, _ phrases: [String] = phrases, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        scan(description, phrases, file: file, line: line)?.hits.map(\.quote) ?? ["(no evaluation)"]
    }

    /// The cues that suppressed hits.
    func cues(_ description: String, _ phrases: [String] = phrases, file: StaticString = #filePath, line: UInt = #line) -> [String] {
        scan(description, phrases, file: file, line: line)?.suppressed.compactMap(\.negatedBy) ?? ["(no evaluation)"]
    }

    // MARK: folding and boundaries

    func testTheFastFoldingPathAgreesWithNFKC() {
        for text in ["法的拘束力を有しない。", "「核兵器を持ち込ませない」", "ガイドライン、ー、々", "Legally Binding", "ｶﾞｲﾄﾞﾗｲﾝ", "（注）", "Ａ　Ｂ"] {
            XCTAssertEqual(FoldedText.fold(text), text.precomposedStringWithCompatibilityMapping.lowercased(), text)
        }
        XCTAssertTrue(FoldedText.isFoldStable("法的拘束力を有しない。"))
        XCTAssertFalse(FoldedText.isFoldStable("ｶﾞ"))
        XCTAssertFalse(FoldedText.isFoldStable("Ａ"))
    }

    func testAnyBlanksMatchASpaceButAParagraphBreakDoesNot() {
        XCTAssertEqual(fired("This arrangement is legally\tbinding."), ["legally\tbinding"])
        XCTAssertEqual(fired("This arrangement is legally\nbinding on both."), ["legally\nbinding"])
        XCTAssertEqual(fired("This arrangement is legally   binding."), ["legally   binding"])
        XCTAssertEqual(fired("Drafted legally\n\nBinding decisions follow later."), [])
        XCTAssertEqual(cues("It is not legally\nbinding."), ["not"])
    }

    func testCaseIsIgnoredAndTheSpanIsQuotedAsWritten() {
        XCTAssertEqual(fired("This arrangement is LEGALLY Binding on both."), ["LEGALLY Binding"])
    }

    func testFullWidthLettersAndIdeographicSpaceMatch() {
        XCTAssertEqual(fired("この取決めは ＬＥＧＡＬＬＹ　ＢＩＮＤＩＮＧ である。", ["legally binding"]), ["ＬＥＧＡＬＬＹ　ＢＩＮＤＩＮＧ"])
        XCTAssertEqual(fired("Ｓｈａｌｌ Ｅｎａｃｔ", ["shall enact"]), ["Ｓｈａｌｌ Ｅｎａｃｔ"])
    }

    func testHalfWidthKatakanaMatchesFullWidthPhrase() {
        XCTAssertEqual(fired("日米防衛協力のためのｶﾞｲﾄﾞﾗｲﾝに基づく。", ["ガイドライン"]), ["ｶﾞｲﾄﾞﾗｲﾝ"])
        XCTAssertEqual(fired("日米防衛協力のためのガイドラインに基づく。", ["ｶﾞｲﾄﾞﾗｲﾝ"]), ["ガイドライン"])
    }

    func testEnglishPhrasesMatchOnWordBoundariesOnly() {
        XCTAssertEqual(fired("The parties bind themselves.", ["bind"]), ["bind"])
        XCTAssertEqual(fired("The binding of books; rebind it; bindings.", ["bind"]), [])
        XCTAssertEqual(fired("It is legally binding.", ["bind"]), [])
        XCTAssertEqual(fired("Bind, bind!", ["bind"]), ["Bind", "bind"])
    }

    func testJapanesePhrasesMatchWithoutWordSpaces() {
        XCTAssertEqual(fired("本取決めは法的拘束力を有する。", ["法的拘束力を有し"]), [])
        XCTAssertEqual(fired("本取決めは法的拘束力を有し、両政府を拘束する。", ["法的拘束力を有し"]), ["法的拘束力を有し"])
        XCTAssertEqual(fired("本取決めは法的拘束力を有する。", ["法的拘束力"]), ["法的拘束力"])
    }

    // MARK: English negation

    func testEveryEnglishCueSuppressesAHitWithinItsSentence() {
        let table: [(String, String)] = [
            ("This arrangement is not legally binding.", "not"),
            ("This arrangement is never legally binding.", "never"),
            ("There is no legally binding commitment.", "no"),
            ("The sides cooperate without legally binding terms.", "without"),
            ("It is neither legally binding nor enforceable.", "neither"),
            ("It is neither enforceable nor legally binding.", "nor"),
            ("This arrangement does not create legal obligations.", "not"),
            ("This arrangement will not be legally binding.", "not"),
            ("This arrangement cannot be legally binding.", "cannot"),
            ("This arrangement isn't legally binding.", "isn't"),
            ("This arrangement won’t be legally binding.", "won't"),
            ("This arrangement doesn't create legal obligations.", "doesn't"),
            ("This is a non-binding commitment.", "non"),
        ]
        for (text, cue) in table {
            let evaluation = scan(text)
            XCTAssertEqual(evaluation?.hits.map(\.quote), [], text)
            XCTAssertEqual(evaluation?.suppressed.first?.negatedBy, cue, text)
            XCTAssertEqual(evaluation?.truth, .false, text)
        }
    }

    func testTheSpecExamplesDoNotFire() {
        XCTAssertEqual(fired("This arrangement does not create legal obligations for either government."), [])
        XCTAssertEqual(cues("Japan will never permit the introduction of nuclear weapons into its territory."), ["never"])
        XCTAssertEqual(fired("本取決めは法的拘束力を有しない。", ["法的拘束力を有し"]), [])
        XCTAssertEqual(cues("本取決めは法的拘束力を有しない。", ["法的拘束力を有し"]), ["ない"])
        // And their affirmative forms do.
        XCTAssertEqual(fired("This arrangement will create legal obligations for both governments."), ["create legal obligations"])
        XCTAssertEqual(fired("Japan will permit the introduction of nuclear weapons."), ["introduction of nuclear weapons"])
    }

    func testTheCueMustStandWithinFiveWordsBeforeTheHit() {
        XCTAssertEqual(fired("It is not one two three four legally binding.", ["legally binding"]), [], "the cue is the fifth word before")
        XCTAssertEqual(fired("It is not one two three four five legally binding.", ["legally binding"]), ["legally binding"], "the cue is the sixth word before")
        XCTAssertEqual(fired("Not, in the view of either side, legally binding.", ["legally binding"]), ["legally binding"])
        XCTAssertEqual(fired("It is legally binding and not enforceable.", ["legally binding"]), ["legally binding"], "a cue after an English hit does not negate it")
    }

    func testPseudoNegationsDoNotSuppress() {
        XCTAssertEqual(fired("This is not only legally binding but also enforceable.", ["legally binding"]), ["legally binding"])
        XCTAssertEqual(fired("It is not just legally binding.", ["legally binding"]), ["legally binding"])
        XCTAssertEqual(fired("There is no doubt this is legally binding.", ["legally binding"]), ["legally binding"])
        XCTAssertEqual(fired("Without delay the Diet shall enact the bill.", ["shall enact"]), ["shall enact"])
        XCTAssertEqual(fired("No later than 2016 Japan shall enact the bill.", ["shall enact"]), ["shall enact"])
    }

    func testScopeTerminatorsAndSentenceEndsStopANegation() {
        XCTAssertEqual(fired("The arrangement does not expire, but it is legally binding.", ["legally binding"]), ["legally binding"])
        XCTAssertEqual(fired("It does not expire; it is legally binding.", ["legally binding"]), ["legally binding"])
        XCTAssertEqual(fired("It is not a treaty. It is legally binding.", ["legally binding"]), ["legally binding"])
        XCTAssertEqual(fired("- It is not a treaty\n- It is legally binding", ["legally binding"]), ["legally binding"], "a new list item ends the scope")
        XCTAssertEqual(fired("Not a treaty\n\nLegally binding on both.", ["legally binding"]), ["Legally binding"], "a blank line ends the scope")
        XCTAssertEqual(fired("Nothing expires, however it is legally binding.", ["legally binding"]), ["legally binding"])
    }

    /// A literal block keeps the writer's line breaks; a sentence wrapped over two lines is still one sentence.
    func testALineBreakInsideASentenceDoesNotEndTheNegation() {
        XCTAssertEqual(fired("Both sides confirm that this arrangement is not\nlegally binding on either government.", ["legally binding"]), [])
        XCTAssertEqual(fired("本取決めは法的拘束力を有し\nない。", ["法的拘束力を有し"]), [])
    }

    func testEachOccurrenceIsDecidedOnItsOwn() throws {
        let evaluation = try XCTUnwrap(scan("It is not legally binding. Annex B is legally binding.", ["legally binding"]))
        XCTAssertEqual(evaluation.hits.count, 1)
        XCTAssertEqual(evaluation.suppressed.count, 1)
        XCTAssertEqual(evaluation.truth, .true)
    }

    // MARK: Japanese negation

    func testJapaneseNegativeEndingsSuppress() {
        let table: [(String, String)] = [
            ("本取決めは法的拘束力を有しない。", "ない"),
            ("本取決めは法的拘束力を有しません。", "ません"),
            ("本取決めは法的拘束力を有せず、各政府の判断による。", "せず"),
            ("本取決めに法的拘束力は無い。", "無い"),
            ("本取決めは法的拘束力を有さず、各政府の判断による。", "ず"),
            ("旧取決めは法的拘束力を有しなかった。", "なかった"),
        ]
        for (text, cue) in table {
            let evaluation = scan(text, ["法的拘束力を有", "法的拘束力は"])
            XCTAssertEqual(evaluation?.hits.map(\.quote), [], text)
            XCTAssertEqual(evaluation?.suppressed.first?.negatedBy, cue, text)
        }
    }

    func testJapanesePseudoNegationsAndObligationsFire() {
        XCTAssertEqual(fired("本取決めは法的拘束力を有するのみならず、", ["法的拘束力を有す"]), ["法的拘束力を有す"])
        XCTAssertEqual(fired("ガイドラインないし関連取決めに基づく。", ["ガイドライン"]), ["ガイドライン"])
        XCTAssertEqual(fired("本取決めは法的拘束力を有しなければならない。", ["法的拘束力を有し"]), ["法的拘束力を有し"])
        XCTAssertEqual(fired("本取決めは法的拘束力を有しなければなりません。", ["法的拘束力を有し"]), ["法的拘束力を有し"])
    }

    func testJapaneseNegationAfterAPseudoNegationStillCounts() {
        XCTAssertEqual(cues("これはガイドラインないし取決めではない。", ["ガイドライン"]), ["ない"])
        XCTAssertEqual(fired("これはガイドラインないし取決めである。", ["ガイドライン"]), ["ガイドライン"])
    }

    func testJapaneseNegationStaysInItsSentenceAndNearThePhrase() {
        XCTAssertEqual(fired("本取決めは法的拘束力を有する。条約ではない。", ["法的拘束力を有す"]), ["法的拘束力を有す"])
        XCTAssertEqual(fired("本取決めは法的拘束力を有し、改正はしない。", ["法的拘束力を有し"]), ["法的拘束力を有し"])
        XCTAssertEqual(fired("法的拘束力を有する取決めを直ちに締結することはしない。", ["法的拘束力を有す"]), ["法的拘束力を有す"])
        XCTAssertEqual(fired("法的拘束力のない取決め", ["法的拘束力"]), [])
    }

    func testEnglishPhraseInJapaneseText() {
        XCTAssertEqual(fired("本取決めは legally binding である。", ["legally binding"]), ["legally binding"])
        XCTAssertEqual(fired("本取決めはlegally bindingである。", ["legally binding"]), ["legally binding"])
    }

    // MARK: where a hit is

    func testHitInALiteralBlockHasItsLineAndColumn() throws {
        let yaml = Engine.text("""
            description: |
              The two navies exchange data over a secure link.
              Both sides agree that this arrangement is legally binding.
            """)
        let proposal = try XCTUnwrap(Engine.proposal(yaml))
        let evaluation = try XCTUnwrap(Engine.evaluate("{mentions: [legally binding]}", on: proposal))
        XCTAssertEqual(evaluation.hits.first?.quote, "legally binding")
        XCTAssertEqual(evaluation.hits.first?.location, SourceLocation(path: "p.yaml", line: 13, column: 45))
    }

    func testHitInACommitmentTextHasItsLineAndColumn() throws {
        let yaml = Engine.text("""
            commitments:
              - type: budgetary
                binding: false
                text: Each government budgets on its own judgment.
              - type: legislative
                binding: false
                text: "The Diet SHALL ENACT a law."
            """)
        let proposal = try XCTUnwrap(Engine.proposal(yaml))
        let evaluation = try XCTUnwrap(Engine.evaluate("{mentions: [shall enact]}", on: proposal))
        XCTAssertEqual(evaluation.hits.first?.quote, "SHALL ENACT")
        XCTAssertEqual(evaluation.hits.first?.location, SourceLocation(path: "p.yaml", line: 18, column: 21))
    }

    func testARepeatedPhraseIsPlacedAtTheOccurrenceThatCounts() throws {
        let yaml = Engine.text("""
            description: |
              This annex is not legally binding.
              The main text, however, is legally binding.
            """)
        let proposal = try XCTUnwrap(Engine.proposal(yaml))
        let evaluation = try XCTUnwrap(Engine.evaluate("{mentions: [legally binding]}", on: proposal))
        XCTAssertEqual(evaluation.suppressed.first?.location, SourceLocation(path: "p.yaml", line: 12, column: 21))
        XCTAssertEqual(evaluation.hits.first?.location, SourceLocation(path: "p.yaml", line: 13, column: 30))
        let twice = try XCTUnwrap(Engine.proposal(Engine.text("description: Binding here, and binding here.")))
        let both = try XCTUnwrap(Engine.evaluate("{mentions: [binding]}", on: twice))
        XCTAssertEqual(both.hits.map(\.location.column), [14, 32])
    }

    func testHitInAFoldedScalarSpanningTwoLines() throws {
        let yaml = Engine.text("""
            description: >
              Both sides note that it is not legally
              binding. They also agree it is legally
              binding.
            """)
        let proposal = try XCTUnwrap(Engine.proposal(yaml))
        let evaluation = try XCTUnwrap(Engine.evaluate("{mentions: [legally binding]}", on: proposal))
        XCTAssertEqual(evaluation.hits.map(\.quote), ["legally binding"])
        XCTAssertEqual(evaluation.hits.first?.location, SourceLocation(path: "p.yaml", line: 13, column: 34))
        XCTAssertEqual(evaluation.suppressed.first?.location, SourceLocation(path: "p.yaml", line: 12, column: 34))
    }

    func testHitInAPlainMultiLineScalarAndInTheTitle() throws {
        let yaml = """
            proposal: 1
            id: T-1
            title: A legally binding exercise
            area: training-and-exercises
            situation: peacetime
            participants: [{country: japan}]
            location: {kind: high-seas}
            description: The exercise
              is, by agreement, legally binding
              on both.

            """
        let proposal = try XCTUnwrap(Engine.proposal(yaml))
        let evaluation = try XCTUnwrap(Engine.evaluate("{mentions: [legally binding]}", on: proposal))
        XCTAssertEqual(evaluation.hits.map(\.location), [SourceLocation(path: "p.yaml", line: 3, column: 10),
                                                         SourceLocation(path: "p.yaml", line: 9, column: 21)])
    }

    func testHitInAFileWithWindowsLineEnds() throws {
        let yaml = Engine.text("description: |\n  First line.\n  It is legally binding.").replacingOccurrences(of: "\n", with: "\r\n")
        let proposal = try XCTUnwrap(Engine.proposal(yaml))
        let evaluation = try XCTUnwrap(Engine.evaluate("{mentions: [legally binding]}", on: proposal))
        XCTAssertEqual(evaluation.hits.first?.location, SourceLocation(path: "p.yaml", line: 13, column: 9))
    }

    func testHitAfterWideCharactersCountsColumnsInCharacters() throws {
        let proposal = try XCTUnwrap(Engine.proposal(Engine.text("description: 本取決めは法的拘束力を有する。")))
        let evaluation = try XCTUnwrap(Engine.evaluate("{mentions: [法的拘束力を有す]}", on: proposal))
        XCTAssertEqual(evaluation.hits.first?.location, SourceLocation(path: "p.yaml", line: 11, column: 19))
    }

    /// Columns count Unicode scalars, as every other location (from libyaml) does: 「ｶﾞ」 is two.
    func testColumnsCountUnicodeScalarsLikeTheLoader() throws {
        let proposal = try XCTUnwrap(Engine.proposal(Engine.text("description: ｶﾞｲﾄﾞﾗｲﾝは legally binding.")))
        XCTAssertEqual(try XCTUnwrap(Engine.evaluate("{mentions: [legally binding]}", on: proposal)).hits.first?.location.column, 24)
        let flow = "commitments: [{text: ｶﾞｲﾄﾞ, type: legal, binding: false}, {type: legal, binding: false, text: It is legally binding.}]"
        let second = try XCTUnwrap(Engine.proposal(Engine.text(flow)))
        let node = try XCTUnwrap(second.root["commitments"]?.sequenceItems?.last?["text"])
        XCTAssertEqual(node.column, 95, "libyaml's column, in scalars")
        let hit = try XCTUnwrap(Engine.evaluate("{mentions: [legally binding]}", on: second)).hits.first
        XCTAssertEqual(hit?.location, SourceLocation(path: "p.yaml", line: 12, column: 101))
    }

    // MARK: explanation

    func testSuppressedHitsAreExplainedWithTheirCue() throws {
        let result = try XCTUnwrap(Engine.result("c.mentions-default", "description: |\n  Japan will never permit the introduction of nuclear weapons.\n  本取決めは法的拘束力を有しない。"))
        XCTAssertEqual(result.status, .satisfied)
        let notes = result.explanation.filter { $0.condition.contains("is negated by") }
        XCTAssertEqual(notes.map(\.condition), [
            "'introduction of nuclear weapons' is negated by 'never', so it does not count",
            "'法的拘束力を有し' is negated by 'ない', so it does not count",
        ])
        XCTAssertEqual(notes.map(\.location), [SourceLocation(path: "p.yaml", line: 12, column: 31),
                                               SourceLocation(path: "p.yaml", line: 13, column: 8)])
        XCTAssertEqual(result.explanation.first?.seen, "no such phrase, or only negated")
    }

    func testAViolationQuotesTheSpanAndPlacesTheFinding() throws {
        let result = try XCTUnwrap(Engine.result("c.mentions-default", "description: |\n  Fine text.\n  The Diet shall enact a law."))
        XCTAssertEqual(result.status, .violated)
        XCTAssertEqual(result.location, SourceLocation(path: "p.yaml", line: 13, column: 12))
        XCTAssertEqual(result.explanation.first?.seen, "'shall enact'")
        XCTAssertEqual(result.explanation.first?.location, SourceLocation(path: "p.yaml", line: 13, column: 12))
        XCTAssertEqual(result.changes, ["remove or rephrase 'shall enact' (line 13)"])
        XCTAssertEqual(result.message, "The text says \"shall enact\" (first of them).")
    }
}
