/// The antecedent of a counterfactual conditional, which says what is not the case: "Were the SDF to
/// fire on a foreign vessel with no armed attack under way, that would be unlawful"; "If the
/// Guidelines imposed binding obligations, they would need Diet approval". A conditional in the
/// indicative plans what it says ("If an armed attack occurs, the SDF will …"), and so does the
/// consequent of a conditional that goes on to plan ("If the attack came, the SDF would strike the
/// bases"); one that only judges the antecedent ("…, that would be unlawful") is hypothetical too.
enum Counterfactual {
    static let conditionals = LemmaList(["if", "suppose", "supposing"])
    /// Words that open a frame of place or time which, at the head of a clause, is a condition whose
    /// consequent may say the activity stops: "where no statute yet provides the authority, the
    /// JSDF will not undertake the task". Only that reading is theirs; "When the attack came, the
    /// SDF would strike" narrates.
    static let haltingFrames = LemmaList(["where", "when", "whenever", "wherever", "unless"])
    /// Dashes that may end an antecedent with no comma: "suppose … — would you accept …?".
    static let dashes: Set<String> = ["—", "–", "--"]
    /// The auxiliaries that open an inverted antecedent: "Were the SDF to …", "Had the Diet …", and
    /// the putative "Should the parties one day wish to amend Article VI, that would take a treaty".
    static let invertedAuxiliaries: Set<String> = ["were", "had", "should"]
    private static let putative = LemmaList(["should"]).lemmas[0]
    /// Past forms of "be" and "have" in the antecedent: "If the United States were given …".
    static let pastAuxiliaries: Set<String> = ["were", "was", "had"]
    /// Words after which a form in "-ed" is an adjective or a participle, not a verb in the past.
    static let notBeforeAPastVerb = LemmaList(["a", "an", "the", "is", "are", "am", "be", "been", "being", "has", "have", "will",
                                               "shall", "can", "may", "must", "should", "do", "does", "of", "in", "by", "for",
                                               "with", "on", "at", "to", "from", "if", "its", "their", "any", "no", "this", "that",
                                               // "If Japan comes under armed attack, …": after a
                                               // preposition the form is an adjective.
                                               "under", "against", "after", "before", "during", "without", "into",
                                               "upon", "over", "about", "through", "despite", "amid"])
    /// Whether the word at `index` is a verb in the past after its subject: not "an armed attack",
    /// "is attacked".
    static func isVerbInThePast(_ index: Int, of text: AnalyzedText) -> Bool {
        guard text.tokens[index].kind == .word else { return false }
        return isVerbInThePast(index, written: text.quote(index..<(index + 1)).lowercased(), of: text)
    }

    /// The same, for a word whose lowercased spelling the caller has already read.
    static func isVerbInThePast(_ index: Int, written word: String, of text: AnalyzedText) -> Bool {
        EnglishLemmatizer.isPastTense(word, lemma: text.tokens[index].lemma) && !precedesNoPastVerb(index, of: text)
    }

    /// Whether the word before `index` is one of those. The stemmer gives "its" the lemma of "it",
    /// which before a verb in the past is its subject: "it replaced the 1951 treaty".
    static func precedesNoPastVerb(_ index: Int, of text: AnalyzedText) -> Bool {
        index > 0 && notBeforeAPastVerb.contains(text.tokens[index - 1].lemma) && text.quote((index - 1)..<index).lowercased() != "it"
    }

    /// Subjects of a consequent that name the antecedent itself, or its own subject again: "Were the
    /// Guidelines ever recast to require …, they would have to be concluded as a treaty".
    static let judgingSubjects = LemmaList(["that", "this", "such", "it", "they"])
    /// The consequent's modals of a counterfactual.
    static let modals = LemmaList(["would", "could", "might"])
    /// A modal of the consequent, or "would" contracted onto its subject: "they'd need Diet approval".
    static func isModal(_ lemma: String) -> Bool {
        modals.contains(lemma) || lemma.hasSuffix("'d") || lemma.hasSuffix("\u{2019}d")
    }

    /// Verbs of an activity going ahead, which a consequent denies to say it stops: "does not go
    /// forward", "will not proceed", "is not carried out".
    static let goingAhead = LemmaList(["go", "proceed", "take", "happen", "occur", "begin", "start", "commence", "continue",
                                       "launch", "deploy", "carry", "conduct", "undertake", "execute", "move"])
    static let denials = LemmaList(["not", "n't", "never"])
    /// How many words may open the consequent before its denied verb: "the deployment does not go".
    static let haltReach = 7

    /// Verbs of refusal whose consequent turns the antecedent's request down: "If a liaison officer
    /// asks the staff to plan a JSDF raid, the staff should decline".
    static let refusals = LemmaList(["decline", "refuse", "reject"])

    /// Whether the consequent after `comma` denies that the activity goes ahead, or refuses it.
    static func haltsTheActivity(after comma: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        let reach = (comma + 1)..<min(sentence.upperBound, comma + 1 + haltReach)
        if reach.contains(where: { refusals.contains(tokens[$0].lemma) }) { return true }
        guard let denial = reach.first(where: { denials.contains(tokens[$0].lemma) }) else { return false }
        // The verb right after the denial, or after "be" ("is not carried out").
        var verb = denial + 1
        if verb < sentence.upperBound, tokens[verb].lemma == Lemma.englishBe { verb += 1 }
        return verb < sentence.upperBound && goingAhead.contains(tokens[verb].lemma)
    }

    /// The word that opens the counterfactual antecedent holding every part, if one does.
    static func cue(holding parts: [Range<Int>], in sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        for start in sentence where tokens[start].kind == .word {
            let opensAtStart = start == sentence.lowerBound || tokens[start - 1].kind == .mark
            let inverted = opensAtStart && invertedAuxiliaries.contains(text.quote(start..<(start + 1)).lowercased())
            let haltingOnly = !inverted && opensAtStart && haltingFrames.contains(tokens[start].lemma)
            guard inverted || conditionals.contains(tokens[start].lemma) || haltingOnly else { continue }
            // An inverted antecedent runs to the comma before the consequent's modal, whatever commas
            // it holds: "Had Japan used force against a vessel …, with no armed attack yet begun, the
            // first condition would not have been met".
            let modal = inverted ? ((start + 1)..<sentence.upperBound).first(where: { isModal(tokens[$0].lemma) }) : nil
            guard let comma = modal.flatMap({ modal in ((start + 1)..<modal).last(where: { tokens[$0].kind == .mark && tokens[$0].lemma == "," }) })
                    ?? ((start + 1)..<sentence.upperBound).first(where: { tokens[$0].kind == .mark && tokens[$0].lemma == "," })
                    // (Or its dash: "suppose the ASDF were ordered to bomb the airfields — would you accept …?")
                    ?? ((start + 1)..<sentence.upperBound).first(where: { dashes.contains(tokens[$0].lemma) })
                    // (Or, with no comma, its colon: "Suppose a Cabinet ordered …: would Article 9 forbid it?")
                    ?? ((start + 1)..<sentence.upperBound).first(where: { tokens[$0].kind == .mark && tokens[$0].lemma == ":" })
            else { return nil }
            let antecedent = start..<comma
            // The consequent too when it only judges the antecedent: "…, that would be unlawful".
            let consequentJudges = comma + 1 < sentence.upperBound && judgingSubjects.contains(tokens[comma + 1].lemma)
            guard parts.allSatisfy({ $0.lowerBound > start && ($0.upperBound <= comma || consequentJudges) }) else { continue }
            // A consequent that says the activity does not go ahead plans nothing for the case:
            // "Should the host government withhold its consent, the deployment does not go forward".
            if parts.allSatisfy({ $0.upperBound <= comma }), haltsTheActivity(after: comma, sentence, tokens) { return start..<(start + 1) }
            if haltingOnly { continue }
            // "Should Japan come under armed attack, U.S. forces would lead" plans for the attack: a
            // putative antecedent is hypothetical only when its consequent judges it.
            if inverted, tokens[start].lemma == putative, !consequentJudges { continue }
            let past = inverted || antecedent.dropFirst().contains { index in
                guard tokens[index].kind == .word else { return false }
                let word = text.quote(index..<(index + 1)).lowercased()
                if pastAuxiliaries.contains(word) { return true }
                return isVerbInThePast(index, written: word, of: text)
            }
            let consequent = (comma + 1)..<sentence.upperBound
            if past, consequent.contains(where: { isModal(tokens[$0].lemma) }) { return start..<(start + 1) }
            // An indicative antecedent its consequent only judges is as hypothetical: "If either side
            // ever wants binding commitments, that would take a separate agreement". (The parts must
            // all stand in the antecedent: "If Japan is attacked, it would strike …" plans.)
            if consequentJudges, comma + 2 < sentence.upperBound, isModal(tokens[comma + 2].lemma),
               parts.allSatisfy({ $0.upperBound <= comma }) {
                return start..<(start + 1)
            }
        }
        return nil
    }
}
