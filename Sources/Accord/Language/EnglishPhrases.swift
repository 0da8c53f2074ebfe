/// English phrases that decide where a clause is cut, and where it is not: two fronted phrases
/// joined by ", and", an absolute phrase with a subject of its own, a participle with its own
/// agent at the end of the sentence.
extension TextAnalyzer {
    /// Prepositions and subordinators that open a fronted phrase before a clause's subject: "In
    /// Phase II, U.S. forces …", "Following the attack on Guam, and at the request of …".
    static let frontingWords = LemmaList(["following", "after", "upon", "on", "in", "at", "under", "with", "given", "once",
                                          "before", "during", "by", "for", "from", "pursuant", "according", "if", "when",
                                          "should", "as", "within", "throughout"])

    /// Whether ", and" joins two fronted phrases before the subject: "Following the armed attack on
    /// Guam, and at the express request of the United States, Japan's use of force will rest on …".
    static func joinsFrontedPhrases<Tokens: TokenSequence>(_ tokens: Tokens, start: Int, and index: Int) -> Bool {
        guard index + 1 < tokens.count, frontingWords.contains(tokens[start].lemma), frontingWords.contains(tokens[index + 1].lemma)
        else { return false }
        return !tokens[start..<(index - 1)].contains { $0.kind == .mark && ($0.lemma == "," || $0.lemma == "，") }
    }

    /// How many words may stand between the comma and the participle of an absolute phrase.
    static let absoluteSubjectLength = 4
    /// Words in "-ing" that are no participle of an absolute phrase.
    static let notParticiples: Set<String> = ["during", "including", "regarding", "concerning", "following", "according",
                                              "notwithstanding", "pending", "excluding", "nothing", "something", "anything",
                                              "everything", "thing", "things", "bring", "king", "wing", "wings", "spring", "string",
                                              "ring", "morning", "evening", "briefing", "meeting", "building", "training",
                                              "funding", "planning", "spending", "understanding", "warning", "ceiling",
                                              "landing", "basing", "shipping", "offering", "beginning", "ending", "setting",
                                              "undertaking", "wrongdoing", "clothing", "housing"]
    /// Words that cannot open the subject of an absolute phrase: the subject named again ("…, its
    /// units conducting strikes"), and prepositions, conjunctions and adverbs that open a phrase of
    /// the clause's own ("…, after first repelling the landing", "…, without first exhausting").
    static let notAbsoluteSubjects = LemmaList(["its", "their", "his", "her", "after", "before", "without", "by", "on", "in",
                                                "at", "for", "from", "to", "of", "under", "over", "through", "upon", "while",
                                                "when", "where", "which", "who", "whose", "that", "as", "if", "unless", "until",
                                                "since", "because", "although", "though", "then", "first", "also", "thus",
                                                "thereby", "not", "and", "or", "but", "so", "such", "each", "both", "either",
                                                "neither", "instead", "rather", "even", "only", "again", "thereafter",
                                                // Verbs that take an -ing form: "…, begin protecting U.S. Navy assets"
                                                // goes on with the clause's own predicate.
                                                "begin", "start", "continue", "keep", "resume", "stop", "cease", "commence"])
    /// Words that a participle's subject does not end with: "the targeting data" is no subject and verb.
    static let notSubjectEnds = LemmaList(["the", "a", "an", "of", "for", "on", "in", "to", "by", "with", "at", "from", "and",
                                           "or", "its", "their", "this", "that", "these", "those"])

    /// Whether the words at `index`, after a comma, are an absolute phrase: a short subject of its
    /// own and a participle ("Japan providing only logistics support", "the JSDF holding the line").
    static func opensAnAbsolutePhrase<Tokens: TokenSequence>(_ tokens: Tokens, at index: Int, text: String) -> Bool {
        func isParticiple(_ at: Int) -> Bool {
            guard tokens[at].kind == .word, tokens[at].end - tokens[at].start >= 6 else { return false }
            let word = surface(tokens[at], text)
            return word.hasSuffix("ing") && !notParticiples.contains(word.lowercased())
        }
        func isPastParticiple(_ at: Int) -> Bool {
            guard tokens[at].kind == .word, tokens[at].end - tokens[at].start >= 5 else { return false }
            return surface(tokens[at], text).hasSuffix("ed") && !notSubjectEnds.contains(tokens[at - 1].lemma)
        }
        // "…, with the III Marine Expeditionary Force in a supporting role": with, a subject, and
        // its role after "in" or "as", or its own participle ("…, with the JSDF focused on
        // defensive missions", "…, with JASDF F-15J CAPs protecting Kadena").
        if tokens[index].lemma == "with", index + 2 < tokens.count,
           let role = ((index + 2)..<min(tokens.count, index + 2 + absoluteSubjectLength + 2)).first(where: {
               tokens[$0].lemma == "in" || tokens[$0].lemma == "as" || isParticiple($0) || isPastParticiple($0) }),
           tokens[(index + 1)..<role].allSatisfy({ $0.kind == .word || $0.kind == .number || $0.lemma == "-" }),
           // The clause's own subject named again opens no phrase of its own: "…, with its newly
           // bought Tomahawks slated to open the campaign".
           !notAbsoluteSubjects.contains(tokens[index + 1].lemma),
           // A named actor ("the III Marine Expeditionary Force", "U.S. Marines"), not an act
           // ("…, with strikes on enemy airfields in the first hours").
           tokens[(index + 1)..<role].contains(where: { startsWithCapital($0, text) }) {
            return true
        }
        // A participle that opens the phrase ("…, drawing on targeting information") is the clause's own.
        // Nor does a modal or a form of "be": "…, may sink mine-laying vessels" goes on with the
        // clause's own predicate.
        guard !notAbsoluteSubjects.contains(tokens[index].lemma), !isParticiple(index),
              !finiteAuxiliaries.contains(surface(tokens[index], text).lowercased()) else { return false }
        var at = index + 1
        while at < min(tokens.count, index + absoluteSubjectLength + 1), tokens[at - 1].kind == .word {
            if isParticiple(at) { return !notSubjectEnds.contains(tokens[at - 1].lemma) }
            at += 1
        }
        return false
    }

    /// Whether the words at `index`, after a comma, are a participle with its own agent that ends
    /// the sentence: "…, supported by U.S. forces with strike operations" says what the U.S. forces
    /// do. One that a comma closes is a parenthesis inside the clause: "The 8th Air Wing,
    /// supported by KC-767 tankers, will conduct strike operations".
    static func opensAnAgentPhrase<Tokens: TokenSequence>(_ tokens: Tokens, at index: Int, text: String) -> Bool {
        guard index + 1 < tokens.count, tokens[index].kind == .word, tokens[index + 1].lemma == "by",
              !tokens[index...].contains(where: { $0.kind == .mark && ($0.lemma == "," || $0.lemma == "，") })
        else { return false }
        let word = surface(tokens[index], text)
        return word.utf8.count > 4 && word.hasSuffix("ed")
    }

    /// How many words the subject of a clause joined without a conjunction, or by "and" alone, may have.
    static let joinedSubjectLength = 5
    /// Words that cannot open such a subject: they open a phrase or a clause of another kind.
    static let notJoinedSubjects = LemmaList(["after", "before", "without", "by", "on", "in", "at", "for", "from", "to", "of",
                                              "under", "over", "through", "upon", "while", "when", "where", "which", "who",
                                              "whose", "that", "as", "if", "unless", "until", "since", "because", "although",
                                              "though", "then", "not", "and", "or", "but", "so", "such", "including", "especially",
                                              "with", "also", "only", "even", "both", "either", "neither"])
    /// Words in "-s" that are no verb.
    static let notVerbsInS: Set<String> = ["its", "this", "his", "has", "was", "is", "us", "thus", "less", "unless", "across",
                                           "plus", "status", "bus", "gas", "as", "yes", "various", "previous", "serious",
                                           "whereas", "perhaps", "always", "afterwards", "towards"]

    /// Finite forms of the modals and auxiliaries ("having" and "being" are none).
    static let finiteAuxiliaries: Set<String> = ["will", "shall", "would", "may", "might", "must", "can", "could", "should", "is",
                                                 "are", "was", "were", "has", "have", "had", "does", "do", "did"]
    /// Words that open a phrase whose verb is not the sentence's own: a condition, a relative clause.
    static let subordinators = LemmaList(["if", "when", "where", "whereas", "unless", "although", "though", "because", "since",
                                          "once", "while", "which", "who", "whom", "whose", "that", "whether", "as", "after",
                                          "before", "until", "with", "should"])
    /// Words after which a word in "-s" is no verb: "Harpoon missiles at foreign warships".
    static let notObjects = LemmaList(["at", "in", "on", "from", "to", "of", "for", "with", "by", "into", "near", "over",
                                       "under", "and", "or", "that", "which", "who"])

    /// Whether the words at `index` are a subject and a finite verb of their own: "…, and U.S. forces
    /// will provide support", "JSDF retains primary responsibility, 7th Fleet provides strike
    /// support". Only after a phrase that has a finite verb of its own and opens no condition or
    /// relative clause: "Japan, the United States and Australia will train" lists the subjects of
    /// one verb, and "If Japan is attacked, the Seventh Fleet will …" frames the clause after it.
    static func opensAJoinedClause<Tokens: TokenSequence>(_ tokens: Tokens, at index: Int, clauseStart: Int, text: String) -> Bool {
        guard index < tokens.count, tokens[index].kind == .word || tokens[index].kind == .number, !notJoinedSubjects.contains(tokens[index].lemma),
              !finiteAuxiliaries.contains(surface(tokens[index], text).lowercased())
        else { return false }
        // The phrase before the comma or the "and" that joins.
        let phraseEnd = index - 1
        guard clauseStart < phraseEnd else { return false }
        let phraseStart = (clauseStart..<phraseEnd).last(where: { tokens[$0].kind == .mark }).map { $0 + 1 } ?? clauseStart
        guard phraseStart < phraseEnd, !subordinators.contains(tokens[phraseStart].lemma), !frontingWords.contains(tokens[phraseStart].lemma),
              (phraseStart..<phraseEnd).contains(where: { isFiniteVerb(tokens, at: $0, text: text) })
        else { return false }
        var at = index + 1
        while at < min(tokens.count, index + joinedSubjectLength + 1) {
            guard tokens[at].kind == .word || tokens[at].kind == .number else { return false }
            if finiteAuxiliaries.contains(surface(tokens[at], text).lowercased()) { return true }
            // A plural subject's bare verb: "and U.S. units provide", "and our carrier air wings hold".
            // Its first word a name, a determiner or the pronoun: a bare word after "and" goes on
            // with the predicate before ("should drop the posture and hit targets deep inside").
            if isPresentAfterAPlural(tokens, at: at, text: text) {
                let opener = surface(tokens[index], text).lowercased()
                return (isCapitalized(tokens[index], text) || pluralSubjectOpeners.contains(opener) || pluralPronouns.contains(opener))
                    && tokens[index..<at].allSatisfy { !notJoinedSubjects.contains($0.lemma) }
            }
            // A verb in "-s" only after a name: "USFJ supports", "7th Fleet provides".
            if isFiniteVerb(tokens, at: at, text: text) {
                return (index..<at).allSatisfy { isCapitalized(tokens[$0], text) || tokens[$0].kind == .number || tokens[$0].lemma == definiteArticle }
            }
            at += 1
        }
        return false
    }

    private static let definiteArticle = "the"
    /// Determiners that open a plural subject: "and our carrier air wings hold the strike role".
    static let pluralSubjectOpeners: Set<String> = ["the", "our", "their", "its", "all", "these", "those"]

    /// Whether ", and" or ", or" at `index` brings the last item of a list of noun phrases, not a
    /// clause: "conditioned on an armed attack, the absence of other appropriate means, and
    /// limitation to the minimum necessary". The item before it, since the comma before that, and
    /// the item it brings, up to the next mark, have no finite verb.
    static func closesAList<Tokens: TokenSequence>(_ tokens: Tokens, and index: Int, clauseStart: Int, text: String) -> Bool {
        guard tokens[index].lemma == "and" || tokens[index].lemma == "or" else { return false }
        let comma = index - 1
        guard let previousComma = (clauseStart..<comma).last(where: { tokens[$0].kind == .mark }),
              tokens[previousComma].lemma == "," || tokens[previousComma].lemma == "，", previousComma + 1 < comma,
              comma - previousComma - 1 <= listItemWords
        else { return false }
        var end = index + 1
        while end < tokens.count, tokens[end].kind != .mark { end += 1 }
        guard end > index + 1, end - index - 1 <= listItemWords, !subordinators.contains(tokens[index + 1].lemma) else { return false }
        return !holdsAVerb(tokens, (previousComma + 1)..<comma, text: text) && !holdsAVerb(tokens, (index + 1)..<end, text: text)
    }

    /// How many words an item of a list of noun phrases may have.
    static let listItemWords = 10

    /// Whether the words in `range` hold a finite verb: an auxiliary, a verb in "-s" after a name,
    /// or a past ("-ed" or irregular: "struck") after a word that is no determiner ("a draft
    /// created", not "an armed attack"; "need" and "speed" are no pasts).
    static func holdsAVerb<Tokens: TokenSequence>(_ tokens: Tokens, _ range: Range<Int>, text: String) -> Bool {
        range.contains { at in
            guard tokens[at].kind == .word else { return false }
            let word = surface(tokens[at], text).lowercased()
            return finiteAuxiliaries.contains(word) || isFiniteVerb(tokens, at: at, text: text)
                || (at > range.lowerBound && EnglishLemmatizer.isPastTense(word, lemma: tokens[at].lemma) && !word.hasSuffix("eed")
                    && !ConceptMatcher.determiners.contains(tokens[at - 1].lemma))
        }
    }

    /// Whether the word at `index` is a finite verb: a modal or auxiliary, a word in "-s" after a
    /// name and before its object ("JSDF retains primary responsibility"; not "U.S. forces,"), or a
    /// base form after a plural ("U.S. units provide support").
    private static func isFiniteVerb<Tokens: TokenSequence>(_ tokens: Tokens, at index: Int, text: String) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let word = surface(tokens[index], text)
        if finiteAuxiliaries.contains(word.lowercased()) { return index > 0 }
        if isPresentAfterAPlural(tokens, at: index, text: text) { return true }
        guard index > 0, isCapitalized(tokens[index - 1], text) || tokens[index - 1].kind == .number,
              index + 1 < tokens.count, tokens[index + 1].kind == .word, !notObjects.contains(tokens[index + 1].lemma),
              word.count >= 4, word.last == "s", !isCapitalized(tokens[index], text), !notVerbsInS.contains(word)
        else { return false }
        return !word.hasSuffix("ss") && !word.hasSuffix("us")
    }

    static func surface(_ token: Token, _ text: String) -> String {
        let utf8 = text.utf8
        return String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: token.start)..<utf8.index(utf8.startIndex, offsetBy: token.end)], as: UTF8.self)
    }

    /// Whether the word at `index` is written as a possessive, "critic's" or "appellants'": the
    /// tokenizer keeps "'s" in its word and leaves a closing apostrophe out of it.
    static func isPossessive(_ index: Int, in text: AnalyzedText) -> Bool {
        let token = text.tokens[index]
        let end = index + 1 < text.tokens.count ? text.tokens[index + 1].start : text.text.utf8.count
        let utf8 = text.text.utf8
        var written = String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: token.start)..<utf8.index(utf8.startIndex, offsetBy: end)],
                             as: UTF8.self)
        while written.last?.isWhitespace == true { written.removeLast() }
        return ["'", "’", "'s", "’s"].contains { written.hasSuffix($0) }
    }

    private static func firstByte(_ token: Token, _ text: String) -> UInt8? {
        text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: token.start)...].first
    }

    static func startsWithCapital(_ token: Token, _ text: String) -> Bool {
        firstByte(token, text).map { $0 >= 0x41 && $0 <= 0x5A } ?? false
    }

    /// A capital or a digit: the first word of a name ("JSDF", "7th Fleet").
    private static func isCapitalized(_ token: Token, _ text: String) -> Bool {
        startsWithCapital(token, text) || (firstByte(token, text).map { $0 >= 0x30 && $0 <= 0x39 } ?? false)
    }

    /// Participles that hand the action to another subject: "…, allowing Japanese forces to
    /// concentrate on the defense of Japan" says what the Japanese forces do.
    static let enablingParticiples: Set<String> = ["allowing", "enabling", "letting", "leaving", "freeing", "permitting"]
    /// How many words the new subject may have before its "to".
    static let enabledSubjectLength = 4

    /// Whether the words at `index`, after a comma, hand the action to a subject of their own.
    static func opensAnEnablingPhrase<Tokens: TokenSequence>(_ tokens: Tokens, at index: Int, text: String) -> Bool {
        guard index + 2 < tokens.count, enablingParticiples.contains(surface(tokens[index], text).lowercased()) else { return false }
        let subject = (index + 1)..<min(tokens.count, index + 2 + enabledSubjectLength)
        guard let to = subject.first(where: { tokens[$0].lemma == "to" }), to > index + 1 else { return false }
        return tokens[(index + 1)..<to].allSatisfy { $0.kind == .word }
    }
}
