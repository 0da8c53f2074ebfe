/// The lowest severity whose violated or undetermined finding fails a gate: `accord check
/// --fail-on` and the service's `?fail_on=` take the same names (SPEC section 6).
public enum FailOn: String, Sendable, CaseIterable {
    case error, warning, info, never

    /// Nil for `never`.
    public var threshold: Severity? { Severity(rawValue: rawValue) }
}
