/// What `in_order:` asks of a hit's parts: the order in which English writes a verb or marker and
/// its object ("without … consent", "bypass … the Diet"). Japanese puts the object first
/// (同意を得ずに, 憲法上の制約にとらわれない), and so does an English passive ("constitutional
/// limits to be bypassed"), where the marker is a participle after a form of "be".
enum WordOrder {
    /// How many words may stand between "be" and its participle: "is being set aside", "are not bypassed".
    static let auxiliaryReach = 2

    static func holds(_ parts: [Range<Int>], japanese: Bool, _ text: AnalyzedText) -> Bool {
        zip(parts, parts.dropFirst()).allSatisfy { marker, object in
            if japanese { return object.lowerBound < marker.lowerBound }
            return marker.lowerBound < object.lowerBound || (object.upperBound <= marker.lowerBound && isPassive(marker, text))
        }
    }

    /// Whether the words at `marker` open with a participle after "be": "to be bypassed". (A
    /// headline's bare participle, "notification to Congress skipped", is not read as one: it
    /// cannot be told from a relative clause's verb, "the law the Diet enacted".)
    private static func isPassive(_ marker: Range<Int>, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        let first = marker.lowerBound
        let word = text.quote(first..<(first + 1))
        // A participle that looks like its present ("to be set aside", "are put off") is told by
        // the "be" before it.
        guard tokens[first].kind == .word,
              EnglishLemmatizer.isParticiple(word, lemma: tokens[first].lemma) || EnglishLemmatizer.unchangedPasts.contains(word.lowercased())
        else { return false }
        return tokens[max(0, first - auxiliaryReach - 1)..<first].contains { $0.lemma == "be" }
    }
}
