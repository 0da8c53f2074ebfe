extension Condition {
    /// The concepts a condition names, in `says`, `unless` and `unless_subject`, at any depth.
    public var conceptIDs: [String] {
        allConditions.flatMap { condition -> [String] in
            switch condition {
            case .says(let query, _): return query.concepts.map(\.id) + query.unless.map(\.id) + query.unlessSubject.map(\.id)
            case .compare(_, .names(let name), _): return [name.concept.id] + (name.unrecognised.map { [$0.id] } ?? [])
            default: return []
            }
        }
    }
}

extension Rule {
    /// Every concept the rule's scope, requirement and exceptions name.
    public var conceptIDs: Set<String> { Set(conditions.flatMap(\.conceptIDs)) }
}
