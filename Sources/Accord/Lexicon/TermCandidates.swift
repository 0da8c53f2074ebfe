/// A term index's entries by their first two lemmas: at a word, the candidates are the terms
/// that start with its lemma and either have one lemma in their first part or have the next
/// word's lemma as their second. Most terms that share a first lemma differ in the second ("be",
/// "in", "no" start dozens each), and trying them one by one to fail on the second was most of
/// the term search.
///
/// Entry numbers only, in flat arrays, each list ascending: `forEach` merges the two lists, so
/// that candidates come in the index's own order and matches come out as before.
struct TermCandidates: Sendable {
    /// Entries whose first part has one lemma, grouped by first lemma:
    /// `singles[singleStarts[n]..<singleStarts[n + 1]]`.
    private var singles: [Int32] = []
    private var singleStarts: [Int32] = [0]
    /// The distinct second lemmas of the terms starting with lemma `n`, ascending:
    /// `seconds[secondStarts[n]..<secondStarts[n + 1]]`; the entries of `seconds[k]` are
    /// `paired[pairStarts[k]..<pairStarts[k + 1]]`.
    private var seconds: [Int32] = []
    private var secondStarts: [Int32] = [0]
    private var pairStarts: [Int32] = [0]
    private var paired: [Int32] = []

    init() {}

    /// `firstAndSecond[e]`: entry `e`'s first lemma and its second (-1 when its first part has
    /// one lemma), the entries grouped by first lemma as `TermIndex` keeps them; `groupCount`
    /// how many first lemmas there are.
    init(_ firstAndSecond: [(first: Int32, second: Int32)], groupCount: Int) {
        var entry = 0
        for group in 0..<groupCount {
            var bySecond: [(second: Int32, entry: Int32)] = []
            while entry < firstAndSecond.count, Int(firstAndSecond[entry].first) == group {
                let second = firstAndSecond[entry].second
                if second < 0 { singles.append(Int32(entry)) } else { bySecond.append((second, Int32(entry))) }
                entry += 1
            }
            singleStarts.append(Int32(singles.count))
            // Sorted by second lemma, each second's entries staying ascending.
            bySecond.sort { ($0.second, $0.entry) < ($1.second, $1.entry) }
            for (second, number) in bySecond {
                if seconds.count == Int(secondStarts[secondStarts.count - 1]) || seconds[seconds.count - 1] != second {
                    seconds.append(second)
                    pairStarts.append(pairStarts[pairStarts.count - 1])
                }
                paired.append(number)
                pairStarts[pairStarts.count - 1] += 1
            }
            secondStarts.append(Int32(seconds.count))
        }
    }

    /// The entries that may match where lemma `first` is followed by lemma `next` (nil at the
    /// end of a sentence), in ascending order.
    func forEach(first: Int, next: Int32?, _ body: (Int) -> Void) {
        guard first + 1 < singleStarts.count else { return }
        var single = Int(singleStarts[first])
        let singleEnd = Int(singleStarts[first + 1])
        var pair = 0, pairEnd = 0
        if let next, next >= 0, let found = place(of: next, among: Int(secondStarts[first])..<Int(secondStarts[first + 1])) {
            pair = Int(pairStarts[found])
            pairEnd = Int(pairStarts[found + 1])
        }
        while single < singleEnd || pair < pairEnd {
            if pair == pairEnd || (single < singleEnd && singles[single] < paired[pair]) {
                body(Int(singles[single]))
                single += 1
            } else {
                body(Int(paired[pair]))
                pair += 1
            }
        }
    }

    /// Where `second` stands in `seconds[range]`, by halves.
    private func place(of second: Int32, among range: Range<Int>) -> Int? {
        var low = range.lowerBound, high = range.upperBound
        while low < high {
            let middle = (low + high) / 2
            if seconds[middle] < second { low = middle + 1 } else { high = middle }
        }
        return low < range.upperBound && seconds[low] == second ? low : nil
    }
}
