/// Named ideas and the words drafters use for them, in English and Japanese, matched on lemmas:
/// what `says:` conditions are written in. Advisors edit it in `Rules/lexicon.yaml`.
public final class Lexicon: Sendable {
    public let concepts: [Concept]
    private let byID: [String: Concept]
    /// The lemmas of its terms and cues as numbers, in the order first met: a text's words are
    /// looked up once, and terms are then matched by comparing numbers, not strings.
    let lemmaNumbers: ByteTable<Int32>
    /// Every term of every concept and exception, with the concept it counts for: a text is
    /// searched once for all of them, whatever its rules ask.
    let index: TermIndex<ConceptTerm>
    /// The context cues, list by list in the order of `ContextCues.sections`: a sentence is
    /// searched once for all five lists.
    let cueIndex: TermIndex<CueTerm>

    /// The lexicon as compiled from its files: `terms` are each concept's terms and exceptions,
    /// by `Concept.number`.
    convenience init(concepts: [Concept], terms: [(terms: TermSet, except: TermSet)], context: ContextCues) {
        var numbers = ByteTable<Int32>(minimumCapacity: 4_096)
        func numbered(_ term: Term) -> [[Int32]] {
            term.parts.map { part in
                part.map { lemma in
                    if let known = numbers[lemma] { return known }
                    let next = Int32(numbers.count)
                    numbers.set(lemma.utf8, next)
                    return next
                }
            }
        }
        // One entry per term of each concept, in the order the lexicon gives them, so that matches
        // come out the same on every run. A term that two concepts share (through `include`) is
        // looked for twice; merging them cost more at load than it saves.
        var conceptTerms: [(parts: [[Int32]], payload: ConceptTerm)] = []
        for concept in concepts {
            let (set, except) = terms[concept.number]
            for term in set.all { conceptTerms.append((numbered(term), ConceptTerm(concept: concept.number, isException: false, isPassive: term.isPassive))) }
            for term in except.all { conceptTerms.append((numbered(term), ConceptTerm(concept: concept.number, isException: true, isPassive: false))) }
        }
        var cueTerms: [(parts: [[Int32]], payload: CueTerm)] = []
        for (section, list) in ContextCues.sections.enumerated() {
            for term in context[keyPath: list.keyPath].all { cueTerms.append((numbered(term), CueTerm(section: section, japanese: term.japanese))) }
        }
        self.init(concepts: concepts, lemmaNumbers: numbers, index: TermIndex(conceptTerms), cueIndex: TermIndex(cueTerms))
    }

    /// A lexicon from its parts, as `CompiledLexiconCache` keeps them.
    init(concepts: [Concept], lemmaNumbers: ByteTable<Int32>, index: TermIndex<ConceptTerm>, cueIndex: TermIndex<CueTerm>) {
        self.concepts = concepts
        byID = Dictionary(concepts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.lemmaNumbers = lemmaNumbers
        self.index = index
        self.cueIndex = cueIndex
    }

    /// Each token's lemma as this lexicon's number, -1 for a lemma none of its terms or cues has.
    /// A Japanese noun that is a verb's stem (書き換え, 持ち込み, which MeCab gives as nouns) and
    /// is no term of its own is its verb: 「第5条の書き換えに踏み込む」 rewrites as 書き換える does.
    func numbers(of tokens: [Token]) -> [Int32] {
        tokens.map { token in
            if let known = lemmaNumbers[token.lemma] { return known }
            guard token.kind == .word else { return -1 }
            for verb in JapaneseVerbStem.verbs(of: token.lemma) {
                if let known = lemmaNumbers[verb] { return known }
            }
            return -1
        }
    }

    /// The lemma that `number` stands for.
    func lemma(_ number: Int32) -> String { String(decoding: lemmaNumbers.key(at: Int(number)), as: UTF8.self) }

    public static let empty = Lexicon(concepts: [], terms: [], context: ContextCues())

    public func concept(_ id: String) -> Concept? { byID[id] }
}

/// One idea: its meaning and how it is written. Its terms, its own and those of the concepts it
/// includes, are in its lexicon's `index`.
public final class Concept: Sendable {
    public let id: String
    /// Its place in its lexicon's `concepts`.
    let number: Int
    public let meaning: String
    /// The concepts it includes, by id, as written.
    public let includes: [String]
    /// Its own terms and exceptions as written, for `accord explain`.
    public var written: [(language: String, text: String)] { writtenForms.terms }
    public var exceptWritten: [String] { writtenForms.exceptions }
    let writtenForms: WrittenForms
    public let location: SourceLocation

    init(id: String, number: Int, meaning: String, includes: [String], written: WrittenForms, location: SourceLocation) {
        self.number = number
        self.id = id
        self.meaning = meaning
        self.includes = includes
        self.writtenForms = written
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

    mutating func insert(_ term: Term) { all.append(term) }

    /// Adds the terms of `other` that this set lacks; only compiling a lexicon asks this, so the
    /// set of lemmas it compares is made here, not kept.
    mutating func formUnion(_ other: TermSet) {
        var present = Set(all)
        for term in other.all where present.insert(term).inserted { insert(term) }
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

    /// The polite form of a Japanese term that ends in a verb's ない: 「なければならない」 also
    /// reads 「なければなりません」, 「同意を得ない」 「同意を得ません」 (MeCab: なる ます ん). Nil for any
    /// other term, and for a bare ない (「根拠 … ない」), whose polite form has a verb of its own.
    var polite: Term? {
        guard japanese, let last = parts.last, last.count >= 2, last.last == "ない" else { return nil }
        var polite = parts
        polite[polite.count - 1] = Array(last.dropLast()) + Self.politeNegation
        return Term(parts: polite, text: text, japanese: true, isPassive: isPassive)
    }

    static let politeNegation = ["ます", "ん"]

    /// A phrasal verb with its object between verb and particle, as drafters write it when the
    /// object is short: "shoot down" also reads "shoot the drone down", "wipe out" reads "wipe the
    /// garrison out". Nil for a term that is no verb and particle, and for verbs that take no
    /// object there ("stand aside", "touch down").
    var separated: Term? {
        guard !japanese, parts.count == 1, parts[0].count == 2, Self.separableParticles.contains(parts[0][1]),
              !Self.nonVerbs.contains(parts[0][0]), !Self.intransitivePhrasalVerbs.contains(parts[0][0])
        else { return nil }
        return Term(parts: [[parts[0][0]], [parts[0][1]]], text: text, japanese: false)
    }

    /// Particles that may stand after the object ("over" mostly may not: "prevail over").
    private static let separableParticles = LemmaList(["down", "out", "up", "off", "aside", "away", "back"])
    /// Verbs whose phrasal forms take no object between verb and particle.
    private static let intransitivePhrasalVerbs = LemmaList(["stand", "sit", "touch", "stop", "fall", "come", "go", "get",
                                                             "step", "back", "stay", "lie", "look"])

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
