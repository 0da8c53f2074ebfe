/// A sentence that reports another proposal as dropped: "A suggestion that asset
/// protection begin before the law took effect was discussed in the SDC and dropped"; "An option
/// for punitive strikes was raised at the planning conference and withdrawn the same day".
///
/// The lexicon's `reported` cues cannot say this: the proposal noun and the verb stand a whole
/// proposal apart, further than a term's gap reaches, and a lemma cannot tell "dropped" from
/// "drop" ("…and drop the requirement of prior consultation" proposes what it says).
enum DroppedProposal {
    /// Nouns that name a proposal other than the one being checked.
    static let proposalNouns = LemmaList(["proposal", "suggestion", "option", "idea", "draft", "proposition",
                                                    "recommendation", "alternative", "plan", "request", "bill", "motion",
                                                    "paper", "study", "coa", "course", "scheme", "concept", "para", "paragraph",
                                                    "annex", "wording", "inject", "language", "script", "text",
                                                    "wargame", "scenario", "version"])
    /// Verbs that report a proposal as dropped, when written in a past form.
    static let rejectionVerbs = LemmaList(["drop", "withdraw", "reject", "abandon", "shelve", "discard", "scrap",
                                                     "delete", "decline", "veto", "ditch", "strike", "dismiss", "rebuff", "spurn",
                                                     "overrule", "cancel", "correct", "refuse", "disagree", "remove",
                                                     "replace", "kill", "nix", "scuttle", "quash", "rebut", "refute", "oppose",
                                                     "disallow", "debunk", "dispute", "flag", "cut"])
    /// Verbs of taking a proposal up, which report it as dropped when a negation stands just before
    /// them: "neither government took it up", "was not adopted", in its clause or a later one.
    static let adoptionVerbs = LemmaList(["adopt", "accept", "endorse", "pursue", "take", "approve", "agree"])
    /// "take" adopts only with its "up": "will not take the lead" adopts nothing.
    static let take = LemmaList(["take"]).lemmas[0]
    static let negations = LemmaList(["not", "neither", "no", "never", "nobody", "none"])
    /// How near before the adoption verb its negation stands.
    static let negationReach = 4
    /// The same in a later clause that names the proposal again after its verb, whose subject may
    /// be longer: "…, and no Japanese government has ever adopted that view".
    static let laterNegationReach = 5
    /// Words before the noun that make it the proposal at hand ("this plan"), not another one:
    /// such a sentence is read as saying what it says.
    static let thisProposal = LemmaList(["this", "these", "our", "present", "current"])
    /// "The plan" is the one at hand too, unless a word makes it another version: "the draft
    /// clause", "the earlier option". "The suggestion" or "the option" names no proposal at hand.
    static let definite = "the"
    static let atHand = LemmaList(["plan", "proposal", "request", "bill", "motion"])
    /// Words that make the noun an adverbial's, not the clause's subject: "Under the draft, enemy
    /// bases are to be struck" says what the draft has done, not what was done to it.
    static let prepositions = LemmaList(["under", "in", "per", "by", "according", "pursuant", "as", "from", "with", "within",
                                         "for", "of", "on", "at", "through", "following", "after", "into", "to"])
    /// The auxiliary of a passive that reports: "was dropped", "had been rejected". "be struck" and
    /// "is to be deleted" propose what they say.
    static let reportingAuxiliaries: Set<String> = ["was", "were", "been"]
    static let otherVersion = LemmaList(["draft", "earlier", "previous", "prior", "original", "initial", "rejected",
                                                "alternative", "former", "first"])
    /// Verbs that reject a proposal only in the passive: "The motion '…' was defeated 64 votes to
    /// 31". In the active they are what forces do to an attack ("…, and the JSDF will defeat it").
    static let passiveRejections = LemmaList(["defeat"])
    /// Participles that name a proposal as dropped when they modify its noun: "the discarded
    /// draft", "a paragraph struck from the draft". (Not "corrected" or "flagged", which name a
    /// version still in play.)
    static let discardedParticiples = LemmaList(["drop", "withdraw", "reject", "abandon", "shelve", "discard", "scrap", "delete",
                                                 "veto", "ditch", "strike", "kill", "cancel", "remove", "defeat", "cut"])
    static let fromWord = LemmaList(["from"]).lemmas[0]
    /// Marks that open a quotation right after a proposal noun.
    static let openingQuotes: Set<Character> = ["'", "\"", "‘", "“"]
    /// How many words may stand before the noun: a determiner and a few modifiers
    /// ("An earlier USFJ suggestion").
    static let nounReach = 4

    /// Prepositions of a phrase of place or time fronted before the subject, and how many words
    /// it may have before its comma.
    static let frontingPrepositions = LemmaList(["in", "at", "during", "on", "after", "before", "for", "throughout"])
    static let frontedPhraseLength = 8

    /// The comma that ends a fronted phrase of place or time opening `clause`, if one does.
    static func frontedPhraseEnd(in clause: Range<Int>, _ tokens: [Token]) -> Int? {
        guard frontingPrepositions.contains(tokens[clause.lowerBound].lemma) else { return nil }
        return clause.prefix(frontedPhraseLength + 1).first { tokens[$0].kind == .mark }.flatMap { tokens[$0].lemma == "," ? $0 : nil }
    }

    /// The words that report `clause` (of `sentence`) as a dropped proposal, if they do.
    static func cue(in clause: Range<Int>, sentence: Range<Int>, japanese: Bool, of text: AnalyzedText) -> Range<Int>? {
        japanese ? japaneseCue(in: sentence, of: text) : englishCue(in: clause, sentence: sentence, of: text)
    }

    private static func englishCue(in clause: Range<Int>, sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        if let verdict = colonVerdict(in: sentence, of: text) ?? EditorialVerdict.cue(in: sentence, of: text) { return verdict }
        if let dropped = droppedIdea(in: sentence, of: text) { return dropped }
        if let relative = rejectedInRelativeClause(sentence, of: text) { return relative }
        if let dropped = putForwardThenDropped(clause, sentence: sentence, of: text) { return dropped }
        if let characterized = rejectedAs(clause, of: text) { return characterized }
        if let rejected = rejectedInNextSentence(clause, sentence: sentence, of: text) { return rejected }
        if let floated = clause.first(where: { floatedForms.contains(text.quote($0..<($0 + 1)).lowercased()) }) {
            return floated..<(floated + 1)
        }
        // The subject after a fronted phrase of place or time: "In the moot-court materials, an
        // early draft of the exercise order invoked …".
        let subject = frontedPhraseEnd(in: clause, tokens).map { $0 + 1 } ?? clause.lowerBound
        guard let noun = (subject..<clause.upperBound).prefix(nounReach).first(where: { proposalNouns.contains(tokens[$0].lemma) }) else {
            return proposedThenRejected(clause, sentence: sentence, of: text)
        }
        let before = tokens[subject..<noun]
        // A noun that quotes its proposal names another one too: "The motion 'This House would …'".
        let anotherVersion = tokens[clause.lowerBound...noun].contains { otherVersion.contains($0.lemma) }
            || (noun + 1 < clause.upperBound && text.quote(from: tokens[noun].end, to: tokens[noun + 1].start).contains(where: { openingQuotes.contains($0) }))
        // Not a proposal's subject ("Under the draft, …"; "A 2014 commentary proposed …", whose
        // verb shares the noun's lemma): the clause may still put one forward and a later one drop it.
        // (A year may date the noun: "Okinawa Prefecture's 2000 request".)
        guard before.allSatisfy({ ($0.kind == .word || $0.kind == .number) && !thisProposal.contains($0.lemma) && !prepositions.contains($0.lemma) }),
              anotherVersion || !atHand.contains(tokens[noun].lemma) || !before.contains(where: { $0.lemma == definite })
        else { return proposedThenRejected(clause, sentence: sentence, of: text) }
        // A proposal named as dropped before its noun ("The discarded draft CONPLAN gave INDOPACOM
        // the lead …") or by a participle right after it ("A paragraph struck from the third draft
        // contemplated …"): what it says, it says as dropped text.
        if let participle = before.indices.first(where: { discardedParticiples.contains(tokens[$0].lemma) && rejection(at: $0, before: noun, of: text) != nil }) {
            return participle..<(participle + 1)
        }
        if noun + 2 < clause.upperBound, tokens[noun + 2].lemma == fromWord, discardedParticiples.contains(tokens[noun + 1].lemma),
           let struck = rejection(at: noun + 1, before: noun + 2, of: text) {
            return struck
        }
        var passive = false
        for index in (noun + 1)..<sentence.upperBound {
            let lemma = tokens[index].lemma
            let ownClause = index < clause.upperBound
            // A later refusal whose infinitive names the proposal again: "…, but both governments
            // declined to take them up".
            if !ownClause, index >= clause.upperBound + 2, tokens[index - 1].lemma == "to", namesItAgain(after: index, sentence, tokens),
               let refused = rejection(at: index - 2, before: sentence.upperBound, of: text) {
                return refused.lowerBound..<(index + 1)
            }
            // An adoption denied says what happened to the proposal only in the passive of its own
            // clause ("was not adopted") or with the proposal as its object in a later one
            // ("…, but neither government took it up"); "the draft does not accept the limits"
            // is what the draft says.
            if adoptionVerbs.contains(lemma),
               lemma != take || tokens[(index + 1)..<min(sentence.upperBound, index + 3)].contains(where: { $0.lemma == "up" }),
               ownClause ? passive : namesItAgain(after: index, sentence, tokens),
               let negation = tokens[max(noun + 1, index - negationReach)..<index].lastIndex(where: { negations.contains($0.lemma) }) {
                return negation..<(index + 1)
            }
            // A later clause that rejects the proposal by name again: "…, but negotiators struck
            // that language".
            if !ownClause, let rejected = rejection(at: index, before: sentence.upperBound, of: text, anyTense: true) {
                // The name after the particle, or between verb and particle ("turned that idea
                // down"), in any tense: "…, but the plan leaves that idea out".
                if namesItAgain(after: rejected.upperBound - 1, sentence, tokens) || namesItAgain(after: index, sentence, tokens) {
                    return rejected
                }
                guard rejection(at: index, before: sentence.upperBound, of: text) != nil else { continue }
                // Or in the passive with the proposal as its subject: "…, but it was dropped".
                if passiveNamesIt(before: index, from: clause.upperBound, text) { return rejected }
            }
            // A rejection in the proposal's own clause; a later clause may reject something else.
            guard ownClause else { continue }
            // Or a participle set off by a comma right after the noun's phrase: "An early draft of
            // the scenario, withdrawn at the planning conference, had JGSDF batteries …".
            // (An adverb of time may stand before the participle: "An early U.S. concept paper, since
            // withdrawn, assumed …".)
            if index - noun <= appositiveReach,
               tokens[index - 1].lemma == "," || (index - 2 > noun && tokens[index - 2].lemma == "," && appositiveAdverbs.contains(tokens[index - 1].lemma)),
               let rejected = rejection(at: index, before: sentence.upperBound, of: text) {
                return rejected
            }
            if lemma == "be" {
                if reportingAuxiliaries.contains(text.quote(index..<(index + 1)).lowercased()) { passive = true }
                continue
            }
            if passive, let rejected = rejection(at: index, before: sentence.upperBound, of: text) { return rejected }
            if passive, passiveRejections.contains(lemma), isPastForm(text.quote(index..<(index + 1))) { return index..<(index + 1) }
        }
        // A noun that opens the clause may be a verb's ("A planner recommended …", whose lemma is
        // the noun's): the clause may still put something forward that a later one rejects.
        return proposedThenRejected(clause, sentence: sentence, of: text)
    }

    /// How many words may stand between a rejection and its "as": "but the drafters removed it as …".
    static let rejectedAsObjectLength = 3
    static let asWord = LemmaList(["as"]).lemmas[0]

    /// A clause that only rejects something and says what it was: "…, but the drafters removed it as
    /// a use of force without an armed attack". The words after "as" describe what was rejected.
    private static func rejectedAs(_ clause: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard let rejected = openingRejection(of: clause, text),
              let asIndex = (rejected.upperBound..<min(clause.upperBound, rejected.upperBound + rejectedAsObjectLength + 1))
                  .first(where: { tokens[$0].lemma == asWord }),
              tokens[rejected.upperBound..<asIndex].allSatisfy({ $0.kind == .word })
        else { return nil }
        return rejected.lowerBound..<(asIndex + 1)
    }

    /// Verbs of a causative whose object is the proposal: "the Bureau had it removed".
    static let causatives = LemmaList(["have", "get"])

    /// Whether the words just before a rejection are a passive whose subject names the proposal
    /// again: "it was dropped", "that idea was quietly dropped", "the idea was shelved"; or a
    /// causative's object: "had it removed".
    private static func passiveNamesIt(before verb: Int, from start: Int, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        if verb >= start + 2, tokens[verb - 1].lemma == "it", causatives.contains(tokens[verb - 2].lemma) { return true }
        let subject = max(start, verb - 4)..<verb
        return subject.contains(where: { tokens[$0].lemma == "it" || tokens[$0].lemma == "they"
                || (isDemonstrativePronoun($0, tokens) && $0 + 1 < verb && reportingAuxiliaries.contains(text.quote(($0 + 1)..<($0 + 2)).lowercased()))
                || (anaphoricNouns.contains(tokens[$0].lemma) && $0 > subject.lowerBound
                    && (tokens[$0 - 1].lemma == "that" || tokens[$0 - 1].lemma == "this" || tokens[$0 - 1].lemma == definite)) })
            && subject.contains(where: { reportingAuxiliaries.contains(text.quote($0..<($0 + 1)).lowercased()) })
    }

    /// "that" or "this" standing alone where its clause opens, so a pronoun and not a conjunction or
    /// a relative: "…, but that was dropped months ago"; not "the serial that was dropped".
    private static func isDemonstrativePronoun(_ index: Int, _ tokens: [Token]) -> Bool {
        (tokens[index].lemma == "that" || tokens[index].lemma == "this") && index > 0
            && (tokens[index - 1].kind == .mark || sequels.contains(tokens[index - 1].lemma))
    }

    /// Words after a later clause's verb that name the proposal again: "took it up", "struck that
    /// language", "rejected the idea".
    /// Nouns of a view or a line of reasoning name it too: "…; Japan does not share that view",
    /// "…, but the ministry rejected that timing".
    static let anaphoricNouns = LemmaList(["language", "wording", "text", "clause", "passage", "provision", "idea", "proposal", "sentence",
                                           "option", "suggestion", "reference", "paragraph", "concept", "scheme", "request",
                                           "demand", "call", "appeal", "plea", "petition", "recommendation",
                                           "view", "reading", "interpretation", "position", "argument", "claim", "logic", "approach",
                                           "course", "timing", "notion", "list", "theory", "assumption", "proposition", "move",
                                           "premise", "characterization", "thesis", "contention", "assertion", "inject", "script",
                                           "phrase", "scene", "serial", "vignette", "citation", "pledge", "sequencing", "sequence",
                                           "formulation", "framing", "element", "item"])
    /// Words after "this" or "that" that leave it a pronoun: "we oppose this as a break with …".
    /// A phrasal verb's particle may follow it too: "took that apart", "turned it down".
    static let afterPronoun = LemmaList(["as", "and", "outright", "because", "since", "on", "apart", "down", "out", "aside", "off",
                                         "with"])

    private static func namesItAgain(after verb: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        var at = verb + 1
        if at < sentence.upperBound, tokens[at].lemma == "up" { at += 1 }
        guard at < sentence.upperBound else { return false }
        let first = tokens[at].lemma
        if first == "it" || first == "them" { return true }
        guard first == "that" || first == "this" || first == "those" || first == "these" || first == definite else { return false }
        // "that language", "the idea"; "accepted that." alone; not "rejected that Japan …".
        let next = at + 1
        if next >= sentence.upperBound || tokens[next].kind == .mark { return first != definite }
        return anaphoricNouns.contains(tokens[next].lemma) || (first != definite && afterPronoun.contains(tokens[next].lemma))
    }

    /// Verbs that put another proposal forward, in a past form: "A 2014 commentary floated a
    /// nuclear-sharing scheme for Japan, but neither government took it up".
    static let proposingVerbs = LemmaList(["float", "propose", "suggest", "raise", "moot", "advance", "table", "broach",
                                           "recommend", "urge", "put", "press", "push", "lobby", "pitch", "want", "seek"])

    /// Verbs of claiming, which put another party's view forward in any tense: "A delegate argued
    /// that …; Japan does not share that view", "RED's inject claims …; the JPN player rebuts the claim".
    static let claimingVerbs = LemmaList(["argue", "claim", "contend", "assert", "insist", "submit", "characterize", "characterise",
                                          "describe", "posit"])

    /// Verbs that, denied in a later clause naming the proposal again, leave it untaken as the
    /// `adoptionVerbs` do: "…; Japan does not share that view", "…, and the SDC never even considered it".
    static let laterRefusals = LemmaList(["share", "consider", "support", "entertain", "forward",
                                          // "…, but neither government put it on the agenda".
                                          "put"])

    /// Rejections that need no object: "…, but Tokyo declined."
    static let intransitiveRefusals = LemmaList(["decline", "refuse", "disagree"])

    /// Nouns that put another party's proposal forward whatever their verb: "The governor renewed
    /// his call for a revision of the SOFA, but Tokyo has no plans to take up the request".
    static let demandNouns = LemmaList(["call", "request", "demand", "appeal", "plea", "petition", "proposal", "suggestion"])

    /// A clause that puts something forward, and a later one that rejects it by name again.
    private static func proposedThenRejected(_ clause: Range<Int>, sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard clause.upperBound < sentence.upperBound,
              clause.contains(where: { (proposingVerbs.contains(tokens[$0].lemma) && isPastForm(text.quote($0..<($0 + 1))))
                  || demandNouns.contains(tokens[$0].lemma) || claimingVerbs.contains(tokens[$0].lemma) })
        else { return nil }
        // The proposal named again as a later subject: of a passive that drops it ("…; the idea was
        // quietly dropped"), or of a denied verb ("…, but the request did not make it into the final text").
        for index in clause.upperBound..<sentence.upperBound {
            if let rejected = rejection(at: index, before: sentence.upperBound, of: text),
               passiveNamesIt(before: index, from: clause.upperBound, text) {
                return rejected
            }
            if let denied = deniedWithItAsSubject(at: index, before: sentence.upperBound, tokens) { return denied }
            // "…, but the report we're discussing says nothing of the kind".
            if let denied = nothingOfTheKind(at: index, before: sentence.upperBound, tokens) { return denied }
            // A refusal with no object refuses what was put forward: "One player wanted the JMSDF
            // to sink the trawlers …, but the Japanese team declined, citing the three conditions".
            if intransitiveRefusals.contains(tokens[index].lemma), index + 1 == sentence.upperBound || tokens[index + 1].kind == .mark,
               let refused = rejection(at: index, before: sentence.upperBound, of: text) {
                return refused
            }
        }
        for index in clause.upperBound..<sentence.upperBound where namesItAgain(after: index, sentence, tokens) {
            let lemma = tokens[index].lemma
            if let rejected = rejection(at: index, before: sentence.upperBound, of: text, anyTense: true) { return rejected }
            // "…; Tokyo again declined to put it on the agenda": a refusal with the proposal as its
            // infinitive's object.
            if index >= clause.upperBound + 2, tokens[index - 1].lemma == "to",
               let refused = rejection(at: index - 2, before: sentence.upperBound, of: text) {
                return refused.lowerBound..<(index + 1)
            }
            if adoptionVerbs.contains(lemma) || laterRefusals.contains(lemma),
               lemma != take || tokens[(index + 1)..<min(sentence.upperBound, index + 3)].contains(where: { $0.lemma == "up" }),
               let negation = tokens[max(clause.upperBound, index - laterNegationReach)..<index].lastIndex(where: { negations.contains($0.lemma) }) {
                return negation..<(index + 1)
            }
        }
        return nil
    }

    /// How near after the proposal named again as a subject its negation stands: "the request did
    /// not make it", "that idea never got".
    static let subjectNegationReach = 3

    /// A proposal named again (`it`, or "the request", "that idea") as the subject of a verb with a
    /// negation: "…, but the request did not make it into the final text".
    private static func deniedWithItAsSubject(at index: Int, before end: Int, _ tokens: [Token]) -> Range<Int>? {
        let lemma = tokens[index].lemma
        // "that" or "this" alone only where its clause opens, so not a conjunction: "…; that isn't
        // the arrangement the two governments agreed".
        let named = lemma == "it"
            || (anaphoricNouns.contains(lemma) && index > 0 && ["that", "this", definite].contains(tokens[index - 1].lemma))
            || isDemonstrativePronoun(index, tokens)
        guard named,
              let negation = ((index + 1)..<min(end, index + 1 + subjectNegationReach)).first(where: { negations.contains(tokens[$0].lemma) }),
              tokens[(index + 1)..<negation].allSatisfy({ $0.kind == .word }),
              negation + 1 < end, tokens[negation + 1].kind == .word
        else { return nil }
        return negation..<(negation + 2)
    }

    /// Words after "nothing" or "no" that deny the thing put forward, not some other: "nothing of
    /// the kind", "nothing of the sort", "no such".
    static let kinds = LemmaList(["kind", "sort"])
    static let nothing = LemmaList(["nothing"]).lemmas[0]

    private static func nothingOfTheKind(at index: Int, before end: Int, _ tokens: [Token]) -> Range<Int>? {
        if tokens[index].lemma == "no", index + 1 < end, tokens[index + 1].lemma == "such" { return index..<(index + 2) }
        guard tokens[index].lemma == nothing, index + 3 < end, tokens[index + 1].lemma == "of", tokens[index + 2].lemma == definite,
              kinds.contains(tokens[index + 3].lemma) else { return nil }
        return index..<(index + 4)
    }

    /// How many words may stand before the rejection that opens a clause or a longer answer: "the court".
    static let answerSubjectLength = 4

    /// The rejection that a clause or an answer opens with, after a subject of a few words: "the
    /// court disagreed", "the drafters removed".
    private static func openingRejection(of range: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        for index in range.prefix(answerSubjectLength + 1) {
            guard text.tokens[index].kind == .word else { return nil }
            if index > range.lowerBound, let rejected = rejection(at: index, before: range.upperBound, of: text) { return rejected }
        }
        return nil
    }

    /// A rejection that a longer answer opens with, and that ends there or names the proposal
    /// again: "the court disagreed, …", "Tokyo rejected it, …".
    private static func leadingRejection(of answer: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        guard let rejected = openingRejection(of: answer, text),
              text.tokens[rejected.upperBound].kind == .mark || namesItAgain(after: rejected.upperBound - 1, answer, text.tokens)
        else { return nil }
        return rejected
    }

    /// How many words a sentence that only rejects the one before may have: "The government said no."
    static let answerLength = 12
    /// Words that dismiss what the sentence before put forward: "Pure hypothetical.", "Dead on arrival."
    static let dismissals = LemmaList(["hypothetical", "nonstarter", "non-starter", "dead", "moot", "gone", "rejected", "dropped"])
    static let say = LemmaList(["say"]).lemmas[0]

    /// A proposal put forward in a past form and rejected by the short sentence after it: "A think
    /// tank proposed skipping the Diet vote. The government said no." A semicolon may stand for the
    /// full stop: "an early draft wanted the numbers made binding; Tokyo said no".
    private static func rejectedInNextSentence(_ clause: Range<Int>, sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard clause.contains(where: { proposingVerbs.contains(tokens[$0].lemma) && isPastForm(text.quote($0..<($0 + 1))) })
        else { return nil }
        let semicolon = (clause.upperBound - 1..<sentence.upperBound).first { tokens[$0].kind == .mark && tokens[$0].lemma == ";" }
        let next: Range<Int>
        if let semicolon, semicolon + 1 < sentence.upperBound {
            next = (semicolon + 1)..<sentence.upperBound
        } else {
            guard let place = text.sentences.firstIndex(of: sentence), place + 1 < text.sentences.count else { return nil }
            next = text.sentences[place + 1]
        }
        guard !text.isJapanese(next) else { return nil }
        // A longer answer rejects only as its first verb, after a short subject: "…; the court
        // disagreed, holding that only a numbered resolution can supply authorization".
        guard next.count <= answerLength else { return leadingRejection(of: next, text) }
        // An elliptical dismissal: "Didn't happen.", "Not in the text.", "Pure hypothetical."
        if let first = next.first(where: { tokens[$0].kind == .word }),
           negations.contains(tokens[first].lemma) || dismissals.contains(tokens[first].lemma)
            || next.prefix(3).contains(where: { dismissals.contains(tokens[$0].lemma) }) {
            return first..<(first + 1)
        }
        for index in next {
            // "said no"
            if tokens[index].lemma == say, index + 1 < next.upperBound, tokens[index + 1].lemma == "no" { return index..<(index + 2) }
            // "rejected it", "turned the idea down", "declined."
            if let rejected = rejection(at: index, before: next.upperBound, of: text),
               namesItAgain(after: rejected.upperBound - 1, next, tokens) || rejected.upperBound == next.upperBound
                || tokens[rejected.upperBound].kind == .mark {
                return rejected
            }
        }
        return nil
    }

    /// The document at hand as the subject of a verb of arguing: "This paper argues that the JASDF
    /// should take over the offensive role" is the proposal's own case, not a claim reported.
    static let selfReferences = LemmaList(["paper", "memo", "memorandum", "study", "author", "proposal", "plan", "concept",
                                           "report", "we", "i", "analysis", "note", "brief", "draft", "article", "essay", "chapter",
                                           "thesis", "dissertation", "monograph", "section", "recommendation"])
    /// The Japanese document at hand, or its author, as a topic: 本稿は…べきだと主張する.
    static let japaneseSelfReferences: Set<String> = ["本稿", "本論文", "本論", "本報告", "本提言", "本書", "本研究", "本章", "筆者", "私",
                                                      "我々", "われわれ", "私たち", "当方", "本案", "本計画"]
    static let japaneseArguingVerbs = Set(Lemma.japanese(["主張", "提言", "提案", "考える", "思う", "訴える", "求める", "結論", "論じる"]))
    static let ownDocument = LemmaList(["this", "the", "our", "my", "present"])
    /// The verbs of arguing whose cues ("argue that", "contend that") a self-reference overrides.
    static let arguingVerbs = LemmaList(["argue", "contend", "claim", "assert", "maintain", "submit", "hold", "believe",
                                         "suggest", "propose", "recommend", "urge"])
    /// How many words may open the sentence before its self-reference: "In sum, this paper …".
    static let selfReferenceReach = 4

    /// Whether a cue of reported speech ("argues that", "contends that", と主張) has the document at
    /// hand or its author as its subject: just before it in English, as the topic in Japanese.
    static func speaksForItself(_ cue: Range<Int>, in sentence: Range<Int>, of text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        if text.isJapanese(sentence) {
            // 「本稿は、…べきだと主張する」: the document at hand as the topic before the verb.
            guard cue.contains(where: { japaneseArguingVerbs.contains(tokens[$0].lemma) }) else { return false }
            return (sentence.lowerBound..<cue.lowerBound).contains { index in
                japaneseSelfReferences.contains(tokens[index].lemma) && index + 1 < cue.lowerBound
                    && ["は", "も", "が", "として"].contains(tokens[index + 1].lemma)
            }
        }
        guard cue.lowerBound > sentence.lowerBound, arguingVerbs.contains(tokens[cue.lowerBound].lemma) else { return false }
        let before = max(sentence.lowerBound, cue.lowerBound - selfReferenceReach)..<cue.lowerBound
        return before.contains { index in
            let lemma = tokens[index].lemma
            if lemma == "we" || lemma == "i" { return true }
            guard selfReferences.contains(lemma), index > sentence.lowerBound else { return false }
            let determiner = tokens[index - 1].lemma
            // "The author's concept": a possessive before the noun names the same document.
            return ownDocument.contains(determiner) || determiner == "'s" || determiner == "’s"
        }
    }

    /// Past forms that say another party put an idea forward: "Some lawmakers floated an enemy-base
    /// strike role for the SDF in 2013". A proposal says what it does, not that it was floated.
    static let floatedForms: Set<String> = ["floated", "mooted"]

    /// Verbs of considering, which with "was" put a thing forward as a proposal.
    static let consideringVerbs = LemmaList(["request", "propose", "suggest", "float", "raise", "consider", "discuss", "table",
                                             "examine", "study", "look", "moot", "explore", "review", "report", "circulate", "leak",
                                             "submit", "present", "air", "canvass"])
    /// Verbs that say a text once held the thing, in the past: "appeared in the July text".
    static let appearances = LemmaList(["appear", "surface", "emerge", "feature"])
    /// What joins the rejection to the passive that put the thing forward: "but", "and", "then".
    static let sequels = LemmaList(["but", "and", "then", "yet"])

    /// A passive that puts something forward and one that drops it, whatever the noun: "Funding for a
    /// JASDF strike capability was requested in the draft mid-term plan but deleted before cabinet
    /// approval"; "…was looked at and thrown out".
    private static func putForwardThenDropped(_ clause: Range<Int>, sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        let considered: Int
        if let auxiliary = clause.first(where: { tokens[$0].lemma == "be" && reportingAuxiliaries.contains(text.quote($0..<($0 + 1)).lowercased()) }),
           let verb = ((auxiliary + 1)..<min(clause.upperBound, auxiliary + 3)).first(where: {
               consideringVerbs.contains(tokens[$0].lemma) && isPastForm(text.quote($0..<($0 + 1)))
           }) {
            considered = verb
        } else if let verb = clause.first(where: { appearances.contains(tokens[$0].lemma) && isPastForm(text.quote($0..<($0 + 1))) }) {
            // "A clause obliging Japan to legislate appeared in the July text but was struck out".
            considered = verb
        } else {
            return nil
        }
        // The rejection shares the subject: "but deleted" opens a clause of its own only in form.
        for index in (considered + 1)..<sentence.upperBound where sequels.contains(tokens[index].lemma) {
            for verb in (index + 1)..<min(sentence.upperBound, index + 3) {
                if let rejected = rejection(at: verb, before: sentence.upperBound, of: text) { return rejected }
            }
        }
        return nil
    }

    /// Another proposal rejected in a relative clause after it: "an option to fire on the vessels
    /// before any armed attack, which the working group dropped".
    static let relativeReach = 5
    /// An appositive may call what it names a fault: "…, an error corrected in version 2".
    static let faults = LemmaList(["error", "mistake", "misstatement", "slip", "oversight"])
    /// Nouns that name what others said as a claim, in an appositive that rejects it: "…, a charge
    /// officials rejected", "…, a concern the government dismissed".
    static let appositiveClaims = LemmaList(["charge", "claim", "characterization", "characterisation", "accusation", "allegation",
                                             "assertion", "criticism", "concern", "fear", "contention", "complaint"])
    private static let call = LemmaList(["call"]).lemmas[0]
    /// An appositive's subject may be two parties: "a call Tokyo and Washington have so far turned aside".
    static let appositiveReach = 8
    /// Adverbs of time before a participle set off by a comma: ", since withdrawn,", ", later dropped,".
    static let appositiveAdverbs = LemmaList(["since", "later", "subsequently", "long", "now", "quickly", "eventually"])

    private static func rejectedInRelativeClause(_ sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        // An appositive that names what the sentence put forward again: "…, an idea the government
        // promptly rejected"; "…demanded a revision of the SOFA, a call Tokyo and Washington have so
        // far turned aside".
        for comma in sentence.dropFirst() where tokens[comma].lemma == "," && comma + 2 < sentence.upperBound
            && (tokens[comma + 1].lemma == "an" || tokens[comma + 1].lemma == "a" || tokens[comma + 1].lemma == definite)
            && (droppedObjects.contains(tokens[comma + 2].lemma) || demandNouns.contains(tokens[comma + 2].lemma)
                || faults.contains(tokens[comma + 2].lemma) || appositiveClaims.contains(tokens[comma + 2].lemma)) {
            for index in (comma + 3)..<min(sentence.upperBound, comma + 3 + appositiveReach) {
                if tokens[index].kind == .mark { break }
                if let rejected = rejection(at: index, before: sentence.upperBound, of: text) { return (comma + 1)..<rejected.upperBound }
                // Or calls it untrue: "…, a characterization the defense minister called groundless".
                if tokens[index].lemma == call, index + 1 < sentence.upperBound, DeniedQuotation.falsity.contains(tokens[index + 1].lemma) {
                    return (comma + 1)..<(index + 2)
                }
                // Or leaves it untaken: "…, a proposal neither government has taken up".
                let lemma = tokens[index].lemma
                if adoptionVerbs.contains(lemma) || laterRefusals.contains(lemma),
                   lemma != take || tokens[(index + 1)..<min(sentence.upperBound, index + 3)].contains(where: { $0.lemma == "up" }),
                   tokens[(comma + 3)..<index].contains(where: { negations.contains($0.lemma) }) {
                    return (comma + 1)..<(index + 1)
                }
            }
        }
        guard let noun = sentence.first(where: { proposalNouns.contains(tokens[$0].lemma) && !atHand.contains(tokens[$0].lemma) })
        else { return nil }
        // (Or "that" right after a proposal noun: "… appeared in a contractor's draft annex that J5
        // struck out on 4 June".)
        for which in (noun + 1)..<sentence.upperBound
        where (tokens[which].lemma == "which" && tokens[which - 1].lemma == ",")
            || (tokens[which].lemma == Lemma.englishThat && proposalNouns.contains(tokens[which - 1].lemma)) {
            for index in (which + 1)..<min(sentence.upperBound, which + 1 + relativeReach) {
                if tokens[index].kind == .mark { break }
                if let rejected = rejection(at: index, before: sentence.upperBound, of: text) { return which..<rejected.upperBound }
            }
        }
        return nil
    }

    /// A proposal dropped in the active voice, its noun after the verb: "considered asking the JMSDF
    /// to …, but dropped the idea", "rejected the option". Only nouns that cannot name a treaty's
    /// text or the plan at hand.
    static let droppedObjects = LemmaList(["idea", "option", "proposal", "suggestion", "proposition", "recommendation",
                                                  "alternative"])

    private static func droppedIdea(in sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        for index in sentence where rejectionVerbs.contains(tokens[index].lemma) {
            let object = tokens[(index + 1)..<min(sentence.upperBound, index + 3)]
            // "the idea" names one said before; "the idea of consulting …" a new one, which may be
            // dropped while the sentence goes on to propose what it says.
            guard let noun = object.firstIndex(where: { droppedObjects.contains($0.lemma) }),
                  tokens[(index + 1)..<noun].allSatisfy({ $0.lemma == definite || $0.lemma == "that" || $0.lemma == "this" }),
                  noun + 1 >= sentence.upperBound || !["of", "to", "that"].contains(tokens[noun + 1].lemma),
                  isPastForm(text.quote(index..<(index + 1))) else { continue }
            return index..<(noun + 1)
        }
        return nil
    }

    /// A note's verdict on what its label names: "COA 3 (preemptive strike before armed attack):
    /// rejected by both delegations", "Draft cl. 7 (legally binding funding levels): struck at JPN
    /// request", "Draft language making funding mandatory — struck at working level". A colon must
    /// stand within `verdictReach` words of the sentence's start (a dash anywhere, when a rejection
    /// follows it), and the label must name a proposal: "SOFA Art. XVII: deleted" is what the note
    /// does to the SOFA.
    static let courseOfAction = LemmaList(["coa", "coas"])
    static let verdictReach = 16
    /// How far after a verdict's colon the proposal it judges may be named: "…: a proposal that".
    static let verdictNounReach = 2

    private static func colonVerdict(in sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        let firstColon = sentence.prefix(verdictReach).first(where: { tokens[$0].kind == .mark && tokens[$0].lemma == ":" })
        // Or the verdict first, and the proposal it judges right after the colon: "Recorded 2 July
        // 2014 and withdrawn the following week: a proposal that SDF support … proceed by cabinet
        // order alone".
        if let colon = firstColon,
           tokens[(colon + 1)..<min(sentence.upperBound, colon + 1 + verdictNounReach)].contains(where: { proposalNouns.contains($0.lemma) }),
           let rejected = (sentence.lowerBound..<colon).lazy.compactMap({ rejection(at: $0, before: colon, of: text) }).first {
            return rejected
        }
        // Or a dash, after a label of any length: "Earlier COA allowing interdiction … without its
        // consent — deleted at the 12 March review".
        guard let colon = firstColon
                ?? sentence.dropFirst().first(where: { tokens[$0].kind == .mark && Counterfactual.dashes.contains(tokens[$0].lemma)
                    && $0 + 1 < sentence.upperBound && rejection(at: $0 + 1, before: sentence.upperBound, of: text) != nil }),
              colon + 1 < sentence.upperBound,
              tokens[sentence.lowerBound..<colon].contains(where: { proposalNouns.contains($0.lemma) || courseOfAction.contains($0.lemma) })
        else { return nil }
        let verb = colon + 1
        if let rejected = rejection(at: verb, before: sentence.upperBound, of: text) { return rejected }
        // The verdict inside the label: "COA 4, rejected by J5 at the March review: JSDF use of force …".
        for index in (sentence.lowerBound + 1)..<colon where tokens[index - 1].lemma == "," {
            if let rejected = rejection(at: index, before: colon, of: text) { return rejected }
        }
        if negations.contains(tokens[verb].lemma), verb + 1 < sentence.upperBound, adoptionVerbs.contains(tokens[verb + 1].lemma) {
            return verb..<(verb + 2)
        }
        return nil
    }

    /// Phrasal verbs that reject, each with its particle: "turned down", "ruled out", "set aside".
    static let rejectionPhrasals = [("turn", "down"), ("rule", "out"), ("set", "aside"), ("throw", "out"), ("vote", "down"),
                                    ("strike", "out"), ("leave", "out"), ("turn", "aside"), ("brush", "aside"), ("brush", "off"),
                                    ("take", "apart"), ("shoot", "down"), ("knock", "down")]
        // Both words as the stemmer gives them: "aside" is "asid".
        .map { (LemmaList([$0.0]).lemmas[0], LemmaList([$0.1]).lemmas[0]) }

    /// The words of a rejection in a past form that starts at `index`: "dropped", "struck out",
    /// "turned down". Nil for any other word, and for a base form, which proposes what it says.
    /// `anyTense` takes a present form too, where the rejection names the proposal again ("but the
    /// plan leaves that idea out").
    static func rejection(at index: Int, before end: Int, of text: AnalyzedText, anyTense: Bool = false) -> Range<Int>? {
        let tokens = text.tokens
        let lemma = tokens[index].lemma
        let words: Range<Int>
        // The particle at once or after a short object: "turned down", "turned the idea down".
        if let particle = ((index + 1)..<min(end, index + 2 + phrasalObjectLength)).first(where: { at in
               rejectionPhrasals.contains(where: { $0.0 == lemma && $0.1 == tokens[at].lemma })
           }), tokens[(index + 1)..<particle].allSatisfy({ $0.kind == .word }) {
            words = index..<(particle + 1)
        } else if rejectionVerbs.contains(lemma) {
            words = index..<(index + 1)
        } else {
            return nil
        }
        return anyTense || isPastForm(text.quote(index..<(index + 1))) ? words : nil
    }

    /// How many words may stand between a phrasal rejection's verb and its particle.
    static let phrasalObjectLength = 3

    /// "dropped", "withdrawn", "struck": the participle of a passive, not the verb of a proposal.
    private static func isPastForm(_ word: String) -> Bool {
        let word = word.lowercased()
        return word.hasSuffix("ed") || ["withdrawn", "withdrew", "struck", "stricken", "set", "thrown", "threw", "left", "sought"].contains(word)
    }
}
