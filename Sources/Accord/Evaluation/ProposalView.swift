/// Reads field paths out of a proposal for the evaluator; an empty value counts as missing.
struct ProposalView {
    let proposal: Proposal
    /// Analysed free text and pattern texts, computed once per value per proposal and shared by every rule.
    private let textCache = TextCache()

    init(_ proposal: Proposal) {
        self.proposal = proposal
    }

    /// Where a path led: to a value, or to the nearest node above the missing field.
    enum Lookup {
        case value(YAMLNode)
        case missing(parent: YAMLNode)
    }

    func lookup(_ path: FieldPath, from node: YAMLNode) -> Lookup {
        var current = node
        for segment in path.segments {
            guard let next = current[segment], !next.isNullScalar else { return .missing(parent: current) }
            current = next
        }
        return .value(current)
    }

    /// The nodes a free-text path reaches (`commitments[].text` reaches one per commitment).
    /// Not kept: the analyses of the values it reaches are.
    func texts(_ path: String) -> [YAMLNode] {
        var reached = [proposal.root]
        // Cut at each dot as bytes: the paths are ASCII, and splitting into an array of segments
        // cost more than the walk.
        var rest = Substring(path).utf8
        while !rest.isEmpty {
            let dot = rest.firstIndex(of: UInt8(ascii: ".")) ?? rest.endIndex
            let segment = rest[..<dot]
            rest = dot == rest.endIndex ? rest[dot...] : rest[rest.index(after: dot)...]
            if segment.isEmpty { continue }
            let intoList = segment.last == UInt8(ascii: "]")
            let name = String(Substring(intoList ? segment.dropLast(2) : segment))
            var next: [YAMLNode] = []
            for node in reached {
                guard let child = node[name], !child.isNullScalar else { continue }
                if intoList { next += child.sequenceItems ?? [] } else { next.append(child) }
            }
            reached = next
        }
        return reached
    }

    /// A value's text as rule patterns read it, prepared once per proposal: a legal basis is
    /// matched against several patterns.
    func patternText(of node: YAMLNode, text: String) -> PatternText {
        textCache.memo(\.patternTexts, TextCache.Place(line: node.line, column: node.column)) { PatternText(text) }
    }

    /// Every free-text value the fields reach, analysed; most `says` conditions name the same
    /// fields, so the list is kept for the next one. Searched in turn rather than hashed: a rule
    /// set names a few lists, and equal arrays that share storage compare at once.
    func analyses(_ fields: [String]) -> [TextAnalysisScan] {
        if let kept = textCache.fieldAnalyses.first(where: { $0.fields == fields }) { return kept.scans }
        let scans = fields.flatMap { texts($0) }.filter { $0.scalarText != nil }.map(analysis)
        textCache.fieldAnalyses.append((fields, scans))
        return scans
    }

    /// A free-text value analysed into clauses and lemmas, once per proposal: every text rule
    /// reads the same few fields. Two values are the same value only if they start at the same
    /// place (an alias repeats its anchor's node).
    func analysis(_ node: YAMLNode) -> TextAnalysisScan {
        textCache.memo(\.analyses, TextCache.Place(line: node.line, column: node.column)) { TextAnalysisScan(node: node) }
    }

    func location(of node: YAMLNode) -> SourceLocation { node.location(in: proposal.path) }

    var sourceLines: [Substring] { textCache.lines { proposal.sourceLines() } }
}

/// A per-proposal memo; a class so the evaluator's value types can share it.
final class TextCache {
    /// Where a value starts in the source.
    struct Place: Hashable {
        var line: Int
        var column: Int
    }

    var patternTexts: [Place: PatternText] = [:]
    /// Room for a proposal's free-text values from the start: growing the table rehashed it.
    var analyses = [Place: TextAnalysisScan](minimumCapacity: 8)
    var fieldAnalyses: [(fields: [String], scans: [TextAnalysisScan])] = []
    private var sourceLines: [Substring]?

    func memo<Key, Value>(_ table: ReferenceWritableKeyPath<TextCache, [Key: Value]>, _ key: Key, make: () -> Value) -> Value {
        if let value = self[keyPath: table][key] { return value }
        let value = make()
        self[keyPath: table][key] = value
        return value
    }

    func lines(make: () -> [Substring]) -> [Substring] {
        if let sourceLines { return sourceLines }
        let lines = make()
        sourceLines = lines
        return lines
    }
}
extension YAMLNode {
    /// The value as a reader sees it in an explanation.
    var shown: String {
        switch content {
        case .scalar(let text, _, _):
            // Most values are short and on one line: no byte that can start a line break, and no
            // more characters than bytes.
            if text.utf8.count <= 80, !text.utf8.contains(where: { (0x0A...0x0D).contains($0) || $0 == 0xC2 || $0 == 0xE2 }) {
                return "`\(text)`"
            }
            let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
            return Self.longer(flat, than: 80) ? "`\(flat.prefix(77))...`" : "`\(flat)`"
        case .sequence(let items):
            let count = "[\(items.count) entr\(items.count == 1 ? "y" : "ies")]"
            guard items.allSatisfy({ $0.scalarText != nil }) else { return count }
            let inner = items.compactMap(\.scalarText).joined(separator: ", ")
            return Self.longer(inner, than: 100) ? count : "[\(inner)]"
        case .mapping: return "(a mapping)"
        }
    }

    /// Whether the text has more than `limit` characters; counted only when it has more bytes,
    /// as a character has at least one: counting characters walks the text's grapheme breaks.
    private static func longer(_ text: String, than limit: Int) -> Bool {
        text.utf8.count > limit && text.count > limit
    }
}
