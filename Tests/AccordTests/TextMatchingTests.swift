import XCTest
@testable import Accord

/// `says` over the construct rule set's lexicon (Fixtures/constructs/lexicon.yaml): case and
/// width folding, sentences and negation as the proposal writes them, the place of every hit in
/// the source, and how a hit is explained.
final class TextMatchingTests: XCTestCase {
    /// The hits (and suppressed hits) of `concepts` in a description written as a literal block.
    func scan(_ description: String, _ concepts: String = "[obligation]", file: StaticString = #filePath, line: UInt = #line) -> Evaluation? {
        let block = description.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
        guard let proposal = Engine.proposal(Engine.text("description: |\n" + block), file: file, line: line) else { return nil }
        return Engine.evaluate("{says: \(concepts), in: [description]}", on: proposal, file: file, line: line)
    }

    /// The words that matched, in the hits that count.
    func fired(_ description: String, _ concepts: String = "[obligation]", file: StaticString = #filePath, line: UInt = #line) -> [String] {
        scan(description, concepts, file: file, line: line)?.hits.flatMap { $0.parts.map(\.quote) } ?? ["(no evaluation)"]
    }

    /// Why the suppressed hits do not count.
    func cues(_ description: String, _ concepts: String = "[obligation]", file: StaticString = #filePath, line: UInt = #line) -> [String] {
        scan(description, concepts, file: file, line: line)?.suppressed.map(\.note) ?? ["(no evaluation)"]
    }

    /// A clause whose subject is a law in force, and whose verb says what it provides, describes
    /// the law; the proposal's own text and a modal plan.
    /// A duty whose source is named right after its word as an instrument in force ("a legal
    /// obligation under the Charter", "bound by the Treaty") is the law as it stands.
    func testADutyWhoseSourceIsALawInForceIsNoPlan() {
        XCTAssertEqual(cues("Japan has a legal obligation under the Charter.", "[binding]"),
                       ["what a law in force provides ('under'), not a plan"])
        XCTAssertEqual(fired("The new arrangement creates a legal obligation under the Charter.", "[binding]").count, 1,
                       "control: the proposal's own instrument")
        XCTAssertEqual(fired("Japan will accept a legal obligation under the Treaty.", "[binding]").count, 1, "control: a plan")
        XCTAssertEqual(fired("Japan has a legal obligation to act, under the Charter.", "[binding]").count, 1,
                       "control: the source named after other words")
    }

    /// A sentence framed by an instrument in force ("Under the Constitution, …") whose clause
    /// states what holds, with no modal and in the present, describes the law.
    func testAStatementFramedByALawInForceIsNoPlan() {
        XCTAssertEqual(cues("Under Article 85 of the Constitution, treaties create legal obligations."),
                       ["what a law in force provides ('Under'), not a plan"])
        XCTAssertEqual(fired("Under the Constitution, the allies will create legal obligations.").count, 1, "control: a modal plans")
        XCTAssertEqual(fired("Under the new plan, the allies create legal obligations.").count, 1, "control: no law in force")
        XCTAssertEqual(fired("Under the Act, the allies created legal obligations before it entered into force.").count, 1,
                       "control: an act told in the past")
    }

    func testWhatALawInForceProvidesIsNoPlan() {
        XCTAssertEqual(cues("Article 98 of the Constitution requires that treaties create legal obligations."),
                       ["what a law in force provides ('requires'), not a plan"])
        XCTAssertEqual(cues("交換公文は、法的拘束力を持たせることを定めている。", "[binding]"),
                       ["what a law in force provides ('定め'), not a plan"])
        XCTAssertEqual(cues("The statute does not permit that the allies create legal obligations."),
                       ["negated by 'not'"], "a law's denial is the law's too, and its negation comes first")
        XCTAssertEqual(fired("This arrangement requires that the allies create legal obligations.").count, 1, "the proposal's own text")
        XCTAssertEqual(fired("The revised SOFA will require that the allies create legal obligations.").count, 1, "a modal plans")
        XCTAssertEqual(fired("The Act's limits create legal obligations.").count, 1, "a noun after a possessive is no verb")
        XCTAssertEqual(fired("本取決めは、法的拘束力を持たせることを定めている。", "[binding]").count, 1, "the arrangement at hand")
        XCTAssertEqual(fired("同草案第5条は、法的拘束力を持たせることを定めている。", "[binding]").count, 1, "a draft's article")
    }

    /// The Cabinet's own decision, legislation in force and the conditions it sets are laws in
    /// force too; after a plural their verb's present has no "-s". Another body's decision is not.
    func testACabinetDecisionAndItsConditionsAreLawInForce() {
        XCTAssertEqual(cues("The July 2014 cabinet decision requires that the allies create legal obligations."),
                       ["what a law in force provides ('requires'), not a plan"])
        XCTAssertEqual(cues("The three conditions require that the allies create legal obligations."),
                       ["what a law in force provides ('require'), not a plan"])
        XCTAssertEqual(cues("The 2015 legislation permits a legal obligation of restraint.", "[binding]"),
                       ["what a law in force provides ('permits'), not a plan"])
        XCTAssertEqual(fired("The SCC decision requires that the allies create legal obligations.").count, 1, "control: not the Cabinet's")
        XCTAssertEqual(fired("The three conditions required that the allies create legal obligations.").count, 1, "control: a past")
        XCTAssertEqual(fired("The proposed conditions require that the allies create legal obligations.").count, 1, "control: a draft's")
    }

    /// A negation of the whole clause ("remains unchanged") that stands in a condition after the
    /// hit denies the condition, not what the main clause plans: "The SDF will use force … even if
    /// Japan itself is not attacked".
    func testAClauseNegationInALaterConditionDeniesTheConditionOnly() {
        XCTAssertEqual(fired("Japan will create obligations even if the statute remains unchanged.").count, 1)
        XCTAssertEqual(fired("Japan will create obligations once the statute remains unchanged.").count, 1)
        XCTAssertEqual(cues("Japan will create obligations and the statute remains unchanged."), ["negated by 'remains unchanged'"],
                       "control: the clause's own negation")
        XCTAssertEqual(cues("Japan will create obligations, after which the statute remains unchanged."),
                       ["negated by 'remains unchanged'"], "a relative clause after 'after which' comments on the whole")
    }

    /// A Japanese noun that is a verb's stem, and no term of its own, matches as its verb.
    func testAJapaneseVerbStemAsANounMatchesItsVerb() {
        XCTAssertEqual(fired("政府は核兵器の持ち込みを認める。", "[nuclear-introduction]"), ["核兵器の持ち込み"])
        XCTAssertEqual(JapaneseVerbStem.verbs(of: "書き換え"), ["書き換える"])
        XCTAssertEqual(JapaneseVerbStem.verbs(of: "持ち込み"), ["持ち込む", "持ち込みる"])
        XCTAssertEqual(JapaneseVerbStem.verbs(of: "条約"), [], "no kana at its end")
    }

    // MARK: folding

    /// What `contains` and `equals` compare text with.
    func testTheFastFoldingPathAgreesWithNFKC() {
        for text in ["法的拘束力を有しない。", "「核兵器を持ち込ませない」", "ガイドライン、ー、々", "Legally Binding", "ｶﾞｲﾄﾞﾗｲﾝ", "（注）", "Ａ　Ｂ"] {
            XCTAssertEqual(FoldedText.fold(text), text.precomposedStringWithCompatibilityMapping.lowercased(), text)
        }
        XCTAssertTrue(FoldedText.isFoldStable("法的拘束力を有しない。"))
        XCTAssertFalse(FoldedText.isFoldStable("ｶﾞ"))
        XCTAssertFalse(FoldedText.isFoldStable("Ａ"))
    }

    func testCaseIsIgnoredAndTheWordsAreQuotedAsWritten() {
        XCTAssertEqual(fired("This arrangement is LEGALLY Binding on both."), ["LEGALLY Binding"])
    }

    func testFullWidthLettersAndIdeographicSpaceMatch() {
        XCTAssertEqual(fired("この取決めは ＬＥＧＡＬＬＹ ＢＩＮＤＩＮＧ である。"), ["ＬＥＧＡＬＬＹ ＢＩＮＤＩＮＧ"])
        XCTAssertEqual(fired("This arrangement is ＬＥＧＡＬＬＹ　ＢＩＮＤＩＮＧ."), ["ＬＥＧＡＬＬＹ　ＢＩＮＤＩＮＧ"])
        XCTAssertEqual(fired("The Diet ｓｈａｌｌ Ｅｎａｃｔ the bill."), ["Ｅｎａｃｔ"])
    }

    func testHalfWidthKatakanaMatchesAFullWidthTerm() {
        XCTAssertEqual(fired("日米防衛協力のためのｶﾞｲﾄﾞﾗｲﾝに基づく。", "[guidelines]"), ["ｶﾞｲﾄﾞﾗｲﾝ"])
        XCTAssertEqual(fired("日米防衛協力のためのガイドラインに基づく。", "[guidelines]"), ["ガイドライン"])
    }

    func testAnyBlanksSeparateTheWordsOfATerm() {
        XCTAssertEqual(fired("This arrangement is legally\tbinding."), ["legally\tbinding"])
        XCTAssertEqual(fired("This arrangement is legally\nbinding on both."), ["legally binding"], "a quote joins the lines of a wrapped sentence")
        XCTAssertEqual(fired("This arrangement is legally   binding."), ["legally   binding"])
        XCTAssertEqual(fired("Drafted legally\n\nBinding decisions follow later."), [], "a blank line ends the sentence")
    }

    // MARK: sentences and negation

    func testTheSpecExamplesDoNotFire() {
        XCTAssertEqual(fired("This arrangement does not create legal obligations for either government."), [])
        XCTAssertEqual(cues("Japan will never permit the introduction of nuclear weapons into its territory.", "[nuclear-introduction]"),
                       ["negated by 'never'"])
        XCTAssertEqual(fired("本取決めは法的拘束力を有しない。"), [])
        XCTAssertEqual(cues("本取決めは法的拘束力を有しない。"), ["negated by 'ない'"])
        // And their affirmative forms do.
        XCTAssertEqual(fired("This arrangement will create legal obligations for both governments."), ["create legal obligations"])
        XCTAssertEqual(fired("Japan will permit the introduction of nuclear weapons.", "[nuclear-introduction]"), ["introduction of nuclear weapons"])
        XCTAssertEqual(fired("本取決めは法的拘束力を有し、両政府を拘束する。"), ["法的拘束力"])
    }

    /// A negated verb's list of objects: an item of up to four words before its "or" is still in the
    /// list ("does not possess ICBMs, long-range strategic bombers or attack carriers").
    func testANegationReachesAListsLongerItems() {
        XCTAssertEqual(cues("The plan does not adopt treaties, long-term legal obligations or pledges."), ["negated by 'not'"])
        XCTAssertEqual(fired("The plan does not adopt treaties, and the allies create legal obligations."), ["create legal obligations"],
                       "control: a clause of its own after the list")
    }

    func testSentenceEndsAndListItemsStopANegation() {
        XCTAssertEqual(fired("It is not a treaty. It is legally binding."), ["legally binding"])
        XCTAssertEqual(fired("- It is not a treaty\n- It is legally binding"), ["legally binding"], "a new list item ends the sentence")
        XCTAssertEqual(fired("Not a treaty\n\nLegally binding on both."), ["Legally binding"], "a blank line ends the sentence")
    }

    /// A literal block keeps the writer's line breaks; a sentence wrapped over two lines is still one sentence.
    func testALineBreakInsideASentenceDoesNotEndTheNegation() {
        XCTAssertEqual(fired("Both sides confirm that this arrangement is not\nlegally binding on either government."), [])
        XCTAssertEqual(fired("本取決めは法的拘束力を有し\nない。"), [])
    }

    /// A concept said twice in one clause: a negation that cancels the first mention leaves the
    /// second standing (a Japanese sentence is one clause, and ない reaches back only to its segment).
    func testAnAffirmedMentionCountsWhenAnEarlierOneInTheClauseIsNegated() {
        XCTAssertEqual(fired("法的義務を負わない段階であっても、本取決めは法的拘束力を有する。"), ["法的拘束力"])
        XCTAssertEqual(fired("法的義務を負わず、法的拘束力も有しない。"), [], "both mentions negated")
        XCTAssertEqual(cues("本取決めは法的拘束力を有しない。"), ["negated by 'ない'"])
    }

    /// 「AではなくB」 negates the noun A only: what stands before A keeps its force, and a
    /// sentence that ends in ではない is negated as before.
    func testDewaNakuNegatesOnlyTheNounBeforeIt() {
        XCTAssertEqual(fired("本取決めは法的拘束力を、努力目標ではなく義務として定める。"), ["法的拘束力"])
        XCTAssertEqual(fired("本取決めが定めるのは法的拘束力ではなく、努力目標である。"), [])
        XCTAssertEqual(fired("本取決めの性格は法的拘束力ではない。"), [])
    }

    /// An attributive ない (施政下にない地域) negates the clause that describes its noun, not the
    /// object of the sentence's own predicate before the 、.
    func testAnAttributiveNegationStaysInItsRelativeClause() {
        XCTAssertEqual(fired("本取決めは法的拘束力を、期限のない形で両政府に課す。"), ["法的拘束力"])
        XCTAssertEqual(fired("法的拘束力のない文書とする。"), [])
        XCTAssertEqual(fired("本取決めは法的拘束力を有しない。"), [])
    }

    /// ", and will …" and "but will …" go on with the clause's own subject; a clause with a subject
    /// of its own still starts there, and a negation ends at "but".
    func testASubjectlessConjunctContinuesTheClause() {
        XCTAssertEqual(fired("The Guidelines were drafted in 2014, and will be legally binding.", "[guidelines, binding]"),
                       ["Guidelines", "legally binding"])
        XCTAssertEqual(fired("The Guidelines were drafted in 2014, and the annex is legally binding.", "[guidelines, binding]"), [])
        XCTAssertEqual(fired("The Guidelines are not a treaty but will be legally binding.", "[guidelines, binding]"),
                       ["Guidelines", "legally binding"])
    }

    /// A negation that opens its clause, as its subject or in a fronted phrase that inverts it,
    /// reaches past the clause's commas; one inside the clause stops at its comma.
    func testANegationThatOpensItsClauseReachesPastItsCommas() {
        XCTAssertEqual(cues("No text set out in this annex, including the milestones in Annex B, creates legal obligations."),
                       ["negated by 'No'"])
        XCTAssertEqual(cues("At no phase, including escalation to a contingency, will the Diet enact such a law."),
                       ["negated by 'no'"])
        XCTAssertEqual(fired("Under the annex, with no deadline set, the Diet will enact a law."), ["enact"],
                       "a negation inside the clause stops at its comma")
        XCTAssertEqual(fired("With no deadline set, this arrangement creates legal obligations."), ["creates legal obligations"],
                       "an absolute phrase is not a fronted negation")
        XCTAssertEqual(fired("At the request of Tokyo, the arrangement creates legal obligations."), ["creates legal obligations"])
        XCTAssertEqual(fired("The Diet would no longer delay the bill and would enact the law in May."), ["enact"],
                       "a second predicate of the same subject is not negated with the first")
        XCTAssertEqual(cues("The Diet will not, at any stage of the exercise or in any of its sessions, enact such a law."),
                       ["negated by 'not'"], "a negation a comma interrupts goes on after the parenthesis")
        XCTAssertEqual(cues("Japan will not take on any duties, large or small, as legal obligations."), ["negated by 'not'"],
                       "a short list set off by commas describes the object, and the predicate goes on after it")
        XCTAssertEqual(fired("Japan will not take on any duties, and the United States will accept legal obligations."),
                       ["legal obligations"], "control: a clause of its own after the comma")
        XCTAssertEqual(cues("Tokyo has not asked for, and the draft does not provide for, legal obligations of any kind."),
                       ["negated by 'not'"], "a predicate that ends in its preposition takes the next segment as its object")
        XCTAssertEqual(fired("Tokyo has not asked for anything, and the draft provides for legal obligations of any kind."),
                       ["legal obligations"], "control: nothing denied before the object")
    }

    /// A "nor" that opens its clause before an auxiliary inverts it and reaches past its commas,
    /// as a negative subject does; a "nor" inside the clause negates the noun after it alone.
    func testAnInvertedNorReachesPastItsCommas() {
        let cases: [(text: String, cues: [String], note: String)] = [
            ("Nor does the annex, in its final form, create legal obligations.", ["negated by 'Nor'"], "inverted"),
            ("Nor will the annex, however detailed, create legal obligations.", ["negated by 'Nor'"], "with a conceded degree"),
            ("Tokyo and, nor least, the annex create legal obligations.", [], "control: no auxiliary after it"),
        ]
        for item in cases { XCTAssertEqual(cues(item.text), item.cues, item.note) }
        XCTAssertEqual(fired("Tokyo and, nor least, the annex create legal obligations."), ["create legal obligations"])
    }

    /// A clause-wide negation inside a relative clause that a comma closes negates that clause
    /// alone, not the predicate after the comma; with no comma it may deny the hit it holds.
    func testAClauseNegationInACommaClosedRelativeClauseStaysThere() {
        XCTAssertEqual(fired("The annex, which the allies say will remain unchanged, creates legal obligations."),
                       ["creates legal obligations"])
        XCTAssertEqual(fired("The note that the allies say will remain unchanged, in turn, creates legal obligations."),
                       ["creates legal obligations"], "a restrictive relative clause")
        XCTAssertEqual(cues("The allies agreed that the annex creates legal obligations which remain unchanged."),
                       ["negated by 'remain unchanged'"], "control: no comma closes it")
        XCTAssertEqual(cues("The allies agreed that the annex, in any event, will remain unchanged and create legal obligations."),
                       ["negated by 'remain unchanged'"], "control: no verb before the comma")
    }

    /// A blocker frames a hit from the clauses that go on with an "only if" condition opened in
    /// the hit's clause, and from the Japanese clauses that lead into it by a chain of predicates;
    /// not after a plain "if", nor from a Japanese clause that names what is skipped.
    func testABlockerFramesTheHitFromAConditionOrAChainGoingOn() {
        let query = "[enactment], unless: [exercise]"
        let cases: [(text: String, fired: [String], note: String)] = [
            ("The Diet may enact a law only if it, or a committee acting for it, so decides, and the drill has ended.", [], "only if"),
            ("The Diet may enact a law if it, or a committee acting for it, so decides, and the drill has ended.", ["enact"],
             "control: a plain if"),
            ("演習に際しては、部隊が展開され、国会は法律を制定する。", [], "a chain of predicates"),
            ("演習を行うことなく、国会は法律を制定する。", ["法律を制定"], "control: what is skipped"),
            ("政府は他に手段がないと判断して演習を命じ、国会は法律を制定する。", [], "a negation inside the chained clause"),
        ]
        for item in cases { XCTAssertEqual(fired(item.text, query), item.fired, item.note) }
    }

    /// The last item of a list of short items after its comma is still in the negated list:
    /// "does not amend, supersede, or reinterpret the Treaty".
    func testANegationReachesTheLastItemOfAListAfterItsComma() {
        XCTAssertEqual(cues("The annex does not adopt, restate, or create legal obligations."), ["negated by 'not'"])
        XCTAssertEqual(fired("The annex does not adopt, restate, or the allies will create legal obligations."),
                       ["create legal obligations"], "control: a clause with a modal of its own")
        XCTAssertEqual(fired("The annex does not adopt the schedule the umpires drew up, or create legal obligations."),
                       ["create legal obligations"], "control: no short item before it")
    }

    /// Another proposal reported as dropped: a proposal noun opening the clause, then a rejection
    /// verb in a passive past form however far away. A verb in its base form proposes what it says.
    func testAProposalReportedAsDroppedDoesNotCount() {
        XCTAssertEqual(cues("A suggestion that the Diet enact a basic law on the Alliance was discussed in the SDC and dropped."),
                       ["reported as rejected or hypothetical ('dropped')"])
        XCTAssertEqual(cues("An option for a legally binding annex was raised at the October planning conference and withdrawn the same day."),
                       ["reported as rejected or hypothetical ('withdrawn')"])
        XCTAssertEqual(fired("A proposal to create legal obligations and drop the review clause will be submitted."),
                       ["create legal obligations"], "the verb's base form is proposed, not reported")
        XCTAssertEqual(fired("This proposal creates legal obligations, and the earlier caveat was dropped."),
                       ["creates legal obligations"], "the proposal at hand")
        XCTAssertEqual(fired("A proposal to create legal obligations was adopted."), ["create legal obligations"])
        XCTAssertEqual(cues("The draft clause that would create legal obligations was deleted at the request of the Bureau."),
                       ["reported as rejected or hypothetical ('deleted')"], "another version, though definite")
        XCTAssertEqual(fired("The plan to create legal obligations was withdrawn from the schedule and resubmitted."),
                       ["create legal obligations"], "the plan at hand")
        XCTAssertEqual(cues("法的拘束力を持たせる案は、検討の結果削除された。"), ["reported as rejected or hypothetical ('削除')"])
        XCTAssertEqual(cues("A proposal to create legal obligations was raised by the delegation, but neither government took it up."),
                       ["reported as rejected or hypothetical ('neither government took')"], "an adoption denied, in a later clause")
        XCTAssertEqual(fired("The draft creates legal obligations, and the Diet does not accept any change to them."),
                       ["creates legal obligations"], "an adoption denied of something else than the proposal")
        XCTAssertEqual(fired("The draft, which creates legal obligations, does not accept the old limits."),
                       ["creates legal obligations"], "what the draft says, not what happened to it")
        XCTAssertEqual(fired("A plan to create legal obligations under which the Diet will not take the lead was adopted."),
                       ["create legal obligations"], "take adopts only with its up")
        XCTAssertEqual(cues("法的拘束力を持たせるとの案は、一部で提起されたものの、政府として採用していません。"),
                       ["reported as rejected or hypothetical ('採用')"])
        XCTAssertEqual(cues("法的拘束力を持たせるとの案も検討いたしましたが、採用しないことといたしたところでございます。"),
                       ["reported as rejected or hypothetical ('採用')"], "the Diet's long endings")
        XCTAssertEqual(cues("Draft cl. 7 (legally binding funding levels): struck at JPN request; not in final text."),
                       ["reported as rejected or hypothetical ('struck')"], "a note's verdict after its label")
        XCTAssertEqual(fired("Annex B (funding): legally binding on both governments."), ["legally binding"])
        XCTAssertEqual(cues("Draft language making funding levels legally binding — struck at working level."),
                       ["reported as rejected or hypothetical ('struck')"], "the verdict after a dash")
        XCTAssertEqual(fired("Funding levels become legally binding — dropped quotas excepted."), ["legally binding"],
                       "control: a dash after a label that names no proposal")
        XCTAssertEqual(fired("Funding (legally binding levels): deleted from Annex A and moved to Annex B."), ["legally binding"],
                       "a label that names no proposal: what the note does")
        XCTAssertEqual(cues("The group considered asking the Diet to enact a law, but dropped the idea."),
                       ["reported as rejected or hypothetical ('dropped the idea')"], "dropped in the active voice")
        XCTAssertEqual(fired("The Diet dropped the deadline and will enact the law."), ["enact"])
        XCTAssertEqual(fired("The Diet will enact the law and has dropped the idea of a review."), ["enact"],
                       "the idea of something else, dropped")
    }

    /// The antecedent of a counterfactual conditional says what is not the case; an indicative
    /// antecedent and any consequent say what is planned.
    func testACounterfactualAntecedentDoesNotCount() {
        XCTAssertEqual(cues("If the Guidelines created legal obligations, they would need Diet approval."),
                       ["reported as rejected or hypothetical ('If')"])
        XCTAssertEqual(cues("Were the allies to create legal obligations, the Diet would object."),
                       ["reported as rejected or hypothetical ('Were')"])
        XCTAssertEqual(fired("If legal obligations are created, the Diet will review them."), ["legal obligations"],
                       "an indicative antecedent")
        XCTAssertEqual(cues("Suppose the allies created legal obligations: the Diet would object."),
                       ["reported as rejected or hypothetical ('Suppose')"], "an antecedent that a colon ends")
        XCTAssertEqual(fired("Suppose the allies create legal obligations: the Diet will object."), ["create legal obligations"],
                       "control: no past, no modal")
        XCTAssertEqual(fired("If the treaty is amended to create legal obligations, the Diet would review them."),
                       ["create legal obligations"], "a present passive is no past")
        XCTAssertEqual(fired("If the attack came, the allies would create legal obligations."), ["create legal obligations"],
                       "the consequent")
        XCTAssertEqual(cues("Should the parties ever wish to create legal obligations, that would take a treaty."),
                       ["reported as rejected or hypothetical ('Should')"], "a putative antecedent its consequent judges")
        XCTAssertEqual(fired("Should the parties ever create legal obligations, the Diet would review them."), ["create legal obligations"],
                       "control: a putative antecedent plans when its consequent goes on to plan")
        XCTAssertEqual(cues("If either side ever wants legal obligations, that would take a separate agreement."),
                       ["reported as rejected or hypothetical ('If')"], "an indicative antecedent its consequent only judges")
        XCTAssertEqual(fired("If the Diet objects, it would create legal obligations anyway."), ["create legal obligations"],
                       "control: the hit in a consequent that goes on to plan")
        // Each case with the cue that suppresses it, or the words of a control that counts.
        let cases: [(text: String, cue: String?, fired: [String], why: String)] = [
            ("Should the allies create legal obligations, the exercise does not go forward.",
             "reported as rejected or hypothetical ('Should')", [], "a consequent that stops the activity"),
            ("Should the allies create legal obligations, the Diet will not wait.", nil, ["create legal obligations"],
             "control: a consequent that denies something else"),
            ("If the Guidelines created legal obligations, they'd need Diet approval.",
             "reported as rejected or hypothetical ('If')", [], "'would' contracted onto the subject"),
            ("If the Guidelines created legal obligations, they need Diet approval.", nil, ["created legal obligations"],
             "control: no modal"),
            ("If the allies create legal obligations after armed clashes, the Diet would review them.", nil,
             ["create legal obligations"], "a form in -ed after a preposition is an adjective, no past"),
            ("The plan is set; where the allies create legal obligations, the exercise will not proceed.",
             "reported as rejected or hypothetical ('where')", [], "a frame of place at a clause's head whose consequent stops the activity"),
            ("When the allies created legal obligations, the Diet would review them.", nil, ["created legal obligations"],
             "control: a frame of time with a past and a modal narrates"),
            ("If a delegate asks the allies to create legal obligations, the staff should decline.",
             "reported as rejected or hypothetical ('If')", [], "a consequent that refuses the request"),
        ]
        for (text, cue, words, why) in cases {
            XCTAssertEqual(cues(text), cue.map { [$0] } ?? [], why)
            XCTAssertEqual(fired(text), words, why)
        }
    }

    /// More readings of reported text: a later clause's passive with the proposal named again, an
    /// appositive that rejects it, and a Japanese proposal noun with が whose sentence ends denied.
    func testMoreWaysAProposalIsReportedDropped() {
        XCTAssertEqual(cues("An early paper proposed legal obligations for both sides, but that language was dropped."),
                       ["reported as rejected or hypothetical ('dropped')"])
        XCTAssertEqual(cues("A delegate suggested legal obligations for both sides, an idea the group promptly rejected."),
                       ["reported as rejected or hypothetical ('an idea the group promptly rejected')"])
        XCTAssertEqual(cues("法的拘束力を持たせる案が浮上したが、政府内で否定された。", "[binding]"),
                       ["reported as rejected or hypothetical ('否定')"])
        // Flagged or cut, as a legal office or an exercise's planners do.
        XCTAssertEqual(cues("An early draft created legal obligations, but legal staff flagged it."),
                       ["reported as rejected or hypothetical ('flagged')"])
        XCTAssertEqual(cues("An earlier script created legal obligations; planners cut the inject as contrary to the conditions."),
                       ["reported as rejected or hypothetical ('cut')"])
        XCTAssertEqual(fired("The allies create legal obligations, and planners cut the budget.").count, 1, "control: no proposal")
        // The proposal after a fronted phrase of place, and named again by what it did.
        XCTAssertEqual(cues("In the moot-court materials, an early draft created legal obligations, and the office struck that citation."),
                       ["reported as rejected or hypothetical ('struck')"])
        XCTAssertEqual(fired("In the moot-court materials, the allies create legal obligations, and the office struck that citation.").count, 1,
                       "control: no proposal after the fronted phrase")
    }

    /// A refusal with no object after a clause that puts something forward refuses it; so does one
    /// whose infinitive names it again. A refusal of something else is no rejection of the proposal.
    func testARefusalWithNoObjectOrWithAnInfinitiveRejectsTheProposal() {
        XCTAssertEqual(cues("One officer wanted Japan to create legal obligations, but the team declined, citing the statute."),
                       ["reported as rejected or hypothetical ('declined')"])
        XCTAssertEqual(cues("Proposals to create legal obligations surfaced, but both governments declined to take them up."),
                       ["reported as rejected or hypothetical ('declined to take')"])
        XCTAssertEqual(fired("One officer wanted Japan to create legal obligations, but the team declined to comment."),
                       ["create legal obligations"], "control: a refusal of something else")
    }

    /// Another party's view rejected in a later clause that names it again: by a noun of a view
    /// ("that view", "that timing"), by "that" opening its clause, by a pronoun inside a phrasal
    /// verb ("took that apart"), by "nothing of the kind", or by a passive denied ("the
    /// recommendation was not forwarded"); a claim puts the view forward in any tense. Japanese:
    /// a debate, view or remark voiced, a contrast (after 承知 too), and a denial or 誤り.
    /// Each control takes the view up, and counts.
    func testAViewPutForwardAndRejectedByNameAgain() {
        let cases: [(rejected: String, cue: String, control: String, concepts: String)] = [
            ("A delegate argued for legal obligations; Japan does not share that view.", "not share",
             "A delegate argued for legal obligations; Japan shares that view.", "[obligation]"),
            ("An aide proposed legal obligations, but the ministry rejected that timing.", "rejected",
             "An aide proposed legal obligations, and the ministry welcomed that timing.", "[obligation]"),
            ("RED's inject claims the plan creates legal obligations; the player rebuts the claim.", "rebuts",
             "RED's inject claims the plan creates legal obligations; the player repeats the claim.", "[obligation]"),
            ("Another answer proposed legal obligations; that isn't the arrangement.", "isn't the",
             "Another answer proposed legal obligations; that is the arrangement we adopted.", "[obligation]"),
            ("A guest suggested legal obligations, and our panel took that apart in a minute.", "took that apart",
             "A guest suggested legal obligations, and our panel took that up in a minute.", "[obligation]"),
            ("A guest argued for legal obligations, but the report says nothing of the kind.", "nothing of the kind",
             "A planner argued for legal obligations, and the report says something of the kind.", "[obligation]"),
            ("A guest argued for legal obligations, but the report contains no such language.", "no such",
             "A planner argued for legal obligations, and the report contains such language.", "[obligation]"),
            ("A planner recommended legal obligations, but the recommendation was not forwarded.", "not forwarded",
             "A planner recommended legal obligations, and the recommendation was forwarded.", "[obligation]"),
            ("委員が引用された論文は、法的拘束力を持たせるとするものでございますが、政府としてそのような立場は取っておりません。", "立場",
             "委員が引用された論文は、法的拘束力を持たせるとするものでございますが、政府としてもそのような立場を取っております。", "[binding]"),
            ("ガイドラインは法的拘束力を持つと解する見解もあるが、この理解は誤りである。", "誤り",
             "ガイドラインは法的拘束力を持つと解する見解もあるが、この理解は正しい。", "[binding]"),
            ("法的拘束力を持たせるべきだとの御意見があることは承知しておりますが、政府としては考えておりません。", "意見",
             "法的拘束力を持たせるべきだとの御意見があることは承知しておりますが、政府としてもその御意見を取り入れております。",
             "[binding]"),
        ]
        for (rejected, cue, control, concepts) in cases {
            XCTAssertEqual(cues(rejected, concepts), ["reported as rejected or hypothetical ('\(cue)')"], rejected)
            XCTAssertEqual(fired(control, concepts).count, 1, "control: " + control)
        }
    }

    /// A motion that quotes its proposal and is defeated, a pronoun that opens a passive rejection,
    /// a draft's initial text, a wargame, an exercise's serial, a view no government adopted five
    /// words on, a draft replaced "with" other words, an appositive that leaves the idea untaken, a party's submission or
    /// characterisation rejected by name again, and a rejection that says what it rejected ("removed
    /// it as …"), each report what they name as dropped. Each control takes it up, and counts.
    func testMoreWaysOfReportingAProposalDropped() {
        let cases: [(rejected: String, cue: String, control: String)] = [
            ("The motion 'The allies would create legal obligations' was defeated 64 votes to 31.", "defeated",
             "The motion 'The allies would create legal obligations' was adopted 64 votes to 31."),
            ("An earlier concept created legal obligations, but that was dropped months ago.", "dropped",
             "An earlier concept created legal obligations, and that was welcomed months ago."),
            ("The initial text said the allies shall create legal obligations, but that clause was deleted.", "deleted",
             "The initial text said the allies shall create legal obligations, and that clause was kept."),
            ("A 2024 op-ed urged the allies to create legal obligations, a proposal neither government has taken up.",
             "a proposal neither government has taken",
             "A 2024 op-ed urged the allies to create legal obligations, a proposal both governments have taken up."),
            ("The Applicant submitted that the allies must create legal obligations, but the bench rejected this as unfounded.",
             "rejected", "The Applicant submitted that the allies must create legal obligations, and the bench accepted this as sound."),
            ("The Applicant characterised the Guidelines as creating legal obligations, but the bench rejected that reading.",
             "rejected", "The Applicant characterised the Guidelines as creating legal obligations, and the bench adopted that reading."),
            ("An early moot problem described the Guidelines as creating legal obligations, but the drafters deleted that phrase.",
             "deleted", "An early moot problem described the Guidelines as creating legal obligations, and the drafters kept that phrase."),
            ("An earlier study had the allies create legal obligations, but planners corrected that assumption.", "corrected",
             "An earlier study had the allies create legal obligations, and planners repeated that assumption."),
            ("An early draft said the allies create legal obligations, but lawyers replaced that with other words.", "replaced",
             "An early draft said the allies create legal obligations, and lawyers kept that with other words."),
            ("A columnist urged legal obligations, and no Japanese government has ever adopted that view.",
             "no Japanese government has ever adopted",
             "A columnist urged legal obligations, and the Japanese government has since adopted that view."),
            ("A planner proposed rehearsing legal obligations, and the serial was scrapped.", "scrapped",
             "A planner proposed rehearsing legal obligations, and the serial was kept."),
            ("An early draft had the SDF sink a warship, but the drafters removed it as creating legal obligations.",
             "removed it as", "An early draft had the SDF sink a warship, but the drafters kept it as creating legal obligations."),
        ]
        for (rejected, cue, control) in cases {
            XCTAssertEqual(cues(rejected), ["reported as rejected or hypothetical ('\(cue)')"], rejected)
            XCTAssertEqual(fired(control).count, 1, "control: " + control)
        }
        XCTAssertEqual(fired("The motion on the floor was defeated because the allies create legal obligations.").count, 1,
                       "control: a motion at hand, quoting nothing")
    }

    /// A draft's rejection set off by commas after its noun ("An early draft, withdrawn at the
    /// conference, …"), and an appositive that calls the words an error corrected, report them as
    /// dropped; a participle that approves or repeats them does not.
    func testARejectionSetOffByCommasReportsTheDraftDropped() {
        XCTAssertEqual(cues("An early draft of the annex, withdrawn at the conference, created legal obligations."),
                       ["reported as rejected or hypothetical ('withdrawn')"])
        XCTAssertEqual(fired("An early draft of the annex, approved at the conference, created legal obligations.").count, 1,
                       "control: a draft approved")
        XCTAssertEqual(cues("Version 1 of the annex created legal obligations, an error corrected in version 2."),
                       ["reported as rejected or hypothetical ('an error corrected')"])
        XCTAssertEqual(fired("Version 1 of the annex created legal obligations, an error repeated in version 2.").count, 1,
                       "control: an error repeated")
        // An exercise's first script, and a Japanese draft's wording (表現, 文言), dropped in a later clause.
        XCTAssertEqual(cues("The first exercise script created legal obligations; the inject was removed after review."),
                       ["reported as rejected or hypothetical ('removed')"])
        XCTAssertEqual(fired("The exercise script created legal obligations; the inject was approved after review.").count, 1,
                       "control: the inject approved")
        XCTAssertEqual(cues("当初の案文には「法的拘束力を持たせる」との表現がございましたが、最終的には削除されております。", "[binding]"),
                       ["reported as rejected or hypothetical ('削除')"])
        XCTAssertEqual(fired("当初の案文には「法的拘束力を持たせる」との表現がございましたが、最終的にも維持されております。", "[binding]").count, 1,
                       "control: the wording kept")
    }

    /// "X, not Y, Z": the contrast denies its own verb; the object goes with the verb before it.
    /// Two negated verbs sharing their object still deny it.
    func testAContrastSetOffByCommasDeniesOnlyItsVerb() {
        XCTAssertEqual(fired("The annex would complement, not replace, the legal obligation."), ["legal obligation"])
        XCTAssertEqual(fired("The annex would not replace, and would not complement, the legal obligation."), [],
                       "control: a negated verb whose object is raised")
    }

    /// ん is the spoken の: 「…というわけではないんです」 denies the quotation as 「…ないのです」 does.
    func testTheSpokenNominalizerEndsTheNegatedPredicate() {
        XCTAssertEqual(fired("米国が法的拘束力を持つ、というわけではないんです。", "[binding]"), [])
        XCTAssertEqual(fired("米国が法的拘束力を持つ、というわけです。", "[binding]"), ["法的拘束力"], "control: no negation")
    }

    /// A dated clause in the past goes on being history in a conjunct with no subject whose present
    /// perfect carries it on to now; a conjunct that says what has been done now plans it.
    func testAPresentPerfectConjunctCarryingTheHistoryOnStaysHistory() {
        XCTAssertEqual(fired("The 1960 statute created legal obligations and has not been amended since."), [])
        XCTAssertEqual(fired("The 1960 statute created legal obligations and has remained in force ever since."), [])
        XCTAssertEqual(fired("The 1960 statute created legal obligations and has been amended by this plan."),
                       ["created legal obligations"], "control: what has now been done")
    }

    /// A dated Japanese segment in the continuative that 以来 carries on to now is history:
    /// 「…1960年に改定されまして、それ以来、…変わっていない」.
    func testAJapanesePastCarriedOnByIraiIsHistory() {
        XCTAssertEqual(fired("協定は1960年に法的拘束力を持つものとされまして、それ以来、一度も変わっていない。", "[binding]"), [])
        XCTAssertEqual(fired("協定は1960年に法的拘束力を持つものとされまして、今後もそのまま維持する。", "[binding]"), ["法的拘束力"],
                       "control: what goes on is planned")
    }

    /// The year after the report's dates history only in a clause that tells of a law's making or
    /// its debate; an act dated then, or words reported then, may still plan.
    func testTheYearAfterTheReportDatesOnlyALawsMaking() {
        XCTAssertEqual(fired("The Diet passed a legal obligation of restraint on 19 September 2015."), [])
        XCTAssertEqual(fired("2015年9月19日に、法的拘束力を持つ法律が可決、成立した。", "[binding]"), [])
        let stillPlanned: [(text: String, concepts: String, words: String, why: String)] = [
            ("JMSDF destroyers protected U.S. ships under a legal obligation in October 2015.", "[obligation]", "legal obligation",
             "an act dated then"),
            ("Commanders told reporters in October 2015 of a legal obligation.", "[obligation]", "legal obligation", "words reported then"),
            ("The legal obligation, not yet enacted in 2015, was applied.", "[obligation]", "legal obligation", "a law not yet made"),
            ("2015年10月に、法的拘束力を持つ取決めに基づき護衛を実施した。", "[binding]", "法的拘束力", "an act dated then, in Japanese"),
        ]
        for control in stillPlanned {
            XCTAssertEqual(fired(control.text, control.concepts), [control.words], "control: \(control.why)")
        }
    }

    /// A negation goes on past a parenthesis set off by commas.
    /// A negation in a condition does not reach the main clause after its comma, even when that
    /// clause's subject is two nouns joined by "and".
    func testANegatedConditionLeavesTheMainClause() {
        XCTAssertEqual(fired("If talks fail to settle it, the SDF and U.S. forces will create legal obligations."),
                       ["create legal obligations"])
    }

    func testANegationGoesOnPastAParenthesis() {
        XCTAssertEqual(cues("The Diet has not asked the allies, in this session or in any other, to enact the law.", "[enactment]"),
                       ["negated by 'not'"])
    }

    /// A Japanese term that ends in a negation ends its own predicate: the negation of another
    /// predicate past a 、 is not its own.
    func testAJapaneseNegationEndingATermStaysInItsSegment() {
        XCTAssertEqual(fired("根拠を示し、問題はない。", "[without-basis]"), [])
        XCTAssertEqual(fired("根拠はない。", "[without-basis]"), ["根拠はない"])
        XCTAssertEqual(fired("根拠を欠く活動は行わない。", "[without-basis]"), [], "a negation past a topic of its own")
        XCTAssertEqual(fired("本活動は、法令上の根拠を欠くものではない。", "[without-basis]"), [],
                       "the ない of another predicate denied, ものではない")
        XCTAssertEqual(fired("本活動は、法令上の根拠がないものとする。", "[without-basis]"), ["根拠がない"], "the absence itself")
        XCTAssertEqual(fired("自衛隊の行動には法令上の根拠がなければならない。", "[without-basis]"), [], "an obligation: なければならない")
        XCTAssertEqual(fired("行動には根拠がなくてはならない。", "[without-basis]"), [], "なくてはならない")
        XCTAssertEqual(fired("行動には根拠がないといけない。", "[without-basis]"), [], "ないといけない")
        XCTAssertEqual(fired("行動には根拠がなく、派遣する。", "[without-basis]"), ["根拠がなく"], "a predicate after the absence, not negated")
        XCTAssertEqual(fired("行動には根拠がなく、派遣しない。", "[without-basis]"), [],
                       "a negation that ends the clause denies the adverbial absence before it")
        XCTAssertEqual(fired("この扱いは、根拠がある場合も変わらない。", "[without-basis]"), [],
                       "the ない of a verb after a noun that another predicate describes")
        XCTAssertEqual(fired("根拠を得る必要はない。", "[without-basis]"), ["根拠を得る必要はない"], "control: a noun of need makes no new predicate")
        XCTAssertEqual(fired("根拠を求めることなく派遣する。", "[without-basis]"), ["根拠を求めることなく"], "control: a nominalizer")
    }

    /// A passive variant needs its object and its verb in one clause: "unless the port is
    /// introduced" introduces no nuclear weapons.
    func testAPassiveVariantStaysInItsClause() {
        XCTAssertEqual(fired("Nuclear weapons stay at sea unless the port is introduced.", "[nuclear-introduction]"), [])
        XCTAssertEqual(fired("Nuclear weapons are to be introduced at the port.", "[nuclear-introduction]"),
                       ["Nuclear weapons are to be introduced"])
    }

    /// `in_order: true` asks the concepts to stand in the query's order.
    func testInOrderKeepsTheQuerysOrder() {
        XCTAssertEqual(fired("The Diet will enact a law for the drill.", "[enactment, exercise], in_order: true"), ["enact", "drill"])
        XCTAssertEqual(fired("The drill will need a law that the Diet will enact.", "[enactment, exercise], in_order: true"), [])
        XCTAssertEqual(fired("The drill will need a law that the Diet will enact.", "[enactment, exercise]"), ["enact", "drill"])
    }

    /// The order is English's: an English passive and Japanese put the object first.
    func testInOrderReadsThePassiveAndJapaneseObjectFirst() {
        XCTAssertEqual(fired("The drill will be enacted by the Diet.", "[enactment, exercise], in_order: true"), ["enacted", "drill"])
        XCTAssertEqual(fired("The drill needs the law the Diet enacted.", "[enactment, exercise], in_order: true"), [],
                       "a participle after no form of be")
        XCTAssertEqual(fired("The drill is to be set aside.", "[setting-aside, exercise], in_order: true"), ["set aside", "drill"],
                       "a participle that looks like its present, after be")
        XCTAssertEqual(fired("The drill sets aside a day.", "[setting-aside, exercise], in_order: true"), [])
        XCTAssertEqual(fired("訓練のために立法する。", "[enactment, exercise], in_order: true"), ["立法", "訓練"])
        XCTAssertEqual(fired("立法により訓練を行う。", "[enactment, exercise], in_order: true"), [])
    }

    /// A consequent that only judges the antecedent ("…, that would be unlawful") is hypothetical
    /// with it.
    func testAConsequentThatJudgesItsCounterfactualDoesNotCount() {
        XCTAssertEqual(cues("Were the Diet to act alone, that would create legal obligations."),
                       ["reported as rejected or hypothetical ('Were')"])
        XCTAssertEqual(cues("Had the allies, in a crisis, created legal obligations, the Diet would object."),
                       ["reported as rejected or hypothetical ('Had')"], "an inverted antecedent that holds commas of its own")
        XCTAssertEqual(cues("Were the Guidelines ever recast, they would create legal obligations."),
                       ["reported as rejected or hypothetical ('Were')"], "the antecedent's subject again")
        XCTAssertEqual(fired("Were the Guidelines ever recast, the Diet would create legal obligations.").count, 1,
                       "control: a consequent with a subject of its own plans")
    }

    /// A case put by an imperative of supposing, with a verb in the past, is put for argument, to
    /// the end of its clause; an imperative that plans has none.
    func testACaseSupposedForArgumentDoesNotCount() {
        XCTAssertEqual(cues("Question 7: Suppose the allies created legal obligations; assess this under the report."),
                       ["reported as rejected or hypothetical ('Suppose')"], "after an exam's label")
        XCTAssertEqual(cues("Assume Japan accepted legal obligations; evaluate the decision."),
                       ["reported as rejected or hypothetical ('Assume')"])
        XCTAssertEqual(fired("Assume that the allies will create legal obligations.").count, 1, "control: a planning assumption")
        XCTAssertEqual(fired("Assume the lead; the allies created legal obligations.").count, 1,
                       "control: the hit after the supposing clause")
    }

    /// An act named only as the subject of a condemning modal ("would breach", "would be a
    /// mistake", "would require a treaty"), or as the infinitive of "it would be wrong to", is
    /// hypothetical; a plan that goes on to its cost is still a plan.
    func testAnActNamedOnlyToBeCondemnedDoesNotCount() {
        XCTAssertEqual(cues("A binding commitment by Japan, a case put here for illustration, would breach the Constitution.", "[binding]"),
                       ["reported as rejected or hypothetical ('would')"])
        XCTAssertEqual(cues("It would be wrong to read the plan as creating legal obligations."),
                       ["reported as rejected or hypothetical ('would')"], "extraposed")
        XCTAssertEqual(cues("Creating legal obligations would itself require a treaty."),
                       ["reported as rejected or hypothetical ('would')"], "a procedure the act would need")
        XCTAssertEqual(fired("The allies will create legal obligations, which would breach the Constitution.").count, 1,
                       "control: a plan that goes on to its cost")
        XCTAssertEqual(fired("Creating legal obligations would need to be done at once.").count, 1,
                       "control: an infinitive after the verb of need")
        XCTAssertEqual(fired("The Guidelines would create legal obligations.").count, 1, "control: no condemnation")
    }

    /// Whatever its noun, a thing put forward in the passive and dropped after "but" or "and" is
    /// reported as dropped.
    func testAPassivePutForwardThenDroppedDoesNotCount() {
        XCTAssertEqual(cues("Funding to create legal obligations was requested in the draft but deleted before approval."),
                       ["reported as rejected or hypothetical ('deleted')"])
        XCTAssertEqual(cues("One option, to create legal obligations, was looked at and thrown out."),
                       ["reported as rejected or hypothetical ('thrown out')"])
        XCTAssertEqual(fired("A review was requested and the allies create legal obligations."), ["create legal obligations"])
        XCTAssertEqual(cues("A paragraph on legal obligations appeared in the July text but was struck out."),
                       ["reported as rejected or hypothetical ('struck out')"], "once in a text, then struck")
        XCTAssertEqual(cues("Some lawmakers floated legal obligations for both sides in 2013."),
                       ["reported as rejected or hypothetical ('floated')"], "floated by others")
    }

    /// An English negation goes on into a list's further items and into an adverbial of time after
    /// its comma.
    func testANegationReachesTheRestOfItsListAndItsAdverbial() {
        XCTAssertEqual(cues("The board notes that no member drafts, reviews or enacts the law.", "[enactment]"), ["negated by 'no'"])
        XCTAssertEqual(cues("The plan does not let the Diet act, before it can enact the law.", "[enactment]"), ["negated by 'not'"])
        XCTAssertEqual(fired("The plan does not let the Diet act, and the Diet will enact the law.", "[enactment]"), ["enact"])
    }

    /// A Japanese negation before a nominalizer (とらないこととする) ends the sentence's predicate
    /// and reaches back over its segment; before a real noun it negates that noun's clause only.
    func testAJapaneseNegationBeforeANominalizerEndsThePredicate() {
        XCTAssertEqual(cues("法的拘束力は本取決めに持たせないこととする。", "[binding]"), ["negated by 'ない'"])
    }

    /// A second predicate in "-s" with its object ends an English negation's scope, and a denial
    /// must hold every concept after the first.
    func testANegationEndsAtASecondPredicateInS() {
        XCTAssertEqual(fired("The Diet will not cancel the drill and enacts the law.", "[enactment]"), ["enacts"])
        XCTAssertEqual(fired("The Diet will not hold the drill and enacts the law.", "[exercise, enactment], negated: true"), [],
                       "the drill is denied, the law's enactment is not")
        XCTAssertEqual(fired("The Diet will not hold the drill and enact the law.", "[exercise, enactment], negated: true"),
                       ["drill", "enact"])
    }

    /// A negation in the first of two "that" complements of one verb does not reach the second:
    /// "affirms that … no … and that …".
    func testANegationEndsAtASecondThatComplement() {
        XCTAssertEqual(fired("The board affirms that no member drafts the bill and that the Diet will enact the law.", "[enactment]"),
                       ["enact"])
        XCTAssertEqual(cues("No member will draft the bill and that law will be enacted.", "[enactment]"), ["negated by 'No'"],
                       "'and that' with no 'that' before the negation: a demonstrative, still in scope")
        XCTAssertEqual(cues("The board does not affirm that the Diet will enact the law.", "[enactment]"), ["negated by 'not'"])
    }

    /// A negation with a gap holds its object in the gap: "leave the obligations untouched".
    func testANegationWithAGapNegatesTheWordsInIt() {
        XCTAssertEqual(fired("The annex will leave the legal obligations untouched."), [])
        XCTAssertEqual(fired("The annex will create legal obligations and leave the drill untouched."), ["create legal obligations"],
                       "what comes before the cue is not in its scope")
    }

    /// A denial is about its first concept only when that stands before the negation or in its
    /// scope: one named after the scope has ended is denied nothing.
    func testADenialsFirstConceptStandsBeforeItOrInItsScope() {
        XCTAssertEqual(fired("The drill will not see the law enacted.", "[exercise, enactment], negated: true"), ["drill", "enacted"])
        XCTAssertEqual(fired("The plan will not see the law enacted, as the report requires, in a drill.",
                             "[exercise, enactment], negated: true"), [], "the drill is named after the scope")
    }

    /// "no" after a light verb denies the verb: "shall have no responsibility" is what a query for a
    /// denial looks for; "with no responsibility" only negates a noun.
    func testNoAfterALightVerbDeniesIt() {
        XCTAssertEqual(fired("The Diet shall have no power to enact the law.", "[enactment], negated: true"), ["enact"])
        XCTAssertEqual(fired("The Diet with no objection will enact the law.", "[enactment], negated: true"), [],
                       "\"no\" before a noun of its own negates that noun only")
        XCTAssertEqual(fired("The plan gives the Diet no power to enact the law.", "[enactment], negated: true"), ["enact"],
                       "a giving verb's second object")
        XCTAssertEqual(fired("The plan sets no requirement that the Diet enact the law.", "[enactment], negated: true"), ["enact"],
                       "a requirement denied")
    }

    /// The readings of a dropped proposal that the passive of its own clause does not give: the
    /// proposal put forward and rejected by name in a later clause, in a relative clause, or in a
    /// note's label; and the passives that report, not propose.
    func testAProposalRejectedLaterOrElsewhereDoesNotCount() {
        XCTAssertEqual(cues("The suggestion, advanced by a delegate, that the allies create legal obligations was expressly rejected."),
                       ["reported as rejected or hypothetical ('rejected')"], "a suggestion is never the one at hand")
        XCTAssertEqual(cues("A 2014 commentary proposed a scheme to create legal obligations, but neither government took it up."),
                       ["reported as rejected or hypothetical ('neither government took')"], "put forward, then not taken up")
        XCTAssertEqual(cues("An early paper proposed language to create legal obligations, but negotiators struck that language."),
                       ["reported as rejected or hypothetical ('struck')"], "rejected by name in a later clause")
        XCTAssertEqual(cues("A proposal to create legal obligations surfaced last spring, but it was dropped before the SDC."),
                       ["reported as rejected or hypothetical ('dropped')"], "its pronoun the subject of a later passive")
        XCTAssertEqual(cues("A staff suggestion to create legal obligations was discussed and turned down."),
                       ["reported as rejected or hypothetical ('turned down')"], "a phrasal verb")
        XCTAssertEqual(cues("The minutes record an option to create legal obligations, which the working group dropped."),
                       ["reported as rejected or hypothetical ('which the working group dropped')"], "a relative clause")
        XCTAssertEqual(cues("COA 4, rejected by J5 at the March review: legal obligations for both sides."),
                       ["reported as rejected or hypothetical ('rejected')"], "the verdict inside the label")
        XCTAssertEqual(fired("Under the draft, legal obligations were created and the old deadline was struck."), ["legal obligations"],
                       "the draft as an adverbial is not the passive's subject")
        XCTAssertEqual(fired("An option under which legal obligations are created and the review clause is to be dropped will be tabled."),
                       ["legal obligations"], "a passive in the present proposes what it says")
        XCTAssertEqual(fired("Negotiators struck that language, and the allies create legal obligations."), ["create legal obligations"],
                       "a rejection before anything was put forward")
        XCTAssertEqual(fired("The delegation proposed to create legal obligations, but rejected that Japan pay for them."),
                       ["create legal obligations"], "a later clause that rejects something else")
        XCTAssertEqual(cues("The clause would have created legal obligations for both."),
                       ["reported as rejected or hypothetical ('would have')"], "a counterfactual takes a participle")
        XCTAssertEqual(fired("The draft would have the Diet enact a law in May."), ["enact"], "a causative proposes what it says")
        XCTAssertEqual(cues("The draft would have let the Diet enact a law in May."), ["reported as rejected or hypothetical ('would have')"],
                       "a participle that is also the present")
        XCTAssertEqual(fired("削除された案に代わり、本取決めは法的拘束力を有する。"), ["法的拘束力"], "the dropped proposal is not the topic")
    }

    /// Another party's proposal, then what became of it: in Japanese, an adoption denied or the
    /// proposal named again as a rejection's object; in English, a demand taken up by no one and a
    /// passive rejection that shares the subject of the passive that reported the proposal.
    func testAProposalPutForwardByAnotherPartyThenRejectedDoesNotCount() {
        XCTAssertEqual(cues("米側から法的拘束力を持たせる条項の提案がございましたが、協議の結果、最終案には盛り込まれておりません。"),
                       ["reported as rejected or hypothetical ('盛り込ま')"], "an adoption denied as the main predicate")
        XCTAssertEqual(cues("一部の識者は法的拘束力を持たせるべきだと提言したが、政府はこれを明確に否定した。"),
                       ["reported as rejected or hypothetical ('否定')"], "the proposal named again as the rejection's object")
        XCTAssertEqual(fired("米側は法的拘束力を持たせることを提案したが、日本政府はこれを受け入れた。"), ["法的拘束力"], "taken up, not rejected")
        XCTAssertEqual(fired("法的拘束力を持たせることは、政府がこれを明確に否定した。"), ["法的拘束力"], "no proposal put forward")
        XCTAssertEqual(cues("A proposal to create legal obligations was reported in the press but expressly rejected by the Government."),
                       ["reported as rejected or hypothetical ('rejected')"])
        XCTAssertEqual(cues("The governor renewed his call for legal obligations, but Tokyo has no plans to take up the request."),
                       ["reported as rejected or hypothetical ('no plans to take')"])
        XCTAssertEqual(fired("The governor renewed his call for legal obligations, and Tokyo will take up the request."),
                       ["legal obligations"], "a demand taken up")
        XCTAssertEqual(cues("One lawmaker suggested creating legal obligations, but the plan leaves that idea out."),
                       ["reported as rejected or hypothetical ('leaves that idea out')"], "named again, in the present")
        XCTAssertEqual(cues("An opposition party has called for legal obligations, but both governments turned the idea down."),
                       ["reported as rejected or hypothetical ('turned the idea down')"], "the name between verb and particle")
        XCTAssertEqual(cues("Some lawmakers have called for legal obligations; both governments have instead pursued other measures."),
                       ["reported as rejected or hypothetical ('called')"], "another course taken up instead")
        XCTAssertEqual(fired("Some lawmakers have called for legal obligations, and both governments have pursued them."),
                       ["legal obligations"], "control: taken up")
        XCTAssertEqual(cues("A newspaper reported that the allies would create legal obligations."),
                       ["reported as rejected or hypothetical ('reported')"], "a newspaper's report")
        XCTAssertEqual(cues("Some readers portray the annex as creating legal obligations."),
                       ["reported as rejected or hypothetical ('portray')"], "how others portray it")
        XCTAssertEqual(fired("The allies reported that the annex creates legal obligations."), ["creates legal obligations"],
                       "control: the governments' own report")
        XCTAssertEqual(cues("\"The allies should create legal obligations,\" one retired officer quipped at a symposium."),
                       ["reported as rejected or hypothetical ('quipped')"], "a quotation attributed to another party after it")
        XCTAssertEqual(fired("\"The allies will create legal obligations,\" the minister said."), ["create legal obligations"],
                       "control: the government's own words")
        XCTAssertEqual(cues("A think tank proposed creating legal obligations. The government said no."),
                       ["reported as rejected or hypothetical ('said no')"], "rejected by the short sentence after it")
        XCTAssertEqual(fired("A think tank proposed creating legal obligations. The government agreed."), ["creating legal obligations"])
        XCTAssertEqual(cues("An early draft wanted legal obligations; Tokyo said no."),
                       ["reported as rejected or hypothetical ('said no')"], "a semicolon for the full stop")
        XCTAssertEqual(fired("An early draft wanted legal obligations; Tokyo agreed."), ["legal obligations"])
        XCTAssertEqual(cues("An early draft created legal obligations; the ministry replaced it with a statement of intent."),
                       ["reported as rejected or hypothetical ('replaced')"], "a draft replaced")
        XCTAssertEqual(cues("A draft annex created legal obligations; the Bureau had it removed."),
                       ["reported as rejected or hypothetical ('removed')"], "a causative whose object is the draft")
        XCTAssertEqual(fired("A draft annex created legal obligations; the Bureau had it approved.").count, 1, "control: a draft approved")
        XCTAssertEqual(cues("法的拘束力を持たせる原案は、指摘を受けて修正されました。", "[binding]"),
                       ["reported as rejected or hypothetical ('修正')"], "a draft corrected")
        XCTAssertEqual(fired("原案を修正し、法的拘束力を持たせる。", "[binding]").count, 1, "control: amending a draft to say it")
        XCTAssertEqual(cues("当初案では法的拘束力を持たせる規定が示されたが、指摘を受けて修正された。", "[binding]"),
                       ["reported as rejected or hypothetical ('修正')"], "the draft as the place of what it said, corrected")
        XCTAssertEqual(fired("当初案では法的拘束力を持たせる規定が示され、各府省に周知された。", "[binding]").count, 1,
                       "control: a draft's words passed on, not dropped")
        XCTAssertEqual(cues("Negotiators sought legal obligations; the other side declined and the text was dropped."),
                       ["reported as rejected or hypothetical ('dropped')"], "sought, then the text dropped")
        XCTAssertEqual(cues("Officials proposed legal obligations, but the sentence was quietly deleted from the final text."),
                       ["reported as rejected or hypothetical ('deleted')"], "the sentence named again")
        // A view voiced, then rejected after a contrast; words quoted as spoken, then judged by name.
        let voiced = "集会で「協力すべきだ」との発言があったが、主催者側は法的拘束力が生じるとして"
        XCTAssertEqual(cues(voiced + "退けた。"), ["reported as rejected or hypothetical ('退け')"])
        XCTAssertEqual(fired(voiced + "賛成した。").count, 1, "control: a view taken up")
        let judged = "、それは法的拘束力を持たせる議論だ。"
        XCTAssertEqual(cues("ある議員は「協力すべきだ」と語ったが" + judged).count, 1)
        XCTAssertEqual(fired("ある議員は協力したが" + judged).count, 1, "control: nothing quoted")
        XCTAssertEqual(cues("An early memo urged legal obligations; the ministry disagreed, holding that only a treaty could create any."),
                       ["reported as rejected or hypothetical ('disagreed')"], "a longer answer that opens with its rejection")
        XCTAssertEqual(fired("An early memo urged legal obligations; the ministry agreed, holding that the Guidelines could create them.").count, 1)
        XCTAssertEqual(fired("An early memo urged legal obligations; the ministry later wrote that the Guidelines rejected nothing.").count, 1,
                       "control: a rejection later in a longer answer")
        XCTAssertEqual(cues("Some had pressed for legal obligations; Tokyo refused, and the idea was quietly dropped."),
                       ["reported as rejected or hypothetical ('refused')"], "a refusal after the semicolon")
        XCTAssertEqual(cues("Some had pressed for legal obligations; in the end the idea was quietly dropped."),
                       ["reported as rejected or hypothetical ('dropped')"], "the proposal named again as a passive's subject")
        XCTAssertEqual(cues("Officials in Naha repeated their demand for legal obligations; Tokyo again declined to put it on the agenda."),
                       ["reported as rejected or hypothetical ('declined to put')"], "a refusal with the proposal as its infinitive's object")
        XCTAssertEqual(fired("Officials in Naha repeated their demand for legal obligations; Tokyo agreed to put it on the agenda.").count, 1)
        XCTAssertEqual(cues("Washington had pressed Tokyo for legal obligations, but the request did not make it into the final text."),
                       ["reported as rejected or hypothetical ('not make')"], "the proposal named again as a denied verb's subject")
        XCTAssertEqual(fired("Washington had pressed Tokyo for legal obligations, and the request made it into the final text.").count, 1)
        XCTAssertEqual(cues("The governor has demanded legal obligations, a call Tokyo and Washington have so far turned aside."),
                       ["reported as rejected or hypothetical ('a call Tokyo and Washington have so far turned aside')"],
                       "an appositive that names the demand, rejected")
        XCTAssertEqual(fired("The plan adds legal obligations, a call Tokyo and Washington have so far answered.").count, 1)
        XCTAssertEqual(cues("The opposition said the allies would create legal obligations, a charge officials rejected."),
                       ["reported as rejected or hypothetical ('a charge officials rejected')"], "an appositive that names a claim, rejected")
        XCTAssertEqual(cues("The allies will create legal obligations, a characterization the minister called groundless."),
                       ["reported as rejected or hypothetical ('a characterization the minister called groundless')"],
                       "a claim called untrue")
        XCTAssertEqual(fired("The allies will create legal obligations, a concern the minister called urgent.").count, 1,
                       "control: a claim called something else")
        XCTAssertEqual(cues("A staff suggestion to create legal obligations was discussed and set aside."),
                       ["reported as rejected or hypothetical ('set aside')"], "the phrasal's particle as the stemmer gives it")
        XCTAssertEqual(cues("米側は法的拘束力を持たせることを求めたとされるが、最終文書には盛り込まれなかった。"),
                       ["reported as rejected or hypothetical ('なかっ')"], "hearsay's とされる before the contrast")
        XCTAssertEqual(cues("法的拘束力を持たせてほしいという要望を県が国に出しましたが、国は、今回は行わないと答えています。"),
                       ["reported as rejected or hypothetical ('ない')"], "a proposal handed in, and a denied main predicate after the contrast")
        XCTAssertEqual(fired("法的拘束力を持たせてほしいという要望を県が国に出しましたが、国はこれを受け入れます。"), ["法的拘束力"])
        XCTAssertEqual(cues("県は法的拘束力を持たせるよう求める要請書を提出したが、政府は応じない考えを示した。"),
                       ["reported as rejected or hypothetical ('ない')"], "a written request handed in, and refused")
        XCTAssertEqual(fired("Someone pitched legal obligations for both sides. Didn't happen."), [], "an elliptical dismissal after it")
        XCTAssertEqual(fired("Someone pitched legal obligations for both sides. Pure hypothetical."), [])
        XCTAssertEqual(fired("Someone pitched legal obligations for both sides. The drafters agreed."), ["legal obligations"])
        XCTAssertEqual(fired("一部から提起された法的拘束力の案は、本合意には含まれない。"), [], "含まれない: not taken in")
        XCTAssertEqual(fired("法的拘束力を求める県の要望については、今回の協議の対象外とすることで一致。"), [], "対象外: set aside")
        XCTAssertEqual(fired("法的拘束力を持たせる案については、両政府の立場ではないことを確認した。"), [], "not the governments' position")
        XCTAssertEqual(cues("党内で浮上した「法的拘束力」論を、首相は退けた。"), ["reported as rejected or hypothetical ('退け')"],
                       "an argument as the object of a rejection")
        XCTAssertEqual(fired("党内で浮上した「法的拘束力」論を、首相は採用した。").count, 1, "an argument adopted")
        XCTAssertEqual(cues("法的義務論を取り上げたが、最終案には入っていません。"), ["reported as rejected or hypothetical ('入っ')"],
                       "an argument as an object, then not taken in")
        XCTAssertEqual(cues("沖縄県などが求める法的拘束力の付与について、政府は取り上げない方針を示した。"),
                       ["reported as rejected or hypothetical ('取り上げ')"], "what another party asks for, as the topic, not taken up")
    }

    /// A clause in the simple past, dated before the report, tells of history; one that plans or
    /// says what has been done does not.
    func testADatedClauseInThePastIsHistory() {
        XCTAssertEqual(cues("The Diet enacted the law in 1999.", "[enactment]"), ["a past event ('in 1999'), not a plan"])
        XCTAssertEqual(cues("The Diet enacted the law in the 1970s.", "[enactment]"), ["a past event ('1970s'), not a plan"],
                       "a decade wholly past")
        XCTAssertEqual(fired("The Diet enacted the law in the 2010s.", "[enactment]").count, 1, "control: a decade the report stands in")
        XCTAssertEqual(fired("The Diet will enact the law, as it did in 1999.", "[enactment]"), ["enact"], "a plan")
        XCTAssertEqual(fired("The Diet has enacted the law in 1999 and since.", "[enactment]"), ["enacted"], "the present perfect")
        XCTAssertEqual(cues("The Diet enacted the law in 2015.", "[enactment]"), ["a past event ('in 2015'), not a plan"],
                       "after the report, a law's making is history")
        XCTAssertEqual(fired("The ministry legislated the escort in 2015.", "[enactment]"), ["legislated"],
                       "after the report, what else is dated then is no history")
        XCTAssertEqual(cues("Enacted in 1999, the law was applied again.", "[enactment]"), ["a past event ('in 1999'), not a plan"],
                       "a past verb that opens the text")
        XCTAssertEqual(cues("昭和31年に、政府は法律を制定した。", "[enactment]").first,
                       "a past event ('昭和31年'), not a plan", "a Japanese era before the report and a predicate in た")
        XCTAssertEqual(cues("平成27年に、政府は法律を制定した。", "[enactment]").first, "a past event ('平成27年'), not a plan",
                       "平成27年 is after the report: a law's making then is history")
        XCTAssertEqual(fired("平成27年に、政府は法律を制定する。", "[enactment]").count, 1, "control: planned")
        XCTAssertEqual(cues("昭和四十七年に、政府は法律を制定した。", "[enactment]").first,
                       "a past event ('昭和四十七年'), not a plan", "a year in kanji, one numeral a token")
        XCTAssertEqual(cues("平成二十七年に、政府は法律を制定した。", "[enactment]").first, "a past event ('平成二十七年'), not a plan",
                       "a year in kanji after the report")
        XCTAssertEqual(cues("政府は、昭和31年以来、法律を制定するとしつつ、方針を維持してきた。", "[enactment]").first,
                       "a past event ('昭和31年'), not a plan", "a clause in つつ takes the tense of the sentence's end")
        XCTAssertEqual(fired("政府は、昭和31年以来、法律を制定するとしつつ、方針を維持する。", "[enactment]").count, 1)
    }

    func testJapaneseNumbersAreReadInDigitsAndKanji() {
        XCTAssertEqual(HistoricalPast.japaneseNumber("1972"), 1972)
        XCTAssertEqual(HistoricalPast.japaneseNumber("四十七"), 47)
        XCTAssertEqual(HistoricalPast.japaneseNumber("三十五"), 35)
        XCTAssertEqual(HistoricalPast.japaneseNumber("十"), 10)
        XCTAssertEqual(HistoricalPast.japaneseNumber("百二"), 102)
        XCTAssertEqual(HistoricalPast.japaneseNumber("二〇一三"), 2013)
        XCTAssertNil(HistoricalPast.japaneseNumber("元"))
        XCTAssertNil(HistoricalPast.japaneseNumber(""))
    }

    /// A clause's own verb in the present, a modal subordinate to a past verb, and a fronted
    /// "before" or "until" a year.
    func testTheTenseOfADatedClauseIsItsOwnVerbs() {
        XCTAssertEqual(fired("The enactment of such a law, something not seen since 1999, is part of this plan.", "[enactment]"),
                       ["enactment"], "the dated aside is not the clause's verb")
        XCTAssertEqual(cues("The enactment of such a law, last seen in 1999, was part of that plan.", "[enactment]").first,
                       "a past event ('in 1999'), not a plan")
        XCTAssertEqual(cues("In 2003 the government had to enact a law before a soldier could go.", "[enactment]").first,
                       "a past event ('In 2003'), not a plan", "a past modal in a clause under the past verb")
        XCTAssertEqual(cues("The law, passed in January 1999, created legal obligations.").first, "a past event ('1999'), not a plan",
                       "a month between the dating word and the year")
        XCTAssertEqual(cues("It enacted the 1954 law at once.", "[enactment]").first, "a past event ('1954'), not a plan",
                       "it is the subject of a verb in the past, though the stemmer makes its an it")
        XCTAssertEqual(fired("It will enact the 1954 law at once.", "[enactment]"), ["enact"])
        XCTAssertEqual(cues("The Diet enacted the 1954 law in one day — the fastest enactment of its kind.", "[enactment]"),
                       ["a past event ('1954'), not a plan", "a past event ('1954'), not a plan"],
                       "a verbless appositive after a dash takes the tense of the clause before it")
        XCTAssertEqual(fired("The Diet will enact the law in one day — the fastest enactment of its kind.", "[enactment]"), ["enact", "enactment"])
        XCTAssertEqual(fired("The Diet enacted the 1954 law in one day — the law is to be enacted again.", "[enactment]"), ["enacted"],
                       "an appositive with a verb of its own")
        XCTAssertEqual(fired("The plan has the Diet enact the law again, as it did before 1999.", "[enactment]"), ["enact"],
                       "a comparison's verb in the past dates only the comparison")
        XCTAssertEqual(cues("1978 — The Diet will enact the law.", "[enactment]").first, "a past event ('1978'), not a plan",
                       "a timeline's entry: a year and a dash open the sentence")
        XCTAssertEqual(cues("1995–96 — The Diet enacts the law.", "[enactment]").first, "a past event ('1995'), not a plan", "a range of years")
        XCTAssertEqual(cues("2010 (Mar.) — The Diet enacts the law.", "[enactment]").first, "a past event ('2010'), not a plan", "a month")
        XCTAssertEqual(fired("1960 Treaty: the Diet will enact the law.", "[enactment]").count, 1, "a dated name heads a plan")
        XCTAssertEqual(fired("2020 — The Diet will enact the law.", "[enactment]").count, 1, "a year after the report")
        XCTAssertEqual(cues("In 1999 officials sought legal obligations, an idea the government has since studied.").first,
                       "a past event ('In 1999'), not a plan", "a present perfect in a later aside")
        XCTAssertEqual(cues("In 1969 the two leaders secretly agreed both sides could accept legal obligations.").first,
                       "a past event ('In 1969'), not a plan", "a reporting verb's object clause without its 'that'")
        XCTAssertEqual(fired("The pact Japan signed in 1960 would create legal obligations under this plan.").count, 1,
                       "the sentence's own modal plans")
        XCTAssertEqual(cues("In July 2014 the government invoked a judgment that created legal obligations.").first,
                       "a past event ('2014'), not a plan", "the report's own year, in the simple past")
        XCTAssertEqual(fired("In December 2014 the government will create legal obligations.").count, 1, "the report's year, planned")
        XCTAssertEqual(fired("In July 2015 the government created legal obligations.").count, 1, "a year after the report")
        XCTAssertEqual(cues("Before the 2015 legislation, governments held that Japan could accept legal obligations.").first,
                       "a past event ('2015'), not a plan", "what stood before a dated event, fronted, whatever the year")
        XCTAssertEqual(fired("Japan undertakes to enact the legislation needed before the close of the 2015 session.", "[enactment]"),
                       ["enact"], "a year after the report, not fronted, and a participle")
        XCTAssertEqual(cues("Until the July 2014 decision, governments held that Japan could accept legal obligations.").first,
                       "a past event ('2014'), not a plan")
        XCTAssertEqual(cues("This column looks back at the 1999 Guidelines, under which Japan was to accept legal obligations.").first,
                       "a past event ('1999'), not a plan", "a relative clause of the dated noun")
        XCTAssertEqual(cues("The Diet in turn enacted the 1999 law.", "[enactment]").first, "a past event ('1999'), not a plan",
                       "a verb in the past with the dated noun as its object")
        XCTAssertEqual(fired("The revised plan supersedes the 1999 law and creates legal obligations.").count, 1)
        XCTAssertEqual(cues("昭和四十七年の政府見解では、法的義務を負うとされております。").first, "a past event ('昭和四十七年'), not a plan",
                       "a dated view reported")
        XCTAssertEqual(cues("昭和三十五年に法的義務が改められた経緯がございます。").first, "a past event ('昭和三十五年'), not a plan",
                       "a past told as a history")
        XCTAssertEqual(fired("昭和四十七年の法律に基づき、法的義務を負う。").count, 1, "a dated law, not a view")
        XCTAssertEqual(cues("昭和62年の措置は、法的義務として行われたものでございます。").first, "a past event ('昭和62年'), not a plan",
                       "〜たものでございます tells a past")
        XCTAssertEqual(cues("For decades the government took on legal obligations.").first,
                       "a past event ('decades'), not a plan", "a past with no year, its word opening the clause")
        XCTAssertEqual(cues("Panel: For decades the government took on legal obligations.").first,
                       "a past event ('decades'), not a plan", "its word opening the clause after a label")
        XCTAssertEqual(fired("Panel: the plan, unlike those of past decades, took on legal obligations.").count, 1, "the word further in")
        XCTAssertEqual(fired("Japan now accepts legal obligations that it previously declined.").count, 1,
                       "a relative clause's past in a sentence about now")
        XCTAssertEqual(cues("かつて政府は法的義務を負うとした。").first, "a past event ('かつて'), not a plan")
        XCTAssertEqual(cues("1999年に制度が初めて導入されたが、政府は法的義務を負った。").first, "a past event ('1999年'), not a plan",
                       "a clause in た after a dated past and its contrast")
        XCTAssertEqual(fired("1999年に制度が初めて導入されたが、政府は法的義務を負う。").count, 1)
        XCTAssertEqual(fired("かつてない規模で法的義務を負う。").count, 1, "かつてない is no past")
        XCTAssertEqual(cues("旧指針の下では、政府は法的義務を負うとしていた。").first, "a past event ('旧'), not a plan",
                       "the former Guidelines, told in the past")
        XCTAssertEqual(fired("旧指針の規定に代えて、法的義務を負う。").count, 1, "the former Guidelines named in a plan")
        XCTAssertEqual(cues("In 2003 the government had to enact a law before troops could go, a reminder of how deployments are tied to statute.",
                            "[enactment]").first,
                       "a past event ('In 2003'), not a plan", "the present of a later aside is not the clause's")
        XCTAssertEqual(cues("The government told parliament back in 1956 that Japan could accept legal obligations.").first,
                       "a past event ('in 1956'), not a plan", "'told' is a past, and the modal after its 'that' follows it")
        XCTAssertEqual(fired("The government signed a pact back in 1956 that will create legal obligations.").count, 1,
                       "'will' plans after any 'that'")
    }

    /// A negation in the continuative (〜することなく、) denies only what stands after the topic; the
    /// topic is the later predicate's.
    /// 「…させる、そういう案ではない」: the demonstrative takes up the segment before it, and the
    /// negation after it denies that segment too.
    /// A negative subject that opens its clause ("No text the ministers signed", "Not one of the
    /// areas") denies every predicate it has.
    func testANegativeSubjectDeniesEveryPredicate() {
        XCTAssertEqual(cues("No text the ministers signed today amends the plan or will create legal obligations."), ["negated by 'No'"])
        XCTAssertEqual(cues("Not one of the areas the two governments list, from basic training to joint logistics, is to be carried out without a statute.", "[without-basis]"),
                       ["negated by 'Not'"])
        XCTAssertEqual(fired("The Diet will not meet, and creates legal obligations.").count, 1,
                       "control: a negated predicate with a subject of its own")
    }

    /// Two negated predicates that share the object after them ("is not proposing, and the
    /// plan does not require, any …") both deny it.
    func testASharedObjectIsDeniedByBothNegatedPredicates() {
        XCTAssertEqual(cues("The committee is not proposing, and the plan does not require, any arrangement that creates legal obligations."),
                       ["negated by 'not'"])
        XCTAssertEqual(fired("The committee did not object, and the plan will create legal obligations.").count, 1,
                       "control: a clause with a modal of its own")
        XCTAssertEqual(fired("Whether or not the Diet agrees, the plan creates legal obligations.").count, 1,
                       "control: a subject after the negation makes a clause")
    }

    func testANegationAfterAResumptiveDemonstrativeReachesBack() {
        XCTAssertEqual(cues("本取決めに法的拘束力を持たせる、そういう案ではない。", "[binding]"), ["negated by 'ない'"])
        XCTAssertEqual(cues("本取決めに法的拘束力を持たせる、このような取決めは結ばない。", "[binding]"), ["negated by 'ない'"],
                       "MeCab cuts このような into この, よう and な")
        XCTAssertEqual(fired("本取決めに法的拘束力を持たせる、政府は訓練を行わない。", "[binding]"), ["法的拘束力"],
                       "control: a clause with a subject of its own")
    }

    /// 「…する、いわゆる…」 and 「…する、という…は」 take up the segment before them, as a
    /// demonstrative does; a quotation with no topic after it (「…、というのが方針」) does not.
    func testANegationAfterAQuotationOrIwayuruReachesBack() {
        XCTAssertEqual(cues("本取決めに法的拘束力を持たせる、いわゆる条約化は行わない。", "[binding]"), ["negated by 'ない'"])
        XCTAssertEqual(cues("本取決めに法的拘束力を持たせる、という読み方はどこからも出てこない。", "[binding]"), ["negated by 'ない'"])
        XCTAssertEqual(fired("本取決めに法的拘束力を持たせる、というのが政府は訓練を行わないという意味だ。", "[binding]"), ["法的拘束力"],
                       "control: a quotation whose noun is no topic")
        XCTAssertEqual(cues("本取決めに法的拘束力を持たせる、ということではない。", "[binding]"), ["negated by 'ない'"],
                       "a quotation that a nominalizer and a copula make a predicate")
        XCTAssertEqual(cues("本取決めに法的拘束力を持たせる、というわけではない。", "[binding]"), ["negated by 'ない'"])
        XCTAssertEqual(fired("本取決めに法的拘束力を持たせる、ということである。", "[binding]"), ["法的拘束力"], "control: affirmed")
    }

    /// A nominalized topic set off by its comma (〜ことは、) belongs to the sentence's last
    /// predicate: its negation denies the topic across a frame between.
    func testANegationEndingTheClauseDeniesANominalizedTopic() {
        XCTAssertEqual(cues("本取決めに法的拘束力を持たせることは、憲法の趣旨に照らし、今後とも想定しない。", "[binding]"), ["negated by 'ない'"])
        XCTAssertEqual(fired("本取決めに法的拘束力を持たせることは、憲法の趣旨に照らし、今後とも想定する。", "[binding]"), ["法的拘束力"],
                       "control: an affirmed predicate")
        XCTAssertEqual(fired("本取決めに法的拘束力を持たせ、政府は、憲法の趣旨に照らし、訓練を想定しない。", "[binding]"), ["法的拘束力"],
                       "control: no nominalized topic")
    }

    /// A negated objection (反しない, 問題はない, ためらうべきではない) approves what it judges.
    func testANegatedObjectionApprovesItsTopic() {
        XCTAssertEqual(fired("本取決めに法的拘束力を持たせることは憲法に反しない。", "[binding]"), ["法的拘束力"])
        XCTAssertEqual(fired("本取決めに法的拘束力を持たせることに何ら問題はない。", "[binding]"), ["法的拘束力"])
        XCTAssertEqual(fired("本取決めに法的拘束力を持たせることも、ためらうべきではない。", "[binding]"), ["法的拘束力"])
        XCTAssertEqual(cues("本取決めに法的拘束力を持たせることはしない。", "[binding]"), ["negated by 'ない'"], "control: a plain negation")
    }

    /// A nominalizer before ではない (わけではない, のではない) makes a predicate of the clause before
    /// it, which the negation denies whatever follows it; the は of ではない is no topic that ends a
    /// relative clause's reach.
    func testAPredicateDeniedWithWakeDewaNaiIsDeniedBeforeANoun() {
        XCTAssertEqual(cues("本取決めが法的拘束力を持つわけではないことは、国会でも確認された。", "[binding]"), ["negated by 'ない'"])
        XCTAssertEqual(cues("本取決めが法的拘束力を持つのではないと確認された。", "[binding]"), ["negated by 'ない'"])
        XCTAssertEqual(cues("これが、そのまま法的拘束力を生むわけではない点は押さえておきたい。", "[binding]"), ["negated by 'ない'"])
        XCTAssertEqual(fired("本取決めに法的拘束力を持たせるのは、政府の方針ではない点に触れつつ、検討する。", "[binding]").count, 1,
                       "control: a noun (方針) before ではない is what it denies")
    }

    /// A sentence that quotes its own statement and ends with who made it (〜と、…説明してきた)
    /// ends with the quotation's predicate; a quotation that names its noun as an object (、という
    /// 考え方を) or follows など takes up what came before it.
    func testAQuotedStatementEndsItsSentence() {
        XCTAssertEqual(cues("本取決めは法的拘束力を持つものではない、と私どもは説明してまいりました。", "[binding]"),
                       ["negated by 'ものではない'"])
        XCTAssertEqual(fired("本取決めは法的拘束力を持つものではない、と政府は述べたが、法的拘束力を持たせる。", "[binding]").count, 1,
                       "control: a predicate of the sentence's own after the quotation")
        XCTAssertEqual(cues("本取決めに法的拘束力を持たせる、という考え方を政府はとらない。", "[binding]"), ["negated by 'ない'"])
        XCTAssertEqual(cues("本取決めに法的拘束力を持たせる、などという案は採らない。", "[binding]"), ["negated by 'ない'"])
    }

    /// これ or それ as the object of a negated verb takes the sentence's topic up: the negation
    /// denies it.
    func testANegatedVerbWhoseObjectResumesTheTopicDeniesIt() {
        XCTAssertEqual(cues("法的拘束力を持たせることについて、政府は一貫してこれを認めない立場をとってきた。", "[binding]"),
                       ["negated by 'ない'"])
        XCTAssertEqual(fired("法的拘束力を持たせることについて、政府は一貫して別の案を認めない立場をとってきた。", "[binding]").count, 1,
                       "control: an object of its own")
    }

    func testAnAdverbialJapaneseNegationLeavesTheTopic() {
        XCTAssertEqual(fired("法的拘束力を有する本取決めは、国会の審議を経ることなく、締結する。", "[binding]"), ["法的拘束力"])
        XCTAssertEqual(cues("本取決めは、法的拘束力を有することなく、運用する。", "[binding]"), ["negated by 'なく'"])
        XCTAssertEqual(cues("これは法的拘束力ではなく、運用の話だ。", "[binding]"), ["negated by 'なく'"], "the は of ではなく is no topic")
        XCTAssertEqual(cues("法的拘束力を持たせる話は本計画にはなく、予算は別に定める。", "[binding]"), ["negated by 'なく'"],
                       "ない after には says the thing is not there, and ends the predicate")
        XCTAssertEqual(fired("法的拘束力は、国会によらず、政府が与える。", "[binding]"), ["法的拘束力"],
                       "「AによらずB」 denies A only, as ではなく does")
        XCTAssertEqual(cues("法的拘束力を持たせることは想定されておらず、予算は別に定める。", "[binding]"), ["negated by 'ず'"],
                       "ず before 、 ends a predicate, and is no adverb")
        XCTAssertEqual(fired("訓練は、ガイドラインに頼らず、法的拘束力をもって行う。", "[binding, exercise]"), ["法的拘束力", "訓練"],
                       "a topic set off by its comma belongs to the predicate after ず")
        XCTAssertEqual(cues("訓練は、法的拘束力に頼らず、ガイドラインで行う。", "[binding, exercise]"), ["negated by 'ず'"],
                       "control: the concept the ず clause holds is denied")
        XCTAssertEqual(cues("訓練は、法的拘束力を想定しておらず、予算は別に定める。", "[binding, exercise]"), ["negated by 'ず'"],
                       "control: every concept before ず")
        XCTAssertEqual(fired("訓練について、政府はガイドラインに頼らず、法的拘束力をもって行う。", "[binding, exercise]"), ["法的拘束力", "訓練"],
                       "the words before the ず clause's own topic or subject belong to the predicate after it")
        XCTAssertEqual(cues("訓練について、政府は法的拘束力に頼らず、ガイドラインで行う。", "[binding, exercise]"), ["negated by 'ず'"],
                       "control: a concept after the ず clause's topic is denied")
        XCTAssertEqual(fired("訓練については確認せず、法的拘束力をもって行う。", "[binding, exercise]"), ["法的拘束力", "訓練"],
                       "について before は makes a topic too")
        XCTAssertEqual(fired("法的拘束力を有する本取決めは、国会の審議を経ずに、締結する。", "[binding]"), ["法的拘束力"],
                       "せずに is an adverb")
        XCTAssertEqual(fired("訓練を行うものではなく、政府は法的拘束力を持たせる。", "[binding]"), ["法的拘束力"],
                       "ものではなく in a clause before the last denies that clause alone")
        XCTAssertEqual(fired("政府が法的拘束力を持たせるものではなく、訓練は別に行う。", "[binding]"), [],
                       "and does deny its own clause")
        XCTAssertEqual(fired("法的拘束力を持たせ、これを公表し、又は運用することは、一切ない。", "[binding]"), [],
                       "a list of predicates that a coordinator joins shares the negation that ends the last")
        XCTAssertEqual(fired("法的拘束力を持たせ、政府がこれを公表し、又は運用することは、一切ない。", "[binding]"), ["法的拘束力"],
                       "an item with a subject of its own ends the list")
    }

    /// `within` counts Japanese words, not the particles and marks MeCab cuts apart.
    func testWithinCountsJapaneseWords() {
        let text = "ガイドラインは、両政府に対して法的拘束力を有する。"
        XCTAssertEqual(fired(text, "[guidelines, binding], within: 6").count, 2)
        XCTAssertEqual(fired(text, "[guidelines, binding], within: 4"), [])
    }

    /// An infinitive "to be" plans, as a headline does, even in a dated clause.
    func testAHeadlinesToBePlans() {
        XCTAssertEqual(fired("Obligations withdrawn in 1991 but legally binding again, to be restored per this plan.", "[binding]").count, 1)
    }

    /// A year as a noun's modifier dates its clause only with a verb in the past right after the
    /// noun; a fronted phrase or "prior to" a date of the report's year dates the clause after it.
    func testAYearThatModifiesANounOrAFrontedPhraseDatesItsClause() {
        XCTAssertEqual(cues("The 1999 law itself created legal obligations.").first, "a past event ('1999'), not a plan")
        XCTAssertEqual(fired("The agreement supersedes the 1999 Agreed Minute and creates legal obligations.").count, 1,
                       "a capital after the year starts a name, and the verb stands further on")
        XCTAssertEqual(cues("A 1999 understanding let the parties assume legal obligations.").first, "a past event ('1999'), not a plan",
                       "a verb whose past is its present form")
        XCTAssertEqual(cues("Under the 1999 arrangement, Japan accepted legal obligations.").first,
                       "a past event ('1999'), not a plan", "a fronted phrase dates the clause after its comma")
        XCTAssertEqual(fired("Under the 1999 arrangement, Japan will accept legal obligations.").count, 1, "a plan")
        XCTAssertEqual(cues("Prior to the 1 Jul 2014 decision, Japan accepted legal obligations.").first,
                       "a past event ('2014'), not a plan", "before a date of the report's own year")
        XCTAssertEqual(fired("Prior consultation per 1999 notes: legal obligations accepted.").count, 1, "prior without its to")
        XCTAssertEqual(cues("Before the July 2014 decision, the reading was that Japan could accept legal obligations.").first,
                       "a past event ('2014'), not a plan", "'before' a date of the report's year; a modal after 'was that' is backshifted")
        XCTAssertEqual(cues("2014年7月の閣議決定以前、政府は法的義務を受け入れていた。").first, "a past event ('2014年'), not a plan",
                       "before a date of the report's year, in Japanese")
        XCTAssertEqual(cues("1960年には法的義務が課せられ、制度が導入された。").first, "a past event ('1960年'), not a plan",
                       "a continuative clause takes the tense of the sentence's last predicate")
        XCTAssertEqual(fired("1960年には法的義務が課せられ、制度が導入される。").count, 1, "the sentence ends in the present")
        XCTAssertEqual(cues("The result was a 1999 understanding that created legal obligations.").first, "a past event ('1999'), not a plan",
                       "'was' before a year that modifies a noun")
        XCTAssertEqual(fired("The so-called Basic Arrangement that has applied since 1999 will create legal obligations.").count, 1,
                       "a relative 'that' after a participle reports nothing: the modal plans")
        XCTAssertEqual(cues("The 1999 Treaty of Mutual Cooperation and Security created legal obligations.").first,
                       "a past event ('1999'), not a plan", "a name of capitalized words, then a verb in the past")
        XCTAssertEqual(fired("The 1999 Treaty of Mutual Cooperation and Security will create legal obligations.").count, 1)
        XCTAssertEqual(cues("1960年の改定により旧条約は置き換えられ、政府は法的義務を負った。").first, "a past event ('1960年'), not a plan",
                       "a clause with no date, after a dated one in the continuative, ending in た")
        XCTAssertEqual(fired("1960年の改定により旧条約は置き換えられ、政府は法的義務を負う。").count, 1, "the later clause plans")
        XCTAssertEqual(cues("新法の施行前においては、法的義務が課せられていた。").first, "a past event ('施行'), not a plan",
                       "a time before a law was made, and a predicate in た")
        XCTAssertEqual(fired("新法の施行前においては、法的義務が課せられる。").count, 1, "a plan before the law takes effect")
    }

    /// A question asserts nothing, unless it is a negative one or an answer says yes; a question in
    /// a later clause asks about an earlier one that asserts.
    func testAQuestionAssertsNothing() {
        XCTAssertEqual(cues("Q: Will the Diet enact the law? A: No.", "[enactment]"), ["a question ('Will'), which asserts nothing"])
        XCTAssertEqual(cues("問：政府は法律を制定するのか。答：しない。", "[enactment]"), ["a question ('か'), which asserts nothing"])
        XCTAssertEqual(fired("政府は法律を制定するということですか。はい、そのとおりです。", "[enactment]").count, 1, "answered yes")
        XCTAssertEqual(fired("政府は法律を制定するものであるが、これは許されるのか。", "[enactment]").count, 1,
                       "the question is about an earlier clause, which asserts")
        XCTAssertEqual(cues("QUESTION: The Diet will enact the law; did you discuss that today?", "[enactment]"),
                       ["a question ('QUESTION'), which asserts nothing"], "a question label makes every clause of its sentence ask")
        XCTAssertEqual(fired("NOTE: The Diet will enact the law; did you discuss that today?", "[enactment]").count, 1, "no question label")
    }

    /// A sentence that is one question from its start, after a speaker's label and a short address,
    /// asks in every clause, as do a statement with a short tag that asks whether it holds and the
    /// facts of a problem for study that sets a task. A supposition that a dash ends is hypothetical.
    func testAQuestionAfterALabelAndAnAddressAsksInEveryClause() {
        // Each case with the cue that suppresses it, or nil for a control that counts.
        let cases: [(text: String, cue: String?)] = [
            ("JUSTICE DUMONT: Counsel, would the allies create legal obligations while the Diet objects?",
             "a question ('would'), which asserts nothing"),
            ("JUSTICE DUMONT: Counsel, the allies create legal obligations while the Diet objects?", nil),
            ("Counsel, suppose the allies created legal obligations — would the Diet object?",
             "reported as rejected or hypothetical ('suppose')"),
            ("Counsel, suppose the allies create legal obligations — the Diet will object.", nil),
            // A statement with a short tag that asks whether it holds, inside quotation marks or not.
            ("Student hypo: 'The allies create legal obligations — OK?'", "a question ('OK'), which asserts nothing"),
            ("The allies create legal obligations; the Diet agrees — right?", "a question ('right'), which asserts nothing"),
            ("The allies create legal obligations — the Diet asked why?", nil),
            // A problem for study: its facts, then the task it sets or a question about them.
            ("Problem set 4: a plan says the allies create legal obligations; identify the defect.",
             "a question ('Problem'), which asserts nothing"),
            ("Past paper: the allies create legal obligations — explain why that fails.", "a question ('paper'), which asserts nothing"),
            ("Problem 4: the allies create legal obligations.", nil),
            ("Note: a plan says the allies create legal obligations; identify the office responsible.", nil),
        ]
        for (text, cue) in cases {
            if let cue {
                XCTAssertEqual(cues(text), [cue], text)
            } else {
                XCTAssertEqual(fired(text).count, 1, "control: " + text)
            }
        }
    }

    /// Put by a questioner after a label, 「…のではないか」 voices a suspicion and asks, and a denial
    /// it asks about is not made; 「…すべきではないか」 still urges.
    func testAQuestionersSuspicionAsks() {
        XCTAssertEqual(cues("問：政府は法律を制定することになるのではないか。", "[enactment]"), ["a question ('問'), which asserts nothing"])
        XCTAssertEqual(fired("問：政府は法律を制定すべきではないか。", "[enactment]").count, 1, "a question that urges")
        XCTAssertEqual(fired("政府は法律を制定することになるのではないか。", "[enactment]").count, 1, "control: no questioner's label")
        XCTAssertEqual(fired("問：演習では法律を制定しないのではないか。", "[exercise, enactment], negated: true"), [],
                       "a denial asked about")
        XCTAssertEqual(fired("演習では法律を制定しない。", "[exercise, enactment], negated: true").count, 2, "control: a denial made")
    }

    /// Words quoted or claimed, then denied as untrue, propose nothing.
    func testAClaimDeniedAsUntrueIsReported() {
        XCTAssertEqual(cues("一部報道で「法的拘束力を持たせる」とされていますが、そのような事実はありません。"),
                       ["reported as rejected or hypothetical ('事実はありません')"])
        XCTAssertEqual(fired("一部報道で「法的拘束力を持たせる」とされていますが、政府はこれを認めます。").count, 1, "no denial")
        XCTAssertEqual(cues("一部報道では法的拘束力を持たせるとされているが、事実に反する。"),
                       ["reported as rejected or hypothetical ('事実に反する')"], "a report's claim, unquoted, denied")
        XCTAssertEqual(fired("政府は法的拘束力を持たせることとしたが、事実に反する報道もある。").count, 1, "control: no report before the hit")
        XCTAssertEqual(cues("Reports that the plan creates legal obligations are false."), ["reported as rejected or hypothetical ('false')"])
        XCTAssertEqual(fired("The plan creates legal obligations, and reports of delay are false.").count, 1, "no claim noun before the hit")
        XCTAssertEqual(cues("The ministry dismissed a report that the plan creates legal obligations."),
                       ["reported as rejected or hypothetical ('dismissed a report that')"], "a denial verb before the claim")
        XCTAssertEqual(cues("HEADLINE: Gov't denies Guidelines create legal obligations"),
                       ["reported as rejected or hypothetical ('denies')"], "a headline's bare complement")
        XCTAssertEqual(fired("The ministry dismissed the contractor; the plan creates legal obligations.").count, 1,
                       "control: the hit in another clause")
        XCTAssertEqual(cues("A common misconception, repeated in the press, is that the plan creates legal obligations."),
                       ["reported as rejected or hypothetical ('misconception')"], "a noun of error whose 'is that' states the claim")
        XCTAssertEqual(cues("A popular misconception, quoted here only to correct it, holds that the plan creates legal obligations."),
                       ["reported as rejected or hypothetical ('misconception')"], "or whose 'holds that' states it")
        XCTAssertEqual(fired("A common mistake in the budget will be fixed, and the plan creates legal obligations.").count, 1,
                       "control: no 'is that'")
        XCTAssertEqual(cues("Saw a headline saying the plan creates legal obligations—not so; it creates none."),
                       ["reported as rejected or hypothetical ('not so')"])
        XCTAssertEqual(cues("There's been reporting that the plan creates legal obligations, and that's not accurate."),
                       ["reported as rejected or hypothetical ('not accurate')"])
        XCTAssertEqual(fired("Saw a headline saying the plan creates legal obligations, and so it does.").count, 1, "control: no denial")
        XCTAssertEqual(cues("The notion that the plan creates legal obligations is mistaken."),
                       ["reported as rejected or hypothetical ('mistaken')"])
    }

    /// A sentence that ends by asking for its answer after か asks: 「…お考えか伺います」.
    func testAQuestionPutWithAVerbOfAskingAsks() {
        XCTAssertEqual(cues("法的拘束力を持たせるべきだとの主張について、市長はどのようにお考えか伺います。", "[binding]"),
                       ["a question ('か'), which asserts nothing"])
        XCTAssertEqual(cues("法的拘束力を持たせるべきか、お尋ねします。", "[binding]"), ["a question ('か'), which asserts nothing"])
        XCTAssertEqual(fired("市長は法的拘束力を持たせると伺います。", "[binding]"), ["法的拘束力"],
                       "control: what one hears is no question")
        // So does one that ends by asking to be told a view: 「…大臣のお考えをお聞かせください」.
        for (asked, view) in [("法的拘束力を持たせる県の要望について、大臣のお考えをお聞かせください。", "考え"),
                              ("法的拘束力を持たせる案について、政府の見解を示されたい。", "見解")] {
            XCTAssertEqual(cues(asked, "[binding]"), ["a question ('\(view)'), which asserts nothing"], asked)
        }
        XCTAssertEqual(fired("法的拘束力を持たせる県の要望について、大臣の考えを実行してください。", "[binding]"), ["法的拘束力"],
                       "control: a request to act on a view")
    }

    /// A proposal's language struck, and an idea killed, are dropped.
    func testLanguageStruckAndAnIdeaKilledAreDropped() {
        XCTAssertEqual(cues("Earlier language creating legal obligations has been struck."),
                       ["reported as rejected or hypothetical ('struck')"])
        XCTAssertEqual(cues("An early paper floated legal obligations for both sides, but the lawyers killed the idea."),
                       ["reported as rejected or hypothetical ('killed the idea')"])
        XCTAssertEqual(fired("An early paper proposed legal obligations for both sides, and the lawyers liked the idea.").count, 1,
                       "control: no rejection")
    }

    /// A question named as one asks: 「…できるのかという点」.
    func testAJapaneseQuestionNamedAsOneAsks() {
        XCTAssertEqual(cues("法的拘束力を持たせることができるのかという点でございますが、政府の答えは明確です。"),
                       ["a question ('かという点'), which asserts nothing"])
        XCTAssertEqual(fired("法的拘束力を持たせるという点で、両政府は一致した。").count, 1, "という点 without a question")
        XCTAssertEqual(cues("米側から、法的拘束力を持たせるのかとの照会があった。"), ["a question ('かとの照会'), which asserts nothing"])
        XCTAssertEqual(cues("法的拘束力を持たせることが可能か照会があったが、回答した。"), ["a question ('か照会'), which asserts nothing"],
                       "the noun of a question right after か")
        XCTAssertEqual(fired("法的拘束力を持たせることが可能か検討し、実施する。").count, 1, "control: no question put to anyone")
        XCTAssertEqual(cues("よく「ガイドラインは法的拘束力を持つのか」と聞かれます。"), ["a question ('か'), which asserts nothing"],
                       "a quotation that ends in か")
        XCTAssertEqual(cues("A student once asked me whether the plan creates legal obligations."), ["a question ('whether'), which asserts nothing"])
        XCTAssertEqual(cues("Pressed in committee on whether the plan creates legal obligations, the minister said it does not."),
                       ["a question ('whether'), which asserts nothing"], "a preposition of subject matter before it")
        XCTAssertEqual(cues("The committee debated whether the plan creates legal obligations."), ["a question ('whether'), which asserts nothing"],
                       "a verb that weighs a question")
        XCTAssertEqual(fired("The allies, regardless of whether the Diet agrees, create legal obligations.").count, 1,
                       "control: regardless of whether asks nothing")
        XCTAssertEqual(cues("Asked in the Diet whether the plan creates legal obligations, the minister said no."),
                       ["a question ('whether'), which asserts nothing"], "a verb of asking four words before whether")
        XCTAssertEqual(cues("Asked in committee what Japan would do if the allies created legal obligations, the minister demurred."),
                       ["a question ('what'), which asserts nothing"], "a verb of asking before what")
        XCTAssertEqual(fired("What the allies create are legal obligations.").count, 1, "control: no verb of asking")
        XCTAssertEqual(cues("Asked whether legal obligations would follow, the minister said no."),
                       ["a question ('whether'), which asserts nothing"], "the question's first word right after whether")
        XCTAssertEqual(cues("日本は法律を制定するのではないか、との質疑があった。", "[enactment]"),
                       ["a question ('か、との質疑'), which asserts nothing"], "a comma between か and との")
        XCTAssertEqual(fired("The plan creates legal obligations whether or not the Diet agrees.").count, 1)
        XCTAssertEqual(cues("法的拘束力を持たせるかにつきましては、検討中でございます。"), ["a question ('か'), which asserts nothing"],
                       "につきましては makes the question a topic")
        XCTAssertEqual(cues("法的拘束力を持たせるのではないかという委員の御懸念でございますが、お答えします。"),
                       ["a question ('かという委員の御懸念'), which asserts nothing"], "whose question it is, between")
        XCTAssertEqual(cues("法的拘束力を持たせるべきなのか、これは皆さんにも考えていただきたい問いなんです。"),
                       ["a question ('か'), which asserts nothing"], "a question the rest of its sentence names as one")
    }

    /// A Japanese Q&A sets its question off with a blank, not a colon: 「Ｑ　…の？」. MeCab files ？
    /// with the words (記号,一般); it ends the sentence as a mark.
    func testAJapaneseQuestionLabelSetOffByABlankAsks() {
        XCTAssertEqual(cues("Ｑ　日本は法律を制定するものとされたが、これは本当なの？", "[enactment]"),
                       ["a question ('Ｑ'), which asserts nothing"], "the label asks for every clause of its sentence")
        XCTAssertEqual(fired("日本は法律を制定するものとされたが、これは本当なの？", "[enactment]").count, 1,
                       "without the label, a question in a later clause asks about an earlier one that asserts")
        XCTAssertEqual(fired("Ａ　指針ができると、日本は法律を制定することになります。", "[enactment]").count, 1, "an answer asserts")
        XCTAssertEqual(fired("指針ができると、日本は法律を制定することになる。", "[enactment]").count, 1, "no label, no question mark")
        XCTAssertEqual(cues("日本は法律を制定するの？", "[enactment]"), ["a question ('の'), which asserts nothing"],
                       "？ is a mark, so the question ends in its particle")
    }

    /// A Diet answer names the question it answers: 「…ではないかとのお尋ねでございますが」.
    func testAQuestionNamedAsAnOtasuneAsks() {
        XCTAssertEqual(cues("日本は法律を制定するのではないかとのお尋ねでございますが、そのような予定はございません。", "[enactment]"),
                       ["a question ('かとのお尋ね'), which asserts nothing"])
        XCTAssertEqual(fired("日本は法律を制定するとのお知らせでございます。", "[enactment]").count, 1, "no question")
        XCTAssertEqual(cues("日本が法律を制定するかは、国会で大きな争点となった。", "[enactment]"),
                       ["a question ('か'), which asserts nothing"], "a predicate's か before は names a question")
        XCTAssertEqual(cues("委員から、日本は法律を制定するのではないかとの質疑があった。", "[enactment]"),
                       ["a question ('かとの質疑'), which asserts nothing"], "a committee's 質疑 is a question too")
    }

    /// A quotation that ends in a question mark asks: 「「…するの？」とよく聞かれますが」.
    func testAQuotedJapaneseQuestionAsks() {
        XCTAssertEqual(cues("「日本は法律を制定するの？」とよく聞かれますが、その予定はありません。", "[enactment]"),
                       ["a question ('？'), which asserts nothing"])
        XCTAssertEqual(fired("「日本は法律を制定する」と政府は答えた。", "[enactment]").count, 1, "a quotation that asks nothing")
    }

    /// The Diet's minutes set a member's question off with ○ and a blank; the government's answer
    /// that says yes (はい, そのとおり, そのように) takes it up.
    func testADietMembersQuestionIsAnotherSpeakers() {
        XCTAssertEqual(cues("○木村委員　日本は法律を制定することになる、そういう懸念があるんですよ、総理。", "[enactment]"),
                       ["reported as rejected or hypothetical ('委員')"])
        XCTAssertEqual(fired("○木村委員　日本は法律を制定するということですね。○外務大臣　そのとおりでございます。", "[enactment]").count, 1,
                       "answered yes")
        XCTAssertEqual(fired("○木村委員　日本は法律を制定するということですね。○防衛大臣　そのように整理しております。", "[enactment]").count, 1,
                       "answered yes, そのように")
        XCTAssertEqual(cues("○木村委員　日本は法律を制定するということですね。○防衛大臣　そのようには考えておりません。", "[enactment]"),
                       ["reported as rejected or hypothetical ('委員')"], "そのようには…ません says no")
        XCTAssertEqual(fired("○防衛大臣　日本は法律を制定いたします。", "[enactment]").count, 1, "the government's own answer")
        XCTAssertEqual(cues("○井上哲士君　日本は法律を制定することになるのではないか。", "[enactment]"),
                       ["reported as rejected or hypothetical ('君')"], "a member named with 君 alone")
        XCTAssertEqual(fired("○国務大臣（中谷元君）　日本は法律を制定いたします。", "[enactment]").count, 1,
                       "the government's speaker, the office first and the name in parentheses")
    }

    /// A label that calls what follows a myth or a misconception denies it.
    func testAMythLabelDeniesWhatFollows() {
        XCTAssertEqual(cues("Common misconception: the Diet will enact the law.", "[enactment]"), ["negated by 'Common misconception'"])
        XCTAssertEqual(cues("Common student error: 'the Diet will enact the law.'", "[enactment]"),
                       ["negated by 'Common student error'"], "a label that calls it an error")
        XCTAssertEqual(fired("Common ground: the Diet will enact the law.", "[enactment]").count, 1)
        XCTAssertEqual(cues("Not the point: the Diet will enact the law.", "[enactment]"), ["negated by 'Not the point'"], "a label with a negation")
        XCTAssertEqual(fired("Not only that: the Diet will enact the law.", "[enactment]").count, 1, "a label that is a pseudo-negation")
    }

    /// An exception denied at once (依存せず, されない) excepts nothing: the words are read as the
    /// term, and its negation decides.
    func testADeniedExceptionExceptsNothing() {
        XCTAssertEqual(fired("部隊は敵に攻撃される。", "[attack]"), [], "the exception: an attack suffered")
        XCTAssertEqual(cues("部隊は敵に攻撃される。", "[attack]"), [], "no hit at all")
        XCTAssertEqual(cues("部隊は敵に攻撃されない。", "[attack]"), ["negated by 'ない'"], "the exception denied, the term read and negated")
    }

    /// A case note's dated label sets what follows its colon in the past, its holding in the present
    /// included; a label naming a dated instrument heads what is planned for it.
    func testACaseNotesDatedLabelTellsOfThePast() {
        XCTAssertEqual(cues("Sunagawa case (Supreme Court, 1959): the Diet is to enact the law.", "[enactment]"),
                       ["a past event ('1959'), not a plan"])
        XCTAssertEqual(fired("Sunagawa case (Supreme Court, 1959): the Diet shall enact the law.", "[enactment]").count, 1, "a plan after it")
        XCTAssertEqual(fired("Exchange of notes (1960): the Diet is to enact the law.", "[enactment]").count, 1, "no case named")
    }

    /// A polite negation (〜ません) reads as its plain form in the lexicon's terms and cues.
    func testAPoliteNegationReadsAsThePlainOne() {
        XCTAssertEqual(fired("法的拘束力を持たせなければなりません。").count, 1, "なければなりません is no negation")
        XCTAssertEqual(fired("法的拘束力を持たせなければならない。").count, 1, "as the plain form")
    }

    /// A force's unit called a group (an escort, strike or task group) is no party outside the two
    /// governments: what it will do is planned. A civic group's view is reported.
    func testAUnitCalledAGroupIsNoThirdParty() {
        XCTAssertEqual(fired("The escort group will defend the allies' legal obligations.").count, 1)
        XCTAssertEqual(fired("The carrier strike group sees legal obligations ahead.").count, 1)
        XCTAssertEqual(cues("The citizens' group will defend the allies' legal obligations."),
                       ["reported as rejected or hypothetical ('defend')"], "control: a civic group")
    }

    /// What someone outside the two governments wants is reported, rejected or not.
    func testAThirdPartysProposalIsReported() {
        XCTAssertEqual(fired("法的拘束力を持たせるべきだというのが私の意見でございます。").count, 1, "the writer's own view")
        XCTAssertEqual(cues("Some members of Congress have urged legal obligations, a suggestion the press has covered widely."),
                       ["reported as rejected or hypothetical ('urged')"])
        XCTAssertEqual(cues("法的拘束力を持たせるべきだというのが識者の意見です。"), ["reported as rejected or hypothetical ('識者')"])
        XCTAssertEqual(cues("「法的拘束力を持たせる」という思い込みは今も根強い。"), ["reported as rejected or hypothetical ('思い込み')"],
                       "a misconception is a view")
        XCTAssertEqual(cues("議員：法的拘束力を持たせるべきだ。"), ["reported as rejected or hypothetical ('議員')"],
                       "a transcript's other speaker, after a full-width colon")
        XCTAssertEqual(cues("REPORTER: Will the plan create legal obligations for Japan?").count, 1)
        XCTAssertEqual(fired("答弁：法的拘束力を持たせる。").count, 1, "the government's own answer")
        XCTAssertEqual(cues("Okinawa Prefecture's 2000 request for legal obligations has not been adopted by either government."),
                       ["reported as rejected or hypothetical ('not been adopted')"], "a year may date the proposal noun")
        XCTAssertEqual(cues("The Committee saw a bill circulated by opposition legislators that would create legal obligations."),
                       ["reported as rejected or hypothetical ('bill')"], "a proposal noun, its participle and its party")
        XCTAssertEqual(cues("Host communities have called for legal obligations."), ["reported as rejected or hypothetical ('called')"])
        XCTAssertEqual(cues("The court explained that the allies create legal obligations."),
                       ["reported as rejected or hypothetical ('explained')"], "a court restating the law or a case")
        XCTAssertEqual(cues("A journalist raised the prospect of legal obligations."),
                       ["reported as rejected or hypothetical ('raised')"])
        XCTAssertEqual(cues("One stakeholder we interviewed argued for legal obligations."),
                       ["reported as rejected or hypothetical ('argued')"])
        XCTAssertEqual(fired("The allies will delegate legal obligations to the Joint Committee.").count, 1,
                       "control: 'delegate' is a verb of handing over, no party")
        XCTAssertEqual(cues("A former MSDF chief of staff told us Japan should accept legal obligations."),
                       ["reported as rejected or hypothetical ('told')"], "a party named at length before its verb")
        XCTAssertEqual(cues("法的拘束力を持たせるべきだと外務省OBは口をそろえる。"), ["reported as rejected or hypothetical ('そろえる')"],
                       "retired officials (OB) speaking with one voice")
        XCTAssertEqual(cues("委員から法的拘束力を求める御意見があることは承知しておりますが、政府としてはそのような立場はとっておりません。"),
                       ["reported as rejected or hypothetical ('立場')"],
                       "a view asked for by a verb before it, and a position denied a few endings on (the dropped view's reading names the denial first)")
        XCTAssertEqual(cues("原審は、本取決めが法的拘束力を持つと判断したが、この判断は是認することができない。"),
                       ["reported as rejected or hypothetical ('判断')"], "the judgment below, which a higher court reviews")
        XCTAssertEqual(cues("法的拘束力を求める御意見がございますが、政府は運用の改善で対応するという立場をとっております。"),
                       ["reported as rejected or hypothetical ('意見')"], "a stance quoted after a plain verb is the government's own course")
        XCTAssertEqual(cues("法的拘束力を持たせるべきとの御意見がございますが、現行の原則を堅持する立場から、政府として検討することは考えておりません。"),
                       ["reported as rejected or hypothetical ('意見')"], "a standpoint argued from (立場から) takes nothing up")
        XCTAssertEqual(fired("法的拘束力を持たせるべきとの御意見がございますが、政府としてもその立場です。").count, 1,
                       "a standpoint taken up")
        XCTAssertEqual(cues("Every few years some Tokyo think-tank muses aloud about legal obligations; the government says no."),
                       ["reported as rejected or hypothetical ('muses')"], "musing is holding a view")
        XCTAssertEqual(cues("Some residents assumed the Guidelines would create legal obligations."),
                       ["reported as rejected or hypothetical ('assumed')"])
        XCTAssertEqual(cues("One prefectural assemblyman said the plan creates legal obligations."),
                       ["reported as rejected or hypothetical ('said')"])
        XCTAssertEqual(cues("Critics, including two former directors of the bureau, called the plan's legal obligations unlawful."),
                       ["reported as rejected or hypothetical ('called')"], "a parenthesis between the party and its verb")
        XCTAssertEqual(fired("The allies, including Japan and its partners in the region, accept legal obligations.").count, 1, "no party")
        XCTAssertEqual(cues("Some folks still think the allies should accept legal obligations."),
                       ["reported as rejected or hypothetical ('think')"], "what some think")
        XCTAssertEqual(fired("We think the allies should accept legal obligations.").count, 1, "what the writer thinks")
        XCTAssertEqual(cues("野党議員は、本計画が法的拘束力を持つのではないかと質した。"), ["reported as rejected or hypothetical ('質し')"],
                       "a member's question")
        XCTAssertEqual(cues("一部報道で法的拘束力の付与が伝えられたが、政府はこれを否定。"), ["reported as rejected or hypothetical ('伝え')"],
                       "what the press reported")
        XCTAssertEqual(cues("知事は法的拘束力を持たせるよう改めて要請したが、国は回答を保留。"), ["reported as rejected or hypothetical ('要請')"],
                       "a governor's request")
        XCTAssertEqual(fired("政府は法的拘束力を持たせるよう要請した。").count, 1, "the government's own request names no other party")
        XCTAssertEqual(cues("Counsel may say the allies accept legal obligations."), ["reported as rejected or hypothetical ('say')"])
        XCTAssertEqual(cues("法的拘束力もあり得るのか、と委員会で質問したが、政府は否定した。"), ["reported as rejected or hypothetical ('否定')"],
                       "a question put, and denied by the main predicate after the contrast")
        XCTAssertEqual(fired("法的拘束力もあり得るのか、と委員会で質問したが、政府は明言しなかった。").count, 0, "a question put, and left unanswered")
        XCTAssertEqual(fired("法的拘束力もあり得るのか、と委員会で質問したが、政府はこれを認めた。").count, 1, "a question put, and granted")
        XCTAssertEqual(cues("One discussant defended legal obligations for both sides."),
                       ["reported as rejected or hypothetical ('defended')"], "defending a view is holding it")
        XCTAssertEqual(cues("A drill-obsessed tabloid claimed the Diet would enact the law.", "[exercise, enactment]"),
                       ["reported as rejected or hypothetical ('claimed')"], "words that name the party, before it")
        XCTAssertEqual(fired("The drill showed the Diet would enact the law.", "[exercise, enactment]"), ["drill", "enact"], "no party")
        XCTAssertEqual(cues("A reporter described the plan as creating legal obligations; officials disputed the term."),
                       ["reported as rejected or hypothetical ('described')"], "a reporter's words")
        XCTAssertEqual(fired("The two governments assume that the plan creates legal obligations.").count, 1, "the parties' own assumption")
        XCTAssertEqual(fired("JSDF participation in the fund is proposed with legal obligations.").count, 1,
                       "participation is no participant, though the stemmer gives both one lemma")
        XCTAssertEqual(cues("Participants proposed legal obligations."), ["reported as rejected or hypothetical ('proposed')"])
        XCTAssertEqual(cues("Beijing has called the plan a set of legal obligations, a charge both governments reject."),
                       ["reported as rejected or hypothetical ('called')"], "a government outside the two speaks for itself")
        XCTAssertEqual(cues("Okinawan officials have demanded legal obligations."), ["reported as rejected or hypothetical ('demanded')"])
        XCTAssertEqual(fired("To bring Beijing back to the negotiating table, the plan creates legal obligations.").count, 1,
                       "a verb's word after an article and a participle is a noun")
        XCTAssertEqual(cues("県としては、法的拘束力を持たせるよう国に強く求めてまいりたい。"), ["reported as rejected or hypothetical ('求め')"],
                       "a prefecture speaking as a topic")
        XCTAssertEqual(fired("筆者は、青森県の施設について法的拘束力を持たせる計画を提案する。").count, 1, "a prefecture in a place name does not speak")
        XCTAssertEqual(cues("県としては、引き続き、法的拘束力を持たせるよう国に強く求めてまいりたいと考えております。"),
                       ["reported as rejected or hypothetical ('求め')"], "a closing と考えております wraps the verb")
        XCTAssertEqual(cues("沖縄県からは、法的拘束力を求める要請が繰り返し寄せられている。"), ["reported as rejected or hypothetical ('要請')"],
                       "a view sent in as a request")
        XCTAssertEqual(cues("法的拘束力を持たせるべきだという投書が本紙に多く寄せられているが、今回の計画はその議論とは別物だ。"),
                       ["reported as rejected or hypothetical ('投書')"], "a letter to the editor")
        XCTAssertEqual(cues("野党は、新ガイドラインが法的拘束力を持つものだと追及した。"), ["reported as rejected or hypothetical ('追及')"],
                       "the opposition pressing a charge")
        XCTAssertEqual(cues("Protesters outside the Diet said the plan creates legal obligations."),
                       ["reported as rejected or hypothetical ('said')"])
        XCTAssertEqual(cues("Para 4 of the draft, which created legal obligations, was struck out."),
                       ["reported as rejected or hypothetical ('struck out')"], "a part of a draft struck out")
        XCTAssertEqual(cues("Critics in the Diet see the decision as creating legal obligations."),
                       ["reported as rejected or hypothetical ('see')"], "a view held is another's")
        XCTAssertEqual(cues("An exercise inject calling for legal obligations was thrown out by the planners."),
                       ["reported as rejected or hypothetical ('thrown out')"], "an exercise's inject, thrown out")
        XCTAssertEqual(cues("The COA to create legal obligations was wargamed and discarded."),
                       ["reported as rejected or hypothetical ('discarded')"], "a course of action discarded")
        XCTAssertEqual(cues("Some lawmakers have called for legal obligations for both sides."),
                       ["reported as rejected or hypothetical ('called')"])
        XCTAssertEqual(cues("A former defense official told reporters that Japan should accept legal obligations."),
                       ["reported as rejected or hypothetical ('told')"], "a former official is a third party")
        XCTAssertEqual(fired("The two governments have called for legal obligations for both sides."), ["legal obligations"],
                       "the parties themselves")
        XCTAssertEqual(cues("一部の識者は、法的拘束力を持たせるべきだと主張している。"), ["reported as rejected or hypothetical ('主張')"])
        XCTAssertEqual(cues("沖縄県は法的拘束力を持たせるよう求めてきたが、政府は運用の改善で対応する立場をとっている。"),
                       ["reported as rejected or hypothetical ('求め')"], "a stance the words before it spell out takes up nothing")
        XCTAssertEqual(fired("沖縄県は法的拘束力を持たせるよう求めてきたが、政府もその立場をとっている。").count, 1,
                       "control: the government takes the stance up")
        XCTAssertEqual(cues("・A班の主張：法的拘束力を持たせるべきだ。", "[binding]"), ["reported as rejected or hypothetical ('主張')"],
                       "a label naming one side's argument")
        XCTAssertEqual(cues("・E君の設例：政府が法的拘束力を持たせた場合。", "[binding]"), ["reported as rejected or hypothetical ('設例')"])
        XCTAssertEqual(fired("・本計画の方針：法的拘束力を持たせる。", "[binding]").count, 1, "control: the plan's own label")
        XCTAssertEqual(cues("沖縄県は、法的拘束力を持たせるよう求める要請を両政府に対して繰り返し行ってきた。"),
                       ["reported as rejected or hypothetical ('要請')"], "a request the party has made and sent")
        XCTAssertEqual(cues("Some lawmakers grumble that the allies create legal obligations."),
                       ["reported as rejected or hypothetical ('grumble')"])
        XCTAssertEqual(cues("U.S. contractors want legal obligations for both sides."), ["reported as rejected or hypothetical ('want')"])
        XCTAssertEqual(cues("沖縄県知事は法的拘束力を持たせるよう求めた。"), ["reported as rejected or hypothetical ('求め')"],
                       "a governor, whom MeCab keeps whole as 県知事")
        XCTAssertEqual(fired("本協定は法的拘束力を持たせるよう両国に求める。").count, 1, "control: the proposal's own text asks")
        XCTAssertEqual(cues("Armchair strategists want legal obligations for both sides."), ["reported as rejected or hypothetical ('want')"])
        XCTAssertEqual(cues("Every few years someone revives legal obligations for both sides."),
                       ["reported as rejected or hypothetical ('revives')"])
        XCTAssertEqual(cues("Okinawa Gov. Tamaki has called for legal obligations for both sides."),
                       ["reported as rejected or hypothetical ('called')"], "a governor by the abbreviation of his title")
        XCTAssertEqual(cues("Panelists rejected the notion that the allies create legal obligations."),
                       ["reported as rejected or hypothetical ('rejected')"], "a notion set aside")
        XCTAssertEqual(cues("People in Tokyo float legal obligations for both sides after every incident."),
                       ["reported as rejected or hypothetical ('float')"])
        XCTAssertEqual(cues("Our network once again calls for legal obligations for both sides."),
                       ["reported as rejected or hypothetical ('calls')"], "a campaign's network is a party")
        XCTAssertEqual(cues("市民団体は、政府が法的拘束力を持たせるのではと懸念を示している。", "[binding]"),
                       ["reported as rejected or hypothetical ('懸念')"], "a fear voiced by a party")
        XCTAssertEqual(cues("所論は、本取決めが法的拘束力を有するというのであるが、採用することができない。"),
                       ["reported as rejected or hypothetical ('という')"], "an appellant's argument as a court states it")
        XCTAssertEqual(cues("反対説は、法的拘束力を認めるべきとするが、この説は採り得ない。"),
                       ["reported as rejected or hypothetical ('説')"], "a doctrine's view before a contrast")
        XCTAssertEqual(cues("原告は、法的拘束力を認めるべきとするが、採用できない。"),
                       ["reported as rejected or hypothetical ('する')"], "a party's とする before a contrast")
        XCTAssertEqual(fired("政府は、本取決めが法的拘束力を有するというのであるが、国会は知らない。").count, 1, "control: the government's own words")
        XCTAssertEqual(cues("The appellants' further contention, that the arrangement creates legal obligations, finds no support."),
                       ["reported as rejected or hypothetical ('contention')"], "a party's possessive before its argument")
        XCTAssertEqual(fired("The government's further contention, that the arrangement creates legal obligations, is right.").count, 1,
                       "control: no third party")
        XCTAssertEqual(cues("Three scholars testified that the bills create legal obligations."),
                       ["reported as rejected or hypothetical ('testified')"])
        XCTAssertEqual(cues("Petitioners posited an arrangement that creates legal obligations."),
                       ["reported as rejected or hypothetical ('posited')"], "a party to a case positing facts")
        XCTAssertEqual(cues("Amici urged that the Guidelines create legal obligations."),
                       ["reported as rejected or hypothetical ('urged')"], "the court's friends are a party")
        XCTAssertEqual(cues("A view once current among Japanese critics held that the allies create legal obligations."),
                       ["reported as rejected or hypothetical ('view')"], "a view held among a party")
        XCTAssertEqual(cues("Some in Washington suggest the allies create legal obligations without Diet approval."),
                       ["reported as rejected or hypothetical ('suggest')"], "approval is no verb of taking the proposal up")
        XCTAssertEqual(fired("Some in Washington suggest the allies create legal obligations, and Tokyo will approve them.").count, 1,
                       "control: the verb takes it up")
        XCTAssertEqual(cues("Some lawmakers argued that the allies create legal obligations, a reading no Japanese court has accepted."),
                       ["reported as rejected or hypothetical ('argued')"], "a negation four words before the adoption verb")
        XCTAssertEqual(cues("Another answer here claims the allies create legal obligations; that is wrong."),
                       ["reported as rejected or hypothetical ('claims')"], "a forum's other answer")
        XCTAssertEqual(cues("一部の政党は法的拘束力を持たせることを公約に掲げていますが、私たちはその立場を採りません。"),
                       ["reported as rejected or hypothetical ('掲げ')"], "a party's platform")
        XCTAssertEqual(cues("A few of my old shipmates insist the allies create legal obligations."),
                       ["reported as rejected or hypothetical ('insist')"], "a few of them, as some")
        XCTAssertEqual(cues("『法的拘束力を持たせる』とか言われてますけど、いや違いますからね。"),
                       ["reported as rejected or hypothetical ('言われ')"], "hearsay set against what follows")
        XCTAssertEqual(fired("法的拘束力を持たせると言われています。").count, 1, "hearsay with no contrast")
        XCTAssertEqual(fired("政府は、法的拘束力を持たせると主張している。"), ["法的拘束力"], "the government's own case")
        XCTAssertEqual(cues("法的拘束力を持たせるべきだとの声もある。"), ["reported as rejected or hypothetical ('声')"])
        XCTAssertEqual(cues("法的拘束力を持たせることを求める沖縄県の要請は繰り返されてきたが、両政府は運用で対応している。"),
                       ["reported as rejected or hypothetical ('要請')"], "who holds the view between its verb and the view")
        XCTAssertEqual(fired("法的拘束力を持たせることを求める沖縄県の要請に、両政府は応じる。").count, 1,
                       "control: the view neither the topic nor before a contrast")
        XCTAssertEqual(cues("『法的拘束力を持たせればよい』という声を若い隊員から聞いたことがあるが、それは誤解である。"),
                       ["reported as rejected or hypothetical ('声')"], "a view heard, some words before the contrast")
        XCTAssertEqual(cues("法的拘束力を持たせるべきとの一部政治家の発言は承知しておりますが、政府としては運用で対応いたします。"),
                       ["reported as rejected or hypothetical ('政治家')"], "a view named with who holds it, as the topic")
        XCTAssertEqual(cues("法的拘束力を持たせろという議員さんもいますが、この案には入っていません。"),
                       ["reported as rejected or hypothetical ('議員')"], "people who hold a view, after という as MeCab keeps it whole")
        XCTAssertEqual(cues("「法的拘束力を持たせればいい」という知人もいますが、それは違うと思います。"),
                       ["reported as rejected or hypothetical ('知人')"], "an acquaintance who holds a view")
        XCTAssertEqual(cues("法的拘束力を持たせるべきだという政治家もいましたが、私は反対です。"),
                       ["reported as rejected or hypothetical ('政治家')"], "MeCab cuts 政治家 into 政治 and 家")
        XCTAssertEqual(cues("法的義務論をよく見かけますが、私は賛成できません。"),
                       ["reported as rejected or hypothetical ('論')"], "the idea named as an argument, with a contrast")
        XCTAssertEqual(fired("法的義務論を本案の基礎とする。").count, 1, "an argument the text itself rests on")
        XCTAssertEqual(cues("「法的拘束力を持たせるべきだ」って言う人もいるけど、今回の計画には入ってない。"),
                       ["reported as rejected or hypothetical ('人')"], "the spoken quotative って and contrast けど")
        XCTAssertEqual(cues("条約にすべきだという意見を新聞で見ましたが、それは法的拘束力を持たせることになるので反対です。"),
                       ["reported as rejected or hypothetical ('それ')"], "a view reported, then judged as それ after the contrast")
        XCTAssertEqual(fired("条約にすべきだという意見を新聞で見ましたが、本計画は法的拘束力を有する。").count, 1,
                       "after the contrast the text speaks for itself")
        XCTAssertEqual(cues("法的拘束力が必要とする見方もあったと、先行研究は指摘している。"),
                       ["reported as rejected or hypothetical ('見方')"], "a view that another quotation holds")
        XCTAssertEqual(cues("知り合いは「法的拘束力を持たせるべきだ」と言っていましたが、私は反対です。"),
                       ["reported as rejected or hypothetical ('言っ')"], "a party's words before a contrast")
        XCTAssertEqual(cues("Proposals from some legislators that the plan be legally binding surfaced in 2015."),
                       ["reported as rejected or hypothetical ('Proposals')"], "a proposal noun and its party")
        XCTAssertEqual(cues("The Senator from Arizona has offered an amendment to create legal obligations."),
                       ["reported as rejected or hypothetical ('offered')"])
        XCTAssertEqual(cues("The prefectural assembly has called for legal obligations, which the two governments declined to take up."),
                       ["reported as rejected or hypothetical ('called')"], "declining to take it up adopts nothing")
        XCTAssertEqual(cues("The prefectural assembly has called for legal obligations, a demand the two governments declined to take up."),
                       ["reported as rejected or hypothetical ('a demand the two governments declined')"], "the demand named again and declined")
        XCTAssertEqual(fired("The prefectural assembly has called for legal obligations, a demand the two governments will take up."),
                       ["legal obligations"])
        XCTAssertEqual(cues("Some lawmakers on Guidelines want them legally binding.", "[guidelines, binding]"),
                       ["reported as rejected or hypothetical ('want')"], "words between the party and its verb name the party")
        XCTAssertEqual(fired("A proposal from the two governments is legally binding."), ["legally binding"],
                       "the parties themselves propose")
    }

    /// A proposal named again by "those" or "these", or as an element or item, is the one a later
    /// clause removes; a premise found untenable is a claim denied; a view blurted out (放言) or an
    /// explanation seen (解説) is another's.
    func testMoreWaysOfNamingAndDenyingAnotherPartysProposal() {
        XCTAssertEqual(cues("An earlier scenario had the allies create legal obligations; planners removed those injects."),
                       ["reported as rejected or hypothetical ('removed')"], "those, and a plural noun")
        XCTAssertEqual(cues("A draft had the allies create legal obligations; that element was removed before signature."),
                       ["reported as rejected or hypothetical ('removed')"], "an element named again as a passive's subject")
        XCTAssertEqual(cues("The team argued from the premise that the Guidelines create legal obligations, and the panel found that premise untenable."),
                       ["reported as rejected or hypothetical ('untenable')"], "a premise found untenable")
        XCTAssertEqual(cues("あるベテラン議員は「法的拘束力を持たせればいい」と放言したが、同調する声は皆無だった。"),
                       ["reported as rejected or hypothetical ('放言')"], "a view blurted out")
        XCTAssertEqual(fired("The allies create legal obligations, and the panel found the schedule untenable.").count, 1,
                       "control: no claim noun before the hit")
        XCTAssertEqual(cues("Inject 3 posited that the allies create legal obligations; the players refused."),
                       ["reported as rejected or hypothetical ('refused')"], "a case posited, then refused")
        XCTAssertEqual(cues("The governor's demand for legal obligations was raised again, but neither government put it on the agenda."),
                       ["reported as rejected or hypothetical ('neither government put')"], "a demand nobody put on the agenda")
    }

    /// Views clamoured in print or posted, and the press that prints them, are others' views.
    func testJapaneseViewsClamouredOrPostedAreReported() {
        XCTAssertEqual(cues("「法的拘束力を持たせればいい」という乱暴な書き込みがあふれているが、政府はそんな主張に耳を貸さない。"),
                       ["reported as rejected or hypothetical ('書き込み')"], "a view posted online")
        XCTAssertEqual(cues("「法的拘束力を持たせるべきだ」と息巻く論者もいるが、今回の計画には入っていない。"),
                       ["reported as rejected or hypothetical ('論者')"], "a view clamoured")
        XCTAssertEqual(cues("一部の論者は「法的拘束力を持たせるべきだ」と書き立てるが、政府は運用の改善で対応している。"),
                       ["reported as rejected or hypothetical ('書き立てる')"], "a view written up in print")
        XCTAssertEqual(fired("我が党は、法的拘束力を持たせるべきだと提案いたします。").count, 1, "control: the writer's own party proposes")
    }

    /// A field whose value is "none" denies what the field names.
    func testAFieldAnsweredNoneIsDenied() {
        XCTAssertEqual(cues("Binding commitments: none."), ["negated by 'none'"])
        XCTAssertEqual(cues("法的義務：なし。"), ["negated by 'なし'"])
        XCTAssertEqual(fired("Binding commitments: two."), ["Binding commitments"])
        XCTAssertEqual(fired("None: binding commitments."), ["binding commitments"], "the value is not the field")
    }

    /// A term's negation after its gap that ends ものではない or ことはない denies the predicate: it is
    /// no absence the term names.
    func testADenialAtATermsEndIsNoAbsence() {
        XCTAssertEqual(fired("本件の派遣は法律上の根拠を欠くものではない。", "[without-basis]"), [])
        XCTAssertEqual(fired("本件の派遣は法律上の根拠がない。", "[without-basis]").count, 1, "control: the absence itself")
    }

    /// A negative subject that opens its clause denies its predicate, with every "or without" the
    /// predicate goes on to; "no" before an object noun denies that noun alone.
    func testANegativeSubjectDeniesThePredicatesAbsencesToo() {
        XCTAssertEqual(cues("No task proceeds ahead of schedule or without a statute.", "[without-basis]"), ["negated by 'No'"])
        XCTAssertEqual(fired("The task proceeds ahead of schedule or without a statute.", "[without-basis]"), ["without a statute"],
                       "control: no negative subject")
    }

    /// A relative clause with no comma says what a noun that "no" denies would be: it is denied
    /// with it. So is one after "any" in a denied predicate's scope.
    func testARelativeClauseOfADeniedNounIsDenied() {
        XCTAssertEqual(cues("We found no step in the plan under which it would create legal obligations."), ["negated by 'no'"])
        XCTAssertEqual(fired("No annex is attached, which means the plan creates legal obligations of its own."),
                       ["creates legal obligations"], "after a comma, the relative clause is the sentence's own")
        XCTAssertEqual(cues("The allies will not sign any annex under which they create legal obligations."), ["negated by 'not'"])
        XCTAssertEqual(fired("The allies will sign any annex under which they create legal obligations.").count, 1,
                       "control: no negation")
        XCTAssertEqual(fired("The allies will not sign the annex, which means they create legal obligations of their own.").count, 1,
                       "control: after a comma")
    }

    /// A relative clause after a comma says something of the noun before it: its words pair with
    /// that noun's, not with words further back.
    func testARelativeClauseBelongsToTheNounBeforeIt() {
        XCTAssertEqual(fired("The Guidelines, which are legally binding, take effect.", "[guidelines, binding]"),
                       ["Guidelines", "legally binding"])
        XCTAssertEqual(fired("The Guidelines cite the 1960 treaty and its annex, which is legally binding.", "[guidelines, binding]"), [])
        XCTAssertEqual(fired("The Guidelines cite an annex that is legally binding.", "[guidelines, binding]"),
                       ["Guidelines", "legally binding"], "a restrictive relative clause, with no comma, is the clause's own")
    }

    /// A redline, a reviewer's note or a fact check records what became of quoted words: what it
    /// quotes or rates is another's text.
    func testAnEditorialVerdictReportsWhatItQuotesOrRates() {
        let reported = ["reported as rejected or hypothetical ('struck')"]
        XCTAssertEqual(cues("Struck in v4: 'The Guidelines create legal obligations for both sides.'"),
                       ["reported as rejected or hypothetical ('Struck')"])
        XCTAssertEqual(cues("[Reviewer, p. 7] Struck 'the allies create legal obligations' from draft v3."),
                       ["reported as rejected or hypothetical ('Struck')"])
        XCTAssertEqual(cues("Tracked change: 'the allies create legal obligations' → struck (reviewer: see Section III)."), reported)
        XCTAssertEqual(cues("Comment 22: 'the allies create legal obligations' — struck."), reported)
        XCTAssertEqual(cues("MOSTLY FALSE: a viral post says the Guidelines create legal obligations."),
                       ["reported as rejected or hypothetical ('FALSE')"])
        XCTAssertEqual(cues("Rating: False, because the post claiming the allies create legal obligations ignores the text."),
                       ["reported as rejected or hypothetical ('False')"])
        XCTAssertEqual(cues("修正履歴：「両政府は法的義務を負う」との原案の記述は、条約局の指摘により削除。"),
                       ["reported as rejected or hypothetical ('削除')"], "a text noun as the topic of an active deletion")
        XCTAssertEqual(cues("原案には「両政府は法的義務を負う」との文言があったが、最終案では削られた。"),
                       ["reported as rejected or hypothetical ('削ら')"])
        // Controls: a redline that quotes nothing, a quotation kept, no rating in the label, no text
        // noun as the topic.
        let controls = [fired("Struck from Annex A: the clause that limits funding; the allies create legal obligations instead."),
                        fired("Comment 22: 'the allies create legal obligations' — agreed."),
                        fired("Status: the allies create legal obligations, and no false step is taken."),
                        fired("両政府は、第4稿で削除した条項に代わり、法的義務を負う。")]
        XCTAssertEqual(controls, [["create legal obligations"], ["create legal obligations"], ["create legal obligations"], ["法的義務"]])
    }

    /// What a wargame, a script or an inject had someone do was played, not planned.
    func testAScenarioThatCastSomeoneIsPlayedNotPlanned() {
        XCTAssertEqual(cues("A 2019 Naval War College wargame had the allies create legal obligations; reviewers found that at odds."),
                       ["reported as rejected or hypothetical ('wargame had')"])
        XCTAssertEqual(cues("An early exercise script had Japan creating legal obligations, but planners rewrote the scene."),
                       ["reported as rejected or hypothetical ('exercise script had')"])
        // Controls: a past perfect casts no one; a subject that is no scenario; the hit after the
        // cast's clause.
        let controls = [fired("The exercise had quietly created legal obligations for both sides."),
                        fired("The ministry had Japan create legal obligations."),
                        fired("The wargame had Japan defend Kyushu; the allies create legal obligations.")]
        XCTAssertEqual(controls, [["created legal obligations"], ["create legal obligations"], ["create legal obligations"]])
    }

    /// A view argued or stated, then set apart from the government's after a contrast, is another's.
    func testAJapaneseViewArguedAndSetApartIsAnothers() {
        XCTAssertEqual(cues("ある有識者は、両政府が法的義務を負うと論じているが、これは政府見解とは異なる。"),
                       ["reported as rejected or hypothetical ('異なる')"])
        XCTAssertEqual(cues("ある元官僚は講演で、法的義務を負うべきだと述べたが、政府の立場には反する。"),
                       ["reported as rejected or hypothetical ('反する')"])
        XCTAssertEqual(fired("両政府は法的義務を負うが、その範囲は従前と異なる。").count, 1,
                       "control: a difference after the plan's own words, which no one argues or states")
    }

    /// A relative clause without a comma belongs to the noun before it too when its pronoun names a
    /// person or follows a preposition.
    func testARelativeClauseOfAPersonOrAfterAPrepositionBelongsToItsNoun() {
        XCTAssertEqual(fired("The Guidelines were praised by a scholar who calls every annex legally binding.", "[guidelines, binding]"), [])
        XCTAssertEqual(fired("The Guidelines list the kinds of scenario in which a legally binding annex applies.", "[guidelines, binding]"), [])
        XCTAssertEqual(fired("The Guidelines' drafters who wrote them made them legally binding.", "[guidelines, binding]"),
                       ["Guidelines", "legally binding"], "control: the noun before the pronoun is the hit's")
        XCTAssertEqual(fired("This is the annex under which the Guidelines become legally binding.", "[guidelines, binding]"),
                       ["Guidelines", "legally binding"], "control: the whole hit inside the relative clause")
    }

    /// A sentence that opens with "whether" asks, up to its first comma; "whether or not" asks nothing.
    func testASentenceOpeningWithWhetherAsks() {
        XCTAssertEqual(cues("Whether legal obligations would be lawful remains contested, and the plan does not depend on it."),
                       ["a question ('Whether'), which asserts nothing"])
        XCTAssertEqual(fired("Whether or not the Diet agrees, the plan creates legal obligations."), ["creates legal obligations"])
        XCTAssertEqual(fired("Whether this is wise remains open, and the plan creates legal obligations."), ["creates legal obligations"],
                       "a clause after the question's comma asserts")
    }

    /// The ん of んですか is no negation: the question asks.
    func testAQuestionInNdesuKaAsks() {
        XCTAssertEqual(cues("法的拘束力のある取決めについて、政府は今どう考えているんですか。"), ["a question ('か'), which asserts nothing"])
    }

    /// A question embedded as a topic or an object asks what it holds; what the clause says
    /// outside it still counts.
    func testAnEmbeddedQuestionAsks() {
        XCTAssertEqual(cues("法的拘束力のある協定とすべきかどうかは、今後の検討課題とする。"), ["a question ('かどうか'), which asserts nothing"])
        XCTAssertEqual(cues("法的拘束力を持たせることの可否については、学説の対立がある。"), ["a question ('可否'), which asserts nothing"])
        XCTAssertEqual(cues("To the question whether the plan creates legal obligations, the answer is no."),
                       ["a question ('whether'), which asserts nothing"], "the noun right before whether")
        XCTAssertEqual(fired("As whether or not it is asked, the plan creates legal obligations.").count, 1, "control")
        XCTAssertEqual(cues("The question of whether the plan creates legal obligations remains open."),
                       ["a question ('whether'), which asserts nothing"])
        XCTAssertEqual(cues("指針が法的拘束力を持つのかが質された。"), ["a question ('か'), which asserts nothing"], "のか before が")
        XCTAssertEqual(cues("法的拘束力を持たせる可能性について質疑が行われた。"), ["a question ('質疑'), which asserts nothing"],
                       "the topic of a question")
        XCTAssertEqual(fired("法的拘束力を持たせる可能性について政府が検討し、質疑に備える。").count, 1,
                       "control: a predicate between the topic and the question's noun")
        // A question put to someone after the topic's comma; a written question's request to make
        // it clear; a question set off by a dash and asked later on.
        for (text, concepts, cue) in [("法的拘束力を持たせるべきだとの要望について、衆議院外務委員会で質疑が行われた。", "[obligation]", "質疑"),
                                      ("法的拘束力を持たせる案を検討した事実があるか、明らかにされたい。", "[obligation]", "か"),
                                      ("核兵器を持ち込もうとしたらどうするのか――首相がこう問われる場面もあった。", "[nuclear-introduction]", "か")] {
            XCTAssertEqual(cues(text, concepts), ["a question ('\(cue)'), which asserts nothing"], text)
        }
        XCTAssertEqual(fired("法的拘束力を持たせる案について、問題はない。").count, 1, "control: no question after the comma")
        XCTAssertEqual(fired("核兵器を持ち込むのか――首相がこう決めた。", "[nuclear-introduction]").count, 1, "control: nothing asks it")
        XCTAssertEqual(cues("A reporter's question in 2015 about legal obligations drew no answer."), ["a question ('about'), which asserts nothing"],
                       "a question's noun before what it is about")
        XCTAssertEqual(fired("The plan says nothing new about the allies, who create legal obligations.").count, 1,
                       "control: 'about' with no question")
        XCTAssertEqual(cues("法的拘束力を持たせる提言を政府はどう受け止めておられるのか、お答えください。"), ["a question ('か'), which asserts nothing"],
                       "a question put to someone to answer")
        XCTAssertEqual(fired("その可否は別として、本計画は法的拘束力を有する。"), ["法的拘束力"], "the question stands before the hit")
        XCTAssertEqual(fired("The plan creates legal obligations, whatever the debate over whether it should."), ["creates legal obligations"])
    }

    /// A term "VERB … OBJECT" also reads in the passive, object first; not a Japanese term, nor
    /// one that opens with a word that is no verb.
    func testATermReadsInThePassive() {
        XCTAssertEqual(fired("New obligations will be created for both governments."), ["obligations will be created"])
        XCTAssertEqual(fired("Under the annex new obligations are to be created."), ["obligations are to be created"])
        XCTAssertEqual(fired("Obligations that the Diet created long ago stay as they are."), [], "no form of be: not a passive")
        XCTAssertEqual(fired("The annex lists the obligations that were created in 1960."), [],
                       "a relative clause describes the noun: what was done to it, not what is proposed")
    }

    /// A phrasal verb reads with its object between verb and particle; one whose verb takes no
    /// object there does not reach across other words.
    func testAPhrasalVerbReadsWithItsObjectInside() {
        XCTAssertEqual(fired("The battery will shoot the drone down.", "[attack]"), ["shoot the drone down"])
        XCTAssertEqual(fired("The battery will shoot down the drone.", "[attack]"), ["shoot down"])
        XCTAssertEqual(fired("The battery will shoot, and the ship turns down the channel.", "[attack]"), [], "not across a lone comma")
        XCTAssertEqual(fired("The JSDF will stand aside.", "[attack]"), ["stand aside"])
        XCTAssertEqual(fired("The JSDF will stand ready to push them aside.", "[attack]"), [], "stand takes no object before aside")
    }

    /// A term's gap may hold a parenthesis set off by two commas, not a lone comma that ends a phrase.
    func testATermsGapDoesNotCrossALoneComma() {
        XCTAssertEqual(fired("The annex will create, for each party, obligations of its own."), ["create, for each party, obligations"])
        XCTAssertEqual(fired("To create it, the obligations of each party are listed."), [])
    }

    /// A Japanese term's gap holds particles and auxiliaries without counting them (MeCab cuts
    /// them apart from every word); a part that is itself one, such as ない, reaches only six tokens.
    func testAJapaneseGapDoesNotCountParticles() {
        XCTAssertEqual(fired("政府は法律をこの秋までに国会において速やかに制定する。").count, 1,
                       "法律 … 制定 across nine tokens, four of them words")
        XCTAssertEqual(fired("本活動には根拠がない。", "[without-basis]"), ["根拠がない"])
        XCTAssertEqual(fired("根拠がある活動とされていない。", "[without-basis]"), [], "ない eight tokens on")
        XCTAssertEqual(fired("根拠を示す必要はない。", "[without-basis]").count, 1, "a は right before ない is its focus, no topic")
        XCTAssertEqual(fired("根拠のある活動が行われることはない。", "[without-basis]"), [], "ことはない denies the event")
        XCTAssertEqual(fired("政府は法律を、判断によることなく制定する。").count, 1,
                       "a negation inside the gap ends another predicate than the term's own")
        XCTAssertEqual(fired("政府は法律を制定しない。"), [])
        XCTAssertEqual(fired("法的拘束力が問題となった際、本取決めは改定しない。"), ["法的拘束力"],
                       "a negation does not reach back into a frame of time or condition")
        XCTAssertEqual(fired("法的拘束力については、これを有しない。"), [], "a topic is no frame")
        XCTAssertEqual(fired("訓練の開始前においては、部隊は展開しない。", "[exercise]"), [],
                       "a frame of time with no predicate of its own is the denied act's time")
        XCTAssertEqual(fired("訓練が始まった際、部隊は展開しない。", "[exercise]"), ["訓練"], "a frame with a predicate of its own names an event")
    }

    /// A clause of condition in the same English sentence frames the hit as a label does: "When
    /// units fire at the ship, …, the drill stops"; "…, unless units fire at the ship".
    func testAnEnglishClauseOfConditionFramesTheHit() {
        XCTAssertEqual(fired("When units fire at the ship, the crew is alerted and the drill stops.", "[exercise], unless: [attack]"), [])
        XCTAssertEqual(fired("The drill goes ahead, unless units fire at the ship.", "[exercise], unless: [attack]"), [])
        XCTAssertEqual(fired("Units fire at the ship, and the drill goes ahead.", "[exercise], unless: [attack]"), ["drill"],
                       "a clause of its own that states no condition")
    }

    /// A Japanese sentence's opening topic carries into its later clauses that have no subject of
    /// their own: 「航空自衛隊は、…を活用し、…打撃作戦を自ら担う」.
    func testAJapaneseTopicCarriesIntoClausesWithoutASubject() {
        // The second clause opens with a frame of time (有事には), which the clause cutter reads as
        // its start; its predicate is still the topic's.
        XCTAssertEqual(fired("演習は、部隊を集めて実施し、有事には立法の契機となる。", "[exercise, enactment]"), ["演習", "立法"])
        XCTAssertEqual(fired("演習は、部隊を集めて実施し、有事には国会が立法を行う。", "[exercise, enactment]"), [], "a subject of its own")
        XCTAssertEqual(fired("演習は、部隊を集めて実施し、有事には立法は不要となる。", "[exercise, enactment]"), [], "a topic of its own")
        XCTAssertEqual(fired("来月に部隊が演習を実施し、有事には立法の契機となる。", "[exercise, enactment]"), [], "no opening topic")
    }

    /// An `unless` concept blocks a hit only where it is said, not where it is negated.
    func testANegatedBlockerBlocksNothing() {
        XCTAssertEqual(fired("The Diet shall enact a law for the exercise.", "[obligation], unless: [exercise]"), [])
        XCTAssertEqual(fired("The Diet shall enact a law without any exercise.", "[obligation], unless: [exercise]"), ["enact"])
    }

    /// A label before a colon that denies ("Not assumed:", "Not in scope:") denies the clause after it.
    func testANegativeLabelDeniesWhatFollows() {
        XCTAssertEqual(cues("Not assumed: the Diet will enact the law.", "[enactment]"), ["negated by 'Not assumed'"])
        XCTAssertEqual(fired("Assumed: the Diet will enact the law.", "[enactment]").count, 1)
        XCTAssertEqual(cues("対象外：国会が法律を制定する。", "[enactment]"), ["negated by '対象外'"], "a Japanese label, its colon a word to MeCab")
        XCTAssertEqual(fired("国外：国会が法律を制定する。", "[enactment]").count, 1, "外 alone is no exclusion")
    }

    /// Nor does a blocker set aside by "regardless of" or 「…を問わず」.
    func testADisregardedBlockerBlocksNothing() {
        XCTAssertEqual(fired("Regardless of whether units fire at the ship, the drill goes ahead.", "[exercise], unless: [attack]"),
                       ["drill"])
        XCTAssertEqual(fired("Units fire at the ship during the drill.", "[exercise], unless: [attack]"), [])
        XCTAssertEqual(fired("Without regard to whether units fire at the ship, the drill goes ahead.", "[exercise], unless: [attack]"),
                       ["drill"])
        XCTAssertEqual(fired("With regard to units that fire at the ship, the drill stops.", "[exercise], unless: [attack]"), [])
        XCTAssertEqual(fired("部隊が攻撃するか否かを問わず、訓練を行う。", "[exercise], unless: [attack]"), ["訓練"])
        XCTAssertEqual(fired("部隊が攻撃する訓練を行う。", "[exercise], unless: [attack]"), [])
        XCTAssertEqual(fired("Phase II (units fire at the ship): the drill goes ahead.", "[exercise], unless: [attack]"), [],
                       "a label before a colon frames the clause after it")
        XCTAssertEqual(fired("Phase II (units fire at the ship). The drill goes ahead.", "[exercise], unless: [attack]"), ["drill"],
                       "another sentence frames nothing")
        XCTAssertEqual(fired("Units fire at the ship; no other means remain; the drill goes ahead.", "[exercise], unless: [attack]"), [],
                       "the statements of a telegraphic line before semicolons frame the last")
        XCTAssertEqual(fired("Units fire at the ship, and the drill goes ahead.", "[exercise], unless: [attack]"), ["drill"],
                       "a clause after a comma and its 'and' is no frame")
        XCTAssertEqual(fired("核兵器を保有し、持ち込む訓練を行う。", "[exercise], unless: [nuclear-introduction]"), [],
                       "a blocker whose words run past its first word's segment")
    }

    /// A term's gap does not cross a conjunction that opens a clause of its own.
    func testATermsGapDoesNotCrossASubordinateClause() {
        let cases: [(text: String, fired: [String], why: String)] = [
            ("The allies create a fund even though the Diet has obligations of its own.", [], "even though"),
            ("The allies create a fund whereas the Diet has obligations of its own.", [], "whereas"),
            ("The allies create a fund unless the Diet has obligations of its own.", [], "unless"),
            ("The allies create a fund that sets obligations of its own.", ["create a fund that sets obligations"], "control: a relative clause"),
        ]
        for (text, expected, why) in cases { XCTAssertEqual(fired(text, "[binding]"), expected, why) }
    }

    /// A term whose words hold an exception and more says what the exception does not; a term
    /// that only spans one with its gap does not.
    func testATermLongerThanItsExceptionCounts() {
        XCTAssertEqual(fired("基地は自衛隊によって攻撃される。", "[attack]"), ["によって攻撃される"])
        XCTAssertEqual(fired("基地は攻撃される。", "[attack]"), [])
        XCTAssertEqual(fired("Fire units at Naha stand by.", "[attack]"), [])
        XCTAssertEqual(fired("The battery will fire at the target.", "[attack]"), ["fire at"])
    }

    /// A negation of the whole clause does not reach a clause of reason or concession that opens
    /// after it and a comma; with no comma, it may deny the reason itself.
    func testAClauseNegationDoesNotReachALaterReasonAfterAComma() {
        let cases: [(text: String, fired: [String], why: String)] = [
            ("The budget will remain unchanged, because the Diet will enact the law.", ["enact"], "a reason"),
            ("The budget will remain unchanged, although the Diet will enact the law.", ["enact"], "a concession"),
            ("The budget will remain unchanged because the Diet will enact the law.", [], "no comma"),
            ("The law the Diet will enact will remain unchanged, because the budget is fixed.", [], "the hit before the negation"),
        ]
        for (text, expected, why) in cases { XCTAssertEqual(fired(text), expected, why) }
    }

    /// An exception that opens on an actor and its modal does not open on the last word of a
    /// longer name: "U.S. Forces Japan will fire" is no "Japan will fire".
    func testAnExceptionDoesNotOpenInsideALongerName() {
        let cases: [(text: String, fired: [String], why: String)] = [
            ("Japan will fire at the target.", [], "the exception"),
            ("U.S. Forces Japan will fire at the target.", ["fire at"], "the name's last word"),
            ("Today Japan will fire at the target.", [], "a capital that opens the sentence"),
            ("IN PHASE ONE JAPAN WILL FIRE AT THE TARGET.", [], "a text in capitals"),
            ("The allies agree that Japan will fire at the target.", [], "a word in lower case before it"),
        ]
        for (text, expected, why) in cases { XCTAssertEqual(fired(text, "[attack]"), expected, why) }
    }

    func testEachSentenceIsDecidedOnItsOwn() throws {
        let evaluation = try XCTUnwrap(scan("It is not legally binding. Annex B is legally binding."))
        XCTAssertEqual(evaluation.hits.count, 1)
        XCTAssertEqual(evaluation.suppressed.count, 1)
        XCTAssertEqual(evaluation.truth, .true)
    }

    // MARK: where a hit is

    func testHitInALiteralBlockHasItsLineAndColumn() throws {
        let yaml = Engine.text("""
            description: |
              The two navies exchange data over a secure link.
              Both sides agree that this arrangement is legally binding.
            """)
        let proposal = try XCTUnwrap(Engine.proposal(yaml))
        let evaluation = try XCTUnwrap(Engine.evaluate("{says: [binding]}", on: proposal))
        XCTAssertEqual(evaluation.hits.first?.quote, "Both sides agree that this arrangement is legally binding.")
        XCTAssertEqual(evaluation.hits.first?.parts.map(\.quote), ["legally binding"])
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
        let evaluation = try XCTUnwrap(Engine.evaluate("{says: [enactment]}", on: proposal))
        XCTAssertEqual(evaluation.hits.first?.quote, "The Diet SHALL ENACT a law.")
        XCTAssertEqual(evaluation.hits.first?.parts.map(\.quote), ["ENACT"])
        XCTAssertEqual(evaluation.hits.first?.location, SourceLocation(path: "p.yaml", line: 18, column: 27))
    }

    func testARepeatedTermIsPlacedAtTheOccurrenceThatCounts() throws {
        let yaml = Engine.text("""
            description: |
              This annex is not legally binding.
              The main text, however, is legally binding.
            """)
        let proposal = try XCTUnwrap(Engine.proposal(yaml))
        let evaluation = try XCTUnwrap(Engine.evaluate("{says: [binding]}", on: proposal))
        XCTAssertEqual(evaluation.suppressed.first?.location, SourceLocation(path: "p.yaml", line: 12, column: 21))
        XCTAssertEqual(evaluation.hits.first?.location, SourceLocation(path: "p.yaml", line: 13, column: 30))
        let twice = try XCTUnwrap(Engine.proposal(Engine.text("description: Legally binding here, and legally binding there.")))
        let both = try XCTUnwrap(Engine.evaluate("{says: [binding]}", on: twice))
        XCTAssertEqual(both.hits.map(\.location.column), [14, 40])
    }

    func testHitInAFoldedScalarSpanningTwoLines() throws {
        let yaml = Engine.text("""
            description: >
              Both sides note that it is not legally
              binding. They also agree it is legally
              binding.
            """)
        let proposal = try XCTUnwrap(Engine.proposal(yaml))
        let evaluation = try XCTUnwrap(Engine.evaluate("{says: [binding]}", on: proposal))
        XCTAssertEqual(evaluation.hits.flatMap { $0.parts.map(\.quote) }, ["legally binding"])
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
        let evaluation = try XCTUnwrap(Engine.evaluate("{says: [binding]}", on: proposal))
        XCTAssertEqual(evaluation.hits.map(\.location), [SourceLocation(path: "p.yaml", line: 3, column: 10),
                                                         SourceLocation(path: "p.yaml", line: 9, column: 21)])
    }

    func testHitInAFileWithWindowsLineEnds() throws {
        let yaml = Engine.text("description: |\n  First line.\n  It is legally binding.").replacingOccurrences(of: "\n", with: "\r\n")
        let proposal = try XCTUnwrap(Engine.proposal(yaml))
        let evaluation = try XCTUnwrap(Engine.evaluate("{says: [binding]}", on: proposal))
        XCTAssertEqual(evaluation.hits.first?.location, SourceLocation(path: "p.yaml", line: 13, column: 9))
    }

    func testHitAfterWideCharactersCountsColumnsInCharacters() throws {
        let proposal = try XCTUnwrap(Engine.proposal(Engine.text("description: 本取決めは法的拘束力を有する。")))
        let evaluation = try XCTUnwrap(Engine.evaluate("{says: [binding]}", on: proposal))
        XCTAssertEqual(evaluation.hits.first?.location, SourceLocation(path: "p.yaml", line: 11, column: 19))
    }

    /// Columns count Unicode scalars, as every other location (from libyaml) does: 「ｶﾞ」 is two.
    func testColumnsCountUnicodeScalarsLikeTheLoader() throws {
        let proposal = try XCTUnwrap(Engine.proposal(Engine.text("description: ｶﾞｲﾄﾞﾗｲﾝは legally binding.")))
        XCTAssertEqual(try XCTUnwrap(Engine.evaluate("{says: [binding]}", on: proposal)).hits.first?.location.column, 24)
        let flow = "commitments: [{text: ｶﾞｲﾄﾞ, type: legal, binding: false}, {type: legal, binding: false, text: It is legally binding.}]"
        let second = try XCTUnwrap(Engine.proposal(Engine.text(flow)))
        let node = try XCTUnwrap(second.root["commitments"]?.sequenceItems?.last?["text"])
        XCTAssertEqual(node.column, 95, "libyaml's column, in scalars")
        let hit = try XCTUnwrap(Engine.evaluate("{says: [binding]}", on: second)).hits.first
        XCTAssertEqual(hit?.location, SourceLocation(path: "p.yaml", line: 12, column: 101))
    }

    /// Who else speaks: a witness or a speaker; one of several after a phrase naming the occasion;
    /// a party MeCab cuts before its person's suffix (評論 + 家); one who argues (説く, 論じる); and
    /// one named after what they think (「…と考える人」).
    func testMorePartiesWhoseViewsAreReported() {
        XCTAssertEqual(cues("One outside witness suggested that the allies create legal obligations."),
                       ["reported as rejected or hypothetical ('suggested')"])
        XCTAssertEqual(cues("At a panel hosted by a think tank in Tokyo, one speaker proposed legal obligations."),
                       ["reported as rejected or hypothetical ('proposed')"], "one of several, after the occasion")
        XCTAssertEqual(cues("At the residents' briefing in Kin Town, several speakers called for legal obligations."),
                       ["reported as rejected or hypothetical ('called')"], "several of them")
        XCTAssertEqual(cues("Questioned in the Lower House on 12 March, a CDP member said the allies would create legal obligations."),
                       ["reported as rejected or hypothetical ('said')"], "after a participle of being questioned")
        XCTAssertEqual(cues("ある評論家は、法的拘束力を持たせるべきだと論じている。"),
                       ["reported as rejected or hypothetical ('論じ')"], "評論家, which MeCab cuts, and 論じる")
        XCTAssertEqual(cues("法的拘束力を持たせるべきだと説く論者もいるが、本稿はこの見解を採らない。"),
                       ["reported as rejected or hypothetical ('論者')"])
        XCTAssertEqual(cues("学説の中には、法的拘束力を持たせるとするものもございますが、政府はそのような解釈を採っておりません。"),
                       ["reported as rejected or hypothetical ('する')"], "a doctrine (学説), which MeCab keeps whole")
        XCTAssertEqual(cues("法的拘束力を持たせるべきだと考える人もいるが、政府はこの見解を採らない。"),
                       ["reported as rejected or hypothetical ('人')"], "what some think")
        XCTAssertEqual([fired("At the signing ceremony in Tokyo, the allies proposed legal obligations.").count,
                        fired("At a hearing in Naha on the plan, the assemblyman said the allies create legal obligations.").count,
                        fired("我々は、法的拘束力を持たせるべきだと考える。").count],
                       [1, 1, 1], "controls: no party; a party alone after the occasion; the writer's own thought")
    }

    /// A scenario put forward and not adopted, a research body's report, and a stance the
    /// government spells out as its own after 「との」 (which MeCab may cut into と and の).
    func testAScenarioAReportAndAStanceOfTheGovernmentsOwn() {
        XCTAssertEqual(cues("米国の研究機関は法的拘束力を持たせる想定を示したが、日本政府はこれを採用していない。"),
                       ["reported as rejected or hypothetical ('採用')"])
        XCTAssertEqual(cues("ある米国のシンクタンクの報告書は、法的拘束力を持たせるべきだと提言している。"),
                       ["reported as rejected or hypothetical ('提言')"])
        XCTAssertEqual(cues("一部議員が「法的拘束力を持たせるべきだ」と発言したと伝えられたが、政府は運用で対処するとの立場を改めて示した。"),
                       ["reported as rejected or hypothetical ('伝え')"])
        XCTAssertEqual([fired("一部議員が「法的拘束力を持たせるべきだ」と発言したと伝えられたが、政府も持たせるべきとの立場を示した。").count,
                        fired("政府は法的拘束力を持たせる想定を示した。").count],
                       [1, 1], "controls: the proposal's own べき taken up as a stance; a scenario the text sets out")
    }

    /// A clause of time that "while" opens right after a negated clause is denied with it; an
    /// alternative set off by ", or of …," stays inside its clause and its negation.
    func testANegationReachesAClauseOfTimeAndAnAlternative() {
        XCTAssertEqual(cues("The allies will not create legal obligations while the talks go on."), ["negated by 'not'"])
        XCTAssertEqual(cues("The allies will not act while Japan enacts the law.", "[enactment]"), ["negated by 'not'"])
        XCTAssertEqual(cues("The allies will not act on the basis of U.S. law, or of a bilateral instrument, in a legally binding way."),
                       ["negated by 'not'"])
        XCTAssertEqual([fired("The allies will not act, while Japan enacts the law.", "[enactment]").count,
                        fired("The allies will not act while Japan will enact the law.", "[enactment]").count,
                        fired("The allies will act while Japan enacts the law.", "[enactment]").count,
                        fired("The allies will not act on U.S. law, and of course Japan will enact the law.", "[enactment]").count],
                       [1, 1, 1, 1], "controls: a contrast after a comma; a clause with a modal of its own; no negation; a clause of its own")
    }

    /// More parties: a legislature's staffer, the share of a poll; in Japanese an officer of the other
    /// side, who tells or insists, named by the country before its の; and 断る, which declines.
    func testMorePartiesAndADeclining() {
        XCTAssertEqual(cues("Congressional staffers told reporters that the allies would create legal obligations."),
                       ["reported as rejected or hypothetical ('told')"])
        XCTAssertEqual(cues("A majority of respondents favour legal obligations for the allies."),
                       ["reported as rejected or hypothetical ('favour')"], "a poll's share")
        XCTAssertEqual(cues("A newspaper editorial predicted that the allies would create legal obligations."),
                       ["reported as rejected or hypothetical ('predicted')"], "a prediction")
        XCTAssertEqual(cues("ある米海兵隊の将校は「法的拘束力を持たせるべきだ」と言い張ったが、作戦計画はそうなっていない。"),
                       ["reported as rejected or hypothetical ('言い張っ')"])
        XCTAssertEqual(cues("防衛研究所の元研究員は、法的拘束力を持たせるべきだとの認識が一部にあったと語った。"),
                       ["reported as rejected or hypothetical ('語っ')"])
        XCTAssertEqual(cues("ある米側の提督からは「法的拘束力を持たせよう」と持ちかけられたが、私は丁重に断った。"),
                       ["reported as rejected or hypothetical ('断っ')"])
        XCTAssertEqual(cues("ガイドラインの専門家は、法的拘束力を持たせるべきだと主張している。", "[guidelines, binding]"),
                       ["reported as rejected or hypothetical ('主張')"], "matched words that name the party before its の")
        XCTAssertEqual(fired("米軍の将校は、法的拘束力を持たせる計画を説明する。").count, 1, "control: an officer who explains, no view")
    }

    /// An English negation reaches past a concession of degree ("however grave,") and into a
    /// relative clause that restricts a noun after "any", a prepositional phrase between them; a
    /// Japanese ず denies the nominalised act that is its topic (「…ことは想定しておらず、」).
    func testNegationsReachPastAConcessionAndIntoANominalisedAct() {
        XCTAssertEqual(cues("The allies do not treat the plan, however ambitious, as creating legal obligations."),
                       ["negated by 'not'"])
        XCTAssertEqual(cues("The allies will not take part in any activity under this plan for which a legal obligation arises."),
                       ["negated by 'not'"])
        XCTAssertEqual(cues("法的拘束力を持たせることは想定しておらず、ガイドラインの枠組みも従来どおり維持される。", "[binding, guidelines]"),
                       ["negated by 'ず'"])
        XCTAssertEqual([fired("The allies will not take part in any activity under this plan, which creates a legal obligation.").count,
                        fired("The allies do not hesitate, however briefly. They create legal obligations.").count,
                        fired("法的拘束力は、米国に頼らず、ガイドラインで定める。", "[binding, guidelines]").count],
                       [1, 1, 2], "controls, by the words that count: a relative clause after a comma; a new sentence; a topic set off by its comma")
    }

    // MARK: explanation

    func testSuppressedHitsAreExplainedWithTheirCue() throws {
        let result = try XCTUnwrap(Engine.result("c.says", "description: |\n  The Diet will never enact such a law.\n  本取決めは法的拘束力を有しない。"))
        XCTAssertEqual(result.status, .satisfied)
        let notes = result.explanation.filter { $0.condition.hasSuffix("so it does not count") }
        XCTAssertEqual(notes.map(\.condition), [
            "'The Diet will never enact such a law.' (obligation: 'enact' (12:23)) is negated by 'never', so it does not count",
            "'本取決めは法的拘束力を有しない。' (obligation: '法的拘束力' (13:8)) is negated by 'ない', so it does not count",
        ])
        XCTAssertEqual(notes.map(\.location), [SourceLocation(path: "p.yaml", line: 12, column: 23),
                                               SourceLocation(path: "p.yaml", line: 13, column: 8)])
        XCTAssertEqual(result.explanation.first?.seen, "only where negated or reported")
    }

    func testAViolationQuotesTheSentenceAndPlacesTheFindingAtItsWords() throws {
        let result = try XCTUnwrap(Engine.result("c.says", "description: |\n  Fine text.\n  The Diet shall enact a law."))
        XCTAssertEqual(result.status, .violated)
        XCTAssertEqual(result.location, SourceLocation(path: "p.yaml", line: 13, column: 18))
        XCTAssertEqual(result.explanation.first?.seen, "'The Diet shall enact a law.': obligation: 'enact' (13:18); nothing in its clause negates it, "
                       + "and its sentence reports no rejected or hypothetical text")
        XCTAssertEqual(result.explanation.first?.location, SourceLocation(path: "p.yaml", line: 13, column: 18))
        XCTAssertEqual(result.changes, ["rephrase the sentence at line 13: 'The Diet shall enact a law.'"])
        XCTAssertEqual(result.message, "The text says \"The Diet shall enact a law.\" (first of them).")
    }

    /// A quotation in single marks that opens the sentence is attributed after it, as one in
    /// double marks is; an apostrophe inside a word closes nothing.
    func testASingleQuotedRemarkIsAttributedAfterIt() {
        let quoted = "'The allies should create legal obligations,' Professor Nakamura argues in her op-ed."
        let unquoted = ["The allies' partners will create legal obligations, Professor Nakamura argues.",
                        "Legal obligations are 'essential,' Professor Nakamura argues, and the allies will create legal obligations."]
        XCTAssertEqual(cues(quoted), ["reported as rejected or hypothetical ('argues')"])
        XCTAssertEqual(unquoted.map { fired($0).count }, [1, 2], "controls: no quotation opens the sentence")
    }

    /// A proposal named as dropped by a participle before its noun or right after it: what it
    /// says, it says as dropped text.
    func testADraftNamedAsDroppedSpeaksAsDroppedText() {
        XCTAssertEqual(cues("The discarded draft CONPLAN created legal obligations for both governments.")
                        + cues("A paragraph struck from the third draft created legal obligations."),
                       ["reported as rejected or hypothetical ('discarded')", "reported as rejected or hypothetical ('struck')"])
        XCTAssertEqual([fired("The corrected draft CONPLAN creates legal obligations for both governments.").count,
                        fired("A paragraph taken from the third draft creates legal obligations.").count],
                       [1, 1], "controls: a version still in play")
    }

    /// A negation reaches past a short phrase set off by commas between its verb and its
    /// infinitive; without the infinitive the next words are a clause of their own.
    func testANegationReachesPastAParenthesisBeforeItsInfinitive() {
        XCTAssertEqual(fired("Japan does not intend, through this cooperation, to create legal obligations.").count, 0)
        XCTAssertEqual(fired("Japan does not hesitate, through this cooperation, and the allies create legal obligations.").count, 1,
                       "control: no infinitive goes on with the negated verb")
    }

    /// Japanese: a question quoted with a verb of asking asserts nothing (not the writer's own
    /// hedge, 「…ではないかと考える」); 唱える as MeCab gives its base form (唱う); a stance that is
    /// the topic spells out its own content; a tentative draft (試案), a working paper (作業文書)
    /// and a draft amended in the passive (改められた) are dropped.
    func testJapaneseQuestionsStancesAndDraftsAsked() {
        XCTAssertEqual(cues("質問主意書は、政府が法的義務を負うのかと問うている。"),
                       ["reported as rejected or hypothetical ('問う')"])
        XCTAssertEqual(cues("野党議員は、政府が法的義務を負うのではないかと迫った。"),
                       ["reported as rejected or hypothetical ('迫っ')"])
        XCTAssertEqual(fired("政府は法的義務を負うのではないかと考える。").count, 1, "control: the writer's hedge")
        XCTAssertEqual(cues("一部の評論家は法的義務の導入を唱えているが、政府の立場は一貫して現行の枠組みの維持である。"),
                       ["reported as rejected or hypothetical ('唱え')"])
        XCTAssertEqual(cues("一部の評論家は法的義務の導入を主張しているが、政府の立場は一貫して現行の枠組みの維持である。"),
                       ["reported as rejected or hypothetical ('主張')"], "the stance as topic")
        XCTAssertEqual(fired("一部の評論家は法的義務の導入を唱えているが、政府はその立場をとる。").count, 1,
                       "control: a stance taken up")
        XCTAssertEqual(cues("法的拘束力を持たせるとした当初の作業文書は、与党協議を経て削られた。"),
                       ["reported as rejected or hypothetical ('削ら')"])
        XCTAssertEqual(cues("原案では法的拘束力を持たせるとされていたが、最終的に改められた。").count, 1)
        XCTAssertEqual(fired("原案を改め、法的拘束力を持たせる。").count, 1, "control: amending the draft writes it in")
    }

    /// Each text reported by the cue word given with it, and each control with its count of hits
    /// that count.
    func assertReported(_ texts: KeyValuePairs<String, String>, controls: KeyValuePairs<String, Int>,
                        file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(texts.flatMap { cues($0.key, file: file, line: line) },
                       texts.map { "reported as rejected or hypothetical ('\($0.value)')" }, file: file, line: line)
        XCTAssertEqual(controls.map { fired($0.key, file: file, line: line).count }, controls.map(\.value), "controls", file: file, line: line)
    }

    /// 提唱 is a party's verb; a stance taken (「…との立場をとった」) holds a view as a verb does; news
    /// told at second hand (「…通信によると、…という。」) is reported. Controls: the government's own
    /// advocacy and stance, a text cited as the source (「指針によると」).
    func testAdvocacyStancesAndNewsAtSecondHand() {
        assertReported(["一部の論者は法的義務の導入を提唱したが、政府は採らなかった。": "提唱",
                        "憲法学者の多くは、指針が法的義務を課すとの立場をとった。": "とっ",
                        "共同通信によると、米側は法的義務の導入を求めたという。": "によると"],
                       controls: ["政府は法的義務の導入を提唱する。": 1,
                                  "指針によると、日本は法的義務を負うという。": 1,
                                  "政府は、指針が法的義務を課すとの立場をとった。": 1])
    }

    /// A magazine's contributor and cadets at a debate are parties; so is a lecturer on air, and 寄稿,
    /// 提起, 発言 and 解説 are a party's verbs. Controls: the writer's own essay and the government.
    func testContributorsCadetsLecturersAndTheirVerbs() {
        assertReported(["A Bungei Shunju contributor went further, insisting that the allies create legal obligations.": "insisting",
                        "In a debate exercise, cadets argued that the allies should create legal obligations.": "argued",
                        "ある評論家は、両国が法的義務を負うべきだと寄稿したが、防衛省はこれを否定した。": "寄稿",
                        "両国が法的義務を負うべきだ、と講師は番組の中で解説した。": "解説"],
                       controls: ["This essay advocates that the allies create legal obligations.": 1,
                                  "政府は、両国が法的義務を負うべきだと解説した。": 1])
    }

    /// A phrase of belonging after the party ("members of the Liberal Democratic Party") lets its verb
    /// stand further on. Controls: members with no verb of saying; a verb past that reach.
    func testPartyNamedByAPhraseOfBelonging() {
        assertReported(["Some members of the Liberal Democratic Party have advocated that the allies create legal obligations.": "advocated"],
                       controls: ["The members of the bilateral planning cell will create legal obligations.": 1,
                                  "Some members of the newly formed bilateral planning cell for the Nansei Islands have advocated legal obligations.": 1])
    }

    /// A debate's panelist labelled before a parenthesis and a colon speaks for himself; a verdict
    /// may come before the colon that names what it judges; a draft "that" someone struck out is
    /// dropped as one set off by ", which" is. Controls: the writer's own label, an adoption, an
    /// approval.
    func testLabelsVerdictsAndRelativesThatDropAProposal() {
        assertReported(["PANELIST (opposition, 5 October 2014): these Guidelines would create legal obligations.": "PANELIST",
                        "Recorded 2 July 2014 and withdrawn the following week: a proposal that the allies create legal obligations.": "withdrawn",
                        "The words \"legal obligation\" appeared in a contractor's draft annex that J5 struck out on 4 June.": "that J5 struck out"],
                       controls: ["DRAFTER (J5, 5 October 2014): these Guidelines will create legal obligations.": 1,
                                  "Recorded 2 July 2014 and adopted the following week: a proposal that the allies create legal obligations.": 1,
                                  "The words \"legal obligation\" appear in the draft annex that J5 approved on 4 June.": 1])
    }

    /// A suggestion recorded "without adopting it" is not taken up; a participle set off by commas
    /// may follow an adverb of time (", since withdrawn,"); a fact check's "Claim:" labels what it
    /// checks. Controls: adopted, approved, the writer's own label.
    func testRecordedClaimsAndDraftsSinceWithdrawn() {
        assertReported(["Some members of the study group urged that the allies create legal obligations; this memo records the suggestion without adopting it.": "urged",
                        "An early concept paper, since withdrawn, proposed legal obligations.": "withdrawn",
                        "Claim: \"The allies create legal obligations.\" Rating: False.": "Claim"],
                       controls: ["Some members of the study group urged that the allies create legal obligations; this memo records the suggestion and adopts it.": 1,
                                  "An early concept paper, since approved, proposed legal obligations.": 1,
                                  "Planning note: the allies create legal obligations.": 1])
    }

    /// Japanese views voiced: words (言葉) a party spoke, a remark that there was (発言があった),
    /// a warning (警告). Controls: a conclusion reached, the government's own announcement.
    func testJapaneseWordsRemarksAndWarningsReported() {
        assertReported(["法的拘束力を持たせればよい、という知人の言葉に耳を疑った。": "言葉",
                        "法的拘束力を持たせるべきだとの発言が一部の政治家からあった。": "発言",
                        "市民団体の声明は、法的拘束力を持たせれば同盟の性格が変わると警告した。": "警告"],
                       controls: ["法的拘束力を持たせるべきだとの結論が得られた。": 1, "政府は法的拘束力を持たせると発表した。": 1])
    }

    /// What a campaign video claims, what plaintiffs submit, and what a letter from a party reads
    /// into the plan are theirs. Controls: the writer's own video, submission and letter.
    func testVideosPleadingsAndLettersReported() {
        assertReported(["A campaign video claims the Guidelines create legal obligations.": "claims",
                        "The plaintiffs submit that the Guidelines create legal obligations.": "submit",
                        "The open letter from a Naha citizens' network read the Guidelines as legally binding.": "letter"],
                       controls: ["The training video shows the allies will create legal obligations.": 1,
                                  "The ministry will submit a bill that creates legal obligations.": 1,
                                  "The letter from the Minister confirms that the allies create legal obligations.": 1])
    }

    /// The readings that look beyond a term (dropped proposals, labels, causatives, passives,
    /// frames, light gaps) over many generated texts built from their own words: none may fail,
    /// and every hit lies inside its text.
    func testTheReadingsHoldOverGeneratedTexts() {
        let words = ["A", "The", "the", "draft", "suggestion", "idea", "was", "is", "be", "dropped", "withdrawn", "took", "it",
                     "up", "neither", "not", "but", "and", "would", "have", "created", "create", "legal", "obligations", "legally",
                     "binding", "enact", "w/o", "w/", ":", ";", ",", ".", "(", ")", "that", "which", "Nothing", "At", "no", "phase",
                     "the Diet", "will", "案は", "削除された", "採用していません", "際、", "場合、", "法的拘束力", "を", "により",
                     "攻撃される", "根拠", "が", "ない", "ことなく", "、", "。", "\n", " ", " ", "exercise", "演習"]
        var generator = SplitMix(seed: 9)
        var (counted, suppressed) = (0, 0)
        for _ in 0..<600 {
            let text = "Text " + (0..<generator.next(below: 30)).map { _ in words[generator.next(below: words.count)] }.joined(separator: " ")
            guard let evaluation = scan(text, "[obligation], unless: [exercise]") else { return XCTFail(text) }
            for hit in evaluation.hits + evaluation.suppressed { XCTAssertFalse(hit.quote.isEmpty, text) }
            counted += evaluation.hits.count
            suppressed += evaluation.suppressed.count
        }
        XCTAssertGreaterThan(counted, 20, "the texts hold hits that count")
        XCTAssertGreaterThan(suppressed, 20, "and hits that are suppressed")
    }
}
