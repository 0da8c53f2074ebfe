/// Where each list of context cues stands in one sentence, found once for all the hits in it.
struct ContextOccurrences {
    typealias Cue = (japanese: Bool, tokens: Range<Int>, words: [Range<Int>])
    var negation: [Cue]
    var clauseNegation: [Cue]
    var sentenceNegation: [Cue]
    var pseudoNegation: [Cue]
    var reported: [Cue]

    /// `numbers`: the text's lemmas as the lexicon's numbers (`Lexicon.numbers(of:)`).
    init(_ lexicon: Lexicon, numbers: [Int32], sentence: Range<Int>) {
        var lists = Array(repeating: [Cue](), count: ContextCues.sections.count)
        for start in sentence {
            // Each list's longest cue at this start; of two as long, the one the lexicon gives first.
            var best: Cue?
            var bestList = -1
            lexicon.cueIndex.forEachMatch(at: start, before: sentence.upperBound, in: numbers) { cue, tokens, words in
                if cue.section != bestList {
                    if let found = best { lists[bestList].append(found) }
                    best = nil
                    bestList = cue.section
                }
                if tokens.count > (best?.tokens.count ?? 0) { best = (cue.japanese, tokens, words.isEmpty ? [tokens] : words) }
            }
            if let found = best { lists[bestList].append(found) }
        }
        // In the order of `ContextCues.sections`.
        negation = lists[0]
        clauseNegation = lists[1]
        sentenceNegation = lists[2]
        pseudoNegation = lists[3]
        reported = lists[4]
    }
}

extension Array where Element == ContextOccurrences.Cue {
    /// The cues that lie inside `range`.
    func within(_ range: Range<Int>) -> [Element] {
        filter { $0.tokens.lowerBound >= range.lowerBound && $0.tokens.upperBound <= range.upperBound }
    }
}
