/// The findings a gate already knows of: a proposal's finding whose fingerprint is here is
/// reported as `existing` and does not fail the gate, so that a grown rule set fails only on
/// what is new (`accord check --baseline FILE`).
public struct Baseline: Sendable {
    public struct Entry: Sendable, Equatable {
        public var fingerprint: String
        public var rule: String
        public var proposal: String
        /// Where the entry is written in the baseline file.
        public var location: SourceLocation
    }

    public var path: String
    public var entries: [Entry]
    private let fingerprints: Set<String>

    public init(path: String, entries: [Entry]) {
        self.path = path
        self.entries = entries
        fingerprints = Set(entries.map(\.fingerprint))
    }

    public func contains(_ fingerprint: String) -> Bool { fingerprints.contains(fingerprint) }
}
