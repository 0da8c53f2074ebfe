/// An operator's permission to set aside one rule for one proposal until a date.
public struct Waiver: Sendable {
    public var rule: String
    public var proposal: String
    public var justification: String
    public var approver: String
    /// YYYY-MM-DD; the waiver holds through this day.
    public var expires: String
    public var location: SourceLocation
}
