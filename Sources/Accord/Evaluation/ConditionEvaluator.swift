/// One evaluated condition: its truth, what was seen and where, and the conditions under it.
struct Evaluation {
    var truth: Truth
    var condition: Condition
    /// The path prefix of the element the condition was read in; with the condition, it gives the words.
    var prefix: String
    /// The value seen as words ("missing", "an empty list"), or the node whose value was seen.
    var seenText: String? = nil
    var seenNode: YAMLNode? = nil
    var location: SourceLocation?
    /// The full path of a missing field, for "add ..." fixes.
    var missing: String?
    /// The full path of the field the condition read, for "set ..." fixes.
    var field: String?
    var children: [Evaluation] = []
    /// Text hits that count, and those that were negated, reported or excepted.
    var hits: [TextHit] = []
    var suppressed: [TextHit] = []

    /// What was seen; a node is put into words only when an explanation shows it.
    var seen: String? { seenText ?? seenNode?.shown }
}

/// What paths read from a proposal's root found, by `FieldPath.number`, kept by whoever decides
/// its rules one after another: they read the same fields again and again (`situation`,
/// `use_of_force`), and each step of a path searched a mapping's keys and counted references to
/// the nodes on the way.
struct RootLookups {
    private var found: [ProposalView.Lookup?] = []

    mutating func lookup(_ path: FieldPath, in view: ProposalView) -> ProposalView.Lookup {
        if path.number < found.count, let known = found[path.number] { return known }
        let lookup = view.lookup(path, from: view.proposal.root)
        // Room for every path numbered so far at once: grown path by path, it was made again
        // several times for each proposal.
        if path.number >= found.count { found += repeatElement(nil, count: max(path.number + 1, FieldPathNumbers.count) - found.count) }
        found[path.number] = lookup
        return lookup
    }
}

/// Evaluates conditions over one proposal.
struct ConditionEvaluator {
    let view: ProposalView

    func evaluate(_ condition: Condition) -> Evaluation {
        evaluate(condition, at: view.proposal.root, prefix: "")
    }

    private func fullPath(_ path: FieldPath, _ prefix: String) -> String {
        if path.text == "." { return prefix }
        return prefix.isEmpty ? path.text : "\(prefix).\(path.text)"
    }

    func evaluate(_ condition: Condition, at node: YAMLNode, prefix: String) -> Evaluation {
        switch condition {
        case .all(let items, _), .any(let items, _):
            let children = items.map { evaluate($0, at: node, prefix: prefix) }
            let isAll = if case .all = condition { true } else { false }
            let truth = isAll ? Truth.and(children.map(\.truth)) : Truth.or(children.map(\.truth))
            return Evaluation(truth: truth, condition: condition, prefix: prefix, children: children)
        case .not(let inner, _):
            let child = evaluate(inner, at: node, prefix: prefix)
            return Evaluation(truth: child.truth.negated, condition: condition, prefix: prefix, children: [child])
        case .exists(let path, _):
            let full = fullPath(path, prefix)
            switch view.lookup(path, from: node) {
            case .value(let found):
                return Evaluation(truth: .true, condition: condition, prefix: prefix, seenNode: found, location: view.location(of: found), field: full)
            case .missing(let parent):
                return Evaluation(truth: .false, condition: condition, prefix: prefix, seenText: "missing", location: view.location(of: parent), missing: full, field: full)
            }
        case .compare(let path, let comparison, _):
            let full = fullPath(path, prefix)
            switch view.lookup(path, from: node) {
            case .missing(let parent):
                return Evaluation(truth: .unknown, condition: condition, prefix: prefix, seenText: "missing", location: view.location(of: parent), missing: full, field: full)
            case .value(let found):
                let truth = compare(found, comparison)
                if truth == .unknown, case .names(let name) = comparison {
                    let what = name.unrecognised?.id ?? "a name"
                    return Evaluation(truth: truth, condition: condition, prefix: prefix,
                                      seenText: "\(found.shown): unrecognised — it reads as \(what), and the lexicon's `\(name.concept.id)` does not know it",
                                      seenNode: found, location: view.location(of: found), field: full)
                }
                return Evaluation(truth: truth, condition: condition, prefix: prefix, seenNode: found, location: view.location(of: found), field: full)
            }
        case .count(let path, let op, let number, _):
            let full = fullPath(path, prefix)
            switch view.lookup(path, from: node) {
            case .missing(let parent):
                return Evaluation(truth: .unknown, condition: condition, prefix: prefix, seenText: "missing", location: view.location(of: parent), missing: full, field: full)
            case .value(let found):
                let count = found.sequenceItems?.count ?? 0
                return Evaluation(truth: Truth(op.holds(Double(count), Double(number))), condition: condition, prefix: prefix,
                                  seenText: "\(count) entr\(count == 1 ? "y" : "ies")", location: view.location(of: found), field: full)
            }
        case .forAny(let path, let inner, _), .forAll(let path, let inner, _):
            let full = fullPath(path, prefix)
            switch view.lookup(path, from: node) {
            case .missing(let parent):
                return Evaluation(truth: .unknown, condition: condition, prefix: prefix, seenText: "missing", location: view.location(of: parent), missing: full, field: full)
            case .value(let found):
                let items = found.sequenceItems ?? []
                let children = items.enumerated().map { index, item in evaluate(inner, at: item, prefix: "\(full)[\(index)]") }
                let isAny = if case .forAny = condition { true } else { false }
                let truth = isAny ? Truth.or(children.map(\.truth)) : Truth.and(children.map(\.truth))
                return Evaluation(truth: truth, condition: condition, prefix: prefix, seenText: items.isEmpty ? "an empty list" : nil, seenNode: found,
                                  location: view.location(of: found), field: full, children: children)
            }
        case .says(let query, _):
            return says(query, condition: condition)
        }
    }

    /// The condition's truth alone, deciding `all` and `any` (and their quantified forms) as soon
    /// as one item does. A check needs no more for the rules that hold or do not apply, which no
    /// report explains; it must agree with `evaluate(_:at:prefix:)`, as a test holds it to.
    func truth(_ condition: Condition, at node: YAMLNode) -> Truth {
        var kept = RootLookups()
        return truth(condition, at: node, isRoot: false, kept: &kept)
    }

    /// As `truth(_:at:)`; when `node` is the proposal's root (`isRoot`), what each path read
    /// from it found is kept in `kept` for the next condition.
    func truth(_ condition: Condition, at node: YAMLNode, isRoot: Bool, kept: inout RootLookups) -> Truth {
        func find(_ path: FieldPath) -> ProposalView.Lookup {
            isRoot ? kept.lookup(path, in: view) : view.lookup(path, from: node)
        }
        switch condition {
        case .all(let items, _):
            return Self.all(items) { truth($0, at: node, isRoot: isRoot, kept: &kept) }
        case .any(let items, _):
            return Self.any(items) { truth($0, at: node, isRoot: isRoot, kept: &kept) }
        case .not(let inner, _):
            return truth(inner, at: node, isRoot: isRoot, kept: &kept).negated
        case .exists(let path, _):
            if case .value = find(path) { return .true }
            return .false
        case .compare(let path, let comparison, _):
            guard case .value(let found) = find(path) else { return .unknown }
            return compare(found, comparison)
        case .count(let path, let op, let number, _):
            guard case .value(let found) = find(path) else { return .unknown }
            return Truth(op.holds(Double(found.sequenceItems?.count ?? 0), Double(number)))
        case .forAny(let path, let inner, _):
            guard case .value(let found) = find(path) else { return .unknown }
            return Self.any(found.sequenceItems ?? []) { truth(inner, at: $0, isRoot: false, kept: &kept) }
        case .forAll(let path, let inner, _):
            guard case .value(let found) = find(path) else { return .unknown }
            return Self.all(found.sequenceItems ?? []) { truth(inner, at: $0, isRoot: false, kept: &kept) }
        case .says(let query, _):
            return saysTruth(query)
        }
    }

    /// Kleene's `and`, stopping at the first false.
    private static func all<Item>(_ items: [Item], _ truth: (Item) -> Truth) -> Truth {
        var result = Truth.true
        for item in items {
            switch truth(item) {
            case .false: return .false
            case .unknown: result = .unknown
            case .true: break
            }
        }
        return result
    }

    /// Kleene's `or`, stopping at the first true.
    private static func any<Item>(_ items: [Item], _ truth: (Item) -> Truth) -> Truth {
        var result = Truth.false
        for item in items {
            switch truth(item) {
            case .true: return .true
            case .unknown: result = .unknown
            case .false: break
            }
        }
        return result
    }

    private func compare(_ node: YAMLNode, _ comparison: Comparison) -> Truth {
        // A list's items, or the value itself, read in turn; only `contains` and `matches` read them.
        func anyValue(_ test: (ScalarValue) -> Bool) -> Bool {
            if let items = node.sequenceItems { return items.contains { $0.scalarValue.map(test) ?? false } }
            return node.scalarValue.map(test) ?? false
        }
        switch comparison {
        case .equals(let expected):
            return Truth(node.scalarValue == expected)
        case .oneOf(let allowed):
            return Truth(node.scalarValue.map(allowed.contains) ?? false)
        case .contains(let expected):
            if node.sequenceItems != nil {
                return Truth(anyValue { same($0, expected) })
            }
            guard case .string(let text) = node.scalarValue ?? .null, case .string(let part) = expected else { return .false }
            return Truth(FoldedText.fold(text).contains(FoldedText.fold(part)))
        case .matches(let pattern):
            func matches(_ value: YAMLNode) -> Bool {
                guard case .string(let text) = value.scalarValue ?? .null else { return false }
                return pattern.matches(view.patternText(of: value, text: text))
            }
            if let items = node.sequenceItems { return Truth(items.contains(where: matches)) }
            return Truth(matches(node))
        case .number(let op, let bound):
            switch node.scalarValue {
            case .int(let number): return Truth(op.holds(Double(number), bound))
            case .float(let number): return Truth(op.holds(number, bound))
            default: return .false
            }
        case .names(let name):
            // Each value read as text; one known name decides, else one that only looks like a name leaves it open.
            let values = (node.sequenceItems ?? [node]).filter { if case .string = $0.scalarValue ?? .null { true } else { false } }
            let scans = values.map(view.analysis)
            if scans.contains(where: { $0.names(name.concept, in: name.lexicon) }) { return .true }
            if let unrecognised = name.unrecognised, scans.contains(where: { $0.names(unrecognised, in: name.lexicon) }) { return .unknown }
            return .false
        case .date(let op, let bound):
            guard case .string(let date) = node.scalarValue ?? .null else { return .false }
            return Truth(op.holds(date, bound))
        }
    }

    /// Text values compare ignoring case and width; others exactly.
    private func same(_ a: ScalarValue, _ b: ScalarValue) -> Bool {
        if case .string(let x) = a, case .string(let y) = b { return FoldedText.fold(x) == FoldedText.fold(y) }
        return a == b
    }

    /// The analysed texts of a query's fields; nil when the proposal has none of them.
    private func analyses(_ fields: [String]) -> [TextAnalysisScan]? {
        let scans = view.analyses(fields)
        return scans.isEmpty ? nil : scans
    }

    private func saysTruth(_ query: ConceptQuery) -> Truth {
        guard let scans = analyses(query.fields) else { return .unknown }
        if scans.contains(where: { scan in scan.hits(query).contains { $0.suppression == nil } }) { return .true }
        // Japanese that MeCab could not read is not a pass.
        return scans.contains { $0.analysis.unreadable != nil } ? .unknown : .false
    }

    private func says(_ query: ConceptQuery, condition: Condition) -> Evaluation {
        guard let scans = analyses(query.fields) else {
            return Evaluation(truth: .unknown, condition: condition, prefix: "", seenText: "no text")
        }
        var hits: [TextHit] = []
        var suppressed: [TextHit] = []
        for scan in scans {
            for hit in scan.hits(query) {
                let shown = scan.textHit(hit, in: view)
                if hit.suppression == nil { hits.append(shown) } else { suppressed.append(shown) }
            }
        }
        hits.sort { $0.location < $1.location }
        suppressed.sort { $0.location < $1.location }
        let unreadable = scans.lazy.compactMap(\.analysis.unreadable).first
        let truth: Truth = !hits.isEmpty ? .true : (unreadable != nil ? .unknown : .false)
        let seen: String
        if let first = hits.first {
            seen = "'\(first.quote)': \(first.partsShown); \(first.note)" + (hits.count > 1 ? " (and \(hits.count - 1) more)" : "")
        } else {
            seen = unreadable ?? (suppressed.isEmpty ? "no clause says it" : "only where negated or reported")
        }
        return Evaluation(truth: truth, condition: condition, prefix: "", seenText: seen, location: hits.first?.location,
                          hits: hits, suppressed: suppressed)
    }
}
