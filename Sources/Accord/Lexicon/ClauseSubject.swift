/// Who acts in a clause, as far as a hit needs it: whether another actor is the clause's subject
/// and the hit's first concept only an object of its act. "III MEF supports JGSDF operations …
/// with fires, ISR and strike operations" names Japanese forces and strike operations, and the
/// strikes are the Marines'. `says:` asks this with `unless_subject:`.
enum ClauseSubject {
    /// How many tokens a label before a colon may take at the start of a clause.
    static let labelReach = 4
    /// How many words may open the subject before the actor's words: "the", "all", "U.S.-led".
    static let subjectReach = 3
    /// Words that join the first concept to the subject rather than put it in the predicate: "U.S.
    /// and Japanese forces will strike".
    static let joiners = LemmaList(["and", "or", "plus", "both"])
    /// Words that join it only when they follow the subject at once or open a parenthesis: "USFJ
    /// with the JSDF will strike", "U.S. destroyers, together with JMSDF escorts, will fire" join;
    /// "the B-52 flew over the East China Sea with JASDF escorts" does not.
    static let companions = LemmaList(["with", "together", "alongside"])
    static let joiningMarks: Set<String> = ["&", "/", "・"]
    /// Words that open a relative clause with a subject of its own: "the areas where U.S. aircraft strike".
    static let relativeOpeners = LemmaList(["where", "which", "whom", "whereby"])
    /// Conjunctions that open a conjunct with a subject of its own, and how many words the actor's
    /// own predicate must have before them.
    static let conjunctOpeners = LemmaList(["and", "but", "while", "whereas"])
    static let predicateLength = 3
    /// Words that may open the rival's subject after the conjunction: "where the U.S. aircraft".
    static let subjectDeterminers = LemmaList(["the", "a", "an", "its", "their", "all"])
    /// Words that open a clause before its subject.
    static let openers = LemmaList(["and", "but", "yet", "so", "while", "whilst", "whereas", "then"])
    /// Words that open a fronted phrase before the subject, to its comma: "In Phase II, U.S. forces …".
    static let frontingWords = TextAnalyzer.frontingWords
    /// English possessive endings between an actor and the act it names: "Japan's strikes".
    static let possessives: Set<String> = ["'s", "’s", "'", "’", "s"]
    /// Japanese particles that mark a subject or topic, and those that make a noun the agent of the
    /// next: 自衛隊の打撃作戦, 自衛隊による打撃.
    static let subjectParticles: Set<String> = ["が", "は"]
    static let agentLinks: Set<String> = ["の", "による", "によって", "により"]
    /// Verbs whose "that" opens a clause with a subject of its own.
    static let reportingVerbs = LemmaList(["note", "say", "state", "confirm", "explain", "stress", "report", "indicate", "announce",
                                           "agree", "argue", "insist", "believe", "expect", "understand", "acknowledge", "assert"])

    /// The first concept of `rivals`, with its words, that is the clause's subject while the hit's
    /// first part stands in its predicate, neither joined to the subject nor the agent of the hit's
    /// other words.
    static func rival(of parts: [(concept: String, tokens: Range<Int>, words: [Range<Int>])], among rivals: [Concept],
                      clause: Range<Int>, _ text: AnalyzedText, _ occurrences: ConceptOccurrences) -> (String, Range<Int>)? {
        guard !rivals.isEmpty, let actor = parts.first else { return nil }
        let japanese = text.isJapanese(text.sentence(of: clause.lowerBound))
        for rival in rivals {
            for found in occurrences.occurrences(of: rival, in: clause, countingExceptions: false) where !found.tokens.overlaps(actor.tokens) {
                // The rival named as the agent of the act itself: "U.S. strike operations", "strikes
                // by U.S. forces", 米軍の打撃作戦 — whoever is the clause's subject.
                let acts = parts.dropFirst()
                if !acts.isEmpty, acts.allSatisfy({ isAgent(found.tokens, of: $0.tokens, text.tokens, japanese: japanese) }),
                   !acts.contains(where: { isAgent(actor.tokens, of: $0.tokens, text.tokens, japanese: japanese) }) {
                    return (rival.id, found.tokens)
                }
                if !japanese, !acts.isEmpty, acts.allSatisfy({ $0.tokens.lowerBound >= found.tokens.upperBound }),
                   opensAClauseOfItsOwn(found.tokens, after: actor.tokens, in: clause, text.tokens) {
                    return (rival.id, found.tokens)
                }
                let start = japanese ? nil : subjectStart(clause, before: found.tokens, text.tokens)
                let isSubject = japanese ? isJapaneseSubject(found.tokens, text.tokens)
                                         : start.map { found.tokens.lowerBound - $0 <= subjectReach } ?? false
                guard isSubject, !parts.dropFirst().contains(where: { isAgent(actor.tokens, of: $0.tokens, text.tokens, japanese: japanese) })
                else { continue }
                // A complement clause of its own after a reporting verb: "The U.S. side noted that
                // the JMSDF would take over the offensive role" is the JMSDF's act.
                if !japanese, actor.tokens.lowerBound > found.tokens.upperBound,
                   (found.tokens.upperBound..<actor.tokens.lowerBound).contains(where: { index in
                       reportingVerbs.contains(text.tokens[index].lemma) && index + 1 < actor.tokens.lowerBound && text.tokens[index + 1].lemma == "that"
                   }) {
                    continue
                }
                // A Japanese actor in a condition before the subject: 「日本が攻撃された場合、打撃力を
                // 使う作戦は米軍が担い」 — Japan is the one attacked, the United States acts.
                if japanese, actor.tokens.upperBound <= found.tokens.lowerBound,
                   endsACondition(between: actor.tokens.upperBound..<found.tokens.lowerBound, text.tokens) {
                    return (rival.id, found.tokens)
                }
                // The first concept in the predicate, not joined to the subject; or in an English
                // fronted phrase ("In a Japan contingency, U.S. forces …").
                if actor.tokens.lowerBound > found.tokens.lowerBound ? !isJoined(found.tokens, to: actor.tokens, text)
                                                                     : (start.map { actor.tokens.upperBound < $0 } ?? false) {
                    return (rival.id, found.tokens)
                }
            }
        }
        return nil
    }

    /// Whether the rival opens a clause of its own after the actor, the subject of the acts after
    /// it: a relative clause ("JCG and JMSDF officers will route shipping clear of the areas where
    /// U.S. carrier aircraft are conducting strikes"), or a conjunct after the actor's own
    /// predicate ("JASDF fighters cover Kyushu and all U.S. bombers conduct the strikes"; not "JASDF
    /// and USFJ will strike", where the two are one subject).
    private static func opensAClauseOfItsOwn(_ rival: Range<Int>, after actor: Range<Int>, in clause: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let opener = (max(clause.lowerBound, rival.lowerBound - subjectReach - 1)..<rival.lowerBound)
                  .last(where: { relativeOpeners.contains(tokens[$0].lemma) || conjunctOpeners.contains(tokens[$0].lemma) }),
              actor.upperBound <= opener,
              tokens[(opener + 1)..<rival.lowerBound].allSatisfy({ subjectDeterminers.contains($0.lemma) })
        else { return false }
        if relativeOpeners.contains(tokens[opener].lemma) { return true }
        // (A comma sets off a phrase, not a predicate: "Japan, through a joint venture of JAEA and
        // U.S. laboratories, will produce …".)
        return opener - actor.upperBound >= predicateLength && !tokens[actor.upperBound..<opener].contains(where: { $0.kind == .mark })
    }

    /// Whether a Japanese condition ends between two words: 場合、, ときは、, 際には、.
    private static func endsACondition(between range: Range<Int>, _ tokens: [Token]) -> Bool {
        range.contains { index in
            guard conditionNouns.contains(tokens[index].lemma), tokens[index].kind == .word else { return false }
            var next = index + 1
            while next < range.upperBound, tokens[next].kind == .particle, ["は", "に"].contains(tokens[next].lemma) { next += 1 }
            return next < range.upperBound && tokens[next].kind == .mark && tokens[next].lemma == "、"
        }
    }

    static let conditionNouns: Set<String> = ["場合", "とき", "時", "際"]

    /// Where the subject of an English clause starts, after an opening conjunction and a fronted
    /// phrase, when `words` may open it: nil when a mark stands between.
    private static func subjectStart(_ clause: Range<Int>, before words: Range<Int>, _ tokens: [Token]) -> Int? {
        var start = clause.lowerBound
        // A paragraph's number and marking head the clause: "3.B.(3) (U) 1st MAW conducts …".
        while start < words.lowerBound, isNumbering(start, tokens) { start += 1 }
        // A label before a colon ("Key point: if Japan is attacked, U.S. forces …") heads the clause.
        if let colon = TextAnalyzer.colon(in: start..<min(words.lowerBound, start + labelReach), of: tokens) {
            start = colon + 1
        }
        if start < words.lowerBound, tokens[start].kind == .mark { start += 1 }
        if start < words.lowerBound, openers.contains(tokens[start].lemma) { start += 1 }
        if start < words.lowerBound, frontingWords.contains(tokens[start].lemma),
           let comma = (start..<words.lowerBound).first(where: { tokens[$0].kind == .mark && tokens[$0].lemma == "," }) {
            start = comma + 1
        }
        // Only determiners and modifiers before the actor: "…, sailing with Carrier Strike Group
        // Five, will launch" puts it in a phrase of its own.
        guard words.lowerBound >= start,
              tokens[start..<words.lowerBound].allSatisfy({ $0.kind == .word && !frontingWords.contains($0.lemma) })
        else { return nil }
        return start
    }

    /// A number, a mark, or a single letter before a mark: the 3, B, (, U and ) of "3.B.(3) (U)".
    private static func isNumbering(_ index: Int, _ tokens: [Token]) -> Bool {
        switch tokens[index].kind {
        case .number, .mark: return true
        case .word: return tokens[index].lemma.count == 1 && index + 1 < tokens.count && tokens[index + 1].kind == .mark
        default: return false
        }
    }

    /// Words marked as the subject or topic: 米軍が, 米軍は (within one word: 米海兵隊部隊が).
    private static func isJapaneseSubject(_ words: Range<Int>, _ tokens: [Token]) -> Bool {
        let after = words.upperBound
        for index in after..<min(tokens.count, after + 2) {
            if tokens[index].kind == .particle, subjectParticles.contains(tokens[index].lemma) { return true }
            if tokens[index].kind == .mark || tokens[index].kind == .particle { return false }
        }
        return false
    }

    private static func isJoined(_ subject: Range<Int>, to actor: Range<Int>, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        let between = tokens[subject.upperBound..<actor.lowerBound]
        // A modal between ends the subject: in "U.S. bombers and submarines will back the JSDF's
        // defense", the "and" is the subject's own.
        if between.contains(where: { TextAnalyzer.modals.contains($0.lemma) }) { return false }
        if joinsTwoVerbs(after: subject, before: actor, text) { return false }
        if between.isEmpty || between.contains(where: { joiners.contains($0.lemma) || ($0.kind == .mark && joiningMarks.contains($0.lemma)) }) {
            return true
        }
        return between.indices.contains { index in
            companions.contains(tokens[index].lemma)
                && (index - subject.upperBound < 2 || tokens[index - 1].kind == .mark && tokens[index - 1].lemma == ",")
        }
    }

    /// Whether the "and" between the subject and the actor joins two verbs of the subject's, the
    /// second taking the actor as its object: "U.S. forces support and supplement the JSDF". The
    /// subject's words may end before its head noun ("U.S." of "U.S. forces").
    private static func joinsTwoVerbs(after subject: Range<Int>, before actor: Range<Int>, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        let isLowercaseWord = { (index: Int) in
            tokens[index].kind == .word && !TextAnalyzer.notBaseVerbs.contains(tokens[index].lemma)
                && text.quote(index..<(index + 1)).first?.isLowercase == true
        }
        guard let joiner = (subject.upperBound..<actor.lowerBound).first(where: { joiners.contains(tokens[$0].lemma) }),
              joiner + 1 < actor.lowerBound, joiner - subject.upperBound == 1 || (joiner - subject.upperBound == 2 && isLowercaseWord(subject.upperBound))
        else { return false }
        return isLowercaseWord(joiner - 1) && isLowercaseWord(joiner + 1)
            && tokens[(joiner + 2)..<actor.lowerBound].count <= 1
            && tokens[(joiner + 2)..<actor.lowerBound].allSatisfy { TextAnalyzer.verbFollowers.contains($0.lemma) }
    }

    /// How many words a Japanese relative clause's verb may take before its head: 担う, 担っ/て/いる.
    static let relativeVerbLength = 3
    /// Brackets that may quote a Japanese act after its agent's の: アメリカの「矛」.
    static let openingBrackets: Set<String> = ["「", "『", "“", "\""]
    /// How far after the act its passive's agent may stand: "will be carried out by".
    static let passiveAgentReach = 6

    /// Whether the actor's words name who does what `act` names: "JSDF strike operations", "Japan's
    /// strikes", "strikes by the JSDF", "strikes will be conducted by the JSDF", 自衛隊の打撃作戦,
    /// 自衛隊による打撃.
    private static func isAgent(_ actor: Range<Int>, of act: Range<Int>, _ tokens: [Token], japanese: Bool) -> Bool {
        if japanese {
            // The actor as the head of a relative clause whose object is the act: 打撃力を担うアメリカ.
            if act.upperBound < actor.lowerBound, tokens[act.upperBound].lemma == "を", actor.lowerBound - act.upperBound <= relativeVerbLength + 1 {
                let verb = tokens[(act.upperBound + 1)..<actor.lowerBound]
                return verb.first?.kind == .verb && verb.allSatisfy { $0.kind == .verb || $0.kind == .auxiliary }
            }
            // (The act may be quoted: アメリカの「矛」.)
            let act = act.lowerBound > 0 && openingBrackets.contains(tokens[act.lowerBound - 1].lemma) ? (act.lowerBound - 1)..<act.upperBound : act
            guard act.lowerBound >= actor.upperBound, act.lowerBound - actor.upperBound <= 1 else { return false }
            return act.lowerBound == actor.upperBound || agentLinks.contains(tokens[actor.upperBound].lemma)
        }
        if act.lowerBound >= actor.upperBound, act.lowerBound - actor.upperBound <= 1 {
            return act.lowerBound == actor.upperBound || possessives.contains(tokens[actor.upperBound].lemma)
        }
        // "strikes by the JSDF"
        if act.upperBound <= actor.lowerBound, actor.lowerBound - act.upperBound <= 3 {
            return tokens[act.upperBound..<actor.lowerBound].contains { $0.lemma == "by" }
        }
        // The act as a passive's subject and the actor as its agent: "Strikes … will be conducted
        // by U.S. forces".
        if act.upperBound <= actor.lowerBound, actor.lowerBound - act.upperBound <= passiveAgentReach, tokens[actor.lowerBound - 1].lemma == "by" {
            return tokens[act.upperBound..<(actor.lowerBound - 1)].contains { $0.lemma == "be" }
        }
        return false
    }
}
