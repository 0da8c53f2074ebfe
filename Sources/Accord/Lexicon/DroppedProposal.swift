/// An English sentence that reports another proposal as dropped: "A suggestion that asset
/// protection begin before the law took effect was discussed in the SDC and dropped"; "An option
/// for punitive strikes was raised at the planning conference and withdrawn the same day".
///
/// The lexicon's `reported` cues cannot say this: the proposal noun and the verb stand a whole
/// proposal apart, further than a term's gap reaches, and a lemma cannot tell "dropped" from
/// "drop" ("…and drop the requirement of prior consultation" proposes what it says).
enum DroppedProposal {
    /// Nouns that name a proposal other than the one being checked.
    static let proposalNouns: [String] = lemmas(["proposal", "suggestion", "option", "idea", "draft", "proposition",
                                                    "recommendation", "alternative", "plan", "request", "bill", "motion"])
    /// Verbs that report a proposal as dropped, when written in a past form.
    static let rejectionVerbs: [String] = lemmas(["drop", "withdraw", "reject", "abandon", "shelve", "discard", "scrap",
                                                     "delete", "decline", "veto", "ditch", "strike"])
    /// Words before the noun that may make it the proposal at hand ("the plan"), not another one:
    /// such a sentence is read as saying what it says.
    static let thisProposal: [String] = lemmas(["this", "these", "our", "present", "current", "the"])
    /// How many words may stand before the noun: a determiner and a few modifiers
    /// ("An earlier USFJ suggestion").
    static let nounReach = 4

    /// The rejection verb that reports `clause` as a dropped proposal, if it does.
    static func cue(in clause: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard let noun = clause.prefix(nounReach).first(where: { isOne(of: proposalNouns, tokens[$0].lemma) }),
              tokens[clause.lowerBound..<noun].allSatisfy({ $0.kind == .word && !isOne(of: thisProposal, $0.lemma) })
        else { return nil }
        var passive = false
        for index in (noun + 1)..<clause.upperBound {
            let lemma = tokens[index].lemma
            if lemma == "be" { passive = true; continue }
            if passive, isOne(of: rejectionVerbs, lemma), isPastForm(text.quote(index..<(index + 1))) {
                return index..<(index + 1)
            }
        }
        return nil
    }

    /// "dropped", "withdrawn", "struck": the participle of a passive, not the verb of a proposal.
    private static func isPastForm(_ word: String) -> Bool {
        let word = word.lowercased()
        return word.hasSuffix("ed") || ["withdrawn", "withdrew", "struck", "stricken"].contains(word)
    }

    /// Lengths compared first, as `TextAnalyzer` does with its clause words: most lemmas are
    /// none of these, and hashing each cost more than the comparisons.
    private static func isOne(of list: [String], _ lemma: String) -> Bool {
        let count = lemma.utf8.count
        return list.contains { $0.utf8.count == count && $0 == lemma }
    }

    private static func lemmas(_ words: [String]) -> [String] {
        EnglishLemmatizerPool.with { lemmatizer in words.map { lemmatizer.lemma($0[...]) } }
    }
}
