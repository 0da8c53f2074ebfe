/// "Did you mean" hints, by edit distance.
public enum Suggestion {
    /// The closest candidate if it is close enough to be a plausible typo.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let length = characterCount(word)
        let limit = max(1, min(3, length / 3))
        var best: (String, Int)?
        // The distance is at least the difference in length: most candidates need no table.
        for candidate in candidates where abs(characterCount(candidate) - length) <= limit {
            // Only a distance below the best so far matters: the table stops once it cannot be.
            if let distance = editDistance(word, candidate, atMost: min(limit, (best?.1 ?? Int.max) - 1)) {
                best = (candidate, distance)
            }
        }
        return best?.0
    }

    /// Levenshtein distance with adjacent transpositions counted as one edit.
    static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(a, b, atMost: Int.max)!
    }

    /// The edit distance if it is at most `bound`, else nil.
    static func editDistance(_ a: String, _ b: String, atMost bound: Int) -> Int? {
        // Bytes, when each character is one byte, are cheaper to compare than characters.
        if isOneBytePerCharacter(a), isOneBytePerCharacter(b) {
            return editDistance(Array(a.utf8), Array(b.utf8), atMost: bound)
        }
        return editDistance(Array(a), Array(b), atMost: bound)
    }

    private static func editDistance<Letter: Equatable>(_ a: [Letter], _ b: [Letter], atMost bound: Int) -> Int? {
        if a.isEmpty || b.isEmpty { return max(a.count, b.count) <= bound ? max(a.count, b.count) : nil }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        var previousMinimum = 0
        for i in 1...a.count {
            current[0] = i
            var minimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
                minimum = min(minimum, current[j])
            }
            // A row's cells are at least the smaller of the last row's least and the one
            // before's least plus one (a transposition): past the bound, every later row is too.
            if minimum > bound, previousMinimum >= bound { return nil }
            previousMinimum = minimum
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }

    /// Whether each character of the text is a single byte: ASCII without "\r", which with "\n" makes one character.
    private static func isOneBytePerCharacter(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    }

    private static func characterCount(_ text: String) -> Int {
        isOneBytePerCharacter(text) ? text.utf8.count : text.count
    }

    /// "; did you mean `x`?" or an empty string.
    static func didYouMean(_ word: String, in candidates: [String]) -> String? {
        closest(to: word, in: candidates).map { "did you mean `\($0)`?" }
    }
}
