/// What a term stands for in a `TermIndex`, as one number in a compiled lexicon's file.
protocol TermPayload: Sendable {
    var packed: Int32 { get }
    init(packed: Int32)
}

/// A term of a concept, or of one of its exceptions.
struct ConceptTerm: TermPayload {
    /// The concept it counts for (`Concept.number`).
    var concept: Int
    var isException: Bool
    /// Made by `Term.passive`, not written.
    var isPassive: Bool

    init(concept: Int, isException: Bool, isPassive: Bool) {
        self.concept = concept
        self.isException = isException
        self.isPassive = isPassive
    }

    var packed: Int32 { Int32(concept) << 2 | (isException ? 1 : 0) | (isPassive ? 2 : 0) }
    init(packed: Int32) { self.init(concept: Int(packed >> 2), isException: packed & 1 != 0, isPassive: packed & 2 != 0) }
}

/// A context cue: its list (its place in `ContextCues.sections`) and its language, which decides
/// which way a negation reaches.
struct CueTerm: TermPayload {
    var section: Int
    var japanese: Bool

    init(section: Int, japanese: Bool) {
        self.section = section
        self.japanese = japanese
    }

    var packed: Int32 { Int32(section) << 1 | (japanese ? 1 : 0) }
    init(packed: Int32) { self.init(section: Int(packed >> 1), japanese: packed & 1 != 0) }
}

/// Terms by the number of their first lemma (`Lexicon.numbers(of:)`), each with what it stands
/// for: a text is searched once, word by word, for all of them.
///
/// Numbers only, in three flat arrays: a term's parts as nested arrays cost an allocation each
/// when a compiled lexicon was read (about 14,000 terms, most of a single check), and a pointer
/// to follow at every candidate of a search.
struct TermIndex<Payload: TermPayload>: Sendable {
    struct Entry: Sendable {
        /// Where its parts start in `lemmas`: each part is its length, then its lemmas.
        let start: Int32
        let partCount: Int32
        /// The second lemma of the first part, -1 when it has one lemma: most terms that share a
        /// first lemma differ in the next ("be", "in", "no" start dozens of terms each), and
        /// `TermCandidates` offers a word only those whose second lemma is the next word's.
        let second: Int32
        /// The first lemma of the last part, -1 when it has one part: a term of several parts is
        /// walked only when its sentence holds the word it must end with.
        let last: Int32
        let payload: Payload
    }

    /// Every term's parts, one after another, each part its length and then its lemmas.
    private var lemmas: [Int32] = []
    /// Grouped by first lemma, and in each group in the order the terms were given: candidates at
    /// a word are tried in that order, so that matches come out the same on every run.
    private var entries: [Entry] = []
    /// The entries of the terms whose first lemma is `n` are `entries[groups[n]..<groups[n + 1]]`.
    private var groups: [Int32] = [0]
    /// The entries by their first two lemmas, which a search at a word tries.
    private var candidates = TermCandidates()

    init() {}

    /// The index of `terms`, each as its parts' lemma numbers.
    init(_ terms: [(parts: [[Int32]], payload: Payload)]) {
        let groupCount = (terms.map { Int($0.parts[0][0]) }.max() ?? -1) + 1
        let grouped = Grouped(terms.map { (Int($0.parts[0][0]), $0) }, groups: groupCount)
        groups = grouped.starts
        for (parts, payload) in grouped.elements {
            let start = Int32(lemmas.count)
            for part in parts {
                lemmas.append(Int32(part.count))
                lemmas += part
            }
            entries.append(Entry(start: start, partCount: Int32(parts.count), second: parts[0].count > 1 ? parts[0][1] : -1,
                                 last: parts.count > 1 ? parts[parts.count - 1][0] : -1, payload: payload))
        }
        indexCandidates()
    }

    /// Builds `candidates` from `entries` and `groups`.
    private mutating func indexCandidates() {
        var firstAndSecond: [(first: Int32, second: Int32)] = []
        firstAndSecond.reserveCapacity(entries.count)
        for first in 0..<(groups.count - 1) {
            for index in Int(groups[first])..<Int(groups[first + 1]) { firstAndSecond.append((Int32(first), entries[index].second)) }
        }
        candidates = TermCandidates(firstAndSecond, groupCount: groups.count - 1)
    }

    /// Every term, in the index's order, as its parts' lemma numbers: for tests and for
    /// comparing two indexes.
    var terms: [(parts: [[Int32]], payload: Payload)] {
        entries.map { entry in
            var parts: [[Int32]] = []
            var at = Int(entry.start)
            for _ in 0..<entry.partCount {
                let count = Int(lemmas[at])
                parts.append(Array(lemmas[(at + 1)..<(at + 1 + count)]))
                at += 1 + count
            }
            return (parts, entry.payload)
        }
    }

    /// Every term that starts at `start` and ends before `limit`, in the order they were given:
    /// its tokens, and the words its parts matched (`matchedWords`) if it has more than one.
    /// A term of one part is its tokens: an array for each of a text's many matches cost more
    /// than the search.
    /// `isLight`: the tokens a gap holds without counting them, for the terms `lightGaps` names.
    /// `holds`: whether the sentence holds a lemma at all (`SentenceLemmas`); nil to walk every candidate.
    func forEachMatch(at start: Int, before limit: Int, in numbers: [Int32], isLight: (Int) -> Bool = { _ in false },
                      lightGaps: (Payload) -> Bool = { _ in false }, holds: SentenceLemmas? = nil,
                      _ body: (Payload, Range<Int>, [Range<Int>]) -> Void) {
        let first = Int(numbers[start])
        guard first >= 0, first + 1 < groups.count else { return }
        // Only the terms whose second lemma, if any, is the next word's.
        candidates.forEach(first: first, next: start + 1 < limit ? numbers[start + 1] : nil) { index in
            // Field by field: copying the whole entry first cost more than the test.
            let last = entries[index].last
            if let holds, last >= 0, !holds.contains(last) { return }
            let entry = entries[index]
            if entry.partCount == 1 {
                if let end = matchedPart(at: Int(entry.start), from: start, before: limit, numbers) {
                    body(entry.payload, start..<end, [])
                }
            } else if let words = matchedWords(entry, at: start, before: limit, numbers,
                                               isLight: lightGaps(entry.payload) ? isLight : { _ in false }), let end = words.last?.upperBound {
                body(entry.payload, start..<end, words)
            }
        }
    }

    /// The tokens each part matched, if the term starts at `start`: the words of a gap between
    /// them are not the term's ("creates no obligations" holds a negation inside "create … obligation").
    /// `isLight` tells the tokens that a gap holds without counting them.
    private func matchedWords(_ entry: Entry, at start: Int, before limit: Int, _ numbers: [Int32], isLight: (Int) -> Bool) -> [Range<Int>]? {
        // Walked once without keeping the words: most tries fail on a later part ("no … consent"
        // at every "no"), and an array for each try cost more than walking again.
        guard walk(entry, at: start, before: limit, numbers, isLight, { _ in }) else { return nil }
        var words: [Range<Int>] = []
        words.reserveCapacity(Int(entry.partCount))
        _ = walk(entry, at: start, before: limit, numbers, isLight) { words.append($0) }
        return words
    }

    /// Whether the term starts at `start`, telling `found` the words of each part.
    private func walk(_ entry: Entry, at start: Int, before limit: Int, _ numbers: [Int32],
                      _ isLight: (Int) -> Bool, _ found: (Range<Int>) -> Void) -> Bool {
        var index = start
        var part = Int(entry.start)
        for number in 0..<Int(entry.partCount) {
            if number > 0 {
                // The next part may start after up to `gap` tokens that count (and `lightReach` in
                // all); the nearest start is taken.
                var words: Range<Int>?
                var candidate = index
                var counted = 0
                while candidate < min(limit, index + Term.lightReach + 1) {
                    if let end = matchedPart(at: part, from: candidate, before: limit, numbers) {
                        // A part that is itself light (the ない of 根拠 … ない) reaches only `gap`
                        // tokens of any kind: it would otherwise take a negation further on for its own.
                        if !isLight(candidate) || candidate - index <= Term.gap { words = candidate..<end }
                        break
                    }
                    if !isLight(candidate) {
                        counted += 1
                        if counted > Term.gap { break }
                    }
                    candidate += 1
                }
                guard let words else { return false }
                found(words)
                index = words.upperBound
            } else {
                guard let end = matchedPart(at: part, from: index, before: limit, numbers) else { return false }
                found(index..<end)
                index = end
            }
            part += 1 + Int(lemmas[part])
        }
        return true
    }

    /// Where the part at `part` in `lemmas` ends if its words stand from `start` on, before `limit`.
    private func matchedPart(at part: Int, from start: Int, before limit: Int, _ numbers: [Int32]) -> Int? {
        let count = Int(lemmas[part])
        guard start + count <= limit else { return nil }
        for offset in 0..<count where numbers[start + offset] != lemmas[part + 1 + offset] { return nil }
        return start + count
    }
}

extension TermIndex {
    /// Writes the index for `read`.
    func write(to writer: inout ByteWriter) {
        writer.int32s(lemmas)
        writer.int32s(groups)
        writer.int32s(entries.flatMap { [$0.start, $0.partCount, $0.payload.packed] })
    }

    /// The index `write` wrote, or nil if it is damaged: every entry is checked to lie inside
    /// `lemmas`, in its group, with lemma numbers below `lemmaCount`, so that a damaged file is
    /// only a miss. `accepts` checks each payload.
    static func read(_ reader: inout ByteReader, lemmaCount: Int, accepts: (Payload) -> Bool) -> TermIndex? {
        guard let lemmas = reader.int32s(), let groups = reader.int32s(), let fields = reader.int32s(), fields.count % 3 == 0,
              groups.first == 0, groups.last.map(Int.init) == fields.count / 3, groups.count <= lemmaCount + 1,
              zip(groups, groups.dropFirst()).allSatisfy({ $0 <= $1 }) else { return nil }
        var index = TermIndex()
        index.lemmas = lemmas
        index.groups = groups
        index.entries.reserveCapacity(fields.count / 3)
        var group = 0
        for number in 0..<(fields.count / 3) {
            while group + 1 < groups.count, Int(groups[group + 1]) <= number { group += 1 }
            let start = Int(fields[3 * number]), partCount = Int(fields[3 * number + 1])
            let payload = Payload(packed: fields[3 * number + 2])
            guard partCount > 0, start >= 0, accepts(payload) else { return nil }
            var at = start
            var second: Int32 = -1, last: Int32 = -1
            for part in 0..<partCount {
                guard at < lemmas.count else { return nil }
                let count = Int(lemmas[at])
                guard count > 0, at + 1 + count <= lemmas.count,
                      lemmas[(at + 1)..<(at + 1 + count)].allSatisfy({ $0 >= 0 && Int($0) < lemmaCount }) else { return nil }
                if part == 0 {
                    guard Int(lemmas[at + 1]) == group else { return nil }
                    if count > 1 { second = lemmas[at + 2] }
                }
                if part == partCount - 1, partCount > 1 { last = lemmas[at + 1] }
                at += 1 + count
            }
            index.entries.append(Entry(start: Int32(start), partCount: Int32(partCount), second: second, last: last, payload: payload))
        }
        index.indexCandidates()
        return index
    }
}

/// Which of the lexicon's lemmas one sentence holds, a bit for each lemma number: the terms of
/// several parts ask it for their last word at every candidate. One sentence is marked at a
/// time, and its bits cleared before the next (sorting each sentence's numbers and searching
/// them by halves cost more).
struct SentenceLemmas {
    private var bits: [UInt64]

    /// `lemmaCount`: how many lemmas the lexicon numbers.
    init(lemmaCount: Int) {
        bits = Array(repeating: 0, count: (lemmaCount + 63) / 64)
    }

    /// Marks the lemmas of a sentence (`Lexicon.numbers(of:)`, -1 for none of the lexicon's).
    mutating func mark(_ numbers: ArraySlice<Int32>) {
        for number in numbers where number >= 0 { bits[Int(number) >> 6] |= 1 << UInt64(number & 63) }
    }

    /// Clears what `mark` marked.
    mutating func clear(_ numbers: ArraySlice<Int32>) {
        for number in numbers where number >= 0 { bits[Int(number) >> 6] = 0 }
    }

    func contains(_ number: Int32) -> Bool { bits[Int(number) >> 6] & (1 << UInt64(number & 63)) != 0 }
}
