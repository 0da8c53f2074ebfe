/// A Japanese sentence names its actor once, as the topic that opens it, and the clauses after it
/// go on without a subject: 「航空自衛隊は、F-35Aを活用し、有事には相手国の航空基地に対する打撃作戦を
/// 自ら担う」 — the strike is the ASDF's, though its clause does not say so.
enum JapaneseTopic {
    /// How many tokens the topic may take before its は: 航空自衛隊は, 日米両政府は, 第1空挺団は.
    static let reach = 6
    /// An instrument's name is longer: 在日米軍駐留経費負担特別協定は, 物品役務相互提供協定(ACSA)は.
    static let instrumentReach = 12

    /// The topic's words (without its は) that carry into `clause`, if the clause follows the
    /// topic's own clause in a Japanese sentence and has no subject or topic of its own.
    static func carried(into clause: Range<Int>, sentence: Range<Int>, of text: AnalyzedText, reach: Int = reach) -> Range<Int>? {
        let tokens = text.tokens
        guard clause.lowerBound > sentence.lowerBound,
              let marker = (sentence.lowerBound..<min(clause.lowerBound, sentence.lowerBound + reach + 1)).first(where: { isTopicMarker($0, tokens) })
        else { return nil }
        // The topic's clause holds it: a clause that begins after the topic starts further on.
        guard let first = text.clauses.first(where: { $0.contains(sentence.lowerBound) }), first.contains(marker),
              !clause.contains(where: { isTopicMarker($0, tokens) || isSubjectMarker($0, tokens) })
        else { return nil }
        return sentence.lowerBound..<marker
    }

    /// A は after a noun: 自衛隊は, not 有事には or 場合は's own (場合 is a noun, but the topic is
    /// sought in the sentence's first few words, where a frame of time is rare).
    private static func isTopicMarker(_ index: Int, _ tokens: [Token]) -> Bool {
        index > 0 && tokens[index].kind == .particle && tokens[index].lemma == "は" && tokens[index - 1].kind == .word
    }

    /// A が after a noun: 米軍が担う.
    private static func isSubjectMarker(_ index: Int, _ tokens: [Token]) -> Bool {
        index > 0 && tokens[index].kind == .particle && tokens[index].lemma == "が" && tokens[index - 1].kind == .word
    }
}
