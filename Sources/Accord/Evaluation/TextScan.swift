/// One free-text value of a proposal: folded, with the occurrences of the rule set's phrases, and
/// the hits built from them as conditions ask. A class, so that every condition shares what one built.
final class TextScan {
    let node: YAMLNode
    let text: FoldedText
    private let phrases: PhraseIndex
    /// Occurrences of the index's phrases, sorted by slot, then by place.
    private let occurrences: [PhraseOccurrence]
    /// Where each slot's occurrences start in `occurrences`, if it has any.
    private let firstOccurrence: [Int32]
    private var places: [SpanLocator.Place]?

    init(node: YAMLNode, phrases: PhraseIndex) {
        self.node = node
        self.phrases = phrases
        text = FoldedText(node.scalarText ?? "")
        occurrences = phrases.occurrences(in: text)
        var first = [Int32](repeating: -1, count: occurrences.isEmpty ? 0 : phrases.phrases.count)
        for (index, occurrence) in occurrences.enumerated().reversed() { first[Int(occurrence.slot)] = Int32(index) }
        firstOccurrence = first
    }

    /// The phrase's occurrences in order of place, negated or not.
    func occurrences(of phrase: Phrase) -> ArraySlice<PhraseOccurrence> {
        guard let given = phrase.slot, given.index == phrases.identity else {
            return TextMatcher.occurrences(of: phrase, in: text)[...]
        }
        let slot = given.number
        guard Int(slot) < firstOccurrence.count, firstOccurrence[Int(slot)] >= 0 else { return [] }
        let start = Int(firstOccurrence[Int(slot)])
        var end = start + 1
        while end < occurrences.count, occurrences[end].slot == slot { end += 1 }
        return occurrences[start..<end]
    }

    /// Whether any phrase of the query occurs here without a negation: all a check needs to decide
    /// a `mentions` condition that no report explains.
    func mentionsUnnegated(_ query: TextQuery) -> Bool {
        if let slots = query.slots, slots.index == phrases.identity {
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
