/// Reads a baseline: a file `accord baseline` wrote, or the JSON report of an earlier
/// `accord check --format json` run. Both are JSON, read with the YAML loader (JSON is YAML 1.2)
/// so that every error has its line and column.
public enum BaselineLoader {
    public static func load(_ bytes: [UInt8], path: String) throws(Diagnostics) -> Baseline {
        let root = try YAMLLoader().loadFile(bytes, path: path)
        var problems: [Diagnostic] = []
        var entries: [Baseline.Entry] = []
        let format = root.mappingPairs?.first { $0.key.scalarText == "format" }?.value.scalarText
        switch format {
        case BaselineFile.format?: entries = readBaselineFile(root, path: path, problems: &problems)
        case "accord-report"?: entries = readReport(root, path: path, problems: &problems)
        default:
            problems.append(Diagnostic(root.location(in: path), "not a baseline: `format` is neither `\(BaselineFile.format)` nor `accord-report`",
                                       hint: "write one with `accord baseline PATH... --output FILE`, or pass an `accord check --format json` report"))
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return Baseline(path: path, entries: entries)
    }

    private static func readBaselineFile(_ root: YAMLNode, path: String, problems: inout [Diagnostic]) -> [Baseline.Entry] {
        guard var file = StrictMapping(root, path: path, what: "a baseline", problems: &problems) else { return [] }
        problems += file.unknownKeys(allowed: ["format", "version", "accord", "findings"])
        _ = file.value("format")
        _ = file.value("accord")
        if let version = file.required("version", &problems, hint: "`\"version\": \(BaselineFile.version)`"),
           version.scalarValue != .int(BaselineFile.version) {
            problems.append(Diagnostic(version.location(in: path), "this Accord reads baseline version \(BaselineFile.version)",
                                       hint: "write the baseline again with this Accord's `accord baseline`"))
        }
        guard let list = file.required("findings", &problems, hint: "list the known findings under `findings`") else { return [] }
        guard let items = list.sequenceItems else {
            problems.append(Diagnostic(list.location(in: path), "`findings` must be a list", hint: "a JSON array of findings"))
            return []
        }
        return items.compactMap { item in
            guard var map = StrictMapping(item, path: path, what: "a baseline finding", problems: &problems) else { return nil }
            problems += map.unknownKeys(allowed: ["fingerprint", "rule", "proposal", "path", "status"])
            _ = map.value("path")
            _ = map.value("status")
            return entry(&map, item, path: path, problems: &problems)
        }
    }

    /// The failing findings of a JSON report; the rest of the report is not the baseline's business.
    private static func readReport(_ root: YAMLNode, path: String, problems: inout [Diagnostic]) -> [Baseline.Entry] {
        guard let results = root.mappingPairs?.first(where: { $0.key.scalarText == "results" })?.value.sequenceItems else {
            problems.append(Diagnostic(root.location(in: path), "the report has no `results` list", hint: "pass the output of `accord check --format json`"))
            return []
        }
        var entries: [Baseline.Entry] = []
        for result in results {
            let proposal = result.mappingPairs?.first(where: { $0.key.scalarText == "proposal" })?.value.scalarText ?? ""
            for finding in result.mappingPairs?.first(where: { $0.key.scalarText == "findings" })?.value.sequenceItems ?? [] {
                guard var map = StrictMapping(finding, path: path, what: "a finding", problems: &problems) else { continue }
                guard let status = map.value("status")?.scalarText, ["violated", "undetermined", "existing"].contains(status) else { continue }
                if !map.has("fingerprint") {
                    problems.append(Diagnostic(finding.location(in: path), "the report's findings carry no fingerprint",
                                               hint: "the report predates baselines: check again with this Accord, or write one with `accord baseline`"))
                    return []
                }
                if var found = entry(&map, finding, path: path, problems: &problems) {
                    found.proposal = proposal
                    entries.append(found)
                }
            }
        }
        return entries
    }

    private static func entry(_ map: inout StrictMapping, _ node: YAMLNode, path: String, problems: inout [Diagnostic]) -> Baseline.Entry? {
        let fingerprint = map.text("fingerprint", &problems, hint: "the finding's fingerprint, 64 hex digits")
        let rule = map.text("rule", &problems, hint: "the id of the rule")
        let proposal = map.text("proposal", &problems, required: false, hint: "the id of the proposal")
        if let fingerprint, fingerprint.utf8.count != 64 || !fingerprint.utf8.allSatisfy({ Hex.isLowerDigit($0) }) {
            problems.append(Diagnostic(map.value("fingerprint")!.location(in: path), "`\(fingerprint)` is not a fingerprint",
                                       hint: "64 lower-case hex digits, as `accord baseline` writes them"))
            return nil
        }
        guard let fingerprint, let rule else { return nil }
        return Baseline.Entry(fingerprint: fingerprint, rule: rule, proposal: proposal ?? "", location: node.location(in: path))
    }
}
