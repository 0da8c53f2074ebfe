/// A Japanese sentence that quotes its own statement and ends with who made it: 「…改めるものでは
/// ない、と私どもは説明してまいりました」「…許されないと、一貫して答弁してまいりました」. The quote's
/// last predicate is the sentence's: what it denies or judges, the sentence does.
enum JapaneseQuoteFrame {
    /// Verbs of saying, explaining and holding that close such a frame.
    static let speechVerbs = Set(Lemma.japanese(["説明", "答弁", "述べる", "強調", "確認", "表明", "言う", "申し上げる", "考える",
                                                 "主張", "繰り返す", "明言", "回答", "答える", "申す", "示す", "語る", "話す", "発言"]))
    /// How many tokens the frame after と may have: 「と、政府は一貫して答弁してまいりました」.
    static let frameLength = 14

    /// Whether the words after `index` are only the frame of a quotation: its と, who spoke and a
    /// verb of saying, with no negation of their own.
    static func closesTheSentence(after index: Int, in sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        var next = index + 1
        while next < sentence.upperBound, tokens[next].kind == .auxiliary { next += 1 }
        if next < sentence.upperBound, tokens[next].kind == .mark, tokens[next].lemma == "、" { next += 1 }
        guard next < sentence.upperBound, tokens[next].kind == .particle || tokens[next].kind == .conjunctiveParticle,
              tokens[next].lemma == "と" else { return false }
        if next + 1 < sentence.upperBound, tokens[next + 1].kind == .mark, tokens[next + 1].lemma == "、" { next += 1 }
        let frame = (next + 1)..<sentence.upperBound
        guard frame.count <= frameLength else { return false }
        // (A 、 in the frame goes on to a clause of the sentence's own: 「…と政府は述べたが、…」.)
        return tokens[frame].contains { speechVerbs.contains($0.lemma) }
            && !tokens[frame].contains { (Lemma.japaneseNegations.contains($0.lemma) && $0.kind != .word) || ($0.kind == .mark && $0.lemma == "、") }
    }
}
