/// The verbs whose stem (連用形) a Japanese noun may be: 書き換え is the stem of 書き換える (一段),
/// 持ち込み of 持ち込む (五段). MeCab's dictionary gives many such stems as nouns of their own.
enum JapaneseVerbStem {
    /// The 五段 endings by the stem's last kana: 込み → 込む, 直し → 直す.
    static let godanEndings: [Character: Character] = ["い": "う", "き": "く", "ぎ": "ぐ", "し": "す", "ち": "つ", "に": "ぬ",
                                                       "び": "ぶ", "み": "む", "り": "る"]
    /// The kana that end a 一段 verb's stem: 換え → 換える, 決め → 決める.
    static let ichidanStemEnds: Set<Character> = ["え", "け", "げ", "せ", "ぜ", "て", "で", "ね", "べ", "め", "れ", "へ",
                                                  "い", "き", "ぎ", "し", "じ", "ち", "に", "び", "み", "り"]

    /// The verbs `noun` may be the stem of, most likely first; none for a word that ends in no kana.
    static func verbs(of noun: String) -> [String] {
        // (The last letter first: most words asked about are English, and end in no kana.)
        guard let last = noun.last, godanEndings[last] != nil || ichidanStemEnds.contains(last), noun.count >= 2 else { return [] }
        var verbs: [String] = []
        if let ending = godanEndings[last] { verbs.append(String(noun.dropLast()) + String(ending)) }
        if ichidanStemEnds.contains(last) { verbs.append(noun + "る") }
        return verbs
    }
}
