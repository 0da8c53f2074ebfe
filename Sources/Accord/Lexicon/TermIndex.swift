/// Terms by the number of their first lemma (`Lexicon.numbers(of:)`), each with what it stands
/// for: a text is searched once, word by word, for all of them.
struct TermIndex<Payload: Sendable>: Sendable {
    private struct Entry: Sendable {
        let parts: [[Int32]]
        /// The second lemma of the first part, -1 when it has one lemma: most candidates at a
        /// word fail on the next one ("be", "in", "no" start dozens of terms each), and this is
        /// checked without reading `parts`.
        let second: Int32
        /// The first lemma of the last part, -1 when it has one part: a term of several parts is
        /// walked only when its sentence holds the word it must end with.
        let last: Int32
        let payload: Payload
    }

    private var byFirst: [[Entry]] = []

    /// Adds a term; candidates at a word are tried in the order they were added.
    mutating func insert(_ parts: [[Int32]], _ payload: Payload) {
        let first = Int(parts[0][0])
        if first >= byFirst.count { byFirst += Array(repeating: [], count: first - byFirst.count + 1) }
        byFirst[first].append(Entry(parts: parts, second: parts[0].count > 1 ? parts[0][1] : -1,
                                    last: parts.count > 1 ? parts[parts.count - 1][0] : -1, payload: payload))
    }

    /// Every term that starts at `start` and ends before `limit`, in the order they were added:
    /// its tokens, and the words its parts matched (`Term.matchedWords`) if it has more than one.
    /// A term of one part is its tokens: an array for each of a text's many matches cost more
    /// than the search.
    /// `isLight`: the tokens a gap holds without counting them, for the terms `lightGaps` names.
    /// `holds`: whether the sentence holds a lemma at all (`SentenceLemmas`); nil to walk every candidate.
    func forEachMatch(at start: Int, before limit: Int, in numbers: [Int32], isLight: (Int) -> Bool = { _ in false },
                      lightGaps: (Payload) -> Bool = { _ in false }, holds: SentenceLemmas? = nil,
                      _ body: (Payload, Range<Int>, [Range<Int>]) -> Void) {
        let first = Int(numbers[start])
        guard first >= 0, first < byFirst.count else { return }
        let entries = byFirst[first]
        // By index, not by element: copying an entry out counted references to its arrays.
        for index in entries.indices {
            let second = entries[index].second
            if second >= 0, start + 1 >= limit || numbers[start + 1] != second { continue }
            if let holds, entries[index].last >= 0, !holds.contains(entries[index].last) { continue }
            if entries[index].parts.count == 1 {
                if let end = Term.matchedPart(entries[index].parts[0], at: start, before: limit, { numbers[$0] }) {
                    body(entries[index].payload, start..<end, [])
                }
            } else if let words = Term.matchedWords(entries[index].parts, at: start, before: limit, { numbers[$0] },
                                                    isLight: lightGaps(entries[index].payload) ? isLight : { _ in false }), let end = words.last?.upperBound {
                body(entries[index].payload, start..<end, words)
            }
        }
    }
}

/// The lexicon numbers of one sentence's lemmas, sorted: a few dozen, searched by halves.
struct SentenceLemmas {
    private let sorted: [Int32]

    init(_ numbers: ArraySlice<Int32>) {
        sorted = numbers.filter { $0 >= 0 }.sorted()
    }

    func contains(_ number: Int32) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < number { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == number
    }
}
