@testable import Accord
import Foundation
import Synchronization
import XCTest

final class TextAnalyzerTests: XCTestCase {
    /// A text's clauses as it writes them.
    func clauses(_ text: String) -> [String] {
        let analysis = TextAnalyzer.analyze(text)
        return analysis.clauses.map { analysis.quote($0) }
    }

    private func lemmas(_ text: String) -> [String] { TextAnalyzer.analyze(text).tokens.filter { $0.kind != .mark }.map(\.lemma) }

    func testEnglishInflectionsMeetAtOneLemma() {
        let forms = ["amend", "amends", "amended", "amending", "amendment"].map { lemmas($0).first }
        XCTAssertEqual(Set(forms.compactMap { $0 }).count, 1, "\(forms)")
        XCTAssertEqual(lemmas("brought"), lemmas("bring"))
        XCTAssertEqual(lemmas("told"), lemmas("tell"), "an irregular past the stemmer leaves alone")
        XCTAssertEqual(lemmas("seen"), lemmas("see"))
        XCTAssertEqual(lemmas("doesn't"), ["not"])
    }

    /// Porter's stemmer folds some derived words into a word of another meaning; each such family
    /// keeps a lemma of its own, and still meets its own inflections.
    func testDerivedWordsOfAnotherMeaningKeepTheirOwnLemma() {
        XCTAssertNotEqual(lemmas("Constitution"), lemmas("constitute"))
        XCTAssertEqual(lemmas("constitutional"), lemmas("Constitution"))
        XCTAssertNotEqual(lemmas("international"), lemmas("internal"))
        XCTAssertEqual(lemmas("internationally"), lemmas("international"))
        XCTAssertNotEqual(lemmas("important"), lemmas("import"))
        XCTAssertNotEqual(lemmas("conference"), lemmas("confer"))
        XCTAssertNotEqual(lemmas("objective"), lemmas("object"))
        XCTAssertNotEqual(lemmas("preventive"), lemmas("prevent"), "'nothing … prevent' negates nothing; 'nothing … preventive' does")
        XCTAssertEqual(lemmas("imported"), lemmas("import"), "the verb's own forms still meet")
    }

    /// MeCab lists potentials as verbs of their own; they are read as the verb they are made from.
    func testAJapanesePotentialIsItsVerb() {
        XCTAssertEqual(lemmas("持ち込める"), lemmas("持ち込む"))
        XCTAssertEqual(lemmas("使える"), ["使う"])
        XCTAssertEqual(lemmas("置ける"), ["置く"])
        XCTAssertEqual(lemmas("受ける"), ["受ける"], "受く is no verb MeCab reads whole")
        XCTAssertEqual(lemmas("述べる"), ["述べる"])
        XCTAssertEqual(Lemma.japanese(["求める", "受ける"]), [lemmas("求める")[0], "受ける"], "the readings' lists are read the same way")
    }

    /// The lemmatizers and MeCab taggers are lent to one thread at a time: texts analysed on
    /// several threads at once read exactly as they do one after another.
    func testTextsAnalysedConcurrentlyReadAsTheyDoInTurn() {
        let texts = (0..<64).map { index in
            index % 2 == 0
                ? "The SDF amended plan \(index) brought forces, and doesn't withdraw them."
                : "米軍は核兵器を持ち込まれる。地位協定を改定しない。計画\(index)"
        }
        let expected = texts.map { text in TextAnalyzer.analyze(text).tokens.map { "\($0.lemma)/\($0.kind)/\($0.start)" } }
        let differing = Mutex<[Int]>([])
        DispatchQueue.concurrentPerform(iterations: texts.count * 4) { iteration in
            let index = iteration % texts.count
            let read = TextAnalyzer.analyze(texts[index]).tokens.map { "\($0.lemma)/\($0.kind)/\($0.start)" }
            if read != expected[index] { differing.withLock { $0.append(index) } }
        }
        XCTAssertEqual(differing.withLock { $0 }, [])
        XCTAssertTrue(expected[0].contains("amend/word/8"), "\(expected[0])")
    }

    /// A circled number parts a list's items as 、 does (MeCab reads it as a noun); ？ and ！ are
    /// marks, as 。 is (MeCab files them with the words).
    func testJapaneseListNumbersAndEndMarksAreMarks() {
        XCTAssertEqual(lemmas("①武力攻撃の発生②他に適当な手段がない"), ["武力", "攻撃", "の", "発生", "他", "に", "適当", "だ", "手段", "が", "ない"])
        XCTAssertEqual(TextAnalyzer.analyze("①発生②手段").tokens.filter { $0.kind == .mark }.map(\.lemma), ["、", "、"])
        XCTAssertEqual(TextAnalyzer.analyze("本当なの？そうだ！").tokens.filter { $0.kind == .mark }.map(\.lemma), ["?", "!"])
    }

    /// A 。 inside parentheses ends no sentence, as Japanese statutes write 「（…を含む。）」; a line
    /// break closes a parenthesis left open.
    func testAJapanesePeriodInsideParenthesesEndsNoSentence() {
        XCTAssertEqual(TextAnalyzer.analyze("核弾頭（小型のものを含む。）の製造を行う。").sentences.count, 1)
        XCTAssertEqual(TextAnalyzer.analyze("核弾頭（小型のもの\n製造を行う。次の文。").sentences.count, 2)
    }

    /// "while" that tells when opens no clause; one that contrasts does.
    func testWhileOfTimeOpensNoClause() {
        XCTAssertEqual(clauses("The SDF will disarm the site by force while it is still being assembled.").count, 1)
        XCTAssertEqual(clauses("The SDF will guard the site while operating near the strait.").count, 1)
        XCTAssertEqual(clauses("The SDF will guard the site while U.S. forces strike the launchers.").count, 2)
    }

    /// ", so" and ", yet" open a clause of their own; "so that" and "so far" do not.
    func testSoAfterACommaOpensAClause() {
        XCTAssertEqual(clauses("Japan will act only once it is attacked, so anticipatory strikes are off the table.").count, 2)
        XCTAssertEqual(clauses("The SDF will train on Guam, yet no unit will deploy abroad.").count, 2)
        XCTAssertEqual(clauses("The SDF will deploy early, so that U.S. forces can land.").count, 1)
        XCTAssertEqual(clauses("The exercise has gone well, so far as the umpires can tell.").count, 1)
    }

    /// Words before a colon with a negation or a verb are a clause, not a label.
    func testANegatedClauseBeforeAColonIsNoLabel() {
        XCTAssertEqual(clauses("The constitution won't stand in the way: the plan sends troops abroad without a new law.").count, 2)
        XCTAssertEqual(clauses("SDF role: the plan sends troops abroad without a new law.").count, 1)
    }

    /// Two dashes enclose a parenthesis, which ends no clause; a lone dash ends one.
    func testPairedDashesEncloseAParenthesis() {
        XCTAssertEqual(clauses("The U.S. military — the 7th Fleet and III MEF — will lead the fight.").count, 1)
        XCTAssertEqual(clauses("The plan is set — the SDF will lead the fight.").count, 2)
    }

    /// A wire story's dateline is a clause of its own: its place is no actor of the story.
    func testADatelineIsAClauseOfItsOwn() {
        XCTAssertEqual(clauses("YOKOSUKA, Japan - U.S. carrier aircraft flew strike missions."),
                       ["YOKOSUKA, Japan", "U.S. carrier aircraft flew strike missions"])
        XCTAssertEqual(clauses("TOKYO (Reuters) - Japan will buy radars.").count, 2)
        XCTAssertEqual(clauses("Tokyo, Japan - the SDF will train.").count, 1, "a place not in capitals is no dateline")
        XCTAssertEqual(clauses("USFJ, JSDF and the 7th Fleet will train together.").count, 1, "no dash, no dateline")
    }

    /// ", and" before the last item of a list of noun phrases opens no clause; before a clause with
    /// a verb of its own it still does.
    func testTheLastItemOfAListOfNounPhrasesOpensNoClause() {
        let cases: [(text: String, clauses: Int, why: String)] = [
            ("Force is conditioned on an armed attack, the absence of other appropriate means, and limitation to the minimum necessary.", 1,
             "three noun phrases"),
            ("The SDF will provide intelligence, logistics, or refuelling support.", 1, "three objects"),
            ("Japan will defend its islands, U.S. forces will strike, and the SDF will protect the sea lanes.", 3, "an item with a modal is a clause"),
            ("The SDF guarded the port, the airfield was closed, and Japan deployed destroyers.", 2, "a past verb after a name is a clause's"),
        ]
        for item in cases { XCTAssertEqual(clauses(item.text).count, item.clauses, item.why) }
    }

    /// Japanese pairs of a topic and its actor that share the last pair's predicate are a clause
    /// each: 「防空は自衛隊が、打撃力は米軍が担う」.
    func testJapaneseTopicActorPairsSharingAPredicateAreClausesEach() {
        XCTAssertEqual(clauses("防空は自衛隊が、打撃力の使用は米軍がそれぞれ担う。").count, 2)
        XCTAssertEqual(clauses("この計画では、日本防衛の第一義的な責任が、日本政府ではなく、在日米軍司令部に置かれている。").count, 1,
                       "a topic before the last 、 pairs with no actor after it")
    }

    /// The speaker's label of the Diet's minutes (「○政府参考人　」) is a clause of its own: the
    /// speaker is no actor of what is said.
    func testADietSpeakersLabelIsAClauseOfItsOwn() {
        XCTAssertEqual(clauses("○政府参考人　打撃力の使用は米軍が担います。").count, 2)
        XCTAssertEqual(clauses("政府参考人が打撃力の使用について答弁した。").count, 1, "control: no label")
    }

    /// 「〜に基づき、」 names the basis of the clause after it, as 「〜を受け、」 names its occasion.
    func testABasisWithItsCommaFramesItsClause() {
        XCTAssertEqual(clauses("安保条約第5条に基づき、米国は日本の防衛のために行動する。").count, 1)
        XCTAssertEqual(clauses("米国は条約を結び、日本は基地を提供する。").count, 2, "control: a predicate of its own")
    }

    /// A Japanese condition (〜ば、〜たら、〜なら、) frames the clause after it, as "If …," does in English.
    func testAJapaneseConditionFramesItsClause() {
        XCTAssertEqual(clauses("日本が攻撃を受ければ、自衛隊が主体となって撃退する。").count, 1)
        XCTAssertEqual(clauses("日本が攻撃されたら、まず自衛隊が撃退を担当する。").count, 1)
        XCTAssertEqual(clauses("米軍が攻撃を受けたが、自衛隊は警戒監視を続けた。").count, 2, "control: a contrast opens a clause")
    }

    /// An en dash with no space on either side joins names and ranges; spaced, it sets off a clause.
    func testAnUnspacedEnDashJoinsWords() {
        XCTAssertEqual(clauses("The 1969 Sato–Nixon summit was accompanied by a secret minute.").count, 1)
        XCTAssertEqual(clauses("U.S.–Japan talks resumed during the 12–14 May serial.").count, 1)
        XCTAssertEqual(clauses("The plan is set – the SDF will lead the fight.").count, 2, "a spaced en dash")
    }

    /// A spoken topic with no verb, taken up by the next sentence's pronoun, is one sentence with it;
    /// a question with a verb or a question word is a sentence of its own.
    func testASpokenTopicAndItsPronounAreOneSentence() {
        XCTAssertEqual(TextAnalyzer.analyze("And the bombing of the launch sites? That's done by Japanese F-2s.").sentences.count, 1)
        XCTAssertEqual(TextAnalyzer.analyze("Will the SDF bomb the launch sites? That is not planned.").sentences.count, 2)
        XCTAssertEqual(TextAnalyzer.analyze("What about the launch sites? That is not planned.").sentences.count, 2)
        XCTAssertEqual(TextAnalyzer.analyze("The launch sites? The SDF leaves them alone.").sentences.count, 2, "no pronoun takes it up")
    }

    /// The passive with "get" reads as the one with "be"; "get" before anything else stays "get".
    func testTheGetPassiveReadsAsBe() {
        XCTAssertEqual(lemmas("The limits get set aside.")[2], "be")
        XCTAssertEqual(lemmas("The task gets handed over.")[2], "be")
        XCTAssertEqual(lemmas("The units get ready.")[2], "get")
    }

    /// A word written in kanji or in kana is one lemma: 要請が無い reads as 要請がない.
    func testJapaneseKanjiAndKanaSpellingsMeet() {
        XCTAssertEqual(lemmas("要請が無い。"), lemmas("要請がない。"))
        XCTAssertTrue(lemmas("実施する事が出来る。").contains("できる"))
    }

    func testAbbreviationsDoNotEndASentence() {
        let analysis = TextAnalyzer.analyze("The U.S. Navy and Art. 5 forces stay. The JMSDF leads.")
        XCTAssertEqual(analysis.sentences.count, 2)
        XCTAssertEqual(TextAnalyzer.analyze("Draft cl. 7 (funding): struck at JPN request.").sentences.count, 1)
        // Citations: "id.", "ibid." and "et al." go on with their sentence; the full stop after
        // a citation's last number still ends it.
        for cited in ["Nothing in the draft, see id. ¶ 4, permits it.", "As ibid. Table 3 shows, it stands.", "Smith et al. (2015) argue the point."] {
            XCTAssertEqual(TextAnalyzer.analyze(cited).sentences.count, 1, cited)
        }
        XCTAssertEqual(TextAnalyzer.analyze("See id. at 4. The JMSDF leads.").sentences.count, 2, "control: a full stop after a number")
        XCTAssertTrue(analysis.tokens.contains { $0.lemma == "u.s" })
    }

    func testJapaneseBaseFormsFromMeCab() {
        let analysis = TextAnalyzer.analyze("米軍は核兵器を持ち込まれる。地位協定を改定しない。")
        XCTAssertNil(analysis.unreadable)
        XCTAssertEqual(analysis.sentences.count, 2)
        let found = analysis.tokens.map(\.lemma)
        XCTAssertTrue(found.contains("持ち込む"), "\(found)")
        XCTAssertTrue(found.contains("ない"), "\(found)")
        // Offsets point into the text: the token's bytes are its surface.
        let token = analysis.tokens.first { $0.lemma == "持ち込む" }!
        XCTAssertEqual(analysis.quote(from: token.start, to: token.end), "持ち込ま")
    }

    /// ず and ない are one negation: a term written with either matches both (得ずに, 得ないまま).
    func testTheTwoJapaneseNegationsAreOneLemma() {
        XCTAssertEqual(lemmas("許可を得ずに"), lemmas("許可を得ない") + ["に"])
    }

    func testLatinWordsInJapaneseTakeEnglishLemmas() {
        XCTAssertTrue(lemmas("ＳＯＦＡを改定する").contains("sofa"))
        // A full-width space between them is a blank, not a word: the two stay neighbours.
        let found = lemmas("この取決めは ＬＥＧＡＬＬＹ　ＢＩＮＤＩＮＧ である。")
        let legally = try? XCTUnwrap(found.firstIndex(of: lemmas("legally")[0]))
        XCTAssertEqual(legally.map { found[$0 + 1] }, lemmas("binding")[0], "\(found)")
    }

    /// Predicates joined by 又は or 及び after a 、 are one segment: what ends the last (予定して
    /// いない) ends both.
    func testJapanesePredicatesJoinedByAConjunctionAreOneSegment() {
        XCTAssertEqual(TextAnalyzer.analyze("市が財産を使用し、又は収用することを予定していない。").segments.count, 1)
        XCTAssertEqual(TextAnalyzer.analyze("市が財産を使用し、収用することを予定していない。").segments.count, 2)
    }

    func testJapaneseChainIsOneClauseWithSegments() {
        let analysis = TextAnalyzer.analyze("航空自衛隊は、情報に基づき、基地を攻撃する。")
        XCTAssertEqual(analysis.clauses.count, 1)
        XCTAssertEqual(analysis.segments.count, 2)
        // A second subject after a predicate opens a clause of its own.
        XCTAssertEqual(TextAnalyzer.analyze("米軍部隊が基地を攻撃し、自衛隊は警戒監視を行う。").clauses.count, 2)
        XCTAssertEqual(TextAnalyzer.analyze("武力攻撃の発生を受け、政府は自衛権を行使した。").clauses.count, 1,
                       "〜を受け、 frames the clause after it, as 〜際、 does")
        XCTAssertEqual(TextAnalyzer.analyze("武力攻撃が発生し、他に適当な手段がない場合に限り、自衛隊は武力を行使する。").clauses.count, 1,
                       "a subject inside a frame (〜場合に限り、) is the frame's")
        XCTAssertEqual(TextAnalyzer.analyze("護衛艦には、関係者によると、巡航ミサイルが配備される。").clauses.count, 1,
                       "a source (〜によると、) is no predicate of its own")
        XCTAssertEqual(TextAnalyzer.analyze("打撃力は米軍、自衛隊は守りに徹する。").clauses.count, 2,
                       "a topic and a noun as its predicate, the copula left out, before a topic of its own")
        XCTAssertEqual(TextAnalyzer.analyze("主役は自衛隊で、米軍は打撃力で支える。").clauses.count, 2,
                       "the same with the copula in its continuative (で)")
        XCTAssertEqual(TextAnalyzer.analyze("沖縄で、米軍は訓練を行う。").clauses.count, 1, "で of a place, with no topic before it")
        XCTAssertEqual(TextAnalyzer.analyze("米軍機が対地攻撃の訓練を行う一方で、航空自衛隊が防空の訓練を行う。").clauses.count, 2,
                       "一方で contrasts two clauses")
        XCTAssertEqual(TextAnalyzer.analyze("他に適当な手段の有無を問わず、自衛隊は武力を行使する。").clauses.count, 1,
                       "〜を問わず、 is an adverb of regard, no predicate")
        XCTAssertEqual(TextAnalyzer.analyze("我が国が核兵器を保有し、製造し、又はその持込みを認めることは、一切ございません。").clauses.count, 1,
                       "after 又は the predicates go on, and the later topic is theirs")
        XCTAssertEqual(TextAnalyzer.analyze("規定は、本計画の発効後、軍属には適用しない。").clauses.count, 1,
                       "a frame noun after a topic and its 、 predicates nothing")
        XCTAssertEqual(TextAnalyzer.analyze("条約の「施政の下にある領域」という部分ですが、これを読み替える。").clauses.count, 1,
                       "a topic named with a copula before が, a quotation's verb aside, is no contrast")
        XCTAssertEqual(TextAnalyzer.analyze("条約を改定しますが、運用は変えない。").clauses.count, 2, "a predicate of its own before が contrasts")
    }

    func testAButThatSharesAnObjectOpensNoClause() {
        XCTAssertEqual(TextAnalyzer.analyze("Japan would, in coordination with, but independently of, the Seventh Fleet, conduct strikes.").clauses.count, 1)
        XCTAssertEqual(TextAnalyzer.analyze("Japan will defend the islands, but the Seventh Fleet will conduct strikes.").clauses.count, 2)
        XCTAssertEqual(TextAnalyzer.analyze("Japan will have no choice but to enact the law.").clauses.count, 1, "no choice but to")
        XCTAssertEqual(TextAnalyzer.analyze("The drill did not involve, simulate or rehearse bringing weapons in.").clauses.count, 1,
                       "a negation's verbs listed with a comma")
        XCTAssertEqual(TextAnalyzer.analyze("The drill ended, units returning to base.").clauses.count, 2, "an absolute phrase still opens one")
        XCTAssertEqual(TextAnalyzer.analyze("The SDF's role is not to strike bases but to defend Japan.").clauses.count, 2, "not … but opens one")
    }

    func testAClauseEndInParenthesesEndsNoClause() {
        XCTAssertEqual(TextAnalyzer.analyze("Article V, signed January 19, 1960 (11 UST 1632; TIAS 4509), shall be construed anew.").clauses.count, 1)
        XCTAssertEqual(TextAnalyzer.analyze("Article V stands; it shall be construed anew.").clauses.count, 2)
    }

    func testEnglishClausesSplitAtContrastNotConcession() {
        XCTAssertEqual(TextAnalyzer.analyze("U.S. aircraft strike the launchers while the JASDF watches.").clauses.count, 2)
        XCTAssertEqual(TextAnalyzer.analyze("The SDF will use force even though no armed attack has occurred.").clauses.count, 1)
        XCTAssertEqual(TextAnalyzer.analyze("The plan will not only revise the SOFA but also add procedures.").clauses.count, 1)
        XCTAssertEqual(clauses("U.S. forces, however capable, will take the lead."), ["U.S. forces, however capable, will take the lead"],
                       "a degree conceded inside the clause")
        XCTAssertEqual(clauses("The SDF will deploy, however U.S. forces will strike.").count, 2, "control: a contrast")
    }

    /// A subject and a finite verb of their own after "and" alone or after a comma open a clause,
    /// when what comes before has a finite verb and opens no condition or relative clause.
    func testAJoinedClauseWithItsOwnSubjectAndVerb() {
        XCTAssertEqual(clauses("The SDF will repel the attack and U.S. forces will provide strike support."),
                       ["The SDF will repel the attack", "and U.S. forces will provide strike support"])
        XCTAssertEqual(clauses("JSDF retains primary responsibility, 7th Fleet provides strike support."),
                       ["JSDF retains primary responsibility,", "7th Fleet provides strike support"])
    }

    /// A plural subject's verb has no mark of its own: "U.S. units provide", "the Marines back",
    /// "ours support". After a conjunct with a verb of its own it opens a clause; a plural that
    /// modifies the noun after it, or a verb in "-s" alone after a comma, does not.
    func testAPluralSubjectsBareVerbOpensAJoinedClause() {
        let cases: [(String, [String], String)] = [
            ("Japanese units lead the defense of Japan and U.S. units provide support.",
             ["Japanese units lead the defense of Japan", "and U.S. units provide support"], "a lowercase plural after a name"),
            ("The GSDF leads the counterattack and the U.S. Marines back it up.",
             ["The GSDF leads the counterattack", "and the U.S. Marines back it up"], "a plural name"),
            ("Japan's forces lead the defense and ours support it.",
             ["Japan's forces lead the defense", "and ours support it"], "a plural pronoun"),
            ("The JSDF leads the defense and provides logistics support to U.S. forces.",
             ["The JSDF leads the defense and provides logistics support to U.S. forces"], "a plural that modifies its noun"),
            ("In move 3 the SDF, using missiles deployed to Ishigaki, conducts strike operations.",
             ["In move 3 the SDF, using missiles deployed to Ishigaki, conducts strike operations"], "a verb in -s after a comma"),
            ("The SDF defends Japanese territory and our carrier air wings hold the strike role.",
             ["The SDF defends Japanese territory", "and our carrier air wings hold the strike role"], "a determiner opens the subject"),
            ("Japan should drop the posture and hit targets deep inside their territory.",
             ["Japan should drop the posture and hit targets deep inside their territory"], "a bare verb after and is the predicate's"),
            ("The SDF will protect the ports and U.S. ships in them.",
             ["The SDF will protect the ports and U.S. ships in them"], "a plural before a preposition"),
        ]
        for (text, expected, why) in cases { XCTAssertEqual(clauses(text), expected, why) }
        XCTAssertEqual(clauses("Japan, the United States and Australia will conduct strikes.").count, 1, "a list of subjects")
        XCTAssertEqual(clauses("If Japan is attacked, the Seventh Fleet will strike the bases.").count, 1, "a condition frames its clause")
        XCTAssertEqual(clauses("The weapons, which the U.S. will bring, will be stored at Kadena.").count, 1, "a relative clause")
        XCTAssertEqual(clauses("The Treaty, which has served since 1960, must be restructured.").count, 1, "a verb is no subject")
        XCTAssertEqual(clauses("With no attack having occurred, JTF-Kyushu engages the drones.").count, 1, "having is not finite")
        XCTAssertEqual(clauses("Escort Flotilla 2 will fire its guns and Harpoon missiles at the warships.").count, 1,
                       "a plural noun before a preposition is no verb")
        XCTAssertEqual(clauses("Strikes remain a U.S. task, allowing Japanese forces to concentrate on defense."),
                       ["Strikes remain a U.S. task,", "allowing Japanese forces to concentrate on defense"],
                       "a participle that hands the action to a subject of its own")
        XCTAssertEqual(clauses("The JSDF will defend Japan, allowing for delays in reinforcement.").count, 1, "no subject before its to")
    }

    /// An absolute phrase after a comma has a subject of its own; a participial phrase without one,
    /// or one opened by a preposition, is the clause's.
    func testAnAbsolutePhraseIsAClauseOfItsOwn() {
        XCTAssertEqual(clauses("U.S. aircraft will use force against the attackers, Japan providing only logistics support."),
                       ["U.S. aircraft will use force against the attackers,", "Japan providing only logistics support"])
        XCTAssertEqual(clauses("U.S. forces will strike, with the JSDF holding the line.").count, 2)
        XCTAssertEqual(clauses("The SDF will, drawing on targeting information, strike the radar sites.").count, 1)
        XCTAssertEqual(clauses("Japan, after first repelling the landing, will strike the homeland.").count, 1)
        XCTAssertEqual(clauses("Japan will supply tracks, the targeting data and refuelling.").count, 1)
        XCTAssertEqual(clauses("The JSDF will defend Japan, its units conducting strikes on enemy bases.").count, 1)
        XCTAssertEqual(clauses("Force will be used at once, without first exhausting diplomatic channels.").count, 1)
        XCTAssertEqual(clauses("The JSDF shall, beginning 1 October 2014, and in coordination with USFJ, exercise collective self-defense.").count, 1,
                       "a modal before a comma waits for its verb")
        XCTAssertEqual(clauses("The bill does not, in any section, contemplate placing nuclear arms.").count, 1,
                       "a negated auxiliary before a comma waits for its verb")
        XCTAssertEqual(clauses("The JSDF shall, if asked, exercise the right, and U.S. forces will strike.").count, 2,
                       "once the verb has come, ', and' opens a clause again")
        XCTAssertEqual(clauses("The destroyers would in August, somewhere at sea, begin protecting U.S. ships.").count, 1,
                       "a verb that takes an -ing form is no subject")
        XCTAssertEqual(clauses("Defending the home islands would be, first and foremost, an American undertaking.").count, 1,
                       "a noun in -ing is no participle")
        XCTAssertEqual(clauses("The JMSDF, in escorting tankers, may sink mine-laying vessels by force.").count, 1,
                       "a modal after the comma goes on with the subject's predicate")
    }

    /// A participle with its own agent that ends the sentence is a clause of its own; one that a
    /// comma closes is a parenthesis between the subject and its verb.
    func testAnAgentPhraseEndingTheSentenceIsAClauseOfItsOwn() {
        XCTAssertEqual(TextAnalyzer.analyze("The JSDF will repel the landing, supported by U.S. forces with strike operations.")
                        .clauses.count, 2)
        XCTAssertEqual(TextAnalyzer.analyze("The 8th Air Wing, supported by tankers from Komaki, will strike the mainland.")
                        .clauses.count, 1)
    }

    /// ", with" a named actor and its role is an absolute phrase; ", with" an act is not.
    func testAWithPhraseNamingAnActorAndItsRoleIsAClauseOfItsOwn() {
        XCTAssertEqual(TextAnalyzer.analyze("The JGSDF repels the landing, with the III Marine Expeditionary Force in a supporting role.")
                        .clauses.count, 2)
        XCTAssertEqual(TextAnalyzer.analyze("The JASDF will open the campaign, with strikes on enemy airfields in the first hours.")
                        .clauses.count, 1)
        // A named actor and its own participle.
        for absolute in ["B-1Bs strike the launch sites, with JASDF F-15J CAPs protecting Kadena and Misawa.",
                         "The committee backs U.S. strike operations, with the JSDF focused on missile defense."] {
            XCTAssertEqual(TextAnalyzer.analyze(absolute).clauses.count, 2, absolute)
        }
        XCTAssertEqual(TextAnalyzer.analyze("The plan casts Japan as an offensive power, with its newly bought Tomahawks slated to hit the mainland.")
                        .clauses.count, 1, "the subject named again")
        for cut in ["The SDF will strike, with", "The SDF will strike, with U.S.", "Bases, with", ", with"] {
            XCTAssertFalse(TextAnalyzer.analyze(cut).clauses.isEmpty, "a text that ends in the phrase: \(cut)")
        }
    }

    /// ", and" between two fronted phrases joins them before the subject they share.
    func testAndBetweenFrontedPhrasesOpensNoClause() {
        XCTAssertEqual(TextAnalyzer.analyze("Following the armed attack on Guam, and at the request of the United States, Japan will use force.")
                        .clauses.count, 1)
        XCTAssertEqual(TextAnalyzer.analyze("U.S. forces will defend the islands, and in May the SDF will strike the ports.").clauses.count, 2)
    }

    func testAShortLabelBeforeAColonStaysWithItsClause() {
        XCTAssertEqual(TextAnalyzer.analyze("JGSDF HIMARS: strike HVTs on the adversary mainland.").clauses.count, 1)
        XCTAssertEqual(TextAnalyzer.analyze("SOFA Art. II facilities regime: amended per this OPORD.").clauses.count, 1)
        XCTAssertEqual(TextAnalyzer.analyze("Prior consultation per 1960 exchange of notes: no longer required.").clauses.count, 1)
        XCTAssertEqual(TextAnalyzer.analyze("The SDF will patrol the strait every week: U.S. forces strike the ports.").clauses.count, 2)
        XCTAssertEqual(clauses("- Primary responsibility for repelling an armed attack against Japan: United States."),
                       ["Primary responsibility for repelling an armed attack against Japan: United States"],
                       "a field of any length with a short value that ends the sentence")
        XCTAssertEqual(clauses("Primary responsibility for repelling the armed attack on Japan: USFJ (JSDF in support).").count, 1,
                       "a value with a short parenthesis")
        XCTAssertEqual(TextAnalyzer.analyze("The SDF will patrol the strait every week: U.S. forces will strike.").clauses.count, 2,
                       "a value with a verb of its own is a clause")
    }

    /// A topic set with については or につきましては is the topic of every clause of its sentence, so
    /// a contrast after it cuts no clause; one without a topic still does.
    func testAJapaneseTopicSpansTheContrast() {
        XCTAssertEqual(clauses("地位協定につきましては、改善を重ねてきたところでございますが、今般、その第二条を改正する。").count, 1)
        XCTAssertEqual(clauses("地位協定については、改善を重ねてきたが、今般、その第二条を改正する。").count, 1)
        XCTAssertEqual(clauses("米軍は打撃を行うが、自衛隊は防御に徹する。").count, 2)
    }

    func testWithoutAbbreviatedAsWSlashO() {
        XCTAssertEqual(lemmas("SOF team to land w/o host-nation consent"), lemmas("SOF team to land without host-nation consent"))
        XCTAssertEqual(lemmas("a w/ b").count, 3, "only w/o is a word")
    }

    func testStaffAbbreviationsReadAsTheirWords() {
        XCTAssertEqual(lemmas("Strike ops in intl waters, incl amphib msn"),
                       lemmas("Strike operations in international waters, including amphibious mission"))
        XCTAssertEqual(lemmas("JSDF retains primary resp."), lemmas("JSDF retains primary responsibility."))
        XCTAssertEqual(TextAnalyzer.analyze("JSDF strikes, incl. Tomahawk salvos from Kongo.").sentences.count, 1,
                       "a period after an abbreviation ends no sentence")
    }
}
