/// A phrase a `mentions` condition looks for, folded once at load.
public struct Phrase: Sendable {
    public var text: String
    /// The folded phrase; each run of blanks is one space, which matches any run of blanks but a new paragraph.
    let units: [UInt32]
    /// Japanese phrases match anywhere; English ones on word boundaries.
    let isJapanese: Bool
    /// The phrase's place in the `PhraseIndex` of the rule set it was compiled with; nil until then.
    var slot: PhraseSlot?

    init(_ text: String) {
        self.text = text
        self.units = FoldedText(text).units.map { TextUnit.isBlank($0) ? TextUnit.space : $0 }
        self.isJapanese = units.contains(where: TextUnit.isJapanese)
    }
}

/// A phrase's place in one `PhraseIndex`.
struct PhraseSlot: Sendable {
    /// The index's `identity`: a slot counts only in the index that gave it.
    var index: UInt64
    var number: Int32
}

/// The slots of a query's phrases in one `PhraseIndex`, one bit each: a text then answers for
/// its own few occurrences rather than being asked about every phrase of the query.
struct SlotSet: Sendable {
    /// The index's `identity`, as in `PhraseSlot`.
    var index: UInt64
    private var bits: [UInt64]

    init(index: UInt64, slots: [Int32]) {
        self.index = index
        bits = [UInt64](repeating: 0, count: Int(slots.max() ?? 0) / 64 + 1)
        for slot in slots { bits[Int(slot) / 64] |= 1 << (UInt64(slot) % 64) }
    }

    func contains(_ slot: Int32) -> Bool {
        let word = Int(slot) / 64
        return word < bits.count && bits[word] & (1 << (UInt64(slot) % 64)) != 0
    }
}

/// One occurrence of a phrase in a free-text field.
public struct TextHit: Sendable {
    public var phrase: String
    /// The span as the proposal writes it.
    public var quote: String
    public var location: SourceLocation
    /// The negation cue that suppressed the hit, if one did.
    public var negatedBy: String?
    /// For a `says` hit: the words that matched each concept, and why the hit counts or not.
    public var parts: [ConceptPart] = []
    public var note: String?

    /// The matched words as an explanation shows them: "change: 'shall be amended' (14:52)".
    public var partsShown: String {
        parts.map { "\($0.concept): '\($0.quote)' (\($0.location.line):\($0.location.column))" }.joined(separator: "; ")
    }
}
