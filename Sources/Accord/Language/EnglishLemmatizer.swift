import CStemmer
import Synchronization

/// English lemmas: a short table of irregular forms, then the Snowball English stemmer, so that
/// amend / amends / amended / amending / amendment meet at one form.
///
/// Not Sendable: libstemmer's stemmer keeps state between calls. It is a noncopyable value that
/// owns its stemmer, so whoever holds it is its only user; `EnglishLemmatizerPool` lends it out.
struct EnglishLemmatizer: ~Copyable {
    private let stemmer: OpaquePointer?
    /// Words seen before: a proposal's vocabulary repeats, and the stemmer is the cost.
    private var memo = ByteTable<String>()
    /// Words as a text writes them, and how the tokenizer reads them: most words of a text were
    /// read before, and reading one (NFKC, the apostrophe, the stemmer) cost more than its lookup.
    private var words = ByteTable<EnglishTokenizer.Word>()

    init() {
        stemmer = sb_stemmer_new("english", "UTF_8")
    }

    deinit { if let stemmer { sb_stemmer_delete(stemmer) } }

    /// The lemma of a lower-cased word.
    mutating func lemma(_ word: Substring) -> String {
        if let known = memo[word.utf8] { return known }
        let lemma = Self.irregular[String(word)] ?? Self.abbreviations[String(word)].map { Self.irregular[$0] ?? stem($0[...]) } ?? stem(word)
        if memo.count > 50_000 { memo.removeAll() }
        memo.set(word.utf8, lemma)
        return lemma
    }

    /// The word whose UTF-8 bytes in a text are `bytes`, as `EnglishTokenizer.read` reads it.
    mutating func word(_ bytes: ArraySlice<UInt8>) -> EnglishTokenizer.Word {
        if let known = words[bytes] { return known }
        let word = EnglishTokenizer.read(bytes, lemmatizer: &self)
        if words.count > 50_000 { words.removeAll() }
        words.set(bytes, word)
        return word
    }

    private func stem(_ word: Substring) -> String {
        // Abbreviations, numbers and words with marks in them are their own lemma.
        guard let stemmer, word.utf8.count > 2, word.utf8.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else { return String(word) }
        var bytes = Array(word.utf8)
        guard let out = sb_stemmer_stem(stemmer, &bytes, Int32(bytes.count)) else { return String(word) }
        let length = Int(sb_stemmer_length(stemmer))
        return String(decoding: UnsafeBufferPointer(start: out, count: length), as: UTF8.self)
    }

    /// Short forms that staff writing uses for whole words ("strike ops", "intl waters", "primary
    /// resp."): read as the word they stand for.
    static let abbreviations: [String: String] = [
        "ops": "operations", "op": "operation", "govt": "government", "intl": "international", "incl": "including",
        "amphib": "amphibious", "msn": "mission", "fwd": "forward", "spt": "support", "resp": "responsibility",
        "mil": "military", "reqd": "required", "req": "requirement", "coord": "coordination", "nuc": "nuclear",
    ]

    /// Forms the stemmer cannot reach: the irregular verbs drafters use, and contractions.
    static let irregular: [String: String] = {
        var table: [String: String] = [:]
        let verbs: [String: [String]] = [
            "be": ["is", "are", "was", "were", "been", "being", "am", "'s"],
            "have": ["has", "had", "having"],
            "do": ["does", "did", "done", "doing"],
            "bring": ["brought", "brings", "bringing"],
            "hold": ["held", "holds", "holding"],
            "make": ["made", "makes", "making"],
            "take": ["took", "taken", "takes", "taking"],
            "give": ["gave", "given", "gives", "giving"],
            "keep": ["kept", "keeps", "keeping"],
            "put": ["puts", "putting"],
            "set": ["sets", "setting"],
            "go": ["went", "gone", "goes", "going"],
            "get": ["got", "gotten", "gets", "getting"],
            "seek": ["sought", "seeks", "seeking"],
            "undertake": ["undertook", "undertaken", "undertakes", "undertaking"],
            "override": ["overrode", "overridden", "overrides", "overriding"],
            "rewrite": ["rewrote", "rewritten", "rewrites", "rewriting"],
            "strike": ["struck", "stricken", "strikes", "striking"],
            "shoot": ["shot", "shoots", "shooting"],
            "fight": ["fought", "fights", "fighting"],
            "lead": ["led", "leads", "leading"],
            "bind": ["bound", "binds", "binding"],
            "begin": ["began", "begun", "begins", "beginning"],
            "buy": ["bought", "buys", "buying"],
            "build": ["built", "builds", "building"],
            "lay": ["laid", "lays", "laying"],
            "leave": ["left", "leaves", "leaving"],
            "mean": ["meant", "meaning"],
            "send": ["sent", "sends", "sending"],
            "spend": ["spent", "spends", "spending"],
            "withdraw": ["withdrew", "withdrawn", "withdraws", "withdrawing"],
            "write": ["wrote", "written", "writes", "writing"],
            "forgo": ["forwent", "forgone", "forgoes", "forgoing"],
            "drop": ["dropped", "drops", "dropping"],
            "throw": ["threw", "thrown", "throws", "throwing"],
            "arise": ["arose", "arisen", "arises", "arising"],
            "choose": ["chose", "chosen", "chooses", "choosing"],
            "fall": ["fell", "fallen", "falls", "falling"],
            "find": ["found", "finds", "finding"],
            "stand": ["stood", "stands", "standing"],
            "understand": ["understood", "understands", "understanding"],
            "say": ["said", "says", "saying"],
            "tell": ["told", "tells", "telling"],
            "see": ["saw", "seen", "sees", "seeing"],
            "think": ["thought", "thinks", "thinking"],
            "know": ["knew", "known", "knows", "knowing"],
            "speak": ["spoke", "spoken", "speaks", "speaking"],
            "break": ["broke", "broken", "breaks", "breaking"],
            "hear": ["heard", "hears", "hearing"],
            "lose": ["lost", "loses", "losing"],
            "win": ["won", "wins", "winning"],
            "sell": ["sold", "sells", "selling"],
            "pay": ["paid", "pays", "paying"],
            "meet": ["met", "meets", "meeting"],
            "teach": ["taught", "teaches", "teaching"],
            "feel": ["felt", "feels", "feeling"],
            "fly": ["flew", "flown", "flies", "flying"],
            "grow": ["grew", "grown", "grows", "growing"],
        ]
        for (lemma, forms) in verbs {
            table[lemma] = lemma
            for form in forms { table[form] = lemma }
        }
        // Nouns the stemmer would make into a verb of another meaning: a destroyer destroys nothing here.
        for (noun, lemma) in ["destroyer": "destroyer", "destroyers": "destroyer", "means": "means"] {
            table[noun] = lemma
        }
        // Derived words the stemmer folds into a word of another meaning: the Constitution
        // constitutes nothing, international law is not internal law, what is important
        // imports nothing, and nothing preventive prevents. Each family keeps one lemma of its own.
        let derived: [String: [String]] = [
            "constitution": ["constitution", "constitutions", "constitutional", "constitutionally", "constitutionality"],
            "international": ["international", "internationally", "internationalize", "internationalized"],
            "conference": ["conference", "conferences"],
            "objective": ["objective", "objectives", "objectively"],
            "important": ["important", "importance", "importantly"],
            "critical": ["critical", "critically"],
            "initial": ["initial", "initially"],
            "initiative": ["initiative", "initiatives"],
            "useful": ["useful", "usefulness"],
            "positive": ["positive", "positively"],
            "preventive": ["preventive", "preventively"],
        ]
        for (lemma, forms) in derived {
            for form in forms { table[form] = lemma }
        }
        table["w/o"] = "without"
        for negative in ["not", "n't", "cannot", "can't", "won't", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't",
                         "weren't", "shouldn't", "wouldn't", "couldn't", "mustn't", "hasn't", "haven't", "hadn't", "shan't"] {
            table[negative] = "not"
        }
        return table
    }()
}

/// Lemmatizers for the threads that check: the stemmer keeps state between calls, so each
/// analysis borrows one and gives it back.
enum EnglishLemmatizerPool {
    /// A lemmatizer on the shelf. Its lock is taken once per loan and never waited for (the
    /// shelf's lock hands a slot to one thread at a time); it is what makes a slot Sendable.
    private final class Slot: Sendable {
        let lemmatizer = Mutex(EnglishLemmatizer())
    }

    private static let idle = Mutex<[Slot]>([])

    static func with<Result: Sendable>(_ body: (inout EnglishLemmatizer) -> Result) -> Result {
        let slot = idle.withLock { $0.popLast() } ?? Slot()
        defer { idle.withLock { $0.append(slot) } }
        return slot.lemmatizer.withLock { body(&$0) }
    }
}

/// Past forms read from a word and its lemma, for the readings that tell a report from a proposal.
extension EnglishLemmatizer {
    /// Whether `word` is an irregular form the table knows that is neither its lemma nor its "-s"
    /// or "-ing" form ("took", "bound", "held").
    private static func isIrregularPast(_ word: String, lemma: String) -> Bool {
        guard irregular[word] != nil, word != lemma else { return false }
        return !word.hasSuffix("s") && !word.hasSuffix("ing")
    }

    /// A past participle: "-ed", "-en", "-wn", or an irregular past ("been", "bound", "held").
    /// "would have" takes one; "would have Japan develop" does not.
    static func isParticiple(_ word: String, lemma: String) -> Bool {
        let word = word.lowercased()
        if word.hasSuffix("ed") || word.hasSuffix("en") || word.hasSuffix("wn") { return true }
        return isIrregularPast(word, lemma: lemma)
    }

    /// Verbs whose past and participle are their present form ("set aside", "let in"): the words
    /// around them tell which it is.
    static let unchangedPasts: Set<String> = ["let", "put", "set", "cut", "hit", "shut", "spread", "cast", "quit"]

    /// A verb in the past: "-ed", or an irregular past ("sought", "took"); not "-en", which ends
    /// too many other words ("between", "Aden").
    static func isPastTense(_ word: String, lemma: String) -> Bool {
        if word.hasSuffix("ed") { return word.count > 3 }
        return isIrregularPast(word, lemma: lemma)
    }
}
