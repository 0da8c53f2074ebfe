/// One free-text value of a proposal: folded, with the occurrences of the rule set's phrases, and
/// the hits built from them as conditions ask. A class, so that every condition shares what one built.
final class TextScan {
    let node: YAMLNode
    let text: FoldedText
    /// The `identity` of the index whose slots `occurrences` holds; only the identity is kept, as
    /// a scan is made for every text and copying the index's tables costs more than its search.
    private let index: UInt64
    /// Occurrences of the index's phrases, sorted by slot, then by place.
    private let occurrences: [PhraseOccurrence]
    private var places: [SpanLocator.Place]?

    init(node: YAMLNode, phrases: PhraseIndex) {
        self.node = node
        index = phrases.identity
        text = FoldedText(node.scalarText ?? "")
        occurrences = phrases.occurrences(in: text)
    }

    /// The phrase's occurrences in order of place, negated or not.
    func occurrences(of phrase: Phrase) -> ArraySlice<PhraseOccurrence> {
        guard let given = phrase.slot, given.index == index else {
            return TextMatcher.occurrences(of: phrase, in: text)[...]
        }
        // A text holds few occurrences: they are searched by slot, not indexed by it.
        var (start, upper) = (0, occurrences.count)
        while start < upper {
            let middle = (start + upper) / 2
            if occurrences[middle].slot < given.number { start = middle + 1 } else { upper = middle }
        }
        var end = start
        while end < occurrences.count, occurrences[end].slot == given.number { end += 1 }
        return occurrences[start..<end]
    }

    /// Whether any phrase of the query occurs here without a negation: all a check needs to decide
    /// a `mentions` condition that no report explains.
    func mentionsUnnegated(_ query: TextQuery) -> Bool {
        if let slots = query.slots, slots.index == index {
            return occurrences.contains { $0.negatedBy == nil && slots.contains($0.slot) }
        }
        return query.phrases.contains { phrase in occurrences(of: phrase).contains { $0.negatedBy == nil } }
    }

    /// The hit an occurrence makes, quoted and placed as the proposal writes it.
    func hit(_ occurrence: PhraseOccurrence, phrase: Phrase, in view: ProposalView) -> TextHit {
        let quote = text.originalText(occurrence.range)
        if places == nil { places = SpanLocator.places(of: text.original, node: node, source: view.proposal.source) }
        let place = SpanLocator.locate(quote, at: Int(text.origin[occurrence.range.lowerBound]), places: places ?? [],
                                       node: node, lines: { view.sourceLines }, path: view.proposal.path)
        return TextHit(phrase: phrase.text, quote: quote, location: place, negatedBy: occurrence.negatedBy)
    }
}
