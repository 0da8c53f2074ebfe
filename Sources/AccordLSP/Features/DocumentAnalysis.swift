import Accord

/// What the engine says about one version of an open document, with each finding's range: the
/// diagnostics, hovers and quick fixes of that version all read this one analysis.
struct DocumentAnalysis {
    enum Outcome {
        /// Plainly not a proposal (as `accord check DIR` sets such files aside): nothing to say.
        case notAProposal
        /// Format errors: the proposal cannot be checked.
        case invalid([Accord.Diagnostic])
        case checked(ProposalReport)
    }

    struct PlacedFinding {
        var result: RuleResult
        var range: Range
    }

    let positions: TextPositions
    let outcome: Outcome
    let findings: [PlacedFinding]

    /// Checks `bytes` as the file at `path`. Without a checker (no valid rule set yet), the format
    /// is still validated.
    init(bytes: [UInt8], path: String, checker: Checker?) {
        positions = TextPositions(bytes)
        let input = InputFile(path: path, bytes: bytes)
        if Self.holdsNothing(bytes) {
            // A new file, or one with only comments so far: not a proposal yet, and no error to show.
            outcome = .notAProposal
        } else if let checker {
            if let report = checker.check(input, skipOthers: true) {
                outcome = report.verdict == .invalid ? .invalid(report.problems) : .checked(report)
            } else {
                outcome = .notAProposal
            }
        } else {
            switch ProposalReader.read(bytes, path: path, skipOthers: true) {
            case .notAProposal, .valid: outcome = .notAProposal
            case .invalid(_, let problems): outcome = .invalid(problems)
            }
        }
        if case .checked(let report) = outcome {
            let positions = positions
            findings = report.findings.map { PlacedFinding(result: $0, range: FindingSpan.range(of: $0, in: positions)) }
        } else {
            findings = []
        }
    }

    /// Whether every line is blank or a comment.
    static func holdsNothing(_ bytes: [UInt8]) -> Bool {
        var atLineStart = true
        var inComment = false
        for byte in bytes {
            switch byte {
            case 0x0A, 0x0D:
                atLineStart = true
                inComment = false
            case 0x20, 0x09:
                continue
            case UInt8(ascii: "#") where atLineStart:
                inComment = true
                atLineStart = false
            default:
                if !inComment { return false }
                atLineStart = false
            }
        }
        return true
    }

    /// The findings whose range holds `position`, narrowest first.
    func findings(at position: Position) -> [PlacedFinding] {
        findings.filter { $0.range.contains(position) }
            .sorted { ($0.range.end.line - $0.range.start.line, $0.range.end.character) < ($1.range.end.line - $1.range.start.line, $1.range.end.character) }
    }
}
