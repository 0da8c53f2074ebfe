import Crypto

/// What identifies a finding from one run to the next, for code scanning (SARIF's
/// `partialFingerprints`), GitLab's Code Quality report and baselines: one definition for all.
///
/// The ingredients are the rule, the proposal's id and what the finding is about — the quoted
/// sentence of a text finding, else the deciding condition (which names the field path) and the
/// value it saw. Never a line or a column, and not the file's path: editing unrelated lines,
/// reordering or re-indenting fields, moving the file or adding another proposal leave it alone;
/// changing the offending value or sentence gives a new one.
public enum FindingFingerprint {
    /// The key of SARIF's `partialFingerprints`; bump the version when the ingredients change.
    public static let key = "accordFinding/v2"

    /// SHA-256 of the ingredients, in hex.
    public static func of(_ finding: RuleResult, proposal: String?) -> String {
        digest([finding.rule, proposal ?? "", anchor(finding)])
    }

    /// SHA-256 of the parts joined by NUL, in hex; the bytes made at once rather than joined
    /// into a string and copied out of it.
    private static func digest(_ parts: [String]) -> String {
        var material: [UInt8] = []
        material.reserveCapacity(parts.reduce(parts.count) { $0 + $1.utf8.count })
        for (index, part) in parts.enumerated() {
            if index > 0 { material.append(0) }
            material += part.utf8
        }
        return Hex.string(SHA256.hash(data: material))
    }

    /// An input problem has no proposal to speak of reliably: it is known by its file and message.
    public static func ofProblem(_ message: String, rule: String, proposal: String?, path: String) -> String {
        digest([rule, proposal ?? "", path, message])
    }

    /// What a finding is about: the first quoted sentence for a text finding (what follows it
    /// names places), else the deciding condition and the value seen, without where it was seen.
    static func anchor(_ finding: RuleResult) -> String {
        if let sentence = finding.quotedSentence { return "'" + sentence + "'" }
        guard let step = finding.decidingStep else { return "" }
        return step.condition + "\u{0}" + (step.seen ?? "")
    }
}

extension RuleResult {
    /// The explanation step that decided the finding where it lands.
    var decidingStep: ExplanationStep? { explanation.first { $0.location == location } }

    /// The sentence a text finding quotes (the first of its deciding step's hits); nil for a
    /// finding that no text decided.
    public var quotedSentence: String? {
        guard let seen = decidingStep?.seen, seen.hasPrefix("'") else { return nil }
        // The closing quote is looked for after the opening one: a sentence may itself start
        // with "', '" (", 'The SOFA …").
        let sentence = seen.dropFirst()
        let ends = [Self.firstRange(of: "': ", in: sentence), Self.firstRange(of: "', '", in: sentence)].compactMap { $0 }
        guard let end = ends.min(by: { $0.lowerBound < $1.lowerBound }) else { return String(sentence.dropLast(sentence.hasSuffix("'") ? 1 : 0)) }
        return String(sentence[..<end.lowerBound])
    }

    /// Where the ASCII `pattern` first stands in `text` as whole characters (a mark that combines
    /// with its last character makes another character), as Foundation's `range(of:)` finds it.
    /// Byte by byte: Foundation went through NSString, at 30,000 instructions a finding, and the
    /// standard library's search by characters cost half as much again.
    static func firstRange(of pattern: String, in text: Substring) -> Range<String.Index>? {
        let bytes = Array(pattern.utf8)
        let utf8 = text.utf8
        var start = utf8.startIndex
        while let first = utf8[start...].firstIndex(of: bytes[0]) {
            var end = first
            var matched = 0
            while matched < bytes.count, end < utf8.endIndex, utf8[end] == bytes[matched] {
                matched += 1
                end = utf8.index(after: end)
            }
            if matched == bytes.count, String.Index(first, within: text) != nil, String.Index(end, within: text) != nil {
                return first..<end
            }
            start = utf8.index(after: first)
        }
        return nil
    }
}
