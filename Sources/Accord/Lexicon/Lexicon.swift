/// Named ideas and the words drafters use for them, in English and Japanese, matched on lemmas:
/// what `says:` conditions are written in. Advisors edit it in `Rules/lexicon.yaml`.
public final class Lexicon: Sendable {
    public let concepts: [Concept]
    /// The cues that decide whether a hit counts: negation and reported speech.
    let context: ContextCues
    private let byID: [String: Concept]
    /// The lemmas of its terms and cues as numbers: a text's words are looked up once, and terms
    /// are then matched by comparing numbers, not strings.
    private let lemmaNumbers: ByteTable<Int32>
    /// Every term of every concept and exception, with the concept it counts for
    /// (`Concept.number`): a text is searched once for all of them, whatever its rules ask.
    let index: TermIndex<(concept: Int, isException: Bool, isPassive: Bool)>
    /// The context cues, list by list in the order of `ContextCues.sections` (`section` is its
    /// place there): a sentence is searched once for all five lists.
    let cueIndex: TermIndex<(term: Term, section: Int)>

    /// `lemmas`: the numbers of the lemmas, when the terms come already numbered
    /// (`TermSet.numbered`, from `CompiledLexiconCache`): hashing each term's lemmas again was a
    /// quarter of taking a compiled lexicon.
    init(concepts: [Concept], context: ContextCues, lemmas: [String] = []) {
        self.concepts = concepts
        self.context = context
        byID = Dictionary(concepts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var numbers = ByteTable<Int32>(minimumCapacity: max(4_096, lemmas.count))
        for (place, lemma) in lemmas.enumerated() { numbers.set(lemma.utf8, Int32(place)) }
        func number(_ lemma: String) -> Int32 {
            if let known = numbers[lemma] { return known }
            let next = Int32(numbers.count)
            numbers.set(lemma.utf8, next)
            return next
        }
        func numbered(_ set: TermSet) -> [[[Int32]]] {
            if !lemmas.isEmpty, let given = set.numbered { return given }
            return set.all.map { $0.parts.map { $0.map(number) } }
        }
        // One entry per term of each concept, in the order the lexicon gives them, so that matches
        // come out the same on every run. A term that two concepts share (through `include`) is
        // looked for twice; merging them cost more at load than it saves.
        var index = TermIndex<(concept: Int, isException: Bool, isPassive: Bool)>()
        for concept in concepts {
            for (term, parts) in zip(concept.terms.all, numbered(concept.terms)) { index.insert(parts, (concept.number, false, term.isPassive)) }
            for parts in numbered(concept.except) { index.insert(parts, (concept.number, true, false)) }
        }
        var cueIndex = TermIndex<(term: Term, section: Int)>()
        for (section, list) in ContextCues.sections.enumerated() {
            let set = context[keyPath: list.keyPath]
            for (term, parts) in zip(set.all, numbered(set)) { cueIndex.insert(parts, (term, section)) }
        }
        lemmaNumbers = numbers
        self.index = index
        self.cueIndex = cueIndex
    }

    /// Each token's lemma as this lexicon's number, -1 for a lemma none of its terms or cues has.
    func numbers(of tokens: [Token]) -> [Int32] {
        tokens.map { lemmaNumbers[$0.lemma] ?? -1 }
    }

    public static let empty = Lexicon(concepts: [], context: ContextCues())

    public func concept(_ id: String) -> Concept? { byID[id] }
}

/// One idea: its meaning and its terms, its own and those of the concepts it includes.
public final class Concept: Sendable {
    public let id: String
    /// Its place in its lexicon's `concepts`.
    let number: Int
    public let meaning: String
    /// The concepts it includes, by id, as written.
    public let includes: [String]
    /// Its own terms and those of every concept it includes.
    let terms: TermSet
    /// Longer expressions that hold one of its terms and mean something else ("carrier strike
    /// group" for `strike`): a term inside one of them does not count.
    let except: TermSet
    /// Its own terms and exceptions as written, for `accord explain`.
    public let written: [(language: String, text: String)]
    public let exceptWritten: [String]
    public let location: SourceLocation

    init(id: String, number: Int, meaning: String, includes: [String], terms: TermSet, except: TermSet,
         written: [(language: String, text: String)], exceptWritten: [String], location: SourceLocation) {
        self.number = number
        self.exceptWritten = exceptWritten
        self.id = id
        self.meaning = meaning
        self.includes = includes
        self.terms = terms
        self.except = except
        self.written = written
        self.location = location
    }
}

/// A word or expression as lemmas. A gap (`…` in the lexicon) between parts lets up to
/// `Term.gap` tokens stand between them: "without … consent".
struct Term: Sendable, Hashable {
    var parts: [[String]]
    var text: String
    var japanese: Bool
    /// Made by `passive` from a written term, not written itself.
    var isPassive = false

    /// Two terms are one when their lemmas are, however they are written.
    static func == (a: Term, b: Term) -> Bool { a.parts == b.parts }
    func hash(into hasher: inout Hasher) { hasher.combine(parts) }

    static let gap = 6
    /// How many tokens a gap may hold with its light ones (Japanese particles and auxiliaries, which
    /// MeCab cuts apart: 武力を相手国の後方地域にまで行使 holds four words and four particles).
    static let lightReach = 12

    var first: String { parts[0][0] }
}

/// Terms in the order they were given (a dictionary's order changes from run to run).
struct TermSet: Sendable {
    private(set) var all: [Term] = []
    /// Each term's lemmas as the numbers of a compiled lexicon's lemma table, when it was read
    /// from one (`CompiledLexiconCache`); nil for terms as analysed.
    private(set) var numbered: [[[Int32]]]?

    mutating func insert(_ term: Term) {
        all.append(term)
        numbered = nil
    }

    mutating func insert(_ term: Term, numbered parts: [[Int32]]) {
        if all.isEmpty { numbered = [] }
        all.append(term)
        numbered?.append(parts)
    }

    /// Adds the terms of `other` that this set lacks; only compiling a lexicon asks this, so the
    /// set of lemmas it compares is made here, not kept.
    mutating func formUnion(_ other: TermSet) {
        var present = Set(all)
        for term in other.all where present.insert(term).inserted { insert(term) }
    }
}

extension Term {
    /// The tokens each part matched, if the term starts at `start`: the words of a gap between
    /// them are not the term's ("creates no obligations" holds a negation inside "create … obligation").
    /// `isLight` tells the tokens that a gap holds without counting them (`TermIndex.forEachMatch`).
    static func matchedWords<Lemma: Equatable>(_ parts: [[Lemma]], at start: Int, before limit: Int, _ lemma: (Int) -> Lemma,
                                               isLight: (Int) -> Bool = { _ in false }) -> [Range<Int>]? {
        // Walked once without keeping the words: most tries fail on a later part ("no … consent"
        // at every "no"), and an array for each try cost more than walking again.
        guard walk(parts, at: start, before: limit, lemma, isLight, { _ in }) else { return nil }
        var words: [Range<Int>] = []
        words.reserveCapacity(parts.count)
        _ = walk(parts, at: start, before: limit, lemma, isLight) { words.append($0) }
        return words
    }

    /// Whether the term starts at `start`, telling `found` the words of each part.
    private static func walk<Lemma: Equatable>(_ parts: [[Lemma]], at start: Int, before limit: Int, _ lemma: (Int) -> Lemma,
                                               _ isLight: (Int) -> Bool, _ found: (Range<Int>) -> Void) -> Bool {
        var index = start
        for (number, part) in parts.enumerated() {
            if number > 0 {
                // The next part may start after up to `gap` tokens that count (and `lightReach` in
                // all); the nearest start is taken.
                var words: Range<Int>?
                var candidate = index
                var counted = 0
                while candidate < min(limit, index + Term.lightReach + 1) {
                    if let end = matchedPart(part, at: candidate, before: limit, lemma) {
                        // A part that is itself light (the ない of 根拠 … ない) reaches only `gap`
                        // tokens of any kind: it would otherwise take a negation further on for its own.
                        if !isLight(candidate) || candidate - index <= Term.gap { words = candidate..<end }
                        break
                    }
                    if !isLight(candidate) {
                        counted += 1
                        if counted > Term.gap { break }
                    }
                    candidate += 1
                }
                guard let words else { return false }
                found(words)
                index = words.upperBound
            } else {
                guard let end = matchedPart(part, at: index, before: limit, lemma) else { return false }
                found(index..<end)
                index = end
            }
        }
        return true
    }

    /// Where `part` ends if its words stand from `start` on, before `limit`.
    static func matchedPart<Lemma: Equatable>(_ part: [Lemma], at start: Int, before limit: Int, _ lemma: (Int) -> Lemma) -> Int? {
        guard start + part.count <= limit else { return nil }
        for (offset, expected) in part.enumerated() where lemma(start + offset) != expected { return nil }
        return start + part.count
    }
}

extension Term {
    /// The passive of an English term "VERB … OBJECT", which drafters write with the object first:
    /// "strike … base" also reads "enemy bases on the mainland are to be struck", "create …
    /// obligations" reads "obligations will be created". Nil for a term that cannot have one: a
    /// Japanese term (MeCab's base forms already make 持ち込まれる 持ち込む), and one that opens with
    /// a word that is no verb ("without … consent").
    var passive: Term? {
        guard !japanese, parts.count == 2, parts[0].count <= 2, !Self.nonVerbs.contains(parts[0][0]) else { return nil }
        // The object without its determiner ("amend … the Treaty": "the Treaty shall be amended"
        // is found at "Treaty"), which would also make the term a candidate at every "the".
        let object = parts[1].drop { Self.nonVerbs.contains($0) }
        guard !object.isEmpty else { return nil }
        return Term(parts: [Array(object), [Self.be], parts[0]], text: text, japanese: false, isPassive: true)
    }

    private static let be = "be"
    /// Words that open a term without being its verb.
    private static let nonVerbs = LemmaList([
        "without", "no", "not", "never", "in", "of", "by", "to", "for", "on", "at", "with", "from", "under", "any", "all",
        "the", "a", "an", "and", "or", "be", "have", "regardless", "irrespective", "outside", "beyond",
        "before", "after", "upon", "into", "over", "against", "across", "between", "within", "absent", "neither",
        "nor", "whether", "if", "unless", "until", "this", "that", "its", "their", "such", "other", "only", "as", "so",
        "than", "more", "each", "every", "both", "either",
    ])
}

/// Cues from the lexicon's `context:` section. Negation scopes follow the languages' word order:
/// an English cue reaches to the end of its clause, a Japanese one (the predicate's ending) back
/// to the clause's start.
struct ContextCues: Sendable {
    /// "not", "never", "without"; ない, ぬ.
    var negation = TermSet()
    /// Negate their whole clause: "is not", "is ruled out".
    var clauseNegation = TermSet()
    /// Negate their whole sentence: "nothing in", "in no case", "neither".
    var sentenceNegation = TermSet()
    /// Look like a negation and are none: "not only", "no later than", なければならない.
    var pseudoNegation = TermSet()
    /// The sentence reports something rejected, withdrawn or hypothetical.
    var reported = TermSet()

    // Made when asked (a lexicon's load, `accord explain`): key paths are not Sendable, so a
    // stored table would be shared mutable state to the compiler.
    static var sections: [(id: String, meaning: String, keyPath: WritableKeyPath<ContextCues, TermSet>)] { [
        ("negation", "negates the rest of its clause (English) or what precedes it in its clause (Japanese)", \.negation),
        ("clause-negation", "negates its whole clause", \.clauseNegation),
        ("sentence-negation", "negates its whole sentence", \.sentenceNegation),
        ("pseudo-negation", "looks like a negation and is none", \.pseudoNegation),
        ("reported", "reports its sentence as rejected, withdrawn or hypothetical", \.reported),
    ] }
}
