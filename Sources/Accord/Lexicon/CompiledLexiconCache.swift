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
        "accord-lexicon 5 \(TermLemmaCache.analyser) limits \(limits.maxBytes) \(limits.maxDepth) \(limits.maxAliasedNodes) "
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

    /// The lexicon it keeps, or nil if the file is damaged. Only what a check reads is made:
    /// lemmas, terms and cues stay numbers, as the file keeps them (building each term's lemmas
    /// and text as strings was most of a single check, and only compiling needs them).
    func lexicon() -> Lexicon? {
        var reader = compiled
        guard let lemmaCount = reader.count() else { return nil }
        var lemmaNumbers = ByteTable<Int32>(minimumCapacity: max(4_096, lemmaCount))
        for number in 0..<lemmaCount {
            guard let lemma = reader.bytes() else { return nil }
            lemmaNumbers.set(lemma, Int32(number))
        }
        guard lemmaNumbers.count == lemmaCount, let count = reader.count() else { return nil }
        var concepts: [Concept] = []
        concepts.reserveCapacity(count)
        for number in 0..<count {
            guard let id = reader.string(), let meaning = reader.string(), let includes = reader.strings(),
                  let path = reader.string(), let line = reader.int(), let column = reader.int(),
                  let written = WrittenForms.read(&reader)
            else { return nil }
            concepts.append(Concept(id: id, number: number, meaning: meaning, includes: includes, written: written,
                                    location: SourceLocation(path: path, line: line, column: column)))
        }
        guard let index = TermIndex<ConceptTerm>.read(&reader, lemmaCount: lemmaCount, accepts: { $0.concept >= 0 && $0.concept < count }),
              let cueIndex = TermIndex<CueTerm>.read(&reader, lemmaCount: lemmaCount, accepts: { $0.section >= 0 && $0.section < ContextCues.sections.count }),
              reader.atEnd else { return nil }
        return Lexicon(concepts: concepts, lemmaNumbers: lemmaNumbers, index: index, cueIndex: cueIndex)
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
        writer.int(lexicon.lemmaNumbers.count)
        for number in 0..<lexicon.lemmaNumbers.count { writer.bytes(lexicon.lemmaNumbers.key(at: number)) }
        writer.int(lexicon.concepts.count)
        for concept in lexicon.concepts {
            writer.string(concept.id)
            writer.string(concept.meaning)
            writer.strings(concept.includes)
            writer.string(concept.location.path)
            writer.int(concept.location.line)
            writer.int(concept.location.column)
            concept.writtenForms.write(to: &writer)
        }
        lexicon.index.write(to: &writer)
        lexicon.cueIndex.write(to: &writer)
        TermLemmaCache.replace(file, with: Data(writer.bytes))
    }
}
