/// One clause of a free-text field that holds every concept of a `says` condition, counted or not.
public struct TextHit: Sendable {
    /// The concepts the hit holds, joined: "change + security-arrangements".
    public var phrase: String
    /// The sentence, as the proposal writes it.
    public var quote: String
    public var location: SourceLocation
    /// Why the hit does not count (negated, reported or excepted); nil when it counts.
    public var negatedBy: String?
    /// The words that matched each concept, and why the hit counts or not.
    public var parts: [ConceptPart] = []
    public var note: String?

    /// The matched words as an explanation shows them: "change: 'shall be amended' (14:52)".
    public var partsShown: String {
        parts.map { "\($0.concept): '\($0.quote)' (\($0.location.line):\($0.location.column))" }.joined(separator: "; ")
    }
}
