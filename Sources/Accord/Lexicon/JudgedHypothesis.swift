/// An English act named only to be condemned: "A preventive strike by Japan, a scenario discussed
/// here for illustration, would breach Article 51"; "To treat the missile defense line as a strike
/// capability would misread it"; "It would be wrong to read the line as authority to board vessels
/// without flag-state consent". The hit is the subject of a modal ("would", "could", "might") whose
/// verb or complement condemns it, or the infinitive of "it would be wrong to"; nobody plans it. A
/// plan that goes on to its cost ("Japan will strike the bases, which would breach …") is still a
/// plan: a modal of intent or a relative pronoun before the condemning modal keeps the hit.
enum JudgedHypothesis {
    /// The modals of a hypothesis, as in a counterfactual's consequent: "would", "could", "might".
    static let modals = Counterfactual.modals
    /// Verbs that condemn their subject: "would breach", "would contradict", "would misread it".
    static let condemningVerbs = LemmaList(["breach", "violate", "contravene", "contradict", "fail", "exceed", "misread",
                                            "mischaracterize", "mischaracterise", "misrepresent", "flout", "infringe", "offend"])
    /// Words of a condemning complement after "be": "would be unlawful", "would be a mistake".
    static let condemningWords = LemmaList(["unlawful", "illegal", "unconstitutional", "impermissible", "inconsistent",
                                            "incompatible", "wrong", "mistake", "error", "misreading", "breach", "violation",
                                            "contrary", "prohibited", "forbidden", "indefensible"])
    /// Verbs of a procedure the act would need, when a noun follows them ("Amending the Treaty
    /// itself would require a new instrument"), not an infinitive ("would need to be amended").
    static let requiringVerbs = LemmaList(["require", "need", "demand", "entail"])
    /// Modals of intent that make the subject a plan: "Japan will strike …, which would breach …".
    static let intentModals = LemmaList(["will", "shall", "must", "may", "can"])
    static let relativePronouns = LemmaList(["which", "who", "that"])
    /// Adverbs that may stand between the modal and its verb: "would itself require", "would plainly breach".
    static let interveningWords = LemmaList(["itself", "also", "clearly", "plainly", "squarely", "certainly", "surely", "thus",
                                             "therefore", "then", "both", "equally"])
    /// How many tokens may stand between the last part and the modal (an apposition between commas).
    static let subjectReach = 14
    /// How many tokens after "be" the condemning word may stand: "would be a clear mistake".
    static let complementReach = 3
    private static let be = Lemma.englishBe
    private static let to = LemmaList(["to"]).lemmas[0]
    private static let that = Lemma.englishThat
    private static let it = LemmaList(["it"]).lemmas[0]

    /// The modal that condemns the hit, if one does.
    static func cue(holding parts: [Range<Int>], clause: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        guard let first = parts.map(\.lowerBound).min(), let last = parts.map(\.upperBound).max() else { return nil }
        return extraposed(before: first, clause: clause, text) ?? judgedSubject(after: last, clause: clause, text)
    }

    /// "…[hit] …, would breach": the first modal after the hit, when it condemns.
    private static func judgedSubject(after last: Int, clause: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard !tokens[clause.lowerBound..<last].contains(where: { intentModals.contains($0.lemma) || modals.contains($0.lemma) }),
              let modal = (last..<min(clause.upperBound, last + subjectReach + 1)).first(where: { modals.contains(tokens[$0].lemma) }),
              !tokens[last..<modal].contains(where: { relativePronouns.contains($0.lemma) || intentModals.contains($0.lemma) })
        else { return nil }
        return condemns(after: modal, clause: clause, text) ? modal..<(modal + 1) : nil
    }

    /// "It would be wrong to read …[hit]": the modal of an extraposed judgment before the hit.
    private static func extraposed(before first: Int, clause: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        for index in clause where index + 2 < first && tokens[index].lemma == it && modals.contains(tokens[index + 1].lemma) {
            let complement = (index + 2)..<min(first, index + 4 + complementReach)
            guard tokens[index + 2].lemma == be,
                  let word = complement.first(where: { condemningWords.contains(tokens[$0].lemma) }),
                  (word + 1) < first, tokens[word + 1].lemma == to
            else { continue }
            return (index + 1)..<(index + 2)
        }
        return nil
    }

    /// Whether the words after the modal condemn its subject.
    private static func condemns(after modal: Int, clause: Range<Int>, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        var verb = modal + 1
        while verb < clause.upperBound, interveningWords.contains(tokens[verb].lemma) { verb += 1 }
        guard verb < clause.upperBound else { return false }
        let lemma = tokens[verb].lemma
        if condemningVerbs.contains(lemma) { return true }
        if requiringVerbs.contains(lemma) {
            return verb + 1 < clause.upperBound && tokens[verb + 1].kind == .word && ![to, that].contains(tokens[verb + 1].lemma)
        }
        guard lemma == be else { return false }
        return tokens[(verb + 1)..<min(clause.upperBound, verb + 1 + complementReach)].contains { condemningWords.contains($0.lemma) }
    }
}
