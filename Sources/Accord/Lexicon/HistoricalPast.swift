/// A clause that tells what happened before the report of 2014, in the simple past and dated:
/// "Storage of nuclear weapons on Okinawa ended with its reversion to Japan in 1972" is history, not
/// a plan. A clause that plans ("will", "is to") or says what has now been done ("has amended the
/// 1960 Treaty") is no history, whatever years it names.
enum HistoricalPast {
    /// Words that date a clause by the year after them: "in 1972", "until 1991".
    static let datingWords = LemmaList(["in", "during", "until", "till", "since", "through", "throughout"])
    /// The last year before the report: a clause dated in it or earlier tells of the past.
    static let lastPastYear = 2013
    static let earliestYear = 1850
    /// Words that make a clause plan what it says.
    static let planning: Set<String> = ["will", "shall", "would", "should", "must", "may", "might", "can", "could", "has", "have",
                                        "'ll"]
    static let presentBe: Set<String> = ["is", "are"]

    /// The dating words of a clause that tells of the past, if it is one.
    static func cue(in clause: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard let year = clause.first(where: { index in
            guard index > clause.lowerBound, tokens[index].kind == .number, datingWords.contains(tokens[index - 1].lemma),
                  let value = Int(text.quote(index..<(index + 1))) else { return false }
            return (earliestYear...lastPastYear).contains(value)
        }) else { return nil }
        var past = false
        for index in clause where tokens[index].kind == .word {
            let word = text.quote(index..<(index + 1)).lowercased()
            // "is to be", "are to": a plan in the present.
            if planning.contains(word) || (presentBe.contains(word) && index + 1 < clause.upperBound && tokens[index + 1].lemma == "to") {
                return nil
            }
            if word == "was" || word == "were"
                || (EnglishLemmatizer.isPastTense(word, lemma: tokens[index].lemma) && !Counterfactual.notBeforeAPastVerb.contains(tokens[index - 1].lemma)) {
                past = true
            }
        }
        return past ? (year - 1)..<(year + 1) : nil
    }
}
