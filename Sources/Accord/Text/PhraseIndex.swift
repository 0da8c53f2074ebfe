/// Every phrase of a rule set, indexed so that one pass over a text finds all of them: an English
/// phrase by its first word (it can only start where a word of the text starts, and that word
/// must be its whole first word), any other by its first unit.
struct PhraseIndex: Sendable {
    /// The phrases by slot.
    let phrases: [Phrase]
    /// Tells this index from any other, so that a phrase compiled for one is never looked up in
    /// another (a service reloads its rule set); random, as indexes are built on many threads.
    let identity: UInt64
    private var byFirstWord: [UInt64: [Int32]] = [:]
    private var byFirstUnit: [UInt32: [Int32]] = [:]
    /// One bit per unit below U+10000 that starts a phrase of `byFirstUnit`: most units start none.
    private var startsPhrase = [UInt64](repeating: 0, count: 0x10000 / 64)
    /// One bit per low 16 bits of a first word's hash: most words of a text start no phrase, and
    /// the bit tells so without a dictionary look-up.
    private var startsWithWord = [UInt64](repeating: 0, count: 0x10000 / 64)
    /// Whether a phrase of `byFirstUnit` starts with a unit that continues an English word (a
    /// Japanese phrase such as 「PKO協力法」): only then is each unit inside a word looked up too.
    private var wordUnitStartsPhrase = false

    static let empty = PhraseIndex(phrases: [], identity: 0)

    init(phrases: [Phrase], identity: UInt64) {
        self.phrases = phrases
        self.identity = identity
        for (slot, phrase) in phrases.enumerated() {
            guard let first = phrase.units.first else { continue }
            if !phrase.isJapanese, TextUnit.continuesEnglishWord(first) {
                let word = phrase.units.prefix(while: TextUnit.continuesEnglishWord)
                let hash = Self.hash(word)
                byFirstWord[hash, default: []].append(Int32(slot))
                startsWithWord[Int(hash & 0xFFFF) >> 6] |= 1 << (hash & 63)
            } else {
                byFirstUnit[first, default: []].append(Int32(slot))
                if TextUnit.continuesEnglishWord(first) { wordUnitStartsPhrase = true }
                if first < 0x10000 { startsPhrase[Int(first) >> 6] |= 1 << (first & 63) }
            }
        }
    }

    /// FNV-1a over units.
    static func hash(_ units: some Sequence<UInt32>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for unit in units { hash = (hash ^ UInt64(unit)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Every occurrence of every phrase in the text, sorted by slot, then by place.
    func occurrences(in text: FoldedText) -> [PhraseOccurrence] {
        var found: [PhraseOccurrence] = []
        func tryPhrases(_ slots: [Int32], at start: Int) {
            for slot in slots {
                let phrase = Int(slot)
                if let occurrence = TextMatcher.occurrence(of: phrases[phrase].units, isJapanese: phrases[phrase].isJapanese, slot: slot,
                                                           in: text.units, at: start) {
                    found.append(occurrence)
                }
            }
        }
        // Every unit of every text is read here, through buffers: most start no phrase.
        startsPhrase.withUnsafeBufferPointer { startsPhrase in
            startsWithWord.withUnsafeBufferPointer { startsWithWord in
                text.units.withUnsafeBufferPointer { units in
                    func tryUnit(at index: Int) {
                        // A phrase's space matches a run of blanks with a line break too.
                        let unit = units[index] == TextUnit.lineBreak ? TextUnit.space : units[index]
                        if unit < 0x10000, startsPhrase[Int(unit) >> 6] & (1 << (unit & 63)) == 0 { return }
                        if let slots = byFirstUnit[unit] { tryPhrases(slots, at: index) }
                    }
                    var index = 0
                    while index < units.count {
                        guard TextUnit.continuesEnglishWord(units[index]) else {
                            tryUnit(at: index)
                            index += 1
                            continue
                        }
                        // Each unit read once: this loop is most of the search.
                        var end = index
                        var unit = units[index]
                        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                        repeat {
                            hash = (hash ^ UInt64(unit)) &* 0x100_0000_01b3
                            end &+= 1
                            guard end < units.count else { break }
                            unit = units[end]
                        } while TextUnit.continuesEnglishWord(unit)
                        if startsWithWord[Int(hash & 0xFFFF) >> 6] & (1 << (hash & 63)) != 0, let slots = byFirstWord[hash] { tryPhrases(slots, at: index) }
                        if wordUnitStartsPhrase {
                            for inner in index..<end { tryUnit(at: inner) }
                        }
                        index = end
                    }
                }
            }
        }
        if found.count > 1 { found.sort { ($0.slot, $0.range.lowerBound) < ($1.slot, $1.range.lowerBound) } }
        return found
    }
}

extension PhraseIndex {
    /// The rule set with every phrase given its slot, and the index of those phrases. Phrases of
    /// the same text share a slot.
    static func compile(_ ruleSet: RuleSet) -> (RuleSet, PhraseIndex) {
        let identity = UInt64.random(in: 1...UInt64.max)
        var phrases: [Phrase] = []
        var slots: [String: Int32] = [:]
        func place(_ query: TextQuery) -> TextQuery {
            var query = query
            for index in query.phrases.indices {
                let text = query.phrases[index].text
                let number = slots[text] ?? Int32(phrases.count)
                if number == phrases.count {
                    slots[text] = number
                    phrases.append(query.phrases[index])
                }
                query.phrases[index].slot = PhraseSlot(index: identity, number: number)
            }
            query.slots = SlotSet(index: identity, slots: query.phrases.compactMap { $0.slot?.number })
            return query
        }
        var compiled = ruleSet
        for index in compiled.rules.indices {
            compiled.rules[index].scope = compiled.rules[index].scope?.mappingQueries(place)
            switch compiled.rules[index].requirement {
            case .require(let condition): compiled.rules[index].requirement = .require(condition.mappingQueries(place))
            case .forbid(let condition): compiled.rules[index].requirement = .forbid(condition.mappingQueries(place))
            }
            for exception in compiled.rules[index].exceptions.indices {
                compiled.rules[index].exceptions[exception].condition = compiled.rules[index].exceptions[exception].condition.mappingQueries(place)
            }
        }
        return (compiled, PhraseIndex(phrases: phrases, identity: identity))
    }
}

extension Condition {
    /// The condition with every `mentions` query replaced by `transform`'s result.
    func mappingQueries(_ transform: (TextQuery) -> TextQuery) -> Condition {
        switch self {
        case .all(let items, let at): return .all(items.map { $0.mappingQueries(transform) }, at)
        case .any(let items, let at): return .any(items.map { $0.mappingQueries(transform) }, at)
        case .not(let inner, let at): return .not(inner.mappingQueries(transform), at)
        case .forAny(let path, let inner, let at): return .forAny(path, inner.mappingQueries(transform), at)
        case .forAll(let path, let inner, let at): return .forAll(path, inner.mappingQueries(transform), at)
        case .mentions(let query, let at): return .mentions(transform(query), at)
        case .exists, .compare, .count, .says: return self
        }
    }
}
