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
                     cues: (_ sentence: Range<Int>) -> ContextOccurrences) -> [ConceptHit] {
        var hits: [ConceptHit] = []
        guard occurrences.occurAll(query.concepts) else { return hits }
        for clause in text.clauses where occurrences.occurAll(query.concepts, in: clause) {
            let found = query.concepts.map { occurrences.occurrences(of: $0, in: clause) }
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
                let hit = reading(query, clause: clause, parts: parts, in: text, occurrences, cues: cues)
                if let hit, chosen == nil || hit.suppression == nil { chosen = hit }
                // A query for a denial tries again when its first reading is affirmed; any other
                // query when its first reading is negated.
                guard let hit else { break }
                let retry: Bool
                switch hit.suppression {
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
                                cues: (_ sentence: Range<Int>) -> ContextOccurrences) -> ConceptHit? {
        let span = parts.map(\.tokens.lowerBound).min()!..<parts.map(\.tokens.upperBound).max()!
        if let within = query.within, span.count > within { return nil }
        if query.inOrder, zip(parts, parts.dropFirst()).contains(where: { $0.tokens.lowerBound >= $1.tokens.lowerBound }) { return nil }
        let sentence = text.sentence(of: clause.lowerBound)
        var hit = ConceptHit(clause: clause, sentence: sentence, parts: parts)
        // A blocker that is itself negated blocks nothing: 「自らの判断によることなく」 is no
        // budget left to each government's own judgment. (A query for a denial keeps its blockers
        // as they are: "will not exceed the minimum necessary" keeps the limit it names.)
        blockers: for blocker in query.unless {
            for found in occurrences.occurrences(of: blocker, in: clause) {
                if !query.negated {
                    var own = ConceptHit(clause: clause, sentence: sentence, parts: [(blocker.id, found.tokens, found.words)])
                    decideContext(&own, cues(sentence), text, parts: own.parts)
                    if case .negated? = own.suppression { continue }
                }
                hit.suppression = .unless(concept: blocker.id, tokens: found.tokens)
                break blockers
            }
        }
        if hit.suppression == nil, let (blocker, tokens) = ClauseSubject.rival(of: parts, among: query.unlessSubject, clause: clause,
                                                                                text, occurrences) {
            hit.suppression = .actedOnBy(concept: blocker, subject: tokens)
        }
        if hit.suppression == nil { decideContext(&hit, cues(sentence), text, parts: parts) }
        if query.negated {
            switch hit.suppression {
            case .negated(let cue, true)?:
                hit.suppression = nil
                hit.denial = cue
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

    /// Negation and reported speech. Words that matched a concept are never cues ("without
    /// consent" is what a rule looks for), nor are the words of a pseudo-negation ("not only").
    /// Words that end an English negation's scope before its segment ends (NegEx's termination
    /// terms): a relative clause or an exception starts there.
    static let scopeEnds: Set<String> = ["which", "who", "whom", "except", "yet", "unless", "but"]
    /// Negations of a noun phrase also end at a conjunction that another negation follows: "with
    /// no resolution and no armed attack" negates each noun apart. ("No unit will enter the sea
    /// or airspace" negates the whole clause.)
    static let nounPhraseNegations: Set<String> = ["no", "without", "none"]
    /// Negations that deny no predicate: the nouns' and those of a whole statement.
    static let nonDenials = nounPhraseNegations.union(["neither", "nor", "nothing"])

    /// English negations that open their clause, as its subject ("Nothing set out in this
    /// programme, including Annex B, obliges either Government") or in a fronted phrase that
    /// inverts it ("At no phase, including escalation, will JSDF units conduct strikes"): they
    /// reach past the clause's commas, where a negation inside the clause stops at its segment.
    /// A fronted phrase denies the predicate it inverts; a negative subject, like any negated noun,
    /// does not.
    static let clauseOpeningNegations = LemmaList(["no", "nothing", "none", "neither", "never", "nobody"])
    /// Prepositions of a fronted negative phrase: at no phase, in no case, under no scenario.
    static let frontingPrepositions: Set<String> = ["at", "in", "under", "on", "by", "for"]
    /// Conjunctions that may open a clause before its subject: "but nothing in it obliges".
    static let clauseConjunctions: Set<String> = ["and", "or", "but", "yet", "so"]

    /// How many words may stand between a concept's words and a Japanese negation that denies them:
    /// the verb's own endings (を負わ-ない, に-とどめ-ない, を-担わ-ない, さ-れ-ず).
    static let japaneseDenialReach = 4

    /// Verbs whose object "no" denies the verb itself: "shall have no responsibility" is "shall not
    /// have responsibility"; "bears no part".
    static let lightVerbs = LemmaList(["have", "bear", "take", "assume", "play", "hold", "carry", "shoulder", "exercise"])

    /// "no", "without", "neither": they negate a noun, not the predicate, unless a light verb takes
    /// the noun ("have no responsibility").
    private static func isNounPhraseNegation(_ cue: Range<Int>, _ tokens: [Token]) -> Bool {
        guard cue.count == 1, nonDenials.contains(tokens[cue.lowerBound].lemma) else { return false }
        return !(tokens[cue.lowerBound].lemma == "no" && cue.lowerBound > 0 && lightVerbs.contains(tokens[cue.lowerBound - 1].lemma))
    }

    /// Whether a cue that ends in "have" ("would have", "could have") is that of a causative: "The
    /// draft would have Japan develop warheads" says what this draft does; "an earlier draft would
    /// have bound Japan" reports what it did not. A counterfactual's "have" takes a participle.
    private static func isCausativeHave(_ cue: Range<Int>, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        guard let last = cue.last, tokens[last].lemma == "have", cue.upperBound < tokens.count else { return false }
        let next = cue.upperBound
        guard tokens[next].kind == .word else { return false }
        return !DroppedProposal.isParticiple(text.quote(next..<(next + 1)), lemma: tokens[next].lemma)
    }

    /// How an English negation opens its clause (`clauseOpeningNegations`), if it does.
    private enum ClauseOpening { case subject, frontedPhrase }

    private static func opening(_ cue: Range<Int>, _ tokens: [Token], clause: Range<Int>) -> ClauseOpening? {
        guard cue.count == 1, clauseOpeningNegations.contains(tokens[cue.lowerBound].lemma) else { return nil }
        var start = clause.lowerBound
        if start < cue.lowerBound, clauseConjunctions.contains(tokens[start].lemma) { start += 1 }
        if cue.lowerBound == start { return .subject }
        if cue.lowerBound == start + 1, frontingPrepositions.contains(tokens[start].lemma) { return .frontedPhrase }
        return nil
    }

    /// Words that open a noun phrase: after "and" and a verb in "-s", they make it a second
    /// predicate ("excludes any strike role and keeps the SDF as the shield").
    static let determiners = LemmaList(["the", "a", "an", "its", "their", "this", "that", "these", "those", "all", "any", "each",
                                        "every", "no"])

    private static func englishScopeEnd(_ cue: Range<Int>, _ text: AnalyzedText, _ segment: Range<Int>) -> Int {
        let tokens = text.tokens
        let phraseOnly = cue.count == 1 && nounPhraseNegations.contains(tokens[cue.lowerBound].lemma)
        var index = cue.upperBound
        while index < segment.upperBound {
            let lemma = tokens[index].lemma
            if scopeEnds.contains(lemma) { return index }
            // "would no longer confine the SDF … and would conduct offensive operations": a second
            // predicate of the same subject is not negated with the first.
            if lemma == "and" || lemma == "or", index + 1 < segment.upperBound, TextAnalyzer.continuesThePredicate(tokens, after: index) {
                return index
            }
            // "excludes … and keeps the SDF as the shield": a verb in "-s" and its object. A negative
            // subject ("no serial amends, supersedes or reinterprets the Treaty") denies every verb it has.
            if !isNounPhraseNegation(cue, tokens), lemma == "and" || lemma == "or", index + 2 < segment.upperBound, tokens[index + 1].kind == .word,
               determiners.contains(tokens[index + 2].lemma) {
                let word = text.quote(index + 1..<(index + 2)).lowercased()
                if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") { return index }
            }
            if phraseOnly, lemma == "and" || lemma == "or", index + 1 < segment.upperBound,
               nounPhraseNegations.contains(tokens[index + 1].lemma) || tokens[index + 1].lemma == "not" {
                return index
            }
            index += 1
        }
        return segment.upperBound
    }

    /// Words that open a segment going on with the negated predicate before its comma: "does not
    /// allow Japan to attack first, before anyone has attacked".
    static let continuingAdverbials = LemmaList(["before", "until", "prior", "ahead", "without"])
    /// Prepositions that open a parenthesis between a verb and the rest of its predicate.
    static let parentheticalOpeners = LemmaList(["in", "at", "during", "for", "under", "on", "from", "throughout", "within",
                                                 "whatever", "whether", "including"])
    /// How many words a list's next item may have before its "and"/"or": "no serial amends,
    /// supersedes or reinterprets the Security Treaty".
    static let listItemLength = 3

    /// The segment an English negation reaches: its own, and the segments after it that go on with
    /// its predicate — a list's further items, or an adverbial of time or manner.
    private static func negatedSegment(of cue: Range<Int>, in clause: Range<Int>, _ text: AnalyzedText) -> Range<Int> {
        let tokens = text.tokens
        var segment = text.segment(of: cue.lowerBound)
        var afterParenthesis = false
        while segment.upperBound < clause.upperBound {
            let next = text.segment(of: segment.upperBound)
            let words = tokens[next].prefix(listItemLength + 1)
            let closedByComma = tokens[next.upperBound - 1].lemma == ","
            let continues = afterParenthesis || continuingAdverbials.contains(tokens[next.lowerBound].lemma)
                || words.dropFirst().contains { $0.lemma == "and" || $0.lemma == "or" }
                || (next.count <= listItemLength + 1 && closedByComma)
            guard continues else { break }
            // A parenthesis set off by commas ("has not asked the SDF, in this exercise or in any
            // other, to act beyond …") interrupts the predicate, which goes on after it.
            afterParenthesis = !afterParenthesis && closedByComma && parentheticalOpeners.contains(tokens[next.lowerBound].lemma)
            segment = segment.lowerBound..<next.upperBound
        }
        return segment
    }

    /// Where the noun of 「AではなくB」 / 「AでなくB」 starts, when the negation `cue` is that なく:
    /// it negates A, not the words before A (「本州の防空については、航空総隊ではなく第5空軍が」).
    /// Nil for any other negation, and for ではない ending its sentence.
    private static func contrastedNoun(_ cue: Range<Int>, _ tokens: [Token], within segment: Range<Int>, sentence: Range<Int>) -> Int? {
        guard cue.count == 1, tokens[cue.lowerBound].lemma == "ない",
              cue.upperBound < sentence.upperBound, tokens[cue.upperBound].kind != .mark else { return nil }
        var copula = cue.lowerBound - 1
        if copula > segment.lowerBound, tokens[copula].lemma == "は" { copula -= 1 }
        guard copula > segment.lowerBound, tokens[copula].lemma == "で" || tokens[copula].lemma == "だ" else { return nil }
        var start = copula
        while start > segment.lowerBound, tokens[start - 1].kind == .word || tokens[start - 1].kind == .number { start -= 1 }
        return start < copula ? start : nil
    }

    /// Where the relative clause of an attributive negation starts: ない before a noun (施政下にない
    /// 地域, 権限のない部隊) negates the clause that describes the noun, which starts after the
    /// nearest 、 or topic は, not the sentence's own subject and object (「第五条の適用範囲を、
    /// 我が国の施政下にない地域にまで拡げる」). Nil for a negation that ends a predicate.
    /// Nouns that make a predicate a noun (とらないこととする, 行わないものとする): the negation
    /// before them still ends the sentence's predicate.
    static let nominalizers: Set<String> = ["こと", "もの", "の", "よう", "ところ", "わけ", "はず", "旨"]

    private static func relativeClauseStart(_ cue: Range<Int>, _ tokens: [Token], within segment: Range<Int>) -> Int? {
        guard cue.count == 1, tokens[cue.lowerBound].lemma == "ない", cue.upperBound < segment.upperBound,
              tokens[cue.upperBound].kind == .word, !nominalizers.contains(tokens[cue.upperBound].lemma) else { return nil }
        var start = cue.lowerBound
        while start > segment.lowerBound {
            let before = tokens[start - 1]
            if before.kind == .mark || (before.kind == .particle && before.lemma == "は") { break }
            start -= 1
        }
        return start
    }

    private static func decideContext(_ hit: inout ConceptHit, _ cues: ContextOccurrences, _ text: AnalyzedText,
                                      parts: [(concept: String, tokens: Range<Int>, words: [Range<Int>])]) {
        let tokens = text.tokens
        var masked = Set<Int>()
        for part in parts { for words in part.words { masked.formUnion(words) } }
        for pseudo in cues.pseudoNegation.within(hit.sentence) {
            masked.formUnion(pseudo.tokens)
            if hit.clause.contains(pseudo.tokens.lowerBound) { hit.pseudoNegation = pseudo.tokens }
        }
        // A cue counts unless one of its own words is a concept's word; what stands in a cue's gap
        // ("if the JMSDF were to") is not the cue's.
        func free(_ cue: ContextOccurrences.Cue) -> Bool { !cue.words.contains { $0.contains { masked.contains($0) } } }
        let matched = parts.map(\.tokens)

        for cue in cues.reported.within(hit.sentence) where free(cue) && !isCausativeHave(cue.tokens, text)
            && !DroppedProposal.speaksForItself(cue.tokens, in: hit.sentence, of: text) {
            hit.suppression = .reported(cue: cue.tokens)
            return
        }
        for cue in cues.sentenceNegation.within(hit.sentence) where free(cue) {
            hit.suppression = .negated(cue: cue.tokens, denies: false)
            return
        }
        for cue in cues.clauseNegation.within(hit.clause) where free(cue) {
            hit.suppression = .negated(cue: cue.tokens, denies: !isNounPhraseNegation(cue.tokens, tokens))
            return
        }
        for cue in cues.negation.within(hit.clause) where free(cue) {
            // English: the words after the cue, within its segment, or its whole clause when the
            // negation opens the clause or a comma interrupts it. Japanese: the words before it
            // within its segment, of a match that ends before it (one inside a term's gap,
            // 「措置を、自らの判断によることなく、講じる」, ends another predicate than the term's own).
            let opening = cue.japanese ? nil : opening(cue.tokens, tokens, clause: hit.clause)
            // A negation a comma interrupts ("will not, at any stage of the exercise, use weapons")
            // goes on after the parenthesis.
            let interrupted = !cue.japanese && cue.tokens.upperBound < hit.clause.upperBound
                && tokens[cue.tokens.upperBound].kind == .mark && tokens[cue.tokens.upperBound].lemma == ","
            let segment = opening == nil && !interrupted
                ? (cue.japanese ? text.segment(of: cue.tokens.lowerBound) : negatedSegment(of: cue.tokens, in: hit.clause, text))
                : hit.clause
            // 「AではなくBが」 negates the noun A only.
            let contrasted = cue.japanese ? contrastedNoun(cue.tokens, tokens, within: segment, sentence: hit.sentence) : nil
            let start = contrasted ?? (cue.japanese ? relativeClauseStart(cue.tokens, tokens, within: segment) : nil) ?? segment.lowerBound
            let scopeEnd = cue.japanese ? 0 : englishScopeEnd(cue.tokens, text, segment)
            func inEnglishScope(_ part: Range<Int>) -> Bool { part.upperBound > cue.tokens.upperBound && part.lowerBound < scopeEnd }
            let reaches = cue.japanese
                ? matched.contains { $0.upperBound > start && $0.upperBound <= cue.tokens.lowerBound }
                : matched.contains(where: inEnglishScope)
            if reaches {
                // A Japanese negation denies the predicate it ends (負わない, とどめない); one further
                // on ends another predicate (他に適当な手段がなく: no other means). An English one
                // denies what the concepts after the first say only when its scope holds them all:
                // "excludes any strike role for Japan and keeps the SDF as the shield" denies no shield.
                let denies = cue.japanese
                    ? contrasted == nil && matched.contains { $0.upperBound <= cue.tokens.lowerBound && cue.tokens.lowerBound - $0.upperBound <= japaneseDenialReach }
                    : (opening == .frontedPhrase || !isNounPhraseNegation(cue.tokens, tokens)) && matched.dropFirst().allSatisfy(inEnglishScope)
                hit.suppression = .negated(cue: cue.tokens, denies: denies)
                return
            }
        }
        // Last: it reads a few words of the clause for every hit that nothing else suppressed. Its
        // verb may be a concept's word: what it says was deleted is the proposal, not what the
        // concept names (「…を認める案は…削除された」 deletes no principle).
        let japanese = text.isJapanese(hit.sentence)
        if !japanese, let cue = Counterfactual.cue(holding: matched, in: hit.sentence, of: text) {
            hit.suppression = .reported(cue: cue)
            return
        }
        if let cue = DroppedProposal.cue(in: hit.clause, sentence: hit.sentence, japanese: japanese, of: text) {
            hit.suppression = .reported(cue: cue)
        }
    }
}

/// Where each list of context cues stands in one sentence, found once for all the hits in it.
struct ContextOccurrences {
    typealias Cue = (japanese: Bool, tokens: Range<Int>, words: [Range<Int>])
    var negation: [Cue]
    var clauseNegation: [Cue]
    var sentenceNegation: [Cue]
    var pseudoNegation: [Cue]
    var reported: [Cue]

    /// `numbers`: the text's lemmas as the lexicon's numbers (`Lexicon.numbers(of:)`).
    init(_ lexicon: Lexicon, numbers: [Int32], sentence: Range<Int>) {
        var lists = Array(repeating: [Cue](), count: ContextCues.sections.count)
        for start in sentence {
            // Each list's longest cue at this start; of two as long, the one the lexicon gives first.
            var best: Cue?
            var bestList = -1
            lexicon.cueIndex.forEachMatch(at: start, before: sentence.upperBound, in: numbers) { cue, tokens, words in
                if cue.section != bestList {
                    if let found = best { lists[bestList].append(found) }
                    best = nil
                    bestList = cue.section
                }
                if tokens.count > (best?.tokens.count ?? 0) { best = (cue.japanese, tokens, words.isEmpty ? [tokens] : words) }
            }
            if let found = best { lists[bestList].append(found) }
        }
        // In the order of `ContextCues.sections`.
        negation = lists[0]
        clauseNegation = lists[1]
        sentenceNegation = lists[2]
        pseudoNegation = lists[3]
        reported = lists[4]
    }
}

extension Array where Element == ContextOccurrences.Cue {
    /// The cues that lie inside `range`.
    func within(_ range: Range<Int>) -> [Element] {
        filter { $0.tokens.lowerBound >= range.lowerBound && $0.tokens.upperBound <= range.upperBound }
    }
}
