/// GitLab's Code Quality report (`--format gitlab`, saved as the `codequality` artifact), which
/// GitLab shows in merge requests: a JSON array of issues, each with `description`,
/// `check_name`, `fingerprint`, `severity` and `location` (`path`, `lines.begin`), the subset of
/// the Code Climate format that GitLab documents (docs.gitlab.com/ci/testing/code_quality,
/// "Code Quality report format").
///
/// Every finding that fails or warns is an issue, those in the baseline too: GitLab itself
/// compares the report of a merge request with that of its target branch by fingerprint, which is
/// Accord's own (`FindingFingerprint`), so a finding present on both is not shown as new. Waived
/// findings are left out. An invalid proposal's problems are `blocker` issues of
/// `accord.invalid-input`. Severity: a violated error is `critical`, an undetermined error
/// `major`, a warning `minor`, an info `info`.
public enum GitLabReport {
    public static func render(_ batch: BatchReport, workingDirectory: String) -> String {
        var issues: [JSONValue] = []
        for report in batch.reports {
            let path = ReportText.relativePath(report.path, workingDirectory: workingDirectory)
            for problem in report.problems {
                let place = ReportText.relativePath(problem.location.path, workingDirectory: workingDirectory)
                issues.append(issue(
                    description: "\(ReportText.name(report)) is invalid: \(ReportText.problem(problem))",
                    check: SARIFReport.invalidInputRule,
                    fingerprint: FindingFingerprint.ofProblem(problem.message, rule: SARIFReport.invalidInputRule, proposal: report.proposalID, path: place),
                    severity: "blocker", path: place, line: problem.location.line))
            }
            for result in report.results where result.status.isFailure || result.status == .existing {
                let status = result.baselined?.status ?? result.status
                issues.append(issue(
                    description: "\(result.message) Fix: \(result.fix)",
                    check: result.rule,
                    fingerprint: result.baselined?.fingerprint ?? FindingFingerprint.of(result, proposal: report.proposalID),
                    severity: severity(result.severity, status), path: path, line: result.location.line))
            }
        }
        return JSONValue.array(issues).pretty() + "\n"
    }

    static func severity(_ severity: Severity, _ status: Outcome) -> String {
        switch severity {
        case .error: return status == .violated ? "critical" : "major"
        case .warning: return "minor"
        case .info: return "info"
        }
    }

    static func issue(description: String, check: String, fingerprint: String, severity: String, path: String, line: Int) -> JSONValue {
        .object([
            ("type", .string("issue")),
            ("description", .string(description)),
            ("check_name", .string(check)),
            ("fingerprint", .string(fingerprint)),
            ("severity", .string(severity)),
            ("location", .object([("path", .string(path)), ("lines", .object([("begin", .int(max(1, line)))]))])),
        ])
    }
}
