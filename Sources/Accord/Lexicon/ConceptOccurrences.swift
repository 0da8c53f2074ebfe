/// Where each concept of a lexicon stands in one analysed text, found in one pass over its
/// tokens: every `says` condition of every rule reads the same few concepts of the same texts.
/// A class: each of a text's queries reads it, and a copy of its arrays counted a reference
/// for each of them.
final class ConceptOccurrences {
    /// One match of a term: its tokens. A start can hold several (a term and a longer one).
    /// `tokens` from its first word to its last; `words` the words its parts matched, without
    /// the gaps between them.
    typealias Match = (tokens: Range<Int>, words: [Range<Int>])

    /// By `Concept.number`: the concept's matches, and its exceptions' matches. A match of a
    /// term of one part is kept without its words, which are its tokens (`TermIndex`). Nil
    /// when there are none: many texts have no exception and some no match, and grouping
    /// nothing still made an array, each allocation looking up its element type at run time.
    private let matches: GroupChains<Match>?
    private let exceptions: GroupChains<Range<Int>>?

    /// `numbers`: the text's lemmas as the lexicon's numbers (`Lexicon.numbers(of:)`).
    init(_ text: AnalyzedText, numbers: [Int32], lexicon: Lexicon) {
        var matches: [(key: Int, element: Match)] = []
        var exceptions: [(key: Int, element: Range<Int>)] = []
        // Only Japanese has light tokens; an English sentence is not asked about them.
        let light = text.japanese.contains(true) ? text.tokens.map(\.kind.isLight) : []
        // Made once for the text: made at each word, the closure that reads `light` was
        // allocated and freed for every word of a Japanese text.
        let isLight: (Int) -> Bool = light.isEmpty ? { _ in false } : { light[$0] }
        var holds = SentenceLemmas(lemmaCount: lexicon.lemmaNumbers.count)
        for sentence in text.sentences {
            holds.mark(numbers[sentence])
            for start in sentence {
                // Exceptions are the expressions as written: particles count in their gaps.
                lexicon.index.forEachMatch(at: start, before: sentence.upperBound, in: numbers,
                                           isLight: isLight,
                                           lightGaps: { !$0.isException }, holds: holds) { term, tokens, words in
                    if words.count > 1, Self.gapLeavesItsPhrase(words, text.tokens) { return }
                    if Self.endsInObligation(tokens, text.tokens, before: sentence.upperBound) { return }
                    if Self.endsInDenial(words, text.tokens) { return }
                    if term.isPassive, Self.isRelativeClause(words, text.tokens) { return }
                    if term.isException {
                        // An exception denied at once excepts nothing: 「打撃は、米国に依存せず我が国
                        // 自らが担う」 is no reliance on the United States.
                        if Self.isDeniedAtOnce(tokens, text.tokens, before: sentence.upperBound) { return }
                        if Self.startsInsideAName(tokens, of: text, sentence: sentence) { return }
                        exceptions.append((term.concept, tokens))
                    } else {
                        // Room for a text's matches at the first: grown one by one, the array
                        // was made again two or three times for each text.
                        if matches.isEmpty { matches.reserveCapacity(Self.roomForMatches) }
                        matches.append((term.concept, (tokens, words)))
                    }
                }
            }
            holds.clear(numbers[sentence])
        }
        self.matches = matches.isEmpty ? nil : GroupChains(matches, groups: lexicon.concepts.count)
        self.exceptions = exceptions.isEmpty ? nil : GroupChains(exceptions, groups: lexicon.concepts.count)
    }

    /// Whether an English exception that opens on an actor and its predicate ("Japan will take the
    /// lead") opens on the last word of a longer name, which is the actor: "U.S. Forces Japan will
    /// take the lead" is no "Japan will take the lead". (A capital that opens the sentence may
    /// stand before it, "Today Japan will …", and in a text in capitals every word has one.)
    static func startsInsideAName(_ words: Range<Int>, of text: AnalyzedText, sentence: Range<Int>) -> Bool {
        let first = words.lowerBound
        guard first - 1 > sentence.lowerBound, first + 1 < sentence.upperBound, text.tokens[first].kind == .word,
              text.tokens[first - 1].kind == .word, text.tokens[first - 2].kind == .word,
              TextAnalyzer.subjectlessOpeners.contains(text.tokens[first + 1].lemma) else { return false }
        let name = text.quote(first..<(first + 1)).unicodeScalars, before = text.quote((first - 1)..<first).unicodeScalars
        return name.first?.properties.isUppercase == true && before.first?.properties.isUppercase == true
            && before.contains { $0.properties.isLowercase }
    }

    /// Whether a Japanese negation follows the words at once: after a light する (依存せず,
    /// 依存しない), or after the verb the words are the object of, with its particle (「国会の事後の
    /// 承認も経ずに」「承認を得ることなく」 are no ex post approval).
    static func isDeniedAtOnce(_ words: Range<Int>, _ tokens: [Token], before end: Int) -> Bool {
        var next = words.upperBound
        // (An object's particle only: 武力攻撃に至らない is no attack denied.)
        if next + 1 < end, tokens[next].kind == .particle, objectParticles.contains(tokens[next].lemma), tokens[next + 1].kind == .verb {
            next += 2
        } else if next < end, tokens[next].kind == .verb, tokens[next].lemma == "する" {
            next += 1
        }
        // (A passive between: 「事後の承認も求められない」.)
        if next < end, tokens[next].kind == .verb, Lemma.japanesePassives.contains(tokens[next].lemma) { next += 1 }
        if next < end, tokens[next].lemma == "こと" { next += 1 }
        return next < end && (tokens[next].kind == .auxiliary || tokens[next].kind == .adjective) && Lemma.japaneseNegations.contains(tokens[next].lemma)
    }

    /// Whether the words end in a Japanese negation that is the first half of an obligation:
    /// 「国会の承認を得なければならない」 requires the approval that 「承認を得ず」 lacks. The
    /// obligation reads ない + ば + なる (なければならない, なりません), ない + て + は + なる
    /// (なくてはならない) or ない + と + いける (ないといけない).
    static func endsInObligation(_ words: Range<Int>, _ tokens: [Token], before end: Int) -> Bool {
        let negation = words.upperBound - 1
        guard Lemma.japaneseNegations.contains(tokens[negation].lemma) else { return false }
        let rest = tokens[(negation + 1)..<min(end, negation + 4)].map(\.lemma)
        return rest.starts(with: ["ば", "なる"]) || rest.starts(with: ["て", "は", "なる"]) || rest.starts(with: ["と", "いける"])
    }

    /// Whether a negation the term holds, after a gap, is a denial of the whole predicate
    /// (ものではない, ことはない, わけではない) rather than the absence the term names: 「法律上の根拠を
    /// 欠くものではない」 is no 「法律上の根拠 … ない」.
    static func endsInDenial(_ words: [Range<Int>], _ tokens: [Token]) -> Bool {
        guard words.count > 1 else { return false }
        return words.indices.dropFirst().contains { place in
            let word = words[place], previous = words[place - 1]
            guard word.count == 1, Lemma.japaneseNegations.contains(tokens[word.lowerBound].lemma), previous.upperBound < word.lowerBound
            else { return false }
            // (「存立を脅かすものではない友好国」: before a noun, ない is a relative clause's, and the absence's.)
            if word.upperBound < tokens.count, tokens[word.upperBound].kind == .word { return false }
            let gap = tokens[previous.upperBound..<word.lowerBound].map(\.lemma)
            return denials.contains { gap.count >= $0.count && Array(gap.suffix($0.count)) == $0 }
        }
    }

    /// The endings before ない that make it deny a whole predicate (MeCab gives the で of ではない
    /// the lemma だ).
    static let denials: [[String]] = [["もの", "だ", "は"], ["わけ", "だ", "は"], ["こと", "は"]]

    /// The particles of an object that its verb may deny: 承認を得ず, 承認も経ず.
    static let objectParticles: Set<String> = ["を", "も"]

    /// Room for a text's matches made at its first: most texts have fewer.
    static let roomForMatches = 16

    /// Whether a term's words hold the whole of an exception and more, so that the term says what
    /// the exception does not: 「部隊によって攻撃される」 names who attacks, where 攻撃される alone
    /// is the attack suffered. A term that only spans an exception with its gap ("fire … at" over
    /// "fire units at") says nothing more.
    static func saysMore(_ match: Match, than exception: Range<Int>) -> Bool {
        let words = match.words.isEmpty ? [match.tokens] : match.words
        return words.contains { $0.count > exception.count && $0.lowerBound <= exception.lowerBound && $0.upperBound >= exception.upperBound }
    }

    /// Conjunctions that open a subordinate clause, which a term's gap does not cross.
    static let gapSubordinators = LemmaList(["because", "although", "though", "whereas", "unless", "whenever", "wherever", "whilst"])

    /// Whether a gap of a term's match leaves the phrase its words belong to. A lone English comma
    /// ends a phrase: "require … Japan" is not "Japan's survival, a separate decision would be
    /// required"; a parenthesis set off by two commas stays inside: "create, for each party,
    /// obligations". A Japanese term's final negation belongs to its own predicate (below).
    static func gapLeavesItsPhrase(_ words: [Range<Int>], _ tokens: [Token]) -> Bool {
        for (before, after) in zip(words, words.dropFirst()) {
            var commas = 0
            for token in tokens[before.upperBound..<after.lowerBound] {
                if token.kind == .mark, token.lemma == "," { commas += 1 }
                // So does a conjunction that opens a clause of its own: "the adversary's naval base
                // even though no armed attack" is no "adversary … attack".
                if gapSubordinators.contains(token.lemma) { return true }
            }
            if commas % 2 == 1 { return true }
        }
        // A Japanese negation that ends a term ends its own predicate, not one past a 、:
        // 「存立が脅かされ、他に適当な手段がない」 is no survival left unthreatened.
        if let last = words.last, last.count == 1, Lemma.japaneseNegations.contains(tokens[last.lowerBound].lemma), words.count > 1 {
            let gap = words[words.count - 2].upperBound..<last.lowerBound
            if tokens[gap].contains(where: { $0.kind == .mark && $0.lemma == "、" }) { return true }
            // Nor one past a topic of its own: 「法令上の根拠を欠く活動は一切行わない」 denies the
            // activity; its ない is the topic's predicate's, not the basis's. (The term's own word
            // may be the topic: 根拠はない; and a は right before the ない is the negation's own focus,
            // 事前協議を経る必要はない, unless it denies a whole event: 施行前に実施されることはなく.)
            if gap.dropFirst().contains(where: { index in
                tokens[index].kind == .particle && tokens[index].lemma == "は"
                    && (index < last.lowerBound - 1 || nominalizers.contains(tokens[index - 1].lemma))
            }) {
                return true
            }
            // Nor the ない of a predicate of its own denied, …ものではない: 「法令上の根拠を欠くものでは
            // ない」 says a basis is there. (When the predicate is the term's own word, the denial is
            // the term's: 「存立を脅かすものではない」.)
            var copula = last.lowerBound - 1
            if copula > gap.lowerBound, tokens[copula].kind == .particle, tokens[copula].lemma == "は" { copula -= 1 }
            if copula > gap.lowerBound, tokens[copula].lemma == "だ", nominalizers.contains(tokens[copula - 1].lemma),
               tokens[gap.lowerBound..<(copula - 1)].contains(where: { $0.kind == .verb || $0.kind == .adjective }) {
                return true
            }
            // Nor the ない of a verb after a noun that a predicate of the gap describes:
            // 「国連決議がある場合も変わらない」 is a resolution there, and a principle unchanged.
            // (A nominalizer or a noun of need makes no new predicate: 決議を経ることなく, 経る必要はない.)
            if gap.dropLast().contains(where: { index in
                tokens[index].kind == .verb && !lightVerbs.contains(tokens[index].lemma)
                    && tokens[index + 1].kind == .word && !nominalizers.contains(tokens[index + 1].lemma)
                    && tokens[(index + 2)..<gap.upperBound].contains { $0.kind == .verb && !lightVerbs.contains($0.lemma) }
            }) {
                return true
            }
        }
        return false
    }

    /// Verbs that carry another's predicate rather than make one: する, いる, and the passive and
    /// causative auxiliaries MeCab tags as verbs.
    static let lightVerbs: Set<String> = Lemma.japanesePassives.union(["する", "いる", "おる", "せる", "させる", "しまう", "くる", "いく"])

    /// Whether a passive's object and its verb stand in different clauses: a relative clause
    /// describes the object ("retake any island that is seized": what was done to the noun, by
    /// others as often as not), or a subordinate clause has a subject of its own ("the use of force
    /// only when Japan's survival is threatened" threatens no use of force).
    static func isRelativeClause(_ words: [Range<Int>], _ tokens: [Token]) -> Bool {
        guard words.count > 1 else { return false }
        return tokens[words[0].upperBound..<words[1].lowerBound].contains { relativePronouns.contains($0.lemma) || subordinators.contains($0.lemma) }
    }

    /// Nouns that make an event of the clause before them: こと, の, わけ, もの.
    static let nominalizers: Set<String> = ["こと", "の", "わけ", "もの"]
    static let relativePronouns: Set<String> = ["that", "which", "who", "whom", "whose"]
    static let subordinators: Set<String> = ["when", "where", "whenever", "wherever", "if", "unless", "because", "while", "whilst",
                                             "once", "until", "whether", "although", "though", "whereas"]

    /// Whether the concept has any match in the text: most texts lack one of a query's concepts.
    func occurs(_ concept: Concept) -> Bool { matches.map { !$0.isEmpty(group: concept.number) } ?? false }

    /// Whether each of the concepts has a match inside `clause`, its exceptions aside: a clause
    /// that lacks one of a query's concepts, as most do, is passed over before any array is made
    /// for it.
    func occurAll(_ concepts: [Concept], in clause: Range<Int>) -> Bool {
        guard let matches else { return concepts.isEmpty }
        for concept in concepts {
            let inside = matches.contains(inGroup: concept.number) { clause.contains($0.tokens.lowerBound) && $0.tokens.upperBound <= clause.upperBound }
            if !inside { return false }
        }
        return true
    }

    /// Whether `occurrences(of:in:)` finds any, without making its arrays: a `names` condition
    /// asks it of every sentence of every value of a list (a proposal's legal bases).
    func occurs(_ concept: Concept, in range: Range<Int>) -> Bool {
        guard let matches else { return false }
        return matches.contains(inGroup: concept.number) { match in
            guard range.contains(match.tokens.lowerBound), match.tokens.upperBound <= range.upperBound else { return false }
            let excepted = exceptions?.contains(inGroup: concept.number) { exception in
                exception.overlaps(range) && exception.overlaps(match.tokens) && !Self.saysMore(match, than: exception)
            }
            return excepted != true
        }
    }

    /// Whether every one of the concepts has a match in the text.
    func occurAll(_ concepts: [Concept]) -> Bool {
        for concept in concepts where !occurs(concept) { return false }
        return true
    }

    /// The concept's matches that lie inside `clause` and inside none of its exceptions, the
    /// longest at each start. `countingExceptions: false` keeps the excepted ones too: an actor
    /// named as the subject is one whatever its exceptions say it does ("U.S. forces support").
    func occurrences(of concept: Concept, in clause: Range<Int>, countingExceptions: Bool = true) -> [Match] {
        var found: [Match] = []
        guard let matches else { return found }
        var excepted: [Range<Int>] = []
        if countingExceptions {
            exceptions?.forEach(inGroup: concept.number) { if $0.overlaps(clause) { excepted.append($0) } }
        }
        matches.forEach(inGroup: concept.number) { match in
            guard clause.contains(match.tokens.lowerBound), match.tokens.upperBound <= clause.upperBound else { return }
            if excepted.contains(where: { $0.overlaps(match.tokens) && !Self.saysMore(match, than: $0) }) { return }
            if let last = found.last, last.tokens.lowerBound == match.tokens.lowerBound {
                if match.tokens.count > last.tokens.count { found[found.count - 1] = match }
            } else {
                found.append(match)
            }
        }
        for index in found.indices where found[index].words.isEmpty { found[index].words = [found[index].tokens] }
        return found
    }
}
