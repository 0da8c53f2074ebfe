/// The file `accord baseline` writes: the failing findings of a run, each by its fingerprint,
/// with the rule, proposal and file for a reader. `schemas/baseline.schema.json` describes it.
public enum BaselineFile {
    public static let format = "accord-baseline"
    public static let version = 1

    /// Findings that fail a gate now, and those an earlier baseline already held, in the order of
    /// file, rule and fingerprint, so that the same run writes the same bytes.
    public static func render(_ batch: BatchReport) -> String {
        var findings: [(path: String, rule: String, fingerprint: String, value: JSONValue)] = []
        for report in batch.reports {
            for result in report.results where result.status.isFailure || result.status == .existing {
                let fingerprint = result.baselined?.fingerprint ?? FindingFingerprint.of(result, proposal: report.proposalID)
                let status = result.baselined?.status ?? result.status
                findings.append((report.path, result.rule, fingerprint, .object([
                    ("fingerprint", .string(fingerprint)),
                    ("rule", .string(result.rule)),
                    ("proposal", .string(report.proposalID ?? "")),
                    ("path", .string(report.path)),
                    ("status", .string(status.rawValue)),
                ])))
            }
        }
        findings.sort { ($0.path, $0.rule, $0.fingerprint) < ($1.path, $1.rule, $1.fingerprint) }
        return JSONValue.object([
            ("format", .string(format)),
            ("version", .int(version)),
            ("accord", .string(AccordVersion.current)),
            ("findings", .array(findings.map(\.value))),
        ]).pretty() + "\n"
    }
}
