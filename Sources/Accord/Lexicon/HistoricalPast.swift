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

    /// Japanese eras before the report, and the last year of 平成 before it (平成26年 is 2014).
    static let pastEras: Set<String> = ["明治", "大正", "昭和"]
    static let heisei = "平成"
    static let lastPastHeiseiYear = 25
    /// How near its clause's end a Japanese past (た) must stand to be its predicate's.
    static let japanesePredicateReach = 6

    /// The dating words of a clause that tells of the past, if it is one.
    static func cue(in clause: Range<Int>, japanese: Bool, of text: AnalyzedText) -> Range<Int>? {
        japanese ? japaneseCue(in: clause, of: text) : englishCue(in: clause, of: text)
    }

    /// 「昭和31年の政府見解は、…としたが、」: a year before the report, and a predicate in た.
    private static func japaneseCue(in clause: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard let year = clause.first(where: { index in
            guard tokens[index].kind == .number, index + 1 < clause.upperBound, tokens[index + 1].lemma == "年",
                  let value = Int(text.quote(index..<(index + 1))) else { return false }
            let era = index > clause.lowerBound ? tokens[index - 1].lemma : ""
            if pastEras.contains(era) { return true }
            if era == heisei { return value <= lastPastHeiseiYear }
            return (earliestYear...lastPastYear).contains(value)
        }) else { return nil }
        let predicate = clause.suffix(japanesePredicateReach)
        guard predicate.contains(where: { tokens[$0].kind == .auxiliary && tokens[$0].lemma == "た" }) else { return nil }
        let start = year > clause.lowerBound && (pastEras.contains(tokens[year - 1].lemma) || tokens[year - 1].lemma == heisei) ? year - 1 : year
        return start..<(year + 2)
    }

    private static func englishCue(in clause: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
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
                // A verb in the past after its subject; a text's first word has none before it.
                || (EnglishLemmatizer.isPastTense(word, lemma: tokens[index].lemma)
                    && (index == 0 || !Counterfactual.notBeforeAPastVerb.contains(tokens[index - 1].lemma))) {
                past = true
            }
        }
        return past ? (year - 1)..<(year + 1) : nil
    }
}
