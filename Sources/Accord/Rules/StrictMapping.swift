/// Reads one mapping of a rule, premise or waiver file field by field, and reports the keys nobody read.
struct StrictMapping {
    let node: YAMLNode
    let pairs: [YAMLPair]
    let path: String
    /// What this mapping is, for messages: "a rule", "a condition".
    let what: String
    private(set) var read: Set<String> = []

    init?(_ node: YAMLNode, path: String, what: String, problems: inout [Diagnostic]) {
        guard let pairs = node.mappingPairs else {
            problems.append(Diagnostic(node.location(in: path), "\(what) must be a mapping", hint: "write it as `key: value` lines"))
            return nil
        }
        if let tag = node.customTag {
            problems.append(Diagnostic(node.location(in: path), "\(what) carries the tag \(tag); Accord files use no tags", hint: "remove `\(tag)`"))
        }
        self.node = node
        self.pairs = pairs
        self.path = path
        self.what = what
    }

    var keys: [String] { pairs.compactMap { $0.key.scalarText } }

    func has(_ key: String) -> Bool { pairs.contains { $0.key.scalarText == key } }

    mutating func value(_ key: String) -> YAMLNode? {
        read.insert(key)
        return pairs.first { $0.key.scalarText == key }?.value
    }

    mutating func required(_ key: String, _ problems: inout [Diagnostic], hint: String) -> YAMLNode? {
        guard let value = value(key) else {
            problems.append(Diagnostic(node.location(in: path), "\(what) lacks `\(key)`", hint: hint))
            return nil
        }
        return value
    }

    mutating func text(_ key: String, _ problems: inout [Diagnostic], required: Bool = true, hint: String) -> String? {
        guard let node = required ? self.required(key, &problems, hint: hint) : value(key) else { return nil }
        guard case .string(let text) = node.scalarValue ?? .null, node.customTag == nil else {
            problems.append(Diagnostic(node.location(in: path), "`\(key)` must be text", hint: hint))
            return nil
        }
        return text
    }

    /// Unknown keys, each with a "did you mean" hint.
    func unknownKeys(allowed: [String]) -> [Diagnostic] {
        pairs.compactMap { pair in
            let key = pair.key.scalarText ?? ""
            guard !allowed.contains(key) else { return nil }
            return Diagnostic(
                pair.key.location(in: path), "unknown key `\(key)` in \(what)",
                hint: Suggestion.didYouMean(key, in: allowed) ?? "known keys: \(allowed.joined(separator: ", "))")
        }
    }
}
