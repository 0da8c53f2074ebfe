/// Reads lexicon files (`concepts:` and `context:`), strictly: unknown keys, duplicate ids and
/// terms, unknown or circular includes, empty concepts and terms the analyser reduces to nothing
/// are errors at their line and column.
struct LexiconReader {
    private struct Entry {
        var id: String
        var meaning: String
        var includes: [(id: String, location: SourceLocation)]
        var terms: [Term]
        var except: [Term]
        var exceptWritten: [String]
        var written: [(language: String, text: String)]
        var location: SourceLocation
    }

    var problems: [Diagnostic] = []
    /// Lemmas of terms from earlier runs, and where this run's are kept.
    private let cache = TermLemmaCache()
    private var entries: [Entry] = []
    private var context = ContextCues()
    private var contextSeen: [String: SourceLocation] = [:]

    static func isLexicon(_ root: YAMLNode) -> Bool {
        root.mappingPairs?.contains { $0.key.scalarText == "concepts" || $0.key.scalarText == "context" } ?? false
    }

    mutating func read(_ root: YAMLNode, path: String) {
        guard var file = StrictMapping(root, path: path, what: "a lexicon file", problems: &problems) else { return }
        problems += file.unknownKeys(allowed: ["concepts", "context"])
        for item in list(file.value("concepts"), "concepts", path) { readConcept(item, path: path) }
        for item in list(file.value("context"), "context", path) { readContext(item, path: path) }
    }

    private mutating func list(_ node: YAMLNode?, _ key: String, _ path: String) -> [YAMLNode] {
        guard let node else { return [] }
        guard let items = node.sequenceItems else {
            problems.append(Diagnostic(node.location(in: path), "`\(key)` must be a list", hint: "write each entry as a `- id: ...` item"))
            return []
        }
        return items
    }

    private mutating func readConcept(_ node: YAMLNode, path: String) {
        guard var map = StrictMapping(node, path: path, what: "a concept", problems: &problems) else { return }
        problems += map.unknownKeys(allowed: ["id", "meaning", "en", "ja", "include", "except"])
        let id = map.text("id", &problems, hint: "a lower-case-hyphenated name, e.g. `security-arrangements`")
        let meaning = map.text("meaning", &problems, hint: "one line saying what the concept covers")
        var includes: [(String, SourceLocation)] = []
        for item in list(map.value("include"), "include", path) {
            guard let name = item.scalarText, case .string = item.scalarValue ?? .null else {
                problems.append(Diagnostic(item.location(in: path), "an included concept is named by its id", hint: "e.g. `include: [japanese-forces]`"))
                continue
            }
            includes.append((name, item.location(in: path)))
        }
        let (terms, written) = readTerms(&map, path: path, owner: id ?? "")
        var except: [Term] = []
        for item in list(map.value("except"), "except", path) {
            guard case .string(let text) = item.scalarValue ?? .null, Blanks.hasContent(text) else {
                problems.append(Diagnostic(item.location(in: path), "an exception must be text", hint: "e.g. `carrier strike group`"))
                continue
            }
            switch Self.term(text, cache: cache) {
            case .failure(let reason): problems.append(Diagnostic(item.location(in: path), "the exception `\(text)` \(reason.message)", hint: reason.hint))
            case .success(var term):
                term.japanese = text.unicodeScalars.contains(where: Lemma.isKanaOrKanji)
                except.append(term)
            }
        }
        guard let id, let meaning else { return }
        if !ProposalValidator.isIdentifier(id) {
            problems.append(Diagnostic(map.value("id")!.location(in: path), "`\(id)` is not a concept id", hint: "use lower case letters, digits and hyphens"))
        }
        if terms.isEmpty, includes.isEmpty {
            problems.append(Diagnostic(node.location(in: path), "the concept `\(id)` has no terms and includes no concept", hint: "add `en:` or `ja:` terms"))
        }
        entries.append(Entry(id: id, meaning: meaning, includes: includes, terms: terms, except: except, exceptWritten: except.map(\.text),
                             written: written, location: node.location(in: path)))
    }

    private mutating func readContext(_ node: YAMLNode, path: String) {
        guard var map = StrictMapping(node, path: path, what: "a context cue list", problems: &problems) else { return }
        problems += map.unknownKeys(allowed: ["id", "meaning", "en", "ja"])
        let known = ContextCues.sections.map(\.id)
        guard let id = map.text("id", &problems, hint: "one of: \(known.joined(separator: ", "))") else { return }
        _ = map.text("meaning", &problems, required: false, hint: "one line")
        guard let section = ContextCues.sections.first(where: { $0.id == id }) else {
            problems.append(Diagnostic(map.value("id")!.location(in: path), "`\(id)` is not a context cue list",
                                       hint: Suggestion.didYouMean(id, in: known) ?? "one of: \(known.joined(separator: ", "))"))
            return
        }
        if let first = contextSeen[id] {
            problems.append(Diagnostic(node.location(in: path), "the cue list `\(id)` is already defined at \(first)", hint: "keep one list"))
        }
        contextSeen[id] = node.location(in: path)
        let (terms, _) = readTerms(&map, path: path, owner: id)
        for term in terms { context[keyPath: section.keyPath].insert(term) }
        var polite = TermSet()
        for term in terms { if let form = term.polite { polite.insert(form) } }
        context[keyPath: section.keyPath].formUnion(polite)
    }

    /// The `en:` and `ja:` terms of an entry, analysed as texts are.
    private mutating func readTerms(_ map: inout StrictMapping, path: String, owner: String) -> ([Term], [(language: String, text: String)]) {
        var terms: [Term] = []
        var written: [(language: String, text: String)] = []
        // Keyed by the lemmas in one string: hashing it costs less than hashing nested arrays.
        var seen: [String: SourceLocation] = [:]
        for language in ["en", "ja"] {
            for item in list(map.value(language), language, path) {
                let location = item.location(in: path)
                guard case .string(let text) = item.scalarValue ?? .null, Blanks.hasContent(text) else {
                    problems.append(Diagnostic(location, "a term must be text", hint: "quote it if YAML reads it otherwise"))
                    continue
                }
                let japanese = text.unicodeScalars.contains(where: Lemma.isKanaOrKanji)
                if language == "en", japanese {
                    problems.append(Diagnostic(location, "the English term `\(text)` holds Japanese", hint: "move it to `ja:`"))
                    continue
                }
                switch Self.term(text, cache: cache) {
                case .failure(let reason):
                    problems.append(Diagnostic(location, "the term `\(text)` \(reason.message)", hint: reason.hint))
                case .success(var term):
                    term.japanese = language == "ja"
                    let key = term.parts.map { $0.joined(separator: "\u{1}") }.joined(separator: "\u{2}")
                    if let first = seen[key] {
                        problems.append(Diagnostic(location, "the term `\(text)` of `\(owner)` has the same lemmas as the term at \(first)",
                                                   hint: "matching is on lemmas, so one form covers its inflections: remove one"))
                        continue
                    }
                    seen[key] = location
                    terms.append(term)
                    written.append((language, text))
                }
            }
        }
        return (terms, written)
    }

    enum TermProblem: Error {
        case empty, japaneseUnavailable(String)

        var message: String {
            switch self {
            case .empty: return "reduces to no words"
            case .japaneseUnavailable(let why): return "cannot be analysed: \(why)"
            }
        }

        var hint: String {
            switch self {
            case .empty: return "a term needs at least one word on each side of `…`"
            case .japaneseUnavailable: return "install libmecab2 and mecab-ipadic-utf8"
            }
        }
    }

    /// A term's lemmas, part by part (`…` separates parts).
    static func term(_ text: String, cache: TermLemmaCache? = nil) -> Result<Term, TermProblem> {
        let pieces = parts(text)
        var parts: [[String]] = []
        for piece in pieces {
            let lemmas: [String]
            switch cache?.lemmas(of: piece) ?? TextAnalyzer.lemmas(of: piece) {
            case .success(let found): lemmas = found
            case .failure(let why): return .failure(.japaneseUnavailable(why.message))
            }
            guard !lemmas.isEmpty else { return .failure(.empty) }
            parts.append(lemmas)
        }
        return .success(Term(parts: parts, text: text, japanese: false))
    }

    /// The parts of a term: `…` or `...` separate them. Read scalar by scalar: Foundation's
    /// search cost more than analysing the term.
    static func parts(_ text: String) -> [String] {
        // Over the UTF-8 bytes: `…` is E2 80 A6; a lexicon holds thousands of terms.
        let bytes = Array(text.utf8)
        var parts: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count {
            let ellipsis = bytes[index] == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0xA6
            let dots = bytes[index] == UInt8(ascii: ".") && index + 2 < bytes.count && bytes[index + 1] == UInt8(ascii: ".") && bytes[index + 2] == UInt8(ascii: ".")
            if ellipsis || dots {
                parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
                index += 3
                start = index
            } else {
                index += 1
            }
        }
        parts.append(start == 0 ? text : String(decoding: bytes[start...], as: UTF8.self))
        return parts
    }

    /// The lexicon, once every file is read: includes resolved and checked for cycles.
    mutating func finish() -> Lexicon {
        cache.save()
        var firstByID: [String: Int] = [:]
        for (index, entry) in entries.enumerated() {
            if let first = firstByID[entry.id] {
                problems.append(Diagnostic(entry.location, "the concept `\(entry.id)` is already defined at \(entries[first].location)", hint: "give each concept its own id"))
            } else {
                firstByID[entry.id] = index
            }
        }
        let ids = entries.map(\.id)
        for entry in entries {
            for include in entry.includes where firstByID[include.id] == nil {
                problems.append(Diagnostic(include.location, "`\(entry.id)` includes `\(include.id)`, which the lexicon does not define",
                                           hint: Suggestion.didYouMean(include.id, in: ids) ?? "define it under `concepts:`"))
            }
        }
        // Each concept's terms with those of everything it includes; a cycle is an error once.
        var resolved: [String: (terms: TermSet, except: TermSet)] = [:]
        var visiting: [String] = []
        var reportedCycles: Set<String> = []
        func resolve(_ id: String) -> (terms: TermSet, except: TermSet) {
            if let done = resolved[id] { return done }
            guard let index = firstByID[id] else { return (TermSet(), TermSet()) }
            let entry = entries[index]
            if let start = visiting.firstIndex(of: id) {
                let cycle = visiting[start...] + [id]
                if reportedCycles.insert(cycle.sorted().joined(separator: " ")).inserted {
                    problems.append(Diagnostic(entry.location, "concepts include each other in a circle: \(cycle.joined(separator: " → "))",
                                               hint: "a concept may include others, never itself through them"))
                }
                return (TermSet(), TermSet())
            }
            visiting.append(id)
            var set = TermSet()
            var except = TermSet()
            for term in entry.terms { set.insert(term) }
            // After the written terms, and only where no written term has the same lemmas: passives,
            // phrasal verbs with their object inside, and Japanese polite negations.
            var passives = TermSet()
            for term in entry.terms { if let passive = term.passive { passives.insert(passive) } }
            set.formUnion(passives)
            var separated = TermSet()
            for term in entry.terms { if let split = term.separated { separated.insert(split) } }
            set.formUnion(separated)
            var polite = TermSet()
            for term in entry.terms { if let form = term.polite { polite.insert(form) } }
            set.formUnion(polite)
            for term in entry.except { except.insert(term) }
            var politeExceptions = TermSet()
            for term in entry.except { if let form = term.polite { politeExceptions.insert(form) } }
            except.formUnion(politeExceptions)
            for include in entry.includes {
                let included = resolve(include.id)
                set.formUnion(included.terms)
                except.formUnion(included.except)
            }
            visiting.removeLast()
            resolved[id] = (set, except)
            return (set, except)
        }
        var concepts: [Concept] = []
        var terms: [(terms: TermSet, except: TermSet)] = []
        for entry in entries where firstByID[entry.id] != nil {
            terms.append(resolve(entry.id))
            concepts.append(Concept(id: entry.id, number: concepts.count, meaning: entry.meaning, includes: entry.includes.map(\.id),
                                    written: .strings(terms: entry.written, exceptions: entry.exceptWritten), location: entry.location))
        }
        return Lexicon(concepts: concepts, terms: terms, context: context)
    }
}
