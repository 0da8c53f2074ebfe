/// A non-restrictive relative clause (", which …", ", who …") says something of the noun before its
/// comma, not of the clause around it: "U.S. forces will lead strike operations in support of the
/// Self-Defense Forces, which remain in the lead in repelling the attack" gives the lead to the
/// Self-Defense Forces. A hit whose words lie partly inside such a relative clause holds only when
/// its words before the relative clause are that noun: "the SOFA, which will be amended".
enum RelativeClause {
    static let pronouns = LemmaList(["which", "who"])
    /// How many words may stand between the words of a hit and the relative clause's comma: "the
    /// SOFA of 1960, which …".
    static let antecedentReach = 3

    /// Whether the relative clause of `clause` separates the hit's parts from each other.
    static func separates(_ parts: [Range<Int>], in clause: Range<Int>, of text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        guard !text.isJapanese(text.sentence(of: clause.lowerBound)) else { return false }
        for pronoun in clause.dropFirst() where pronouns.contains(tokens[pronoun].lemma) {
            let comma = pronoun - 1
            guard tokens[comma].kind == .mark, tokens[comma].lemma == "," else { continue }
            // The relative clause ends at its next comma, or with the clause.
            let end = ((pronoun + 1)..<clause.upperBound).first { tokens[$0].kind == .mark && tokens[$0].lemma == "," } ?? clause.upperBound
            let relative = pronoun..<end
            let inside = parts.filter { relative.contains($0.lowerBound) }
            let before = parts.filter { $0.upperBound <= comma }
            guard !inside.isEmpty, !before.isEmpty else { continue }
            if before.contains(where: { comma - $0.upperBound > antecedentReach }) { return true }
        }
        return false
    }
}
