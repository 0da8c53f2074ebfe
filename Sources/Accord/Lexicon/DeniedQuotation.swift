/// Words quoted, or claimed by others, and then denied as untrue report nothing the text
/// proposes: 「一部報道で「…」とされていますが、そのような事実はありません」, 「…との記述は、事実と
/// 異なります」, "Reports that Japan will … are false".
enum DeniedQuotation {
    /// Words that deny a claim's truth: 事実はない, 事実と異なる, 誤り, 事実無根.
    static let japaneseFalsity: Set<String> = ["誤り", "誤解", "虚偽", "事実無根", "デマ"]
    static let japaneseFact = "事実"
    /// Reports that claim what the sentence then denies: 報道, 記事, 噂.
    static let japaneseReports: Set<String> = ["報道", "記事", "噂", "うわさ", "風説"]
    static let japaneseFactDenials: Set<String> = Lemma.japaneseNegations.union(["異なる", "反する"])
    /// How far after 事実 its denial may stand: 事実はございません.
    static let factDenialReach = 4
    static let claimNouns = LemmaList(["report", "claim", "allegation", "suggestion", "rumor", "rumour", "story", "article", "assertion",
                                       "headline", "post", "tweet", "myth", "notion", "impression", "perception", "belief",
                                       // and what a debate or a paper argues from: "built its case on the premise that …".
                                       "premise", "thesis"])
    static let falsity = LemmaList(["false", "untrue", "incorrect", "inaccurate", "unfounded", "baseless", "groundless", "wrong",
                                    "mistaken", "misguided", "misplaced", "erroneous", "untenable"])
    /// What "not" denies a claim with: "—not so", "that's not accurate", "not true".
    static let deniedTruth = LemmaList(["so", "true", "accurate", "correct"])
    static let not = LemmaList(["not"]).lemmas[0]

    /// Nouns that call a claim untrue as the subject whose complement states it: "A common
    /// misconception, repeated in some press coverage, is that U.S. forces would lead …".
    static let errorNouns = LemmaList(["misconception", "myth", "fallacy", "mistake", "error", "misreading", "misunderstanding",
                                       "misperception"])
    /// Verbs that state an error's content as "is" does: "A popular misconception … holds that …".
    static let statingVerbs = LemmaList(["hold", "run", "go", "say"])
    /// How many words may open the sentence before the noun: a determiner and a few modifiers.
    static let errorNounReach = 4

    /// The noun of an error whose "is that" states the claim holding the hit, if the sentence
    /// opens with one.
    static func namedAnError(before first: Int, sentence: Range<Int>, _ tokens: [Token]) -> Range<Int>? {
        guard let noun = sentence.prefix(errorNounReach).first(where: { errorNouns.contains(tokens[$0].lemma) }),
              ((noun + 1)..<first).contains(where: { (tokens[$0].lemma == Lemma.englishBe || statingVerbs.contains(tokens[$0].lemma))
                  && $0 + 1 < first && tokens[$0 + 1].lemma == Lemma.englishThat })
        else { return nil }
        return noun..<(noun + 1)
    }

    /// The words that deny the claim holding the hit, if the sentence denies one.
    static func cue(holding parts: [Range<Int>], sentence: Range<Int>, japanese: Bool, of text: AnalyzedText) -> Range<Int>? {
        guard let first = parts.map(\.lowerBound).min(), let last = parts.map(\.upperBound).max() else { return nil }
        let tokens = text.tokens
        if japanese {
            // The hit inside 「…」, the denial after the closing bracket; or the hit after a report
            // that claims it: 「一部報道では自衛隊による敵基地攻撃が協議されたとされているが、事実に
            // 反する」.
            let afterTheQuote: Int? = {
                guard let open = (sentence.lowerBound..<first).last(where: { tokens[$0].kind == .mark && ["「", "『"].contains(tokens[$0].lemma) }),
                      !tokens[(open + 1)..<first].contains(where: { $0.kind == .mark && ["」", "』"].contains($0.lemma) })
                else { return nil }
                return (last..<sentence.upperBound).first { tokens[$0].kind == .mark && ["」", "』"].contains(tokens[$0].lemma) }.map { $0 + 1 }
            }()
            let afterTheReport = (sentence.lowerBound..<first).contains { japaneseReports.contains(tokens[$0].lemma) } ? last : nil
            guard let claimEnd = afterTheQuote ?? afterTheReport else { return nil }
            for index in claimEnd..<sentence.upperBound {
                if japaneseFalsity.contains(tokens[index].lemma) { return index..<(index + 1) }
                if tokens[index].lemma == japaneseFact,
                   let denial = ((index + 1)..<min(sentence.upperBound, index + 1 + factDenialReach)).first(where: { japaneseFactDenials.contains(tokens[$0].lemma) }) {
                    return index..<(denial + 1)
                }
            }
            return nil
        }
        if let error = namedAnError(before: first, sentence: sentence, tokens) { return error }
        if let denial = deniedClaim(before: first, sentence: sentence, text) { return denial }
        // A claim noun before the hit ("Reports that …"), a word of falsity after it.
        guard (sentence.lowerBound..<first).contains(where: { claimNouns.contains(tokens[$0].lemma) }),
              let denial = (last..<sentence.upperBound).first(where: { index in
                  falsity.contains(tokens[index].lemma)
                      || (tokens[index].lemma == not && index + 1 < sentence.upperBound && deniedTruth.contains(tokens[index + 1].lemma))
              })
        else { return nil }
        return denial..<(tokens[denial].lemma == not ? denial + 2 : denial + 1)
    }

    /// Verbs that deny a claim put after them: "Gov't denies Guidelines oblige Japan to …", "The
    /// official dismissed a report that planners had weighed …".
    static let denialVerbs = LemmaList(["deny", "dismiss", "reject", "refute", "rebut", "dispute", "disavow", "debunk"])
    /// How many words may stand between the verb and the claim noun: "dismissed as unfounded a report".
    static let claimNounReach = 3
    private static let that = Lemma.englishThat
    /// The one denial verb whose claim may follow with no "that": "Gov't denies Guidelines oblige …".
    private static let deny = LemmaList(["deny"]).lemmas[0]

    /// The verb and claim that deny the words holding the hit, when they come before it in one
    /// clause: a denial verb, then a claim noun and its "that" ("rejected claims that"), or "that"
    /// alone, or a name that opens the denied clause at once ("denies Guidelines oblige").
    private static func deniedClaim(before first: Int, sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        for verb in sentence where verb < first && denialVerbs.contains(tokens[verb].lemma) {
            guard verb + 1 < first, !tokens[(verb + 1)..<first].contains(where: { $0.kind == .mark && [";", ":", "."].contains($0.lemma) })
            else { continue }
            let after = verb + 1
            if tokens[after].lemma == that { return verb..<(after + 1) }
            if let noun = (after..<min(first, after + claimNounReach + 1)).first(where: { claimNouns.contains(tokens[$0].lemma) }),
               noun + 1 < first, tokens[noun + 1].lemma == that || tokens[noun + 1].lemma == "of" {
                return verb..<(noun + 2)
            }
            if tokens[verb].lemma == deny, TextAnalyzer.startsWithCapital(tokens[after], text.text) {
                return verb..<after
            }
        }
        return nil
    }
}
