/// A Japanese sentence that judges its topic impermissible: 「三要件を満たさない武力の行使は、憲法上
/// 許されない。」 states the law, and proposes nothing. The judgment may itself be a concept's term
/// (憲法上許されない is one of `outside-domestic-law`, for 「憲法上許されない行使を可能とする」), so no
/// negation cue is free to say so: it is read here, as the sentence's main predicate ending in a
/// negation after a topic (〜は、).
enum TopicJudgment {
    static let topicParticles: Set<String> = ["は"]
    /// Verbs whose negation judges what the topic names: not allowed, not admitted, not possible
    /// (not できない, whose topic is an actor who cannot: 「両政府は、…撤回することができない」).
    static let judgments: Set<String> = ["許す", "認める", "得る", "許容", "容認"]

    /// The negation that ends the sentence, if a part of the hit ends with it and a topic stands
    /// before the hit.
    static func cue(holding parts: [Range<Int>], in sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        guard text.isJapanese(sentence), let first = parts.map(\.lowerBound).min() else { return nil }
        let tokens = text.tokens
        // (Or the last before the frame of a quotation: 「…許されないと、一貫して答弁してまいりました」.)
        let quoted = sentence.first { Lemma.japaneseNegations.contains(tokens[$0].lemma) && JapaneseQuoteFrame.closesTheSentence(after: $0, in: sentence, tokens) }
        guard let last = quoted ?? sentence.last(where: { tokens[$0].kind != .mark }), Lemma.japaneseNegations.contains(tokens[last].lemma),
              parts.contains(where: { $0.upperBound == last + 1 }),
              // The verb the negation denies, before its passive: 許さ(れ)ない, 認め(られ)ない, あり得ない.
              let verb = (sentence.lowerBound..<last).last(where: { !Lemma.japanesePassives.contains(tokens[$0].lemma) }),
              judgments.contains(tokens[verb].lemma)
        else { return nil }
        let topic = (sentence.lowerBound..<first).contains { index in
            tokens[index].kind == .particle && topicParticles.contains(tokens[index].lemma)
                && index + 1 < sentence.upperBound && tokens[index + 1].kind == .mark && tokens[index + 1].lemma == "、"
        }
        return topic ? last..<(last + 1) : nil
    }
}
