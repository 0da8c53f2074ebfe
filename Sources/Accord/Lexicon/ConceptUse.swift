extension Condition {
    /// The concepts a condition names, in `says` and `unless`, at any depth.
    public var conceptIDs: [String] {
        switch self {
        case .all(let items, _), .any(let items, _): return items.flatMap(\.conceptIDs)
        case .not(let inner, _), .forAny(_, let inner, _), .forAll(_, let inner, _): return inner.conceptIDs
        case .says(let query, _): return query.concepts.map(\.id) + query.unless.map(\.id)
        case .compare(_, .names(let name), _): return [name.concept.id] + (name.unrecognised.map { [$0.id] } ?? [])
        default: return []
        }
    }
}

extension Rule {
    /// Every concept the rule's scope, requirement and exceptions name.
    public var conceptIDs: Set<String> {
        var ids = Set(scope?.conceptIDs ?? [])
        switch requirement {
        case .require(let condition), .forbid(let condition): ids.formUnion(condition.conceptIDs)
        }
        for exception in exceptions { ids.formUnion(exception.condition.conceptIDs) }
        return ids
    }
}
