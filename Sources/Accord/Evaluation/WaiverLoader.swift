import Foundation

/// Reads the operator's waiver file, strictly; a waiver file with errors is an input error.
public enum WaiverLoader {
    public static func load(_ bytes: [UInt8], path: String, ruleSet: RuleSet) throws(Diagnostics) -> [Waiver] {
        let root = try YAMLLoader().loadFile(bytes, path: path)
        var problems: [Diagnostic] = []
        var waivers: [Waiver] = []
        if var file = StrictMapping(root, path: path, what: "a waiver file", problems: &problems) {
            problems += file.unknownKeys(allowed: ["waivers"])
            if let list = file.required("waivers", &problems, hint: "list the waivers under `waivers:`") {
                if let items = list.sequenceItems {
                    for item in items { read(item, path: path, ruleSet: ruleSet, problems: &problems).map { waivers.append($0) } }
                } else {
                    problems.append(Diagnostic(list.location(in: path), "`waivers` must be a list", hint: "write each waiver as a `- ` item"))
                }
            }
        }
        if !problems.isEmpty { throw Diagnostics(problems) }
        return waivers
    }

    private static func read(_ node: YAMLNode, path: String, ruleSet: RuleSet, problems: inout [Diagnostic]) -> Waiver? {
        guard var map = StrictMapping(node, path: path, what: "a waiver", problems: &problems) else { return nil }
        problems += map.unknownKeys(allowed: ["rule", "proposal", "justification", "approver", "expires"])
        let rule = map.text("rule", &problems, hint: "the id of the rule waived")
        let proposal = map.text("proposal", &problems, hint: "the id of the proposal the waiver is for")
        let justification = map.text("justification", &problems, hint: "why the finding may be set aside")
        let approver = map.text("approver", &problems, hint: "who approved the waiver")
        let expires = map.text("expires", &problems, hint: "the last day the waiver holds, YYYY-MM-DD")
        if let rule, ruleSet.rule(rule) == nil {
            problems.append(Diagnostic(map.value("rule")!.location(in: path), "no rule has the id `\(rule)`",
                                       hint: Suggestion.didYouMean(rule, in: ruleSet.rules.map(\.id)) ?? "see `accord rules coverage` for rule ids"))
        }
        if let expires, !CivilDate.isDate(expires) {
            problems.append(Diagnostic(map.value("expires")!.location(in: path), "`\(expires)` is not a date YYYY-MM-DD", hint: "e.g. `2027-03-31`"))
        }
        guard let rule, let proposal, let justification, let approver, let expires else { return nil }
        return Waiver(rule: rule, proposal: proposal, justification: justification, approver: approver, expires: expires, location: node.location(in: path))
    }
}
