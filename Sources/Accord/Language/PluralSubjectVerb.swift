/// A verb in its base form after a plural subject, the present that English does not mark: "the
/// GSDF leads the defense and the U.S. Marines back it up", "Japanese units lead and U.S. units
/// provide support". Without it such a conjunct stays in the clause before, and the Marines would
/// seem to lead.
extension TextAnalyzer {
    /// Pronouns that stand for a plural subject: "Japan's forces lead and ours support".
    static let pluralPronouns: Set<String> = ["we", "they", "ours", "theirs"]
    /// Plurals that modify the noun after them rather than act: "logistics support personnel",
    /// "the operations center staff", "arms control talks".
    static let pluralModifiers: Set<String> = ["logistics", "operations", "arms", "weapons", "communications", "systems", "sales",
                                               "affairs", "services", "electronics", "munitions", "customs", "goods", "sports",
                                               "savings", "means", "news", "series", "species", "headquarters"]
    /// Words that are no verb after a plural: they go on with its noun phrase or open another.
    static let notBaseVerbs = LemmaList(["the", "a", "an", "and", "or", "nor", "but", "of", "to", "for", "in", "on", "at", "by",
                                         "from", "with", "into", "onto", "over", "under", "near", "across", "within", "without",
                                         "about", "against", "between", "among", "through", "during", "after", "before",
                                         "until", "since", "as", "than", "that", "which", "who", "whom", "whose", "where", "when",
                                         "while", "if", "unless", "because", "though", "although", "whether", "not", "no",
                                         "also", "only", "even", "now", "then", "there", "here", "too", "already", "still",
                                         "together", "alone", "abroad", "ashore", "afloat", "nearby", "first", "again", "each",
                                         "both", "all", "either", "neither", "such", "own", "other", "same", "more", "most",
                                         "less", "very", "so", "per", "via", "like", "this", "these", "those", "its", "their",
                                         "our", "your", "his", "her", "my", "new", "old", "aboard", "overseas", "forward"])
    /// Words that may follow the verb at once: what it acts on or the particle of a phrasal verb.
    /// A preposition after a noun ("logistics support to …") shows the noun for what it is.
    static let verbFollowers = LemmaList(["the", "a", "an", "its", "their", "them", "it", "this", "that", "these", "those", "all",
                                          "any", "some", "each", "every", "our", "his", "her", "up", "out", "back", "over",
                                          "off", "down", "primary", "full", "overall", "no"])

    /// Whether the word at `index` is a verb in its base form with a plural subject just before
    /// it: a name or a plural noun ("U.S. units provide", "the Marines back"), or a plural pronoun.
    /// It must take at once its object, a determiner or a particle, or a name: "U.S. units provide
    /// support" is read only as far as "provide support" goes with the words after it.
    static func isPresentAfterAPlural<Tokens: TokenSequence>(_ tokens: Tokens, at index: Int, text: String) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].kind == .word, tokens[index - 1].kind == .word,
              endsInS(tokens[index - 1], text) || pluralPronounLemmas.contains(tokens[index - 1].lemma),
              !notBaseVerbs.contains(tokens[index].lemma)
        else { return false }
        let word = surface(tokens[index], text)
        guard word.utf8.count >= 3, !startsWithCapital(tokens[index], text), !word.hasSuffix("s"), !word.hasSuffix("ed"),
              !word.hasSuffix("ing"), !word.hasSuffix("ly"), !word.contains("-"), !word.contains("'"), !word.contains("’")
        else { return false }
        let before = surface(tokens[index - 1], text).lowercased()
        let plural = pluralPronouns.contains(before)
            || (before.utf8.count >= 4 && before.hasSuffix("s") && !before.hasSuffix("ss") && !before.hasSuffix("us")
                && !before.hasSuffix("'s") && !before.hasSuffix("’s") && !notVerbsInS.contains(before) && !pluralModifiers.contains(before))
        guard plural else { return false }
        // A lowercase plural needs a word before it that makes it a noun ("U.S. units", "the
        // Marines"): alone after a comma, or after an acronym, a word in "-s" is more often a verb
        // ("…, conducts strike operations"; "JSDF conducts strike …").
        if !pluralPronouns.contains(before), !startsWithCapital(tokens[index - 1], text) {
            guard index >= 2, tokens[index - 2].kind == .word, !isAcronym(tokens[index - 2], text) else { return false }
        }
        let next = tokens[index + 1]
        return next.kind == .number || (next.kind == .word && (verbFollowers.contains(next.lemma) || startsWithCapital(next, text)
            || (!notBaseVerbs.contains(next.lemma) && !surface(next, text).hasSuffix("ly"))))
    }

    /// The lemmas of the plural pronouns that do not end in "s".
    static let pluralPronounLemmas = LemmaList(["we", "they"])

    /// Whether a word's last byte is an "s", read before any string is built: the clause cutter
    /// asks about every word, and most are read no further.
    private static func endsInS(_ token: Token, _ text: String) -> Bool {
        guard token.end > token.start else { return false }
        let last = text.utf8[text.utf8.index(text.utf8.startIndex, offsetBy: token.end - 1)]
        return last == UInt8(ascii: "s") || last == UInt8(ascii: "S")
    }

    /// Whether a word is written in capitals only, as acronyms are: "JSDF", "USFJ".
    private static func isAcronym(_ token: Token, _ text: String) -> Bool {
        let word = surface(token, text)
        return word.utf8.count >= 2 && word.unicodeScalars.allSatisfy { $0.properties.isUppercase || ("0"..."9").contains($0) }
    }
}
