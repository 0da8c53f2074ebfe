/// A case put for argument by an imperative of supposing, as exam questions and seminar notes put
/// one: "Question 7: Suppose the SDF fired on a fishing fleet before any armed attack; assess this
/// under the three conditions"; "Assume Japan and the United States landed troops without consent;
/// evaluate the operation". Its verb in the past says the case is not the plan's. An imperative
/// that plans ("Assume the lead in repelling the landing", "Assume that the SDF will strike")
/// has no verb in the past after it, and stands.
enum Supposition {
    /// The imperatives of supposing, written as a sentence or a label's clause opens with them.
    static let imperatives: Set<String> = ["suppose", "assume", "imagine", "posit"]
    /// How many words the label before a colon may have: "Question 7:", "Hypothetical B:".
    static let labelReach = 4

    /// The imperative that puts the case holding the hit, if one opens its sentence.
    static func cue(holding parts: [Range<Int>], in sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        var start = sentence.lowerBound
        if let colon = TextAnalyzer.colon(in: start..<min(sentence.upperBound, start + labelReach + 1), of: tokens) { start = colon + 1 }
        guard start < sentence.upperBound, tokens[start].kind == .word,
              imperatives.contains(text.quote(start..<(start + 1)).lowercased()),
              let first = parts.map(\.lowerBound).min(), first > start
        else { return nil }
        // The case runs to the end of its clause: "…; assess this" is the question put about it.
        let end = ((start + 1)..<sentence.upperBound).first { tokens[$0].kind == .mark && [";", ":", "?"].contains(tokens[$0].lemma) }
            ?? sentence.upperBound
        guard first < end else { return nil }
        let past = ((start + 1)..<end).contains { index in
            guard tokens[index].kind == .word else { return false }
            let word = text.quote(index..<(index + 1)).lowercased()
            return Counterfactual.pastAuxiliaries.contains(word) || Counterfactual.isVerbInThePast(index, written: word, of: text)
        }
        return past ? start..<(start + 1) : nil
    }
}
