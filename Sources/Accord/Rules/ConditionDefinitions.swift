/// Named conditions of a rule set (`definitions:` in any rule file), which a condition uses by
/// name (`condition: NAME`) so that an idea several rules share is written once. Names are
/// unique across the rule set; each is parsed where it is used, against the paths of that
/// place, so that one definition serves a whole proposal and a list's entries alike.
struct ConditionDefinitions {
    struct Definition {
        var node: YAMLNode
        /// The file it is written in, for the places of its conditions.
        var path: String
        var location: SourceLocation
    }

    private(set) var byName: [String: Definition] = [:]
    var problems: [Diagnostic] = []

    var names: [String] { byName.keys.sorted() }

    subscript(name: String) -> Definition? { byName[name] }

    /// The `definitions:` mapping of one file, if it has one.
    mutating func read(_ root: YAMLNode, path: String) {
        guard let node = root.mappingPairs?.first(where: { $0.key.scalarText == "definitions" })?.value else { return }
        guard let pairs = node.mappingPairs else {
            problems.append(Diagnostic(node.location(in: path), "`definitions` must be a mapping of names to conditions",
                                       hint: "e.g. `japan-uses-force: {path: use_of_force.by, contains: japan}`"))
            return
        }
        for pair in pairs {
            let place = pair.key.location(in: path)
            guard let name = pair.key.scalarText, ProposalValidator.isIdentifier(name) else {
                problems.append(Diagnostic(place, "a definition's name is lower-case words joined by hyphens", hint: "e.g. `japan-uses-force`"))
                continue
            }
            if let first = byName[name] {
                problems.append(Diagnostic(place, "the condition `\(name)` is already defined at \(first.location)", hint: "give each definition its own name"))
                continue
            }
            byName[name] = Definition(node: pair.value, path: path, location: place)
        }
    }
}
