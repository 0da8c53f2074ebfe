/// One clause of a free-text field that holds every concept of a `says` condition, counted or not.
public struct TextHit: Sendable {
    /// The sentence, as the proposal writes it.
    public var quote: String
    public var location: SourceLocation
    /// The words that matched each concept.
    public var parts: [ConceptPart]
    /// Why the hit counts, or why it does not (negated, reported, excepted).
    public var note: String

    /// The matched words as an explanation shows them: "change: 'shall be amended' (14:52)".
    public var partsShown: String {
        parts.map { "\($0.concept): '\($0.quote)' (\($0.location.line):\($0.location.column))" }.joined(separator: "; ")
    }
}
