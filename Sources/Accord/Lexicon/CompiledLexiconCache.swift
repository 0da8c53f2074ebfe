import Foundation

/// The lexicon as an earlier run compiled it, kept in the cache folder beside the term lemmas
/// (`TermLemmaCache`). Reading the lexicon's YAML, analysing and checking its terms and resolving
/// its includes was most of a single check; a check whose lexicon files hold the same bytes, at
/// the same paths, read by the same analyser under the same limits, takes this instead. The file
/// keeps a copy of those bytes, so a lexicon is taken only when it is byte for byte the one that
/// was compiled; only a lexicon without problems is kept.
struct CompiledLexiconCache {
    /// The lexicon files it was compiled from, in the order they were read.
    let sources: [(path: String, bytes: ArraySlice<UInt8>)]
    /// The compiled lexicon, where `sources` end.
    private let compiled: ByteReader

    static let name = "lexicon.bin"

    /// What a cache must have been made by: the analyser, the YAML limits, this file's form.
    private static func header(_ limits: LoaderLimits) -> String {
        "accord-lexicon 3 \(TermLemmaCache.analyser) limits \(limits.maxBytes) \(limits.maxDepth) \(limits.maxAliasedNodes) "
            + "\(limits.maxDocuments ?? -1) \(limits.scalarKeysOnly)"
    }

    /// The cache, if there is one made for this analyser and these limits.
    init?(limits: LoaderLimits) {
        guard let file = TermLemmaCache.folder?.appendingPathComponent(Self.name), let data = try? Data(contentsOf: file) else { return nil }
        var reader = ByteReader([UInt8](data))
        guard let header = reader.string(), header == Self.header(limits), let count = reader.count() else { return nil }
        var sources: [(path: String, bytes: ArraySlice<UInt8>)] = []
        for _ in 0..<count {
            guard let path = reader.string(), let bytes = reader.bytes() else { return nil }
            sources.append((path, bytes))
        }
        self.sources = sources
        compiled = reader
    }

    /// Whether the file at `path` holding `bytes` is one the lexicon was compiled from.
    func holds(_ path: String, _ bytes: [UInt8]) -> Bool {
        sources.contains { $0.path == path && $0.bytes.elementsEqual(bytes) }
    }

    /// The lexicon it keeps, or nil if the file is damaged.
    func lexicon() -> Lexicon? {
        var reader = compiled
        // Every lemma once: decoding each term's lemmas anew was a third of reading the file.
        guard let lemmas = reader.strings(), let count = reader.count() else { return nil }
        var concepts: [Concept] = []
        concepts.reserveCapacity(count)
        for number in 0..<count {
            guard let id = reader.string(), let meaning = reader.string(), let includes = reader.strings(),
                  let path = reader.string(), let line = reader.int(), let column = reader.int(),
                  let languages = reader.strings(), let texts = reader.strings(), languages.count == texts.count,
                  let exceptWritten = reader.strings(), let terms = Self.terms(&reader, lemmas), let except = Self.terms(&reader, lemmas)
            else { return nil }
            concepts.append(Concept(id: id, number: number, meaning: meaning, includes: includes, terms: terms, except: except,
                                    written: Array(zip(languages, texts)), exceptWritten: exceptWritten,
                                    location: SourceLocation(path: path, line: line, column: column)))
        }
        var context = ContextCues()
        for section in ContextCues.sections {
            guard let terms = Self.terms(&reader, lemmas) else { return nil }
            context[keyPath: section.keyPath] = terms
        }
        guard reader.atEnd else { return nil }
        return Lexicon(concepts: concepts, context: context, lemmas: lemmas)
    }

    /// Keeps `lexicon`, compiled from `sources`, for the next run.
    static func save(_ lexicon: Lexicon, sources: [(path: String, bytes: [UInt8])], limits: LoaderLimits) {
        guard let file = TermLemmaCache.folder?.appendingPathComponent(name) else { return }
        var writer = ByteWriter()
        writer.string(header(limits))
        writer.int(sources.count)
        for source in sources {
            writer.string(source.path)
            writer.bytes(source.bytes)
        }
        let termSets = lexicon.concepts.flatMap { [$0.terms, $0.except] } + ContextCues.sections.map { lexicon.context[keyPath: $0.keyPath] }
        var lemmas: [String] = []
        var lemmaNumbers: [String: Int] = [:]
        for set in termSets {
            for term in set.all {
                for lemma in term.parts.joined() where lemmaNumbers[lemma] == nil {
                    lemmaNumbers[lemma] = lemmas.count
                    lemmas.append(lemma)
                }
            }
        }
        writer.strings(lemmas)
        writer.int(lexicon.concepts.count)
        for concept in lexicon.concepts {
            writer.string(concept.id)
            writer.string(concept.meaning)
            writer.strings(concept.includes)
            writer.string(concept.location.path)
            writer.int(concept.location.line)
            writer.int(concept.location.column)
            writer.strings(concept.written.map(\.language))
            writer.strings(concept.written.map(\.text))
            writer.strings(concept.exceptWritten)
            write(concept.terms, lemmaNumbers, &writer)
            write(concept.except, lemmaNumbers, &writer)
        }
        for section in ContextCues.sections { write(lexicon.context[keyPath: section.keyPath], lemmaNumbers, &writer) }
        TermLemmaCache.replace(file, with: Data(writer.bytes))
    }

    /// Each term's lemmas as their places in the file's lemma table.
    private static func write(_ terms: TermSet, _ lemmaNumbers: [String: Int], _ writer: inout ByteWriter) {
        writer.int(terms.all.count)
        for term in terms.all {
            writer.string(term.text)
            writer.int((term.japanese ? 1 : 0) | (term.isPassive ? 2 : 0))
            writer.int(term.parts.count)
            for part in term.parts {
                writer.int(part.count)
                for lemma in part { writer.int(lemmaNumbers[lemma]!) }
            }
        }
    }

    private static func terms(_ reader: inout ByteReader, _ lemmas: [String]) -> TermSet? {
        guard let count = reader.count() else { return nil }
        var terms = TermSet()
        for _ in 0..<count {
            guard let text = reader.string(), let flags = reader.int(), let partCount = reader.count(), partCount > 0 else { return nil }
            var parts: [[String]] = []
            var numbers: [[Int32]] = []
            parts.reserveCapacity(partCount)
            numbers.reserveCapacity(partCount)
            for _ in 0..<partCount {
                guard let lemmaCount = reader.count(), lemmaCount > 0 else { return nil }
                var part: [String] = []
                var partNumbers: [Int32] = []
                part.reserveCapacity(lemmaCount)
                partNumbers.reserveCapacity(lemmaCount)
                for _ in 0..<lemmaCount {
                    guard let number = reader.int(), lemmas.indices.contains(number) else { return nil }
                    part.append(lemmas[number])
                    partNumbers.append(Int32(number))
                }
                parts.append(part)
                numbers.append(partNumbers)
            }
            terms.insert(Term(parts: parts, text: text, japanese: flags & 1 != 0, isPassive: flags & 2 != 0), numbered: numbers)
        }
        return terms
    }
}
