/// Where a negation reaches: NegEx-style scopes for English (forward to the end of a segment,
/// further for a negation that opens its clause, a list, a parenthesis) and the Japanese
/// negation's reach back over its segment, with the constructions that end or widen it.
extension ConceptMatcher {
    /// Words that end an English negation's scope before its segment ends (NegEx's termination
    /// terms): a relative clause or an exception starts there.
    static let scopeEnds: Set<String> = ["which", "who", "whom", "except", "yet", "unless", "but"]
    /// Conjunctions that open a clause of reason or concession after a comma, which a negation
    /// before it does not reach, even one that negates its whole clause: "Japan is not going to
    /// launch deep strikes, full stop, because the exclusively defense-oriented policy is still the
    /// baseline" denies the strikes, not the policy. (With no comma the negation may deny the
    /// reason itself: "The legislation was not enacted because the Guidelines required it".)
    static let reasonSubordinators = LemmaList(["because", "although", "though", "whereas"])

    /// Whether a part of the hit stands in a clause of reason or concession that opens after `cue`
    /// and a comma.
    static func standsInALaterReasonClause(_ cue: Range<Int>, matched: [Range<Int>], _ tokens: [Token]) -> Bool {
        matched.contains { part in
            part.lowerBound > cue.upperBound && ((cue.upperBound + 1)..<part.lowerBound).contains {
                reasonSubordinators.contains(tokens[$0].lemma) && tokens[$0 - 1].lemma == ","
            }
        }
    }

    /// Whether an English clause-wide negation stands in a relative clause that a comma closes
    /// before the rest of its clause, with every part of the hit outside it: "Japan, per a technical
    /// note that neither ministry has made public, will manufacture plutonium pits" negates the
    /// note's publication alone. (A complement with no comma, "agreed that neither government will
    /// amend the Treaty", holds the hit and is denied.)
    static func standsInACommaClosedRelativeClause(_ cue: Range<Int>, apartFrom matched: [Range<Int>], in clause: Range<Int>,
                                                    _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        var pronoun = cue.lowerBound - 1
        func opensARelative(_ index: Int) -> Bool { relativePronouns.contains(tokens[index].lemma) || tokens[index].lemma == Lemma.englishThat }
        while pronoun > clause.lowerBound, tokens[pronoun].lemma != ",", !opensARelative(pronoun) { pronoun -= 1 }
        guard pronoun > clause.lowerBound, opensARelative(pronoun),
              let comma = (cue.upperBound..<clause.upperBound).first(where: { tokens[$0].lemma == "," }),
              TextAnalyzer.holdsAVerb(tokens, (pronoun + 1)..<comma, text: text.text)
        else { return false }
        return matched.allSatisfy { $0.upperBound <= pronoun || $0.lowerBound > comma }
    }

    /// Negations of a noun phrase also end at a conjunction that another negation follows: "with
    /// no resolution and no armed attack" negates each noun apart. ("No unit will enter the sea
    /// or airspace" negates the whole clause.)
    static let nounPhraseNegations: Set<String> = ["no", "without", "none"]
    static let relativePronouns: Set<String> = ["which", "who", "whom"]
    /// Negations that deny no predicate: the nouns' and those of a whole statement.
    static let nonDenials = nounPhraseNegations.union(["neither", "nor", "nothing"])

    /// English negations that open their clause, as its subject ("Nothing set out in this
    /// programme, including Annex B, obliges either Government") or in a fronted phrase that
    /// inverts it ("At no phase, including escalation, will JSDF units conduct strikes"): they
    /// reach past the clause's commas, where a negation inside the clause stops at its segment.
    /// A fronted phrase denies the predicate it inverts; a negative subject, like any negated noun,
    /// does not.
    static let clauseOpeningNegations = LemmaList(["no", "nothing", "none", "neither", "never", "nobody"])
    /// Words after "not" that make it a negative subject: "Not one of …", "Not a single …".
    static let negativeSubjectWords = LemmaList(["one", "a", "any", "single", "even"])
    /// Prepositions of a fronted negative phrase: at no phase, in no case, under no scenario.
    static let frontingPrepositions: Set<String> = ["at", "in", "under", "on", "by", "for"]
    /// Conjunctions that may open a clause before its subject: "but nothing in it obliges".
    static let clauseConjunctions: Set<String> = ["and", "or", "but", "yet", "so"]
    static let nor = LemmaList(["nor"]).lemmas[0]

    /// Conjunctions that open a subordinate clause of condition or time. (Not of concession or
    /// cause: "…, although neither government ever tabled a proposal to amend it" comments on all
    /// that goes before.)
    static let adverbialSubordinators = LemmaList(["if", "unless", "whether", "once", "when", "whenever", "until", "till", "before",
                                                   "after"])

    /// Whether an English clause-wide negation stands in an adverbial clause that opens after every
    /// part of the hit: "The SDF will use force … even if Japan itself is not attacked" denies the
    /// attack, not the force the main clause plans.
    static func standsInALaterAdverbialClause(_ cue: Range<Int>, after matched: [Range<Int>], _ tokens: [Token]) -> Bool {
        guard let last = matched.map(\.upperBound).max(), last <= cue.lowerBound else { return false }
        // ("…, after which the Government reaffirmed that the principles remain unchanged" is a
        // relative clause that comments on all before it.)
        return (last..<cue.lowerBound).contains { index in
            adverbialSubordinators.contains(tokens[index].lemma) && !(index + 1 < cue.lowerBound && relativePronouns.contains(tokens[index + 1].lemma))
        }
    }

    /// Values that deny the field they answer, as the clause's last word after a colon: "JSDF strike
    /// role: none", "Offensive tasks: nil", 「打撃任務：なし」.
    static let negativeValues: Set<String> = ["none", "nil", "no", "nothing", "zero", "なし", "無し", "ない"]

    /// The negative value that answers the field holding every matched word, if the clause is
    /// "FIELD: VALUE" and the value is one.
    static func negativeValue(of clause: Range<Int>, after matched: [Range<Int>], _ tokens: [Token]) -> Range<Int>? {
        guard let last = clause.last(where: { tokens[$0].kind != .mark }), negativeValues.contains(tokens[last].lemma),
              last > clause.lowerBound, tokens[last - 1].kind == .mark, tokens[last - 1].lemma == ":" || tokens[last - 1].lemma == "："
        else { return nil }
        return matched.allSatisfy({ $0.upperBound <= last - 1 }) ? last..<(last + 1) : nil
    }

    /// Labels that deny what follows their colon: "Not assumed: PACAF taking over …", "Not in
    /// scope: JASDF OCA, SEAD …", "Excluded: …", 「除外：…」, 「対象外：…」 (which MeCab cuts into
    /// 対象 and 外). ("No" is left out, as "No. 3:" numbers; so are "none" and "nil", which answer a
    /// field after its colon.)
    /// A label that calls what follows a myth or a misconception denies it as well: "Common
    /// misconception: the U.S. shoulders the main burden …".
    /// So does one that calls it an error: "Common student error: 'the U.S. leads the defense of
    /// Japan.'"
    static let negativeLabelWords = LemmaList(["not", "excluded", "out", "myth", "misconception", "misperception", "fallacy",
                                               "error", "mistake", "misreading", "misstatement"])
    static let japaneseNegativeLabels: Set<String> = ["除外", "想定外", "誤解", "俗説"]
    /// How many words a label may have.
    static let labelLength = 4

    /// The label that opens the hit's sentence before a colon and denies what follows it. (MeCab
    /// gives the full-width colon as a word, so a Japanese label ends no clause: the colon is
    /// looked for before the matched words.)
    static func negativeLabel(before matched: [Range<Int>], in sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard let first = matched.map(\.lowerBound).min(),
              let colon = TextAnalyzer.colon(in: sentence.lowerBound..<min(first, sentence.lowerBound + labelLength + 1), of: tokens),
              colon > sentence.lowerBound
        else { return nil }
        let label = sentence.lowerBound..<colon
        guard tokens[label].allSatisfy({ $0.kind != .mark }),
              label.contains(where: { index in
                  negativeLabelWords.contains(tokens[index].lemma) || japaneseNegativeLabels.contains(tokens[index].lemma)
                      || (tokens[index].lemma == "外" && index > label.lowerBound && tokens[index - 1].lemma == "対象")
              })
        else { return nil }
        return label
    }

    /// How many words may stand between a concept's words and a Japanese negation that denies them:
    /// the verb's own endings (を負わ-ない, に-とどめ-ない, を-担わ-ない, さ-れ-ず).
    static let japaneseDenialReach = 4

    /// Verbs whose object "no" denies the verb itself: "shall have no responsibility" is "shall not
    /// have responsibility"; "bears no part".
    static let lightVerbs = LemmaList(["have", "bear", "take", "assume", "play", "hold", "carry", "shoulder", "exercise"])

    /// Verbs that give their first object "no" of the second: "assigns Japan no primary
    /// responsibility" denies Japan the responsibility.
    static let givingVerbs = LemmaList(["assign", "give", "grant", "allot", "allocate", "accord", "leave"])
    /// How many words the first object of a giving verb may have.
    static let givenObjectLength = 3
    /// Nouns whose negation denies what they require: "No requirement is laid down that the force
    /// be confined to the minimum necessary".
    static let requirementNouns = LemmaList(["requirement", "obligation", "rule", "provision", "stipulation", "condition", "limit",
                                             "restriction"])

    /// "no", "without", "neither": they negate a noun, not the predicate, unless a light verb takes
    /// the noun ("have no responsibility"), a giving verb gives it ("assigns Japan no primary
    /// responsibility") or the noun is a requirement ("no requirement that …").
    static func isNounPhraseNegation(_ cue: Range<Int>, _ tokens: [Token]) -> Bool {
        guard cue.count == 1, nonDenials.contains(tokens[cue.lowerBound].lemma) else { return false }
        let at = cue.lowerBound
        guard tokens[at].lemma == "no" else { return true }
        if at > 0, lightVerbs.contains(tokens[at - 1].lemma) { return false }
        if tokens[max(0, at - givenObjectLength - 1)..<at].contains(where: { givingVerbs.contains($0.lemma) }) { return false }
        if at + 1 < tokens.count, requirementNouns.contains(tokens[at + 1].lemma) { return false }
        return true
    }


    /// The Japanese segment right before `segment` in the clause when it is a frame of time or
    /// condition with no verb, adjective or auxiliary of its own (「関連法の施行日前においては、」)
    /// and `segment` ends the clause: what its negated predicate denies, it denies then. A frame
    /// with a predicate of its own (「法的拘束力が問題となった際、」) names an event the negation
    /// does not reach.
    static func bareFrame(before segment: Range<Int>, in clause: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        guard segment.lowerBound > clause.lowerBound, segment.upperBound == clause.upperBound else { return nil }
        let previous = text.segment(of: segment.lowerBound - 1)
        let tokens = text.tokens
        guard previous.lowerBound >= clause.lowerBound,
              let last = previous.last(where: { tokens[$0].kind != .mark && !(tokens[$0].kind == .particle && tokens[$0].lemma == "は") }),
              TextAnalyzer.frameEnds.contains(tokens[last].lemma),
              !tokens[previous].contains(where: { [.verb, .adjective, .auxiliary].contains($0.kind) })
        else { return nil }
        return previous
    }

    /// Words of a cue that denies a change by saying what lasts ("remains intact", "stays
    /// unchanged"): it denies no change to a Treaty, and affirms the thing that lasts, so that
    /// "its exclusively defense-oriented policy remains intact" sets no policy aside.
    static let lastingWords = LemmaList(["remain", "stay", "intact", "unchanged", "unaffected", "untouched"])

    static func saysItLasts(_ cue: Range<Int>, _ tokens: [Token]) -> Bool {
        tokens[cue].contains { lastingWords.contains($0.lemma) }
    }

    /// How an English negation opens its clause (`clauseOpeningNegations`), if it does.
    enum ClauseOpening { case subject, frontedPhrase }

    static func opening(_ cue: Range<Int>, _ text: AnalyzedText, clause: Range<Int>) -> ClauseOpening? {
        let tokens = text.tokens
        var start = clause.lowerBound
        if start < cue.lowerBound, clauseConjunctions.contains(tokens[start].lemma) { start += 1 }
        // "Nor does U.S. support, however extensive, relieve Japan of …": a "nor" that opens its
        // clause before an auxiliary inverts it and reaches past its commas, as a negative subject
        // does; like one, it denies no concept ("nor is any defense operation ordered without Diet
        // approval" sets no defensive policy aside).
        if cue.count == 1, cue.lowerBound == start, tokens[start].lemma == nor, start + 1 < clause.upperBound,
           TextAnalyzer.finiteAuxiliaries.contains(TextAnalyzer.surface(tokens[start + 1], text.text).lowercased()) {
            return .subject
        }
        // ("Not one of the areas …", "Not a single unit …" open with a negative subject too.)
        let notOne = tokens[cue.lowerBound].lemma == TextAnalyzer.notLemma && cue.upperBound < clause.upperBound
            && negativeSubjectWords.contains(tokens[cue.upperBound].lemma)
        guard cue.count == 1, clauseOpeningNegations.contains(tokens[cue.lowerBound].lemma) || notOne else { return nil }
        if cue.lowerBound == start { return .subject }
        if cue.lowerBound == start + 1, frontingPrepositions.contains(tokens[start].lemma) { return .frontedPhrase }
        return nil
    }

    /// Words that open a noun phrase: after "and" and a verb in "-s", they make it a second
    /// predicate ("excludes any strike role and keeps the SDF as the shield").
    static let determiners = LemmaList(["the", "a", "an", "its", "their", "this", "that", "these", "those", "all", "any", "each",
                                        "every", "no"])

    /// How many words may stand between "any" and the relative pronoun of its noun: "any serial for
    /// which", "any activity under this plan for which".
    static let anyNounReach = 7
    static let any = LemmaList(["any"]).lemmas[0]

    static func englishScopeEnd(_ cue: Range<Int>, _ text: AnalyzedText, _ segment: Range<Int>) -> Int {
        let tokens = text.tokens
        let phraseOnly = cue.count == 1 && nounPhraseNegations.contains(tokens[cue.lowerBound].lemma)
        // Asked once, not at every word: it reads the cue's own words.
        let negatesANoun = isNounPhraseNegation(cue, tokens)
        let opensItsSegment = cue.lowerBound == segment.lowerBound || tokens[cue.lowerBound - 1].kind == .mark
        let negativeSubject = opensItsSegment && cue.count == 1
            && (negatesANoun || clauseOpeningNegations.contains(tokens[cue.lowerBound].lemma))
        var index = cue.upperBound
        while index < segment.upperBound {
            let lemma = tokens[index].lemma
            // "no step in the plan under which a nuclear weapon would enter": a relative clause with
            // no comma before it says what the denied noun would be, and is denied with it.
            // So is one after "any" in the predicate's scope: "will not take part in any serial for
            // which no Japanese statute provides authority".
            let restrictsTheNoun = relativePronouns.contains(lemma) && index > cue.upperBound && !(tokens[index - 1].kind == .mark)
                && (phraseOnly || tokens[max(cue.upperBound, index - anyNounReach)..<index].contains { $0.lemma == any })
            if scopeEnds.contains(lemma), !restrictsTheNoun { return index }
            // "affirms that its forces have no mission to attack … and that Japan maintains its
            // policy": a second complement of the verb that governs the first is a statement of its own.
            if lemma == "and" || lemma == "or", index + 1 < segment.upperBound, tokens[index + 1].lemma == Lemma.englishThat,
               tokens[segment.lowerBound..<cue.lowerBound].contains(where: { $0.lemma == Lemma.englishThat }) {
                return index
            }
            // "would no longer confine the SDF … and would conduct offensive operations": a second
            // predicate of the same subject is not negated with the first.
            // (A negative subject that opens its segment denies them all: "nothing the ministers
            // signed amends, supersedes or reinterprets a single article".)
            if !negativeSubject, lemma == "and" || lemma == "or", index + 1 < segment.upperBound,
               TextAnalyzer.continuesThePredicate(tokens, after: index) {
                return index
            }
            // "excludes … and keeps the SDF as the shield": a verb in "-s" and its object. A negative
            // subject ("no serial amends, supersedes or reinterprets the Treaty") denies every verb it has.
            if !negatesANoun, !negativeSubject, lemma == "and" || lemma == "or", index + 2 < segment.upperBound, tokens[index + 1].kind == .word,
               determiners.contains(tokens[index + 2].lemma) {
                let word = text.quote(index + 1..<(index + 2)).lowercased()
                if word.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss"), !word.hasSuffix("us"), !word.hasSuffix("is") { return index }
            }
            // (A negative subject that opens its segment denies the predicate, with every "or
            // without" it goes on to: "No JSDF task proceeds ahead of its statute or without the
            // Diet approvals the law requires".)
            if phraseOnly, !opensItsSegment, lemma == "and" || lemma == "or", index + 1 < segment.upperBound,
               nounPhraseNegations.contains(tokens[index + 1].lemma) || tokens[index + 1].lemma == "not" {
                return index
            }
            index += 1
        }
        return segment.upperBound
    }

    static let whileWords = LemmaList(["while", "whilst"])

    /// The clause before `clause` when `clause` is one of time that "while" opens right after it,
    /// with no comma between them ("nor" may stand there) and no modal of its own: "… will not be
    /// used while other means remain available". (A contrast has a comma or a modal: ", while U.S.
    /// forces will strike".)
    static func clauseOfTime(after clause: Range<Int>, in sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard clause.lowerBound > sentence.lowerBound, whileWords.contains(tokens[clause.lowerBound].lemma),
              tokens[clause.lowerBound - 1].kind == .word,
              !tokens[clause].contains(where: { TextAnalyzer.modals.contains($0.lemma) })
        else { return nil }
        return text.clauses.first { $0.contains(clause.lowerBound - 1) && $0.lowerBound >= sentence.lowerBound }
    }

    /// Words that open a segment going on with the negated predicate before its comma: "does not
    /// allow Japan to attack first, before anyone has attacked".
    static let continuingAdverbials = LemmaList(["before", "until", "prior", "ahead", "without"])
    /// Prepositions that open a parenthesis between a verb and the rest of its predicate.
    static let parentheticalOpeners = LemmaList(["in", "at", "during", "for", "under", "on", "from", "throughout", "within",
                                                 "whatever", "whether", "including", "through", "by", "via"])
    /// How many words a parenthesis between a negated verb and its infinitive may have.
    static let parenthesisLength = 6
    static let infinitiveTo = LemmaList(["to"]).lemmas[0]
    /// How many words a list's next item may have before its "and"/"or": "no serial amends,
    /// supersedes or reinterprets the Security Treaty", "does not possess ICBMs, long-range strategic
    /// bombers or attack carriers" (a hyphen makes two words).
    static let listItemLength = 4

    /// The segment an English negation reaches: its own, and the segments after it that go on with
    /// its predicate — a list's further items, or an adverbial of time or manner.
    static func negatedSegment(of cue: Range<Int>, in clause: Range<Int>, _ text: AnalyzedText) -> Range<Int> {
        let tokens = text.tokens
        var segment = text.segment(of: cue.lowerBound)
        var afterParenthesis = false
        var afterShortItem = false
        while segment.upperBound < clause.upperBound {
            let next = text.segment(of: segment.upperBound)
            let words = tokens[next].prefix(listItemLength + 1)
            let closedByComma = tokens[next.upperBound - 1].lemma == ","
            let hasAModal = tokens[next].contains { TextAnalyzer.modals.contains($0.lemma) }
            // A list's next item, not a clause with a modal of its own ("…, the SDF and U.S.
            // forces will settle the matter by military means" after a denied condition).
            let listItem = words.dropFirst().contains { $0.lemma == "and" || $0.lemma == "or" } && !hasAModal
            // The last item of a list of short ones, after its comma: "does not amend, supersede, or
            // reinterpret the Security Treaty".
            let lastItem = afterShortItem && (words.first?.lemma == "and" || words.first?.lemma == "or") && !hasAModal
            let shortItem = next.count <= listItemLength + 1 && closedByComma
            // An alternative to the object set off by commas, which the clause cutter keeps inside the
            // clause: "does not ask the SDF to act on the basis of U.S. law, or of a bilateral
            // instrument, in place of a Japanese statute".
            let alternative = (tokens[next.lowerBound].lemma == orLemma || tokens[next.lowerBound].lemma == "and")
                && TextAnalyzer.isParentheticalAlternative(tokens, at: next.lowerBound)
            // A phrase set off by commas right after the negated verb, before its infinitive: "does
            // not intend, through this cooperation, to take on the role of the spear".
            let parenthesis = closedByComma && !hasAModal && next.count <= parenthesisLength + 1
                && parentheticalOpeners.contains(tokens[next.lowerBound].lemma)
                && next.upperBound < clause.upperBound && tokens[next.upperBound].lemma == infinitiveTo
            let continues = afterParenthesis || continuingAdverbials.contains(tokens[next.lowerBound].lemma)
                || listItem || lastItem || shortItem || alternative || parenthesis
                || raisesItsObject(cue, segment, next, text)
            guard continues else { break }
            afterShortItem = shortItem
            // A parenthesis set off by commas ("has not asked the SDF, in this exercise or in any
            // other, to act beyond …") interrupts the predicate, which goes on after it.
            // So does a short list set off by commas that describes the object: "will not deploy any
            // personnel, American or Japanese, onto a third country's territory without its consent".
            // So does a concession of degree: "does not treat a mere threat, however grave, as grounds for …".
            afterParenthesis = !afterParenthesis && closedByComma
                && (parenthesis || parentheticalOpeners.contains(tokens[next.lowerBound].lemma) || (listItem && next.count <= listItemLength + 1) || alternative
                    || (tokens[next.lowerBound].lemma == TextAnalyzer.however && TextAnalyzer.concedesADegree(tokens, after: next.lowerBound)))
            segment = segment.lowerBound..<next.upperBound
        }
        return segment
    }

    /// How many words a negated predicate may have after its negation before a comma that leaves
    /// its object to the next segment: "do not provide for,".
    static let raisedPredicateLength = 3
    /// Prepositions that end a predicate before its object: "provide for,", "agree to,", "call for,".
    static let strandedPrepositions = LemmaList(["for", "to", "of", "on", "with", "about"])
    /// The negations of a predicate (not those of a noun phrase: "without", "no").
    static let verbalNegations = LemmaList(["not", "never", "n't"])
    static let subjectPronouns = LemmaList(["it", "they", "we", "he", "she", "i", "you", "there"])
    private static let orLemma = LemmaList(["or"]).lemmas[0]

    /// Whether the negated segment ends in its predicate and a comma, and the next segment is the
    /// object that predicate shares with one before it: "We are not proposing, and Tokyo would not
    /// accept, an arrangement in which …"; "has never sent, and will never send, its forces …".
    /// A segment with a modal of its own is a clause, not an object ("If Tokyo does not agree, the
    /// SDF will …").
    static func raisesItsObject(_ cue: Range<Int>, _ segment: Range<Int>, _ next: Range<Int>, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        guard cue.count == 1, verbalNegations.contains(tokens[cue.lowerBound].lemma),
              segment.contains(cue.lowerBound), tokens[segment.upperBound - 1].lemma == ",",
              segment.upperBound - 1 - cue.upperBound <= raisedPredicateLength, !next.isEmpty,
              tokens[cue.upperBound..<(segment.upperBound - 1)].allSatisfy({ $0.kind == .word }),
              // "whether or not the Diet agrees, …": a subject after the negation makes a clause.
              cue.lowerBound == segment.lowerBound || tokens[cue.lowerBound - 1].lemma != orLemma,
              cue.upperBound < segment.upperBound - 1, !determiners.contains(tokens[cue.upperBound].lemma),
              !subjectPronouns.contains(tokens[cue.upperBound].lemma),
              // "would complement, not replace, the SDF's primary role": a contrast set off by
              // commas denies its own verb; the object goes with the verb before it, affirmed.
              !(cue.lowerBound == segment.lowerBound && segment.lowerBound > 0 && tokens[segment.lowerBound - 1].lemma == ",")
        else { return false }
        let opening = tokens[next.lowerBound].lemma
        // A predicate that ends in its preposition takes the next segment as its object, whatever
        // opens it: "the draft does not provide for, JSDF participation in any strike package".
        let strandedPreposition = strandedPrepositions.contains(tokens[segment.upperBound - 2].lemma)
        // (A "no" opens a phrase of its own: "can't go down, no matter what the Diet decides".)
        return ((determiners.contains(opening) && opening != "no") || opening == "to" || strandedPreposition)
            && !tokens[next].contains { TextAnalyzer.modals.contains($0.lemma) }
    }

    /// Where the noun of 「AではなくB」 / 「AでなくB」 starts, when the negation `cue` is that なく:
    /// it negates A, not the words before A (「本州の防空については、航空総隊ではなく第5空軍が」).
    /// Nil for any other negation, and for ではない ending its sentence.
    /// 「AによらずB」 too: 「侵攻の排除は、自衛隊によらず、米軍が行う」 denies the SDF, not the repulse.
    static func contrastedNoun(_ cue: Range<Int>, _ tokens: [Token], within segment: Range<Int>, sentence: Range<Int>) -> Int? {
        guard cue.count == 1, tokens[cue.lowerBound].lemma == "ない", cue.upperBound < sentence.upperBound else { return nil }
        if cue.lowerBound - 2 > segment.lowerBound, tokens[cue.lowerBound - 1].lemma == "よる", tokens[cue.lowerBound - 2].lemma == "に" {
            let particle = cue.lowerBound - 2
            var start = particle
            while start > segment.lowerBound, tokens[start - 1].kind == .word || tokens[start - 1].kind == .number { start -= 1 }
            return start < particle ? start : nil
        }
        guard tokens[cue.upperBound].kind != .mark else { return nil }
        var copula = cue.lowerBound - 1
        if copula > segment.lowerBound, tokens[copula].lemma == "は" { copula -= 1 }
        guard copula > segment.lowerBound, tokens[copula].lemma == "で" || tokens[copula].lemma == "だ" else { return nil }
        var start = copula
        while start > segment.lowerBound, tokens[start - 1].kind == .word || tokens[start - 1].kind == .number { start -= 1 }
        // 「…格上げされたわけではないこと」「…のではないと」: a nominalizer before ではない makes a
        // predicate of the clause before it, and the negation denies all of it, not a noun. (Not
        // in のではないか, a question that asserts what it asks.)
        if copula - start == 1, nominalizers.contains(tokens[start].lemma), tokens[cue.upperBound].lemma != "か" { return nil }
        return start < copula ? start : nil
    }

    /// Where the relative clause of an attributive negation starts: ない before a noun (施政下にない
    /// 地域, 権限のない部隊) negates the clause that describes the noun, which starts after the
    /// nearest 、 or topic は, not the sentence's own subject and object (「第五条の適用範囲を、
    /// 我が国の施政下にない地域にまで拡げる」). Nil for a negation that ends a predicate.
    /// Nouns that make a predicate a noun (とらないこととする, 行わないものとする): the negation
    /// before them still ends the sentence's predicate. (ん is the spoken の: 「…わけではないんです」.)
    static let nominalizers: Set<String> = ["こと", "もの", "の", "ん", "よう", "ところ", "わけ", "はず", "旨"]

    /// Where an adverbial negation's reach starts: 〜することなく、〜せずに modify the predicate after
    /// them, and deny only what stands after the subject or topic (「核兵器を搭載した艦船の寄港は、事前協議の
    /// 対象とすることなく、これを認める」 permits the port call). Nil for a negation that ends a predicate.
    static func adverbialNegationStart(_ cue: Range<Int>, in text: AnalyzedText, within segment: Range<Int>) -> Int? {
        let tokens = text.tokens
        guard cue.count == 1, tokens[cue.lowerBound].lemma == "ない", cue.upperBound < tokens.count else { return nil }
        let next = tokens[cue.upperBound]
        // ず before 、 ends a predicate and goes on to the next (「…想定されておらず、…維持される」);
        // only せずに is an adverb.
        let zu = text.quote(cue) == "ず"
        guard (next.kind == .mark && next.lemma == "、" && !zu) || (next.kind == .particle && next.lemma == "に") else { return nil }
        // 「…話はこの計画にはなく、」: ない after には says that a thing is not in a place or a
        // document; it ends the clause's predicate and denies all of it.
        if cue.lowerBound >= segment.lowerBound + 2, tokens[cue.lowerBound - 1].lemma == "は",
           tokens[cue.lowerBound - 2].kind == .particle, tokens[cue.lowerBound - 2].lemma == "に" {
            return nil
        }
        // A subject or topic after a noun, not the は of ではなく.
        let topic = (segment.lowerBound..<cue.lowerBound).last { index in
            tokens[index].kind == .particle && ["は", "が"].contains(tokens[index].lemma) && index > segment.lowerBound
                && [.word, .verb, .number].contains(tokens[index - 1].kind) && index + 1 < cue.lowerBound
        }
        return topic.map { $0 + 1 }
    }

    /// Where the reach of ず before 、 starts when the hit goes on into the next predicate: a topic
    /// set off by its comma belongs to the sentence's last predicate, not to the one ず denies
    /// (「敵基地への攻撃は、米軍に頼らず、自衛隊単独で行う」 denies the reliance, not the attack).
    /// A topic or subject without its comma starts the reach too: 「…排除について、日本は主たる責任を負わず、
    /// 米軍の打撃力に委ねる」 denies Japan the responsibility, not the handing over of the repulse.
    /// Nil when every matched word stands before the negation (「核持ち込みは、想定されておらず、」).
    /// Particles that make a noun the matter spoken of, before the は of a topic: 「核兵器搭載については」.
    static let topicMarkers: Set<String> = ["について", "に関して", "に対して"]

    static func topicOfNextPredicate(_ cue: Range<Int>, in text: AnalyzedText, within segment: Range<Int>, matched: [Range<Int>]) -> Int? {
        let tokens = text.tokens
        guard cue.count == 1, text.quote(cue) == "ず", cue.upperBound < tokens.count,
              tokens[cue.upperBound].kind == .mark, tokens[cue.upperBound].lemma == "、",
              matched.contains(where: { $0.lowerBound >= cue.upperBound })
        else { return nil }
        return (segment.lowerBound..<cue.lowerBound).last { index in
            (tokens[index].kind == .mark && tokens[index].lemma == "、" && index > segment.lowerBound
                && tokens[index - 1].kind == .particle && tokens[index - 1].lemma == "は")
                || (tokens[index].kind == .particle && ["は", "が"].contains(tokens[index].lemma) && index > segment.lowerBound
                    && ([.word, .number].contains(tokens[index - 1].kind) || topicMarkers.contains(tokens[index - 1].lemma))
                    // (A nominalised act is what ず denies: 「規定を改めることは想定しておらず、」.)
                    && !nominalizers.contains(tokens[index - 1].lemma)
                    && index + 1 < cue.lowerBound)
        }.map { $0 + 1 }
    }

    /// A Japanese negation that ends its clause reaches back over the segments before it that end
    /// in an adverbial negation and its 、: they modify the predicate it denies (「受入国政府の同意なく、
    /// 同国の領域内で活動してはならない」 forbids acting without consent).
    static func modifiersOfTheNegatedPredicate(_ segment: Range<Int>, clause: Range<Int>, _ text: AnalyzedText) -> Range<Int> {
        let tokens = text.tokens
        guard segment.upperBound == clause.upperBound else { return segment }
        var start = segment.lowerBound
        while start >= clause.lowerBound + 2, tokens[start - 1].kind == .mark, tokens[start - 1].lemma == "、",
              [.auxiliary, .adjective].contains(tokens[start - 2].kind), ["ない", "ず"].contains(tokens[start - 2].lemma),
              // (「…の如何にかかわらず、」「…を問わず、」 set a condition aside and deny nothing.)
              !(start >= clause.lowerBound + 3 && TextAnalyzer.regardlessVerbs.contains(tokens[start - 3].lemma)) {
            start = text.segment(of: start - 2).lowerBound
        }
        return start..<segment.upperBound
    }

    /// A negated segment that opens with a demonstrative after 、 reaches back over the segment it
    /// takes up: 「米軍に主たる責任を肩代わりさせる、そういう案ではない」 denies the plan the first
    /// segment describes.
    static func resumedSegment(_ segment: Range<Int>, in text: AnalyzedText) -> Range<Int> {
        let tokens = text.tokens
        guard let opening = segment.first(where: { tokens[$0].kind != .mark }), TextAnalyzer.resumes(tokens, at: opening),
              opening >= 2, tokens[opening - 1].kind == .mark, tokens[opening - 1].lemma == "、"
        else { return segment }
        return text.segment(of: opening - 2).lowerBound..<segment.upperBound
    }

    /// Verbs and nouns of objection: their negation approves what the topic names, and denies
    /// nothing of it (「敵基地を攻撃することは憲法に反しない」「…出動させることもためらうべきではない」).
    static let objections: Set<String> = ["反する", "違反", "抵触", "妨げる", "差し支える", "差し支え", "支障", "問題",
                                          "ためらう", "躊躇", "矛盾", "逸脱", "違憲", "違法"]
    /// How many tokens (auxiliaries, particles, する) may stand between an objection and its negation.
    static let objectionReach = 4

    /// Whether a Japanese negation denies an objection: 反しない, 問題はない, ためらうべきではない.
    static func negatesAnObjection(_ cue: Range<Int>, _ tokens: [Token]) -> Bool {
        var index = cue.lowerBound - 1
        let limit = max(0, cue.lowerBound - 1 - objectionReach)
        while index >= limit {
            let token = tokens[index]
            let light = token.kind == .auxiliary || token.kind == .particle
                || (token.kind == .verb && (token.lemma == "する" || Lemma.japanesePassives.contains(token.lemma)))
            if !light { return objections.contains(token.lemma) }
            index -= 1
        }
        return false
    }

    /// Nouns that make a clause the topic of the sentence's last predicate: 〜ことは、〜のは、.
    static let topicNominalizers: Set<String> = ["こと", "の", "もの"]

    /// Where the reach of a negation that ends its clause starts when a nominalized topic set off
    /// by its comma stands before its segment: 「自衛隊が…打撃作戦を担うことは、専守防衛の原則に照らし、
    /// 今後とも想定すべきではない」 denies the strike role, across the frame between. Nil when the
    /// negation ends no clause, or no such topic stands before its segment.
    static func nominalTopicStart(_ cue: Range<Int>, in text: AnalyzedText, segment: Range<Int>, clause: Range<Int>) -> Int? {
        let tokens = text.tokens
        guard segment.upperBound == clause.upperBound, segment.lowerBound > clause.lowerBound,
              !tokens[cue.upperBound..<clause.upperBound].contains(where: { $0.kind == .word || $0.kind == .verb })
        else { return nil }
        let topic = (clause.lowerBound..<segment.lowerBound).last { index in
            index > clause.lowerBound && index + 1 < segment.lowerBound
                && tokens[index].kind == .particle && ["は", "も"].contains(tokens[index].lemma)
                && topicNominalizers.contains(tokens[index - 1].lemma)
                && tokens[index + 1].kind == .mark && tokens[index + 1].lemma == "、"
        }
        return topic.map { text.segment(of: $0).lowerBound }
    }

    /// Demonstratives that take the sentence's topic up as the object of a later verb: 「…の行使に
    /// ついて、政府は一貫してこれを認めない立場をとってきた」 denies the topic's act.
    static let resumingObjects: Set<String> = ["これ", "それ"]
    static let resumingObjectReach = 3

    /// Where the reach of a Japanese negation starts when its verb's object is これ or それ: the
    /// start of its clause, whose topic the demonstrative takes up.
    static func resumedObjectStart(_ cue: Range<Int>, _ tokens: [Token], clause: Range<Int>) -> Int? {
        guard cue.count == 1, cue.lowerBound >= clause.lowerBound + 2 else { return nil }
        var verb = cue.lowerBound - 1
        while verb > clause.lowerBound, tokens[verb].kind == .auxiliary || Lemma.japanesePassives.contains(tokens[verb].lemma) { verb -= 1 }
        let object = (max(clause.lowerBound, verb - resumingObjectReach)..<verb).last { index in
            tokens[index].kind == .particle && ["を", "は", "も"].contains(tokens[index].lemma)
                && index > clause.lowerBound && resumingObjects.contains(tokens[index - 1].lemma)
        }
        return object == nil ? nil : clause.lowerBound
    }

    static func relativeClauseStart(_ cue: Range<Int>, _ tokens: [Token], within segment: Range<Int>) -> Int? {
        guard cue.count == 1, tokens[cue.lowerBound].lemma == "ない", cue.upperBound < segment.upperBound,
              tokens[cue.upperBound].kind == .word, !nominalizers.contains(tokens[cue.upperBound].lemma) else { return nil }
        var start = cue.lowerBound
        while start > segment.lowerBound {
            let before = tokens[start - 1]
            // (The は of ではない is the negation's own: 「…道を開くわけではない点」.)
            let copular = start - 2 >= segment.lowerBound && ["だ", "で"].contains(tokens[start - 2].lemma)
            if before.kind == .mark || (before.kind == .particle && before.lemma == "は" && !copular) { break }
            start -= 1
        }
        return start
    }
}
