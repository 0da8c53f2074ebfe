/// What a clause's own words say of it whatever a query looks for: a question, a proposal
/// reported as dropped, a past event. Read once per clause of a text, when a hit there first
/// needs them: every query that hits the clause, and every reading of it, asked them again, and
/// a Japanese sentence's dropped proposal alone cost a sixth of a million instructions a time.
final class ClauseReadings {
    let clause: Range<Int>
    let sentence: Range<Int>
    let japanese: Bool
    /// Each nil until asked; then the cue, or nil inside when there is none.
    private var question: Range<Int>??
    private var dropped: Range<Int>??
    private var past: Range<Int>??

    init(clause: Range<Int>, sentence: Range<Int>, japanese: Bool) {
        self.clause = clause
        self.sentence = sentence
        self.japanese = japanese
    }

    /// `Question.cue`: the sentence asks, and asserts nothing.
    func question(in text: AnalyzedText) -> Range<Int>? {
        if let question { return question }
        let found = Question.cue(in: clause, sentence: sentence, of: text)
        question = .some(found)
        return found
    }

    /// `DroppedProposal.cue`: the clause reports another proposal as dropped.
    func dropped(in text: AnalyzedText) -> Range<Int>? {
        if let dropped { return dropped }
        let found = DroppedProposal.cue(in: clause, sentence: sentence, japanese: japanese, of: text)
        dropped = .some(found)
        return found
    }

    /// `HistoricalPast.cue`: the clause tells what happened before the report.
    func past(in text: AnalyzedText) -> Range<Int>? {
        if let past { return past }
        let found = HistoricalPast.cue(in: clause, japanese: japanese, of: text)
        past = .some(found)
        return found
    }
}
