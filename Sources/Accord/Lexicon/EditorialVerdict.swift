/// A sentence that records what became of quoted words, as a redline, a reviewer's note or a fact
/// check does: "Struck in v4: 'JMSDF submarines will conduct strike missions …'", "Tracked change:
/// 'U.S. forces will bear primary responsibility …' → deleted", "FALSE: a widely shared thread says
/// '…'". What it quotes or rates is another's text, not the proposal's.
///
/// Only quoted words are set aside by a redline's verdict: "Deleted: the requirement of prior
/// consultation" says what the proposal itself does.
enum EditorialVerdict {
    /// A fact check's rating in the label before a colon: "FALSE:", "Rated MISLEADING:", "Mostly
    /// false:".
    static let ratings = LemmaList(["false", "misleading", "untrue", "inaccurate", "incorrect", "wrong", "fake", "fabricated",
                                    "baseless", "unfounded", "unsupported", "debunked"])
    /// How many words a rating's label may take before its colon: "Fact check verdict: false".
    static let labelReach = 5
    /// Marks in the gap before a verdict that follows its quotation: "'…' → deleted".
    static let arrows: Set<Character> = ["→", "⇒", "➔"]
    static let openingQuotes = DroppedProposal.openingQuotes

    /// The words of the verdict, if `sentence` records one.
    static func cue(in sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        rating(sentence, text) ?? struckQuotation(sentence, text) ?? verdictAfterQuotation(sentence, text)
    }

    /// Labels whose colon a rating follows: "Rating: False, because …", "Verdict: Inaccurate".
    static let ratingLabels = LemmaList(["rating", "verdict", "rated"])

    /// A rating before the sentence's colon ("MOSTLY FALSE: the meme claiming …"), or right after
    /// a rating's label ("Rating: False, because the post claiming …").
    private static func rating(_ sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard let colon = colon(in: sentence, tokens), colon - sentence.lowerBound <= labelReach else { return nil }
        if let rated = (sentence.lowerBound..<colon).first(where: { ratings.contains(tokens[$0].lemma) }) { return rated..<(rated + 1) }
        let rated = colon + 1
        guard rated < sentence.upperBound, ratings.contains(tokens[rated].lemma),
              tokens[sentence.lowerBound..<colon].contains(where: { ratingLabels.contains($0.lemma) })
        else { return nil }
        return rated..<(rated + 1)
    }

    /// A rejection in a past form right before a quotation, or before a colon and a quotation:
    /// "[Reviewer] Struck 'this arrangement supersedes …' from draft v3", "Deleted from draft 3,
    /// para. 5.4: 'the SDF may use force …'".
    private static func struckQuotation(_ sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        for index in sentence where index + 1 < sentence.upperBound && tokens[index].kind == .word {
            guard let rejected = DroppedProposal.rejection(at: index, before: sentence.upperBound, of: text) else { continue }
            if opensAQuotation(after: rejected.upperBound - 1, text) { return rejected }
            if index == firstWord(of: sentence, tokens), let colon = colon(in: sentence, tokens), colon > index,
               opensAQuotation(after: colon, text) {
                return rejected
            }
        }
        return nil
    }

    /// A quotation after the label's colon whose verdict follows it after an arrow or a dash:
    /// "Tracked change: '…' → deleted", "Comment 22: '…' — deleted".
    private static func verdictAfterQuotation(_ sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard let colon = colon(in: sentence, tokens), opensAQuotation(after: colon, text) else { return nil }
        for index in (colon + 2)..<sentence.upperBound where tokens[index].kind == .word {
            let dash = tokens[index - 1].kind == .mark && Counterfactual.dashes.contains(tokens[index - 1].lemma)
            let arrow = text.quote(from: tokens[index - 1].end, to: tokens[index].start).contains { arrows.contains($0) }
            guard dash || arrow else { continue }
            if let rejected = DroppedProposal.rejection(at: index, before: sentence.upperBound, of: text) { return rejected }
        }
        return nil
    }

    /// The sentence's colon, if it ends a label of a few words at its start.
    private static func colon(in sentence: Range<Int>, _ tokens: [Token]) -> Int? {
        sentence.prefix(DroppedProposal.verdictReach).first { tokens[$0].kind == .mark && tokens[$0].lemma == ":" }
    }

    private static func firstWord(of sentence: Range<Int>, _ tokens: [Token]) -> Int? {
        sentence.first { tokens[$0].kind == .word }
    }

    private static func opensAQuotation(after index: Int, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        guard index + 1 < tokens.count else { return false }
        return text.quote(from: tokens[index].end, to: tokens[index + 1].start).contains { openingQuotes.contains($0) }
    }
}
