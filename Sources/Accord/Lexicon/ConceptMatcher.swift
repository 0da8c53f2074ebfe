/// A `says:` condition: concepts that one clause of a free text must hold together.
public struct ConceptQuery: Sendable {
    public var concepts: [Concept]
    /// Concepts whose presence in the clause means the words say something else.
    public var unless: [Concept]
    /// Concepts that, as the clause's subject, make the first concept an object of their act:
    /// "III MEF supports JGSDF operations with … strike operations" is no Japanese strike.
    public var unlessSubject: [Concept] = []
    /// At most this many tokens from the first matched word to the last; nil for the whole clause.
    public var within: Int?
    /// Whether the concepts must stand in the query's order: "notwithstanding … the Act", not "the
    /// Act, which the draft notes without comment".
    public var inOrder = false
    public var fields: [String]
    /// Whether the clause must deny what the concepts say: "the SDF will not bear primary
    /// responsibility" breaks a premise that "the SDF bears primary responsibility" keeps.
    public var negated = false
    /// The lexicon the concepts come from: its index finds them, its cues decide negation.
    let lexicon: Lexicon
}

extension ConceptQuery {
    /// Whether the two queries find the same hits in any text: the same concepts, blockers and
    /// conditions, whatever fields they read.
    func findsTheSameHits(as other: ConceptQuery) -> Bool {
        lexicon === other.lexicon && within == other.within && inOrder == other.inOrder && negated == other.negated
            && concepts.elementsEqual(other.concepts, by: ===) && unless.elementsEqual(other.unless, by: ===)
            && unlessSubject.elementsEqual(other.unlessSubject, by: ===)
    }
}

/// Words of a text that matched one concept of a hit.
public struct ConceptPart: Sendable {
    public var concept: String
    public var quote: String
    public var location: SourceLocation
}

/// One clause that holds every concept of a query, and whether it counts.
struct ConceptHit {
    var clause: Range<Int>
    var sentence: Range<Int>
    /// The tokens that matched each concept, in the query's order, and the words of each (its
    /// tokens less the gaps of a term with `…`).
    var parts: [(concept: String, tokens: Range<Int>, words: [Range<Int>])]
    var suppression: Suppression?
    /// A look-alike of a negation found in the clause, said in the explanation.
    var pseudoNegation: Range<Int>?
    /// The negation that a `negated` query looks for, when the clause has it.
    var denial: Range<Int>?

    enum Suppression {
        /// `denies` when the cue negates the clause's own predicate ("will not bear", 負わない),
        /// not a noun ("no other means") or the whole sentence ("nothing in this plan").
        case negated(cue: Range<Int>, denies: Bool)
        case reported(cue: Range<Int>)
        /// The clause tells what happened before the report, dated: "… ended in 1972".
        case past(cue: Range<Int>)
        /// The clause says what a law in force provides: "Article 98 of the Constitution requires …".
        case lawInForce(cue: Range<Int>)
        /// The sentence asks, and asserts nothing: "Will the SDF strike …?", 「…あるのか。」
        case asked(cue: Range<Int>)
        case unless(concept: String, tokens: Range<Int>)
        /// Another actor is the clause's subject, and the first concept only an object of its act.
        case actedOnBy(concept: String, subject: Range<Int>)
        /// A `negated` query's concepts, affirmed.
        case affirmed
    }
}

enum ConceptMatcher {
    /// Every clause of the text holding each concept of the query, with its suppression, if any.
    static func hits(_ query: ConceptQuery, in text: AnalyzedText, _ occurrences: ConceptOccurrences,
                     cues: (_ sentence: Range<Int>) -> ContextOccurrences,
                     readings: (_ clause: Range<Int>) -> ClauseReadings) -> [ConceptHit] {
        var hits: [ConceptHit] = []
        guard occurrences.occurAll(query.concepts) else { return hits }
        // Only a text with Japanese in it carries a topic from clause to clause: an English text's
        // clauses are not each asked for their sentence.
        let carriesTopics = text.japanese.contains(true)
        for clause in text.clauses {
            var found: [[ConceptOccurrences.Match]]
            if occurrences.occurAll(query.concepts, in: clause) {
                found = query.concepts.map { occurrences.occurrences(of: $0, in: clause) }
            } else {
                // A Japanese clause without a subject of its own speaks of its sentence's topic.
                guard carriesTopics else { continue }
                let sentence = text.sentence(of: clause.lowerBound)
                guard text.isJapanese(sentence), occurrences.occurAll(query.concepts, in: sentence.lowerBound..<clause.upperBound),
                      let topic = JapaneseTopic.carried(into: clause, sentence: sentence, of: text)
                else { continue }
                found = query.concepts.map { concept in
                    let own = occurrences.occurrences(of: concept, in: clause)
                    return own.isEmpty ? occurrences.occurrences(of: concept, in: topic) : own
                }
            }
            guard found.allSatisfy({ !$0.isEmpty }) else { continue }
            // The first concept's first match and the others' nearest to it; when negation cancels
            // that reading, each other match as the anchor in turn, for a concept said twice in a
            // clause ("我が国が攻撃を受けていない段階でも、自衛隊は…攻撃する": 我が国 is negated, 自衛隊 not).
            var anchors: [(concept: Int, match: ConceptOccurrences.Match)] = [(0, found[0][0])]
            var chosen: ConceptHit?
            var tried = 0
            while tried < anchors.count, tried < maxReadings {
                let anchor = anchors[tried]
                tried += 1
                var parts: [(concept: String, tokens: Range<Int>, words: [Range<Int>])] = []
                for (index, concept) in query.concepts.enumerated() {
                    let match = index == anchor.concept ? anchor.match : nearest(found[index], to: anchor.match.tokens)!
                    parts.append((concept.id, match.tokens, match.words))
                }
                // Words that a relative clause separates are no reading; other words may be one
                // ("…, said of the proposal, which would reinterpret the treaty").
                let separated = RelativeClause.separates(parts.map(\.tokens), in: clause, of: text)
                let hit = separated ? nil : reading(query, clause: clause, parts: parts, in: text, occurrences, cues: cues, readings: readings)
                if let hit, chosen == nil || hit.suppression == nil { chosen = hit }
                // A query for a denial tries again when its first reading is affirmed; any other
                // query when its first reading is negated.
                let retry: Bool
                switch hit?.suppression {
                case nil: retry = separated
                // Another mention of the first concept may be the actor: "In a Japan contingency,
                // U.S. forces support strikes by the JSDF".
                case .negated?, .actedOnBy?: retry = !query.negated
                case .affirmed?: retry = query.negated
                default: retry = false
                }
                if !retry { break }
                // Other words only: a shorter term inside the same words is the same reading
                // ("限度を超えない" holds 限度 … ない, no limit, and its negation would be lost).
                if tried == 1 {
                    for (index, list) in found.enumerated() {
                        for match in list where !match.tokens.overlaps(parts[index].tokens) { anchors.append((index, match)) }
                    }
                }
            }
            if let chosen { hits.append(chosen) }
        }
        return hits
    }

    /// How many readings of one clause are tried when negation cancels the first.
    static let maxReadings = 12

    /// One reading of a clause: the given match of each concept, with its suppression, if any;
    /// nil when the matches stand further apart than the query allows.
    private static func reading(_ query: ConceptQuery, clause: Range<Int>,
                                parts: [(concept: String, tokens: Range<Int>, words: [Range<Int>])],
                                in text: AnalyzedText, _ occurrences: ConceptOccurrences,
                                cues: (_ sentence: Range<Int>) -> ContextOccurrences,
                                readings: (_ clause: Range<Int>) -> ClauseReadings) -> ConceptHit? {
        let span = parts.map(\.tokens.lowerBound).min()!..<parts.map(\.tokens.upperBound).max()!
        let sentence = text.sentence(of: clause.lowerBound)
        // Japanese counts its words, not the particles, auxiliaries and marks MeCab cuts apart, as a
        // term's gap does: 紛争の解決は、日米共同の武力行使によって is seven words, thirteen tokens.
        if let within = query.within {
            let length = text.isJapanese(sentence) ? text.tokens[span].count { !$0.kind.isLight && $0.kind != .mark } : span.count
            if length > within { return nil }
        }
        if query.inOrder, !WordOrder.holds(parts.map(\.tokens), japanese: text.isJapanese(sentence), text) { return nil }
        var hit = ConceptHit(clause: clause, sentence: sentence, parts: parts)
        // A blocker that is itself negated blocks nothing: 「自らの判断によることなく」 is no
        // budget left to each government's own judgment. (A query for a denial keeps its blockers
        // as they are: "will not exceed the minimum necessary" keeps the limit it names.)
        // A label before a colon, or a statement before a semicolon, sets the frame of the clause
        // after it: "Phase II (armed attack on Japan confirmed): JMSDF units defeat hostile
        // submarines", "Armed attack on JPN confirmed 0400; no other means available; JSDF engages …".
        // So does a clause of condition in the same sentence: "When Japan is under armed attack, no
        // other means exist and force is held to the minimum, the SDF may use force".
        // And a Japanese sentence's topic, which a clause with no subject of its own speaks of:
        // 「物品役務相互提供協定(ACSA)は…条約であり、ガイドラインとは別個の国際約束である」.
        let topic = query.unless.isEmpty || !text.isJapanese(sentence) ? nil
            : JapaneseTopic.carried(into: clause, sentence: sentence, of: text, reach: JapaneseTopic.instrumentReach)
        let frames = query.unless.isEmpty ? [] : [clause] + framing(before: clause, in: sentence, text) + conditions(besides: clause, in: sentence, text)
            + conditionGoingOn(after: clause, in: sentence, text) + japaneseChain(before: clause, in: sentence, text) + (topic.map { [$0] } ?? [])
        blockers: for blocker in query.unless {
            for frame in frames {
                for found in occurrences.occurrences(of: blocker, in: frame) {
                    if !query.negated, isDisregarded(found.tokens, text) { continue }
                    if !query.negated {
                        var own = ConceptHit(clause: frame, sentence: sentence, parts: [(blocker.id, found.tokens, found.words)])
                        decideContext(&own, cues(sentence), readings(frame), text, parts: own.parts)
                        if case .negated? = own.suppression { continue }
                    }
                    hit.suppression = .unless(concept: blocker.id, tokens: found.tokens)
                    break blockers
                }
            }
        }
        if hit.suppression == nil, let (blocker, tokens) = ClauseSubject.rival(of: parts, among: query.unlessSubject, clause: clause,
                                                                                text, occurrences) {
            hit.suppression = .actedOnBy(concept: blocker, subject: tokens)
        }
        if hit.suppression == nil { decideContext(&hit, cues(sentence), readings(clause), text, parts: parts) }
        if query.negated {
            switch hit.suppression {
            case .negated(let cue, true)?:
                // A denial asked about is not made: 「問：…専守防衛の考え方と相いれないのではないか。」
                if let asked = readings(clause).question(in: text) {
                    hit.suppression = .asked(cue: asked)
                } else {
                    hit.suppression = nil
                    hit.denial = cue
                }
            case nil, .negated(_, false)?: hit.suppression = .affirmed
            default: break
            }
        }
        return hit
    }

    /// The occurrence nearest to an anchor, or the first.
    private static func nearest(_ matches: [ConceptOccurrences.Match], to anchor: Range<Int>?) -> ConceptOccurrences.Match? {
        guard let anchor else { return matches.first }
        return matches.min { abs($0.tokens.lowerBound - anchor.lowerBound) < abs($1.tokens.lowerBound - anchor.lowerBound) }
    }

    /// Words that set aside what follows them: "regardless of whether an armed attack has occurred"
    /// (and "without regard to").
    static let disregardingWords = LemmaList(["regardless", "irrespective"])

    /// Whether words stand in a phrase that sets them aside rather than states them: "regardless
    /// of whether an armed attack has occurred", 「武力攻撃の発生の有無を問わず」. Such a blocker
    /// blocks nothing.
    private static func isDisregarded(_ words: Range<Int>, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        let segment = text.segment(of: words.lowerBound)
        if text.isJapanese(text.sentence(of: words.lowerBound)) {
            // (A match may run past its first word's segment.)
            return (words.upperBound..<max(words.upperBound, segment.upperBound)).contains { index in
                index + 1 < segment.upperBound && TextAnalyzer.regardlessVerbs.contains(tokens[index].lemma) && tokens[index + 1].lemma == "ない"
            }
        }
        return (segment.lowerBound..<words.lowerBound).contains { index in
            disregardingWords.contains(tokens[index].lemma)
                || (tokens[index].lemma == "regard" && index > segment.lowerBound && tokens[index - 1].lemma == "without")
        }
    }

    /// The clauses before `clause` in its sentence that end in a colon or a semicolon, back to the
    /// first that does not: labels, headings and the statements of a telegraphic line.
    private static func framing(before clause: Range<Int>, in sentence: Range<Int>, _ text: AnalyzedText) -> [Range<Int>] {
        var frames: [Range<Int>] = []
        var start = clause.lowerBound
        // The mark first: most clauses follow none, and finding the previous clause reads them all.
        while start > sentence.lowerBound, framingMarks.contains(text.tokens[start - 1].lemma), frames.count < maxFrames,
              let previous = text.clauses.last(where: { $0.upperBound == start && sentence.contains($0.lowerBound) }) {
            frames.append(previous)
            start = previous.lowerBound
        }
        return frames
    }

    /// The other clauses of an English sentence that open with a condition: "when", "if",
    /// "once" or "unless", after "even" or "only". (Japanese conditionals, …たら、…場合は、, were
    /// tried the same way and lost more than they gained.)
    private static func conditions(besides clause: Range<Int>, in sentence: Range<Int>, _ text: AnalyzedText) -> [Range<Int>] {
        let tokens = text.tokens
        guard !text.isJapanese(sentence) else { return [] }
        return text.clauses.filter { other in
            guard other != clause, sentence.contains(other.lowerBound),
                  let first = other.first(where: { tokens[$0].kind == .word && !conditionHedges.contains(tokens[$0].lemma) })
            else { return false }
            return conditionalOpeners.contains(tokens[first].lemma)
        }
    }

    /// The clauses after one whose condition opens inside it and goes on past its comma: "Japan
    /// may use force only if it, or a close partner …, is attacked, no other appropriate means
    /// exist, and force is kept to the minimum necessary".
    private static func conditionGoingOn(after clause: Range<Int>, in sentence: Range<Int>, _ text: AnalyzedText) -> [Range<Int>] {
        let tokens = text.tokens
        guard !text.isJapanese(sentence), clause.upperBound < sentence.upperBound, tokens[clause.upperBound - 1].lemma == ",",
              let opener = clause.dropFirst().first(where: { conditionalOpeners.contains(tokens[$0].lemma) }),
              opener > clause.lowerBound, tokens[opener - 1].lemma == only
        else { return [] }
        return text.clauses.filter { $0.lowerBound >= clause.upperBound && sentence.contains($0.lowerBound) }
    }
    static let only = LemmaList(["only"]).lemmas[0]

    /// How near its comma a negation ends a chained clause: 「…経ることなく、」, 「…でなくとも、」.
    static let chainNegationReach = 4

    /// The clauses of a Japanese sentence that lead into this one by a chain of predicates, each
    /// ending in its verb's continuative form and a comma: 「武力攻撃事態に際しては、…防衛出動が
    /// 命ぜられ、自衛隊は…武力を行使して…」. Not one that a negation ends (「…認定を経ることなく、」
    /// names what is skipped; one inside it, 「…手段がないと判断して…命じ、」, does not), nor a
    /// condition (「…発生した場合、」 ends in a noun).
    private static func japaneseChain(before clause: Range<Int>, in sentence: Range<Int>, _ text: AnalyzedText) -> [Range<Int>] {
        guard text.isJapanese(sentence) else { return [] }
        let tokens = text.tokens
        var chain: [Range<Int>] = []
        var start = clause.lowerBound
        while let previous = text.clauses.last(where: { $0.upperBound == start && sentence.contains($0.lowerBound) }),
              previous.count >= 2, tokens[previous.upperBound - 1].kind == .mark,
              [.verb, .auxiliary].contains(tokens[previous.upperBound - 2].kind),
              !tokens[max(previous.lowerBound, previous.upperBound - chainNegationReach)..<previous.upperBound].contains(where: {
                  Lemma.japaneseNegations.contains($0.lemma)
              }) {
            chain.append(previous)
            start = previous.lowerBound
        }
        return chain
    }

    static let conditionalOpeners = LemmaList(["when", "whenever", "if", "once", "unless"])
    static let conditionHedges = LemmaList(["even", "only", "and", "but", "or"])

    /// The words with which an English term of absence opens: "no … invitation from".
    static let openingNegations = LemmaList(["no", "without", "neither", "nor", "never"])

    static let framingMarks = TextAnalyzer.colons.union([";", "；"])
    static let maxFrames = 3

    /// Whether a cue ends in its sentence's last clause.
    private static func endsItsSentence(_ cue: Range<Int>, _ sentence: Range<Int>, _ text: AnalyzedText) -> Bool {
        guard let last = text.clauses.last(where: { sentence.contains($0.lowerBound) }) else { return true }
        return last.contains(cue.upperBound - 1) || JapaneseQuoteFrame.closesTheSentence(after: cue.upperBound - 1, in: sentence, text.tokens)
    }

    /// Whether a cue that ends in "have" ("would have", "could have") is that of a causative: "The
    /// draft would have Japan develop warheads" says what this draft does; "an earlier draft would
    /// have bound Japan" reports what it did not. A counterfactual's "have" takes a participle.
    private static func isCausativeHave(_ cue: Range<Int>, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        guard let last = cue.last, tokens[last].lemma == "have", cue.upperBound < tokens.count else { return false }
        let next = cue.upperBound
        guard tokens[next].kind == .word else { return false }
        let word = text.quote(next..<(next + 1))
        // A participle that is also the present ("would have let SDF personnel fire") is read as
        // the participle: "would have let" reports, as "would have allowed" does.
        if EnglishLemmatizer.unchangedPasts.contains(word.lowercased()) { return false }
        return !EnglishLemmatizer.isParticiple(word, lemma: tokens[next].lemma)
    }

    /// Negation and reported speech. Words that matched a concept are never cues ("without
    /// consent" is what a rule looks for), nor are the words of a pseudo-negation ("not only").
    private static func decideContext(_ hit: inout ConceptHit, _ cues: ContextOccurrences, _ readings: ClauseReadings, _ text: AnalyzedText,
                                      parts: [(concept: String, tokens: Range<Int>, words: [Range<Int>])]) {
        let tokens = text.tokens
        // The masked words as ranges, a few to a hit: a set of their tokens hashed each one.
        var masked: [Range<Int>] = []
        for part in parts { masked += part.words }
        for pseudo in cues.pseudoNegation.within(hit.sentence) {
            masked.append(pseudo.tokens)
            if hit.clause.contains(pseudo.tokens.lowerBound) { hit.pseudoNegation = pseudo.tokens }
        }
        // A cue counts unless one of its own words is a concept's word; what stands in a cue's gap
        // ("if the JMSDF were to") is not the cue's.
        // Nor is a negation in the gap of a term that itself opens with one: "no … invitation
        // from" in "with no Security Council mandate and no invitation from Tehran" lists two
        // absences, and its second "no" denies nothing.
        let negativeSpans = parts.compactMap { part -> Range<Int>? in
            guard part.words.count > 1, let first = part.words.first?.first, openingNegations.contains(tokens[first].lemma) else { return nil }
            return part.tokens
        }
        func free(_ cue: ContextOccurrences.Cue) -> Bool {
            !cue.words.contains { words in masked.contains { $0.overlaps(words) } }
                && !negativeSpans.contains { $0.lowerBound < cue.tokens.lowerBound && cue.tokens.upperBound <= $0.upperBound }
        }
        let matched = parts.map(\.tokens)

        for cue in cues.reported.within(hit.sentence) where free(cue) && !isCausativeHave(cue.tokens, text)
            && !DroppedProposal.speaksForItself(cue.tokens, in: hit.sentence, of: text) {
            hit.suppression = .reported(cue: cue.tokens)
            return
        }
        // A Japanese cue denies its sentence only as its last predicate: 「自衛隊が前面に立つことは
        // せず、撃退は米軍に委ねます」 denies the first clause alone.
        for cue in cues.sentenceNegation.within(hit.sentence) where free(cue)
            && (!cue.japanese || hit.clause.contains(cue.tokens.lowerBound) || endsItsSentence(cue.tokens, hit.sentence, text)) {
            hit.suppression = .negated(cue: cue.tokens, denies: false)
            return
        }
        if let judgment = TopicJudgment.cue(holding: matched, in: hit.sentence, of: text) {
            hit.suppression = .negated(cue: judgment, denies: false)
            return
        }
        // (A label that is a pseudo-negation denies nothing: "Let's not kid ourselves: …".)
        let label = negativeLabel(before: matched, in: hit.sentence, text).flatMap { label in masked.contains { $0.overlaps(label) } ? nil : label }
        if let value = negativeValue(of: hit.clause, after: matched, tokens) ?? label {
            hit.suppression = .negated(cue: value, denies: true)
            return
        }
        for cue in cues.clauseNegation.within(hit.clause) where free(cue)
            && (cue.japanese || (!Self.standsInALaterAdverbialClause(cue.tokens, after: matched, tokens)
                                 && !Self.standsInALaterReasonClause(cue.tokens, matched: matched, tokens)
                                 && !Self.standsInACommaClosedRelativeClause(cue.tokens, apartFrom: matched, in: hit.clause, text))) {
            hit.suppression = .negated(cue: cue.tokens, denies: !isNounPhraseNegation(cue.tokens, tokens) && !saysItLasts(cue.tokens, tokens))
            return
        }
        for cue in cues.negation.within(hit.clause) where free(cue) && !(cue.japanese && negatesAnObjection(cue.tokens, tokens)) {
            // English: the words after the cue, within its segment, or its whole clause when the
            // negation opens the clause or a comma interrupts it. Japanese: the words before it
            // within its segment, of a match that ends before it (one inside a term's gap,
            // 「措置を、自らの判断によることなく、講じる」, ends another predicate than the term's own).
            let opening = cue.japanese ? nil : opening(cue.tokens, text, clause: hit.clause)
            // A negation a comma interrupts ("will not, at any stage of the exercise, use weapons")
            // goes on after the parenthesis.
            let interrupted = !cue.japanese && cue.tokens.upperBound < hit.clause.upperBound
                && tokens[cue.tokens.upperBound].kind == .mark && tokens[cue.tokens.upperBound].lemma == ","
            let segment = opening == nil && !interrupted
                ? (cue.japanese ? modifiersOfTheNegatedPredicate(resumedSegment(text.segment(of: cue.tokens.lowerBound), in: text), clause: hit.clause, text)
                                : negatedSegment(of: cue.tokens, in: hit.clause, text))
                : hit.clause
            // 「AではなくBが」 negates the noun A only.
            let contrasted = cue.japanese ? contrastedNoun(cue.tokens, tokens, within: segment, sentence: hit.sentence) : nil
            // A frame of time with no predicate of its own before the negated segment is the denied
            // act's time: 「関連法の施行日前においては、…実施しない」 plans nothing before the law.
            let frame = cue.japanese && contrasted == nil ? bareFrame(before: segment, in: hit.clause, text) : nil
            let start = contrasted ?? (cue.japanese ? resumedObjectStart(cue.tokens, tokens, clause: hit.clause)
                ?? relativeClauseStart(cue.tokens, tokens, within: segment)
                ?? adverbialNegationStart(cue.tokens, in: text, within: segment)
                ?? topicOfNextPredicate(cue.tokens, in: text, within: segment, matched: matched)
                ?? nominalTopicStart(cue.tokens, in: text, segment: segment, clause: hit.clause) : nil) ?? frame?.lowerBound ?? segment.lowerBound
            let scopeEnd = cue.japanese ? 0 : englishScopeEnd(cue.tokens, text, segment)
            // A cue with a gap holds its object in it: "leave the 1960 Treaty untouched".
            let scopeStart = cue.words.first?.upperBound ?? cue.tokens.upperBound
            func inEnglishScope(_ part: Range<Int>) -> Bool { part.upperBound > scopeStart && part.lowerBound < scopeEnd }
            let reaches = cue.japanese
                ? matched.contains { $0.upperBound > start && $0.upperBound <= cue.tokens.lowerBound }
                : matched.contains(where: inEnglishScope)
            if reaches {
                // A Japanese negation denies the predicate it ends (負わない, とどめない); one further
                // on ends another predicate (他に適当な手段がなく: no other means). An English one
                // denies what the concepts after the first say only when its scope holds them all:
                // "excludes any strike role for Japan and keeps the SDF as the shield" denies no shield.
                // The first concept, the one the denial is about, stands before the negation or in
                // its scope: "does not shift the responsibility to the United States, which remains,
                // as the report requires, with Japan" denies Japan nothing.
                let denies = cue.japanese
                    ? contrasted == nil && matched.contains { $0.upperBound <= cue.tokens.lowerBound && cue.tokens.lowerBound - $0.upperBound <= japaneseDenialReach }
                    : (opening == .frontedPhrase || !isNounPhraseNegation(cue.tokens, tokens)) && matched.dropFirst().allSatisfy(inEnglishScope)
                        && matched.first.map { $0.upperBound <= cue.tokens.lowerBound || inEnglishScope($0) } ?? true
                hit.suppression = .negated(cue: cue.tokens, denies: denies)
                return
            }
        }
        // "Force will not be used while other appropriate means … remain available": the clause of
        // time that "while" opens with no comma after a negated clause says when the denied act
        // would be, and is denied with it.
        if let previous = clauseOfTime(after: hit.clause, in: hit.sentence, text),
           let cue = (cues.negation.within(previous) + cues.clauseNegation.within(previous)).first(where: { !$0.japanese && free($0) }) {
            hit.suppression = .negated(cue: cue.tokens, denies: false)
            return
        }
        // Last: it reads a few words of the clause for every hit that nothing else suppressed. Its
        // verb may be a concept's word: what it says was deleted is the proposal, not what the
        // concept names (「…を認める案は…削除された」 deletes no principle).
        let japanese = readings.japanese
        if let cue = readings.question(in: text)
            ?? Question.embeddedCue(holding: matched, clause: hit.clause, japanese: japanese, of: text) {
            hit.suppression = .asked(cue: cue)
            return
        }
        if !japanese, let cue = Counterfactual.cue(holding: matched, in: hit.sentence, of: text)
            ?? JudgedHypothesis.cue(holding: matched, clause: hit.clause, of: text)
            ?? Supposition.cue(holding: matched, in: hit.sentence, of: text) {
            hit.suppression = .reported(cue: cue)
            return
        }
        if let cue = readings.dropped(in: text)
            ?? ThirdPartyProposal.cue(holding: matched, clause: hit.clause, sentence: hit.sentence, japanese: japanese, of: text)
            ?? DeniedQuotation.cue(holding: matched, sentence: hit.sentence, japanese: japanese, of: text)
            // (After a dropped proposal, whose verdict names what became of the scenario.)
            ?? (japanese ? nil : ScenarioCasting.cue(holding: matched, in: hit.sentence, of: text)) {
            hit.suppression = .reported(cue: cue)
        } else if let cue = readings.past(in: text) {
            hit.suppression = .past(cue: cue)
        } else if let cue = LawInForce.cue(holding: matched, clause: hit.clause, sentence: hit.sentence, japanese: japanese, of: text) {
            hit.suppression = .lawInForce(cue: cue)
        }
    }
}
