/// A phrase a `mentions` condition looks for, folded once at load.
public struct Phrase: Sendable {
    public var text: String
    let folded: [Character]
    /// `NormalizedText.key` of each folded character.
    let keys: [UInt64]
    /// Japanese phrases match anywhere; English ones on word boundaries.
    let isJapanese: Bool

    init(_ text: String) {
        self.text = text
        self.folded = Array(NormalizedText.fold(text))
        self.keys = folded.map(NormalizedText.key)
        self.isJapanese = folded.contains { $0.isJapanese }
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
}
