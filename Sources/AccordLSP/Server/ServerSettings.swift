import Accord

/// What the client configures (`initializationOptions`, `workspace/didChangeConfiguration`), over
/// the defaults the command line gave. Keys are snake_case as in the README; the camelCase that
/// VS Code settings favour is read too.
public struct ServerSettings: Equatable, Sendable {
    /// Rule folders or files; relative ones are read from the workspace root.
    public var rules: [String]
    /// The operator's waiver file, if any.
    public var waivers: String?
    /// Findings below this severity are shown as hints, not as problems; `info` shows each at its own.
    public var failOn: FailOn
    /// A rule's documentation link: `{rule}` and `{premise}` are replaced; nil links the rule's own
    /// definition (a file URI with its line).
    public var ruleDocsURL: String?
    /// How long the document must rest after a change before it is checked again.
    public var debounceMilliseconds: Int

    public init(rules: [String], waivers: String? = nil, failOn: FailOn = .info, ruleDocsURL: String? = nil, debounceMilliseconds: Int = 20) {
        self.rules = rules
        self.waivers = waivers
        self.failOn = failOn
        self.ruleDocsURL = ruleDocsURL
        self.debounceMilliseconds = debounceMilliseconds
    }

    /// These settings with what `json` sets; a value of the wrong type is named in `problems`, and ignored.
    func merging(_ json: JSONValue?, problems: inout [String]) -> ServerSettings {
        guard let json, case .object = json else { return self }
        // `{"accord": {...}}`, as clients that send every extension's settings nest them.
        if let nested = json["accord"], case .object = nested { return merging(nested, problems: &problems) }
        var merged = self
        func value(_ names: String...) -> JSONValue? { names.lazy.compactMap { json[$0] }.first }
        if let rules = value("rules") {
            if let one = rules.stringValue {
                merged.rules = [one]
            } else if let list = rules.arrayValue, list.allSatisfy({ $0.stringValue != nil }) {
                merged.rules = list.compactMap(\.stringValue)
            } else {
                problems.append("`rules` must be a path or a list of paths")
            }
        }
        if let waivers = value("waivers", "waiver_file", "waiverFile") {
            if waivers.isNull { merged.waivers = nil } else if let path = waivers.stringValue { merged.waivers = path.isEmpty ? nil : path } else {
                problems.append("`waivers` must be a path")
            }
        }
        if let failOn = value("fail_on", "failOn") {
            if let parsed = failOn.stringValue.flatMap(FailOn.init(rawValue:)) { merged.failOn = parsed } else {
                problems.append("`fail_on` must be one of: \(FailOn.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        if let docs = value("rule_docs_url", "ruleDocsUrl") {
            if docs.isNull { merged.ruleDocsURL = nil } else if let url = docs.stringValue { merged.ruleDocsURL = url } else {
                problems.append("`rule_docs_url` must be a string")
            }
        }
        if let debounce = value("debounce_ms", "debounceMs") {
            if let milliseconds = debounce.intValue, (0...5000).contains(milliseconds) { merged.debounceMilliseconds = milliseconds } else {
                problems.append("`debounce_ms` must be a number of milliseconds from 0 to 5000")
            }
        }
        return merged
    }
}
