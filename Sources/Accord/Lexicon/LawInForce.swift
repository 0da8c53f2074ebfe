/// A clause that says what a law already in force provides: "Article 98 of the Constitution
/// requires that treaties be faithfully observed", "The SDF Act permits the use of weapons to
/// protect U.S. assets", 「日米安全保障条約第六条の実施に関する交換公文は、…を事前協議の対象と
/// している」. Its subject is the instrument, its verb one of providing or forbidding in the
/// present, and what the hit names is the law's content, not a plan. The proposal's own text and
/// the Guidelines ("this arrangement requires", "the Guidelines oblige") are no such law, and a
/// modal ("the revised SOFA will permit") plans.
enum LawInForce {
    /// Nouns that name an instrument in force.
    static let englishInstruments = LemmaList(["constitution", "charter", "treaty", "sofa", "act", "law", "notes", "convention",
                                               "statute", "code", "covenant", "protocol", "legislation", "conditions"])
    /// A decision is an instrument in force only as the Cabinet's own: "the July 2014 cabinet
    /// decision requires …" (an SCC decision is the Alliance's, as the Guidelines are).
    static let decision = LemmaList(["decision"]).lemmas[0]
    static let cabinet = LemmaList(["cabinet"]).lemmas[0]
    /// "Article 9 prohibits …": an article by its number.
    static let article = LemmaList(["article", "art"])
    /// Words that make the subject the proposal's own text, a draft or the Guidelines.
    static let notInForce = LemmaList(["this", "present", "our", "new", "revised", "proposed", "draft", "guidelines", "arrangement",
                                       "plan", "proposal", "agreement", "memorandum", "annex", "concept", "we", "future"])
    /// Verbs of what a law provides, permits or forbids.
    static let englishVerbs = LemmaList(["provide", "stipulate", "require", "prohibit", "forbid", "permit", "allow", "cover", "define",
                                         "confine", "limit", "oblige", "obligate", "commit", "authorize", "authorise", "bar", "ban",
                                         "restrict", "guarantee", "govern", "declare", "renounce", "entitle", "empower", "specify",
                                         "establish", "distinguish", "assign", "reserve", "set", "bind"])
    /// How far into its clause the verb may stand: "Article 98, paragraph 2, of Japan's Constitution requires".
    static let subjectLength = 14

    /// (MeCab cuts 交換公文 into 交換 and 公文.)
    static let japaneseInstruments: Set<String> = ["憲法", "憲章", "条約", "協定", "公文", "法", "条", "項", "号", "規定", "判決"]
    static let japaneseNotInForce: Set<String> = ["本", "新", "案", "草案", "素案", "試案", "原案", "指針", "ガイドライン", "取決め", "取り決め", "計画", "構想",
                                                  "提言", "改正案"]
    static let japaneseVerbs = Set(Lemma.japanese(["定める", "規定", "禁じる", "禁止", "認める", "求める", "義務付ける", "明記", "規律",
                                                   "対象", "限る", "許す", "許容", "予定"]))
    /// How far from the sentence's end its verb and its ている may stand: 対象としている。
    static let japaneseEndReach = 8
    static let stativeEndings: Set<String> = ["いる", "おる", "ある"]
    static let japaneseTopicReach = 14

    /// The verb that says the law's content, if the clause holding every part does.
    static func cue(holding parts: [Range<Int>], clause: Range<Int>, sentence: Range<Int>, japanese: Bool, of text: AnalyzedText) -> Range<Int>? {
        guard let first = parts.map(\.lowerBound).min(), let last = parts.map(\.upperBound).max() else { return nil }
        return japanese ? japaneseCue(first: first, sentence: sentence, text) ?? statedProhibition(first: first, sentence: sentence, text)
            : englishCue(first: first, clause: clause, text) ?? namedSource(after: last, clause: clause, text)
                ?? frontedFrame(clause: clause, sentence: sentence, text)
    }

    /// Whether the word at `index` names an instrument of `instruments`, or an article by its
    /// number ("Article 9"), before `end`.
    static func names(_ instruments: LemmaList, at index: Int, before end: Int, _ tokens: [Token]) -> Bool {
        instruments.contains(tokens[index].lemma)
            || (article.contains(tokens[index].lemma) && index + 1 < end && tokens[index + 1].kind == .number)
            || (tokens[index].lemma == decision && index > 0 && tokens[index - 1].lemma == cabinet)
    }

    /// How many words the fronted frame may have before its comma: "Under Article 73(3) of the Constitution,".
    static let frameLength = 10
    private static let underLemma = LemmaList(["under"]).lemmas[0]

    /// "Under the Japanese Constitution, treaties require Diet approval": a sentence that opens with
    /// an instrument in force as its frame, and whose clause states what holds with no modal at all
    /// ("Under Article 51, the SDF may strike first" claims a licence, and is read), describes the law.
    private static func frontedFrame(clause: Range<Int>, sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard tokens[sentence.lowerBound].lemma == underLemma else { return nil }
        let head = sentence.lowerBound..<min(sentence.upperBound, sentence.lowerBound + frameLength + 1)
        let end = head.first(where: { tokens[$0].kind == .mark && tokens[$0].lemma == "," }) ?? head.upperBound
        let frame = sentence.lowerBound..<end
        guard clause.lowerBound <= end + 1,
              frame.contains(where: { names(englishInstruments, at: $0, before: end, tokens) }),
              !tokens[frame].contains(where: { notInForce.contains($0.lemma) }),
              !tokens[clause].contains(where: { TextAnalyzer.modals.contains($0.lemma) || notInForce.contains($0.lemma) }),
              // (A law states what holds in the present: "Under Article 95-2, F-15s protected U.S.
              // aircraft … before that article entered into force" tells of an act.)
              !clause.contains(where: { Counterfactual.isVerbInThePast($0, of: text) })
        else { return nil }
        return sentence.lowerBound..<(sentence.lowerBound + 1)
    }

    /// Prepositions that name where a duty comes from: "bound by the Charter", "obligations under
    /// the NPT".
    static let sourcePrepositions = LemmaList(["by", "under"])
    /// Instruments in force specific enough to be a duty's source ("law" alone is not: "binding
    /// under international law" is what a new instrument would claim).
    static let sourceInstruments = LemmaList(["constitution", "charter", "treaty", "convention", "act", "statute", "npt", "covenant", "sofa"])
    /// How many tokens may stand between the hit and the preposition, and between it and the instrument.
    static let sourceGap = 2
    static let sourceReach = 5

    /// The preposition that names an instrument in force as the source of the duty the hit names,
    /// right after its word of duty: "The United States, like Japan, is bound by the Charter". Not in a clause
    /// that plans (a modal of intent) or names the proposal's own text or a new instrument ("the
    /// new arrangement will be binding under the Treaty").
    private static func namedSource(after last: Int, clause: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard let preposition = (last..<min(clause.upperBound, last + sourceGap + 1)).first(where: { sourcePrepositions.contains(tokens[$0].lemma) }),
              preposition > clause.lowerBound, dutyWords.contains(tokens[preposition - 1].lemma),
              let instrument = ((preposition + 1)..<min(clause.upperBound, preposition + 1 + sourceReach)).first(where: {
                  names(sourceInstruments, at: $0, before: clause.upperBound, tokens)
              }),
              !tokens[clause.lowerBound..<instrument].contains(where: { notInForce.contains($0.lemma) || planningModals.contains($0.lemma) })
        else { return nil }
        return preposition..<(preposition + 1)
    }
    static let planningModals = LemmaList(["will", "shall", "would"])
    /// Words of a duty whose source the preposition after them names ("approval required by
    /// Article 76" names where a requirement is written, not a duty the hit names).
    /// (A lemma each: "bound" and "binding" are "bind", "obliged" and "obligations" are "oblig".)
    static let dutyWords = LemmaList(["bind", "obligation", "duty", "incurred"])

    private static func englishCue(first: Int, clause: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        // (The verb may be the first part's own word: "requires that treaties … be observed".)
        for verb in clause.lowerBound..<min(first + 1, clause.lowerBound + subjectLength) where englishVerbs.contains(tokens[verb].lemma) {
            // The present of a law's verb: "provides", "requires", "does not permit", not "will
            // require" or "required".
            let word = TextAnalyzer.surface(tokens[verb], text.text).lowercased()
            let denied = verb >= clause.lowerBound + 3 && tokens[verb - 1].lemma == "not"
                && ["does", "do"].contains(TextAnalyzer.surface(tokens[verb - 2], text.text).lowercased())
            // (After a plural noun the present has no "-s": "the three conditions require".)
            let afterAPlural = verb > clause.lowerBound && tokens[verb - 1].kind == .word
                && TextAnalyzer.surface(tokens[verb - 1], text.text).lowercased().hasSuffix("s")
                && !word.hasSuffix("ed") && !word.hasSuffix("ing")
            guard (word.hasSuffix("s") && !word.hasSuffix("ss")) || denied || afterAPlural, verb > clause.lowerBound,
                  // (A word after a possessive is its noun: "the Act's limits".)
                  !TextAnalyzer.isPossessive(verb - 1, in: text)
            else { return nil }
            let subject = clause.lowerBound..<(denied ? verb - 2 : verb)
            let instrument = subject.contains { names(englishInstruments, at: $0, before: verb, tokens) }
            guard instrument, !subject.contains(where: { notInForce.contains(tokens[$0].lemma) || TextAnalyzer.modals.contains(tokens[$0].lemma) })
            else { return nil }
            return verb..<(verb + 1)
        }
        return nil
    }

    /// Verbs of permitting: denied, with an act made the topic before them, they state what the law
    /// forbids — 「…同意なく…実施することは、国際平和支援法でも認められていない」, 「…先制攻撃を行うこと
    /// は、国際法上も憲法上も許されず、…」 — where 「認められていない活動を行う」 plans the act.
    static let japanesePermissions = Set(Lemma.japanese(["認める", "許す", "許容"]))
    /// The nominalizers that make an act a topic (こと, の; not もの or わけ, which judge rather than name it).
    static let actNominalizers: Set<String> = ["こと", "の"]
    /// How far after the verb its negation may stand: 認め/られ/て/い/ない.
    static let permissionNegationReach = 5

    private static func statedProhibition(first: Int, sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        // The act as the topic: 実施することは, 行うのは.
        guard sentence.count > 3,
              let topic = ((sentence.lowerBound + 1)..<(sentence.upperBound - 1)).first(where: { index in
                  actNominalizers.contains(tokens[index].lemma) && [.verb, .auxiliary].contains(tokens[index - 1].kind)
                      && tokens[index + 1].kind == .particle && ["は", "も"].contains(tokens[index + 1].lemma)
              })
        else { return nil }
        for verb in (topic + 2)..<sentence.upperBound where japanesePermissions.contains(tokens[verb].lemma) {
            guard let negation = ((verb + 1)..<min(sentence.upperBound, verb + 1 + permissionNegationReach)).first(where: {
                      Lemma.japaneseNegations.contains(tokens[$0].lemma)
                  }),
                  first < negation
            else { continue }
            // The denial ends its sentence, a clause with no contrast after it, or a quoted view
            // (許されないと考えております); 「認められていないが、実施する」 plans the act anyway.
            let next = negation + 1
            if next == sentence.upperBound || tokens[next].kind == .mark || tokens[next].lemma == "と" { return verb..<next }
        }
        return nil
    }

    private static func japaneseCue(first: Int, sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        // The instrument as the topic that opens the sentence: 交換公文は、 自衛隊法第95条の2は.
        guard let topic = (sentence.lowerBound..<min(first, sentence.lowerBound + japaneseTopicReach)).first(where: { index in
                  tokens[index].kind == .particle && tokens[index].lemma == "は" && index > sentence.lowerBound
                      && japaneseInstruments.contains(tokens[index - 1].lemma)
              }),
              !tokens[sentence.lowerBound..<topic].contains(where: { japaneseNotInForce.contains($0.lemma) })
        else { return nil }
        // Its verb near the end, in the state of ている: 定めている, 対象としている, 認めておらず.
        let tail = max(first, sentence.upperBound - japaneseEndReach)..<sentence.upperBound
        guard let verb = tail.first(where: { japaneseVerbs.contains(tokens[$0].lemma) }),
              tokens[(verb + 1)..<sentence.upperBound].contains(where: { stativeEndings.contains($0.lemma) })
        else { return nil }
        return verb..<(verb + 1)
    }
}
