import Foundation

enum Lemma {
    /// NFKC and lower case, as `contains` compares text: 「ＳＯＦＡ」, "SOFA" and "sofa" are one
    /// form, and so are ５ and 5. Most words are already in that form, and are returned as they are.
    static func normalize(_ text: String) -> String {
        var stable = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (value >= 0x41 && value <= 0x5A) || !TextUnit.foldsToItself(value) {
                stable = false
                break
            }
        }
        return stable ? text : FoldedText.fold(text)
    }

    /// Kana, kanji and the marks of Japanese text.
    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF01...0xFFEF, 0x31F0...0x31FF: return true
        default: return false
        }
    }

    /// Japanese words as their lemmas, for the readings' lists: 求める is 求む, as a text's
    /// 求める and 求められる are (see `JapaneseTagger.potentialBase`). Read when first asked, which is
    /// when a text holds Japanese; without MeCab the words stay as written.
    static func japanese(_ words: [String]) -> [String] {
        words.map { word in
            guard case .success(let lemmas) = TextAnalyzer.lemmas(of: word), lemmas.count == 1 else { return word }
            return lemmas[0]
        }
    }

    /// MeCab's base forms of the Japanese negating auxiliaries: ない, ず, ぬ and ん (〜ません).
    static let japaneseNegations: Set<String> = ["ない", "ず", "ぬ", "ん"]
    /// MeCab's base forms of the Japanese passive auxiliaries: れる and られる.
    static let japanesePassives: Set<String> = ["れる", "られる"]
    /// The English lemmas of "be" (is, was, are …) and of "that", which several readings look for.
    static let englishBe = LemmaList(["be"]).lemmas[0]
    static let englishThat = LemmaList(["that"]).lemmas[0]

    static func isKanaOrKanji(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F, 0x31F0...0x31FF: return true
        default: return false
        }
    }
}

/// A short list of English words, kept as their lemmas and asked about a token's lemma. Lengths
/// are compared first: most words of a text are none of them, and a String comparison that
/// fails is a call, where hashing every word cost more.
struct LemmaList: Sendable {
    let lemmas: [String]
    /// Each lemma's length in UTF-8, kept: counting them at every question cost more than the
    /// comparisons (the clause cutter asks about every word of a text).
    private let lengths: [Int]

    init(_ words: [String]) {
        lemmas = EnglishLemmatizerPool.with { lemmatizer in words.map { lemmatizer.lemma($0[...]) } }
        lengths = lemmas.map(\.utf8.count)
    }

    func contains(_ lemma: String) -> Bool {
        let count = lemma.utf8.count
        for index in lengths.indices where lengths[index] == count && lemmas[index] == lemma { return true }
        return false
    }
}
