/// A relative clause says something of the noun before it, not of the clause around it: "U.S.
/// forces will lead strike operations in support of the Self-Defense Forces, which remain in the
/// lead in repelling the attack" gives the lead to the Self-Defense Forces. So does one without a
/// comma whose pronoun names a person ("operating in support of the GSDF commander who leads the
/// response") or follows a preposition ("trains on scenarios in which Japanese units lead"); a
/// restrictive "that" or bare "which" is left to the clause ("an annex that is legally binding"),
/// since what a plan creates is often named by one. A hit whose words lie partly inside such a
/// relative clause holds only when its words before the relative clause are that noun: "the SOFA,
/// which will be amended".
enum RelativeClause {
    static let pronouns = LemmaList(["which", "who"])
    /// Pronouns that open a relative clause with no comma before them.
    static let personalPronouns = LemmaList(["who"])
    /// Prepositions that open a relative clause before its pronoun: "scenarios in which …".
    static let prepositions = LemmaList(["in", "under", "by", "through", "during", "for", "on", "at"])
    /// How many words may stand between the words of a hit and the relative clause's start: "the
    /// SOFA of 1960, which …".
    static let antecedentReach = 3

    /// Whether the relative clause of `clause` separates the hit's parts from each other.
    static func separates(_ parts: [Range<Int>], in clause: Range<Int>, of text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        guard !text.isJapanese(text.sentence(of: clause.lowerBound)) else { return false }
        for pronoun in clause.dropFirst() where pronouns.contains(tokens[pronoun].lemma) {
            guard let start = start(of: pronoun, in: clause, tokens) else { continue }
            // The relative clause ends at its next comma, or with the clause.
            let end = ((pronoun + 1)..<clause.upperBound).first { tokens[$0].kind == .mark && tokens[$0].lemma == "," } ?? clause.upperBound
            let relative = pronoun..<end
            let inside = parts.filter { relative.contains($0.lowerBound) }
            let before = parts.filter { $0.upperBound <= start }
            guard !inside.isEmpty, !before.isEmpty else { continue }
            if before.contains(where: { start - $0.upperBound > antecedentReach }) { return true }
        }
        return false
    }

    /// Where the relative clause of `pronoun` starts: its comma, its preposition, or the pronoun
    /// itself when it names a person; nil when the pronoun opens none this reading knows.
    private static func start(of pronoun: Int, in clause: Range<Int>, _ tokens: [Token]) -> Int? {
        let before = tokens[pronoun - 1]
        if before.kind == .mark { return before.lemma == "," ? pronoun - 1 : nil }
        if prepositions.contains(before.lemma), pronoun - 1 > clause.lowerBound { return pronoun - 1 }
        return personalPronouns.contains(tokens[pronoun].lemma) ? pronoun : nil
    }
}
