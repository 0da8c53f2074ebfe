/// One free-text value of a proposal analysed into clauses and lemmas, and placed in the source
/// as `says` conditions ask. A class, so that every condition shares what one built.
final class TextAnalysisScan {
    let node: YAMLNode
    /// Cut into clauses when a query first needs them.
    private(set) var analysis: AnalyzedText
    private var places: [SpanLocator.Place]?
    /// The concepts of the one lexicon the checker's rules use, found once for all of them.
    private var concepts: (lexicon: ObjectIdentifier, occurrences: ConceptOccurrences)?
    /// The lexicon's context cues by sentence (its first token), found when a hit first needs them.
    private var cues: (lexicon: ObjectIdentifier, bySentence: [Int: ContextOccurrences])?

    init(node: YAMLNode) {
        self.node = node
        analysis = TextAnalyzer.words(node.scalarText ?? "")
    }

    /// The text's lemmas as the lexicon's numbers, for its concepts and its cues.
    private var numbered: (lexicon: ObjectIdentifier, numbers: [Int32])?

    private func numbers(_ lexicon: Lexicon) -> [Int32] {
        let identity = ObjectIdentifier(lexicon)
        if let numbered, numbered.lexicon == identity { return numbered.numbers }
        let numbers = lexicon.numbers(of: analysis.tokens)
        numbered = (identity, numbers)
        return numbers
    }

    /// Where the lexicon's concepts stand in the text, found once.
    private func occurrences(_ lexicon: Lexicon) -> ConceptOccurrences {
        let identity = ObjectIdentifier(lexicon)
        if let concepts, concepts.lexicon == identity { return concepts.occurrences }
        let found = ConceptOccurrences(analysis, numbers: numbers(lexicon), lexicon: lexicon)
        concepts = (identity, found)
        return found
    }

    /// Whether the text holds a term of the concept anywhere (a name: a statute, an instrument).
    func names(_ concept: Concept, in lexicon: Lexicon) -> Bool {
        let found = occurrences(lexicon)
        return analysis.sentences.contains { found.occurs(concept, in: $0) }
    }

    /// What each clause that a hit landed in says of itself, by its first token.
    private var readings: [Int: ClauseReadings] = [:]

    /// The hits of the queries asked so far. A rule that fails is evaluated twice,
    /// for its truth and then for its explanation, and rules share queries: the clauses were read
    /// again for each (a query's hits depend on the text and the query alone).
    private var knownHits: [(query: ConceptQuery, hits: [ConceptHit])] = []

    /// The clauses that hold every concept of the query, with their suppression if any.
    func hits(_ query: ConceptQuery) -> [ConceptHit] {
        let found = occurrences(query.lexicon)
        guard found.occurAll(query.concepts) else { return [] }
        if let known = knownHits.first(where: { $0.query.findsTheSameHits(as: query) }) { return known.hits }
        let hits = readHits(query, found)
        knownHits.append((query, hits))
        return hits
    }

    private func readHits(_ query: ConceptQuery, _ found: ConceptOccurrences) -> [ConceptHit] {
        let lexicon = ObjectIdentifier(query.lexicon)
        TextAnalyzer.cutClauses(&analysis)
        return ConceptMatcher.hits(query, in: analysis, found) { sentence in
            if cues?.lexicon != lexicon { cues = (lexicon, [:]) }
            if let known = cues!.bySentence[sentence.lowerBound] { return known }
            let found = ContextOccurrences(query.lexicon, numbers: numbers(query.lexicon), sentence: sentence)
            cues!.bySentence[sentence.lowerBound] = found
            return found
        } readings: { clause in
            if let known = readings[clause.lowerBound] { return known }
            let sentence = analysis.sentence(of: clause.lowerBound)
            let found = ClauseReadings(clause: clause, sentence: sentence, japanese: analysis.isJapanese(sentence))
            readings[clause.lowerBound] = found
            return found
        }
    }

    /// Where the text's UTF-8 offset `offset` stands in the source.
    func location(of quote: String, at offset: Int, in view: ProposalView) -> SourceLocation {
        if places == nil { places = SpanLocator.places(of: analysis.text, node: node, source: view.proposal.source) }
        return SpanLocator.locate(quote, at: offset, places: places ?? [], node: node, lines: { view.sourceLines }, path: view.proposal.path)
    }

    /// A hit as a finding shows it: the sentence, and the words that matched each concept.
    func textHit(_ hit: ConceptHit, in view: ProposalView) -> TextHit {
        let tokens = analysis.tokens
        func place(_ range: Range<Int>) -> (String, SourceLocation) {
            let quote = analysis.quote(range)
            return (quote, location(of: quote, at: tokens[range.lowerBound].start, in: view))
        }
        // The sentence with its closing marks: 。 . ) 」.
        var end = tokens[hit.sentence.upperBound - 1].end
        let bytes = Array(analysis.text.utf8)
        while end < bytes.count, let scalar = String(decoding: bytes[end...].prefix(3), as: UTF8.self).unicodeScalars.first,
              ".。!?！？)）」』\"”".unicodeScalars.contains(scalar) {
            end += scalar.utf8.count
        }
        let sentence = analysis.quote(from: tokens[hit.sentence.lowerBound].start, to: end)
        let parts = hit.parts.map { part in
            let (quote, at) = place(part.tokens)
            return ConceptPart(concept: part.concept, quote: quote, location: at)
        }
        let first = parts.min { $0.location < $1.location }?.location ?? view.location(of: node)
        let note: String
        switch hit.suppression {
        case nil:
            if let denial = hit.denial {
                note = "denied by '\(analysis.quote(denial))', as the rule looks for"
            } else {
                note = hit.pseudoNegation.map { "'\(analysis.quote($0))' is no negation" } ?? "nothing in its clause negates it, and its sentence reports no rejected or hypothetical text"
            }
        case .negated(let cue, _): note = "negated by '\(analysis.quote(cue))'"
        case .reported(let cue): note = "reported as rejected or hypothetical ('\(analysis.quote(cue))')"
        case .past(let cue): note = "a past event ('\(analysis.quote(cue))'), not a plan"
        case .lawInForce(let cue): note = "what a law in force provides ('\(analysis.quote(cue))'), not a plan"
        case .asked(let cue): note = "a question ('\(analysis.quote(cue))'), which asserts nothing"
        case .unless(let concept, let cue): note = "excepted: it says \(concept) ('\(analysis.quote(cue))')"
        case .actedOnBy(let concept, let subject): note = "excepted: its subject is \(concept) ('\(analysis.quote(subject))'), which acts on what it names"
        case .affirmed: note = "affirmed, and the rule looks for its denial"
        }
        return TextHit(quote: sentence, location: first, parts: parts, note: note)
    }
}
