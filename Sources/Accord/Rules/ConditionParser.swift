/// Reads conditions of the rule language, checking every path against the proposal format.
struct ConditionParser {
    let path: String
    /// The concepts `says:` may name.
    let lexicon: Lexicon
    var problems: [Diagnostic] = []

    static let comparisonKeys = ["equals", "one_of", "contains", "matches", "names"] + NumberOperator.allCases.map(\.rawValue).filter { $0 != "equals" } + DateOperator.allCases.map(\.rawValue)
    static let operatorKeys = ["all", "any", "not", "exists", "path", "count", "for_any", "for_all", "says", "condition"]
    /// Operators the language no longer has, with the hint that says what took their place.
    static let retiredOperators = [
        "mentions": "`mentions` was replaced by `says:` over lexicon concepts; see Rules/README.md (\"Text: `says`\")",
    ]

    /// False when a rule file could not be read: it may be the lexicon, so an unknown concept
    /// is not reported again for every rule that names one.
    let lexiconIsWhole: Bool
    /// The rule set's named conditions, and the names being read now (a definition that uses
    /// itself, however indirectly, is an error rather than an endless read).
    let definitions: ConditionDefinitions
    private let expanding: [String]
    /// The definitions this parser's conditions used.
    private(set) var used: Set<String> = []

    init(path: String, lexicon: Lexicon = .empty, lexiconIsWhole: Bool = true, definitions: ConditionDefinitions = ConditionDefinitions(),
         expanding: [String] = []) {
        self.path = path
        self.lexicon = lexicon
        self.lexiconIsWhole = lexiconIsWhole
        self.definitions = definitions
        self.expanding = expanding
    }

    /// `condition: NAME`: the definition, read here, against this place's paths.
    private mutating func parseDefined(_ mapping: inout StrictMapping, _ location: SourceLocation, context: FieldType, quantified: Bool) -> Condition? {
        problems += mapping.unknownKeys(allowed: ["condition"])
        guard let name = mapping.text("condition", &problems, hint: "the name of a condition under `definitions:`") else { return nil }
        guard let definition = definitions[name] else {
            problems.append(Diagnostic(mapping.value("condition")!.location(in: path), "no condition is defined as `\(name)`",
                                       hint: Suggestion.didYouMean(name, in: definitions.names) ?? "define it under `definitions:` in a rule file"))
            return nil
        }
        used.insert(name)
        if expanding.contains(name) {
            let cycle = (expanding.drop { $0 != name } + [name]).joined(separator: " → ")
            problems.append(Diagnostic(definition.location, "the condition `\(name)` uses itself: \(cycle)", hint: "a definition may use others, but not in a circle"))
            return nil
        }
        var inner = ConditionParser(path: definition.path, lexicon: lexicon, lexiconIsWhole: lexiconIsWhole, definitions: definitions, expanding: expanding + [name])
        let condition = inner.parse(definition.node, context: context, where: quantified)
        problems += inner.problems
        used.formUnion(inner.used)
        return condition
    }

    /// A condition read against `context`, the type its paths start from.
    mutating func parse(_ node: YAMLNode, context: FieldType = ProposalSchema.root, where quantified: Bool = false) -> Condition? {
        guard var mapping = StrictMapping(node, path: path, what: "a condition", problems: &problems) else { return nil }
        let location = node.location(in: path)
        if let retired = mapping.pairs.first(where: { Self.retiredOperators[$0.key.scalarText ?? ""] != nil }), let key = retired.key.scalarText {
            problems.append(Diagnostic(retired.key.location(in: path), "unknown key `\(key)` in a condition", hint: Self.retiredOperators[key]))
            return nil
        }
        let operators = mapping.keys.filter { Self.operatorKeys.contains($0) }
        guard operators.count == 1, let op = operators.first else {
            let unknown = mapping.keys.filter { !Self.operatorKeys.contains($0) && !Self.comparisonKeys.contains($0) && !["where", "in", "unless", "unless_subject", "within", "in_order", "negated", "unrecognised", "meaning"].contains($0) }
            if let key = unknown.first, let suggestion = Suggestion.didYouMean(key, in: Self.operatorKeys + Self.comparisonKeys) {
                problems.append(Diagnostic(location, "unknown key `\(key)` in a condition", hint: suggestion))
            } else {
                problems.append(Diagnostic(
                    location, operators.isEmpty ? "a condition needs one of: \(Self.operatorKeys.joined(separator: ", "))"
                        : "a condition has one operator, this one has \(operators.joined(separator: " and "))",
                    hint: "combine several conditions with `all:` or `any:`"))
            }
            return nil
        }
        let condition: Condition?
        switch op {
        case "condition":
            return parseDefined(&mapping, location, context: context, quantified: quantified)
        case "all", "any":
            let items = mapping.value(op)?.sequenceItems
            if items == nil || items!.isEmpty {
                problems.append(Diagnostic(location, "`\(op)` takes a non-empty list of conditions", hint: "write `\(op):` followed by `- ...` conditions"))
                return nil
            }
            var parsed: [Condition] = []
            var failed = false
            for item in items! {
                guard let one = parse(item, context: context, where: quantified) else {
                    failed = true
                    continue
                }
                // A named `all` used in an `all` (or `any` in `any`) reads as if written in place:
                // the same logic, explained the same way.
                let isNamed = item.mappingPairs?.contains { $0.key.scalarText == "condition" } == true
                switch (op, one) {
                case ("all", .all(let inner, _)) where isNamed, ("any", .any(let inner, _)) where isNamed: parsed += inner
                default: parsed.append(one)
                }
            }
            guard !failed else { return nil }
            condition = op == "all" ? .all(parsed, location) : .any(parsed, location)
            problems += mapping.unknownKeys(allowed: [op])
        case "not":
            guard let inner = mapping.value("not"), let parsed = parse(inner, context: context, where: quantified) else { return nil }
            condition = .not(parsed, location)
            problems += mapping.unknownKeys(allowed: ["not"])
        case "exists":
            guard let fieldPath = fieldPath(mapping.value("exists")!, context: context, quantified: quantified) else { return nil }
            condition = .exists(fieldPath.0, location)
            problems += mapping.unknownKeys(allowed: ["exists"])
        case "path":
            condition = parseComparison(&mapping, location, context: context, quantified: quantified)
        case "count":
            guard let (fieldPath, type) = fieldPath(mapping.value("count")!, context: context, quantified: quantified) else { return nil }
            guard case .list = type else {
                problems.append(Diagnostic(location, "`count` needs a list, and `\(fieldPath)` is not one", hint: "count a list such as `participants`"))
                return nil
            }
            let ops = NumberOperator.allCases.filter { mapping.has($0.rawValue) }
            guard ops.count == 1, let numberOp = ops.first, let bound = mapping.value(numberOp.rawValue)?.scalarValue, case .int(let limit) = bound else {
                problems.append(Diagnostic(location, "`count` needs one comparison with a whole number", hint: "e.g. `at_least: 1`"))
                return nil
            }
            condition = .count(fieldPath, numberOp, limit, location)
            problems += mapping.unknownKeys(allowed: ["count", numberOp.rawValue])
        case "for_any", "for_all":
            guard let (fieldPath, type) = fieldPath(mapping.value(op)!, context: context, quantified: quantified) else { return nil }
            guard case .list(let element, _) = type else {
                problems.append(Diagnostic(location, "`\(op)` needs a list, and `\(fieldPath)` is not one", hint: "quantify over a list such as `participants` or `legal_basis`"))
                return nil
            }
            guard let whereNode = mapping.value("where") else {
                problems.append(Diagnostic(location, "`\(op)` needs `where:`, the condition each element is tested on", hint: "e.g. `where: {path: country, equals: japan}`"))
                return nil
            }
            guard let inner = parse(whereNode, context: element, where: true) else { return nil }
            condition = op == "for_any" ? .forAny(fieldPath, inner, location) : .forAll(fieldPath, inner, location)
            problems += mapping.unknownKeys(allowed: [op, "where"])
        case "says":
            condition = parseSays(&mapping, location)
        default:
            condition = nil
        }
        return condition
    }

    private mutating func parseComparison(_ mapping: inout StrictMapping, _ location: SourceLocation, context: FieldType, quantified: Bool) -> Condition? {
        guard let (fieldPath, type) = fieldPath(mapping.value("path")!, context: context, quantified: quantified) else { return nil }
        let present = Self.comparisonKeys.filter { mapping.has($0) }
        problems += mapping.unknownKeys(allowed: ["path", "unrecognised", "meaning"] + Self.comparisonKeys)
        if mapping.has("meaning"), !mapping.has("matches") {
            problems.append(Diagnostic(mapping.value("meaning")!.location(in: path), "`meaning` goes with `matches`", hint: "it says in words what the pattern looks for"))
            return nil
        }
        if mapping.has("unrecognised"), !mapping.has("names") {
            problems.append(Diagnostic(mapping.value("unrecognised")!.location(in: path), "`unrecognised` goes with `names`", hint: "e.g. `names: japanese-statutes` and `unrecognised: statute-like`"))
            return nil
        }
        guard present.count == 1, let key = present.first, let operand = mapping.value(key) else {
            problems.append(Diagnostic(location, "`path: \(fieldPath)` needs exactly one comparison", hint: "one of: \(Self.comparisonKeys.joined(separator: ", "))"))
            return nil
        }
        let scalarType: FieldType
        var isList = false
        if case .list(let element, _) = type { (scalarType, isList) = (element, true) } else { scalarType = type }
        // `equals: x` on a list would compare the whole list with one value and never hold.
        if isList, key == "equals" || key == "one_of" {
            problems.append(Diagnostic(location, "`\(key)` compares one value, and `\(fieldPath)` is a list",
                                       hint: "use `contains` for an entry, `count` for its length, or `for_any`/`for_all` with `where`"))
            return nil
        }
        // Text operators on a boolean, a number or a mapping would never hold.
        if key == "contains" || key == "matches" || key == "names", !Self.isText(scalarType) {
            let hint = "compare a value with `equals`; test a list of entries with `for_any` and `where`"
            problems.append(Diagnostic(location, key == "contains" ? "`contains` reads a list or text, and `\(fieldPath)` is neither"
                                           : "`\(key)` reads text, and `\(fieldPath)` is not text", hint: hint))
            return nil
        }
        switch key {
        case "equals":
            guard let value = literal(operand, for: type, at: fieldPath) else { return nil }
            return .compare(fieldPath, .equals(value), location)
        case "one_of":
            guard let items = operand.sequenceItems, !items.isEmpty else {
                problems.append(Diagnostic(operand.location(in: path), "`one_of` takes a non-empty list", hint: "e.g. `one_of: [possess, produce]`"))
                return nil
            }
            let values = items.compactMap { literal($0, for: type, at: fieldPath) }
            guard values.count == items.count else { return nil }
            return .compare(fieldPath, .oneOf(values), location)
        case "contains":
            guard let value = literal(operand, for: scalarType, at: fieldPath) else { return nil }
            return .compare(fieldPath, .contains(value), location)
        case "matches":
            guard case .string(let source) = operand.scalarValue ?? .null else {
                problems.append(Diagnostic(operand.location(in: path), "`matches` takes a regular expression as text", hint: "quote it: 'Article\\s*51'"))
                return nil
            }
            var meaning: String?
            if let node = mapping.value("meaning") {
                guard case .string(let text) = node.scalarValue ?? .null, !text.allSatisfy(\.isWhitespace) else {
                    problems.append(Diagnostic(node.location(in: path), "`meaning` takes text", hint: "what the pattern looks for, e.g. 'a numbered Security Council resolution'"))
                    return nil
                }
                meaning = text
            }
            guard let pattern = Pattern(source, meaning: meaning) else {
                problems.append(Diagnostic(operand.location(in: path), "`\(source)` is not a valid regular expression", hint: "check brackets, parentheses and escapes (ICU syntax)"))
                return nil
            }
            // Explanations show a pattern to advisors: a long one must be said in words.
            guard pattern.isShort || meaning != nil else {
                problems.append(Diagnostic(
                    operand.location(in: path), "a `matches` pattern longer than \(Pattern.shownLimit) characters needs `meaning:`",
                    hint: "say what it looks for, e.g. `meaning: a numbered Security Council resolution`; explanations show these words, not the pattern"))
                return nil
            }
            return .compare(fieldPath, .matches(pattern), location)
        case "names":
            guard let concept = oneConcept(operand, key: "names") else { return nil }
            var unrecognised: Concept?
            if let node = mapping.value("unrecognised") {
                guard let found = oneConcept(node, key: "unrecognised") else { return nil }
                unrecognised = found
            }
            return .compare(fieldPath, .names(ConceptName(concept: concept, unrecognised: unrecognised, lexicon: lexicon)), location)
        default:
            if let numberOp = NumberOperator(rawValue: key) {
                guard case .version = scalarType else {
                    problems.append(Diagnostic(location, "`\(key)` compares numbers, and `\(fieldPath)` is not a number", hint: "use `equals` or `matches` for text"))
                    return nil
                }
                switch operand.scalarValue {
                case .int(let number): return .compare(fieldPath, .number(numberOp, Double(number)), location)
                case .float(let number): return .compare(fieldPath, .number(numberOp, number), location)
                default:
                    problems.append(Diagnostic(operand.location(in: path), "`\(key)` takes a number", hint: "e.g. `\(key): 1`"))
                    return nil
                }
            }
            let dateOp = DateOperator(rawValue: key)!
            guard case .date = scalarType else {
                problems.append(Diagnostic(location, "`\(key)` compares dates, and `\(fieldPath)` is not a date", hint: "compare `date`"))
                return nil
            }
            guard case .string(let date) = operand.scalarValue ?? .null, CivilDate.isDate(date) else {
                problems.append(Diagnostic(operand.location(in: path), "`\(key)` takes a date YYYY-MM-DD", hint: "e.g. `\(key): 2014-07-01`"))
                return nil
            }
            return .compare(fieldPath, .date(dateOp, date), location)
        }
    }

    private mutating func parseSays(_ mapping: inout StrictMapping, _ location: SourceLocation) -> Condition? {
        problems += mapping.unknownKeys(allowed: ["says", "unless", "unless_subject", "within", "in_order", "in", "negated"])
        var flags: [String: Bool] = [:]
        for key in ["negated", "in_order"] {
            guard let node = mapping.value(key) else { continue }
            guard case .bool(let flag) = node.scalarValue ?? .null else {
                problems.append(Diagnostic(node.location(in: path), "`\(key)` takes true or false", hint: "write `\(key): true`"))
                return nil
            }
            flags[key] = flag
        }
        let negated = flags["negated"] ?? false
        let concepts = conceptList(mapping.value("says")!, key: "says")
        let unless = mapping.value("unless").map { conceptList($0, key: "unless") } ?? []
        let unlessSubject = mapping.value("unless_subject").map { conceptList($0, key: "unless_subject") } ?? []
        var within: Int?
        if let node = mapping.value("within") {
            guard case .int(let count) = node.scalarValue ?? .null, count > 0, count <= 1000 else {
                problems.append(Diagnostic(node.location(in: path), "`within` takes a number of words", hint: "e.g. `within: 12`"))
                return nil
            }
            within = count
        }
        guard let fields = textFields(mapping.value("in")), let concepts, let unless, let unlessSubject else { return nil }
        var query = ConceptQuery(concepts: concepts, unless: unless, within: within, fields: fields, negated: negated, lexicon: lexicon)
        query.unlessSubject = unlessSubject
        query.inOrder = flags["in_order"] ?? false
        return .says(query, location)
    }

    /// The one concept a `names` comparison reads: a list would leave unsaid which one decides.
    private mutating func oneConcept(_ node: YAMLNode, key: String) -> Concept? {
        if let items = node.sequenceItems, items.count != 1 {
            problems.append(Diagnostic(node.location(in: path), "`\(key)` takes one concept", hint: "make a concept that includes the others, e.g. `include: [a, b]`"))
            return nil
        }
        return conceptList(node, key: key)?.first
    }

    /// Concepts named by id, each known to the lexicon.
    private mutating func conceptList(_ node: YAMLNode, key: String) -> [Concept]? {
        let items = node.sequenceItems ?? [node]
        guard !items.isEmpty else {
            problems.append(Diagnostic(node.location(in: path), "`\(key)` takes a non-empty list of concepts", hint: "e.g. `\(key): [change, security-arrangements]`"))
            return nil
        }
        var concepts: [Concept] = []
        for item in items {
            guard case .string(let id) = item.scalarValue ?? .null else {
                problems.append(Diagnostic(item.location(in: path), "a concept is named by its id", hint: "e.g. `security-arrangements`"))
                continue
            }
            guard let concept = lexicon.concept(id) else {
                guard lexiconIsWhole else { continue }
                let known = lexicon.concepts.map(\.id)
                problems.append(Diagnostic(item.location(in: path), "the lexicon has no concept `\(id)`",
                                           hint: known.isEmpty ? "no lexicon was loaded: add the folder with lexicon.yaml to --rules"
                                               : Suggestion.didYouMean(id, in: known) ?? "define it in the lexicon's `concepts:`"))
                continue
            }
            concepts.append(concept)
        }
        return concepts.count == items.count ? concepts : nil
    }

    /// The free-text fields of `in:`, or the default ones.
    private mutating func textFields(_ inNode: YAMLNode?) -> [String]? {
        guard let inNode else { return ConceptQuery.defaultFields }
        guard let list = inNode.sequenceItems else {
            problems.append(Diagnostic(inNode.location(in: path), "`in` takes a list of free-text fields", hint: "e.g. `in: [description]`"))
            return nil
        }
        var fields: [String] = []
        for item in list {
            let name = item.scalarText ?? ""
            guard let type = ProposalSchema.type(at: name), case .freeText = type else {
                let free = ConceptQuery.defaultFields
                problems.append(Diagnostic(item.location(in: path), "`\(name)` is not a free-text field of the proposal format",
                                           hint: Suggestion.didYouMean(name, in: free) ?? "free-text fields: \(free.joined(separator: ", "))"))
                return nil
            }
            fields.append(name)
        }
        return fields
    }

    /// Types whose values are text: what `contains` and `matches` read.
    static func isText(_ type: FieldType) -> Bool {
        switch type {
        case .text, .freeText, .identifier, .enumeration, .date: return true
        default: return false
        }
    }

    /// "`location` has: kind, country, host_nation_consent" for a path whose last name is wrong.
    static func siblings(of text: String, from context: FieldType = ProposalSchema.root) -> String? {
        guard let dot = text.lastIndex(of: ".") else { return nil }
        let parent = String(text[..<dot])
        guard case .object(let fields)? = ProposalSchema.type(at: parent, from: context) else { return nil }
        return "`\(parent)` has: \(fields.map(\.name).joined(separator: ", "))"
    }

    /// A path checked against the format, with the type it reaches.
    private mutating func fieldPath(_ node: YAMLNode, context: FieldType, quantified: Bool) -> (FieldPath, FieldType)? {
        guard case .string(let text) = node.scalarValue ?? .null else {
            problems.append(Diagnostic(node.location(in: path), "a field path must be text", hint: "e.g. `use_of_force.purpose`"))
            return nil
        }
        if text == "." {
            guard quantified else {
                problems.append(Diagnostic(node.location(in: path), "`.` (the element itself) is only meaningful inside `where`", hint: "name a field"))
                return nil
            }
            return (FieldPath(segments: [], text: "."), context)
        }
        guard !text.contains("[" as Character), let type = ProposalSchema.type(at: text, from: context) else {
            let known = ProposalSchema.allPaths(from: context).filter { !$0.contains("[]") }
            let hint = Suggestion.didYouMean(text, in: known) ?? Self.siblings(of: text, from: context) ?? (quantified ? "inside `where`, paths are relative to the element: \(known.joined(separator: ", "))" : "see the proposal format in SPEC section 2")
            problems.append(Diagnostic(node.location(in: path), "the proposal format has no field `\(text)`", hint: hint))
            return nil
        }
        return (FieldPath(segments: text.split(separator: ".").map(String.init), text: text), type)
    }

    /// A literal compared with a field: it must be a value the field can hold.
    private mutating func literal(_ node: YAMLNode, for type: FieldType, at fieldPath: FieldPath) -> ScalarValue? {
        guard let value = node.scalarValue else {
            problems.append(Diagnostic(node.location(in: path), "compare with a single value, not a list or mapping", hint: "use `one_of` for several values"))
            return nil
        }
        let fits: Bool
        var hint = "compare with a value `\(fieldPath)` can hold"
        switch (type, value) {
        case (.enumeration(let allowed), .string(let text)):
            fits = allowed.contains(text)
            // Edit distances to every allowed value, only for the message of a value that does not fit.
            if !fits { hint = Suggestion.didYouMean(text, in: allowed) ?? "one of: \(allowed.joined(separator: ", "))" }
        case (.identifier, .string(let text)): fits = ProposalValidator.isIdentifier(text)
        case (.text, .string), (.freeText, .string): fits = true
        case (.date, .string(let text)): fits = CivilDate.isDate(text)
        case (.boolean, .bool), (.version, .int): fits = true
        case (.list(let element, _), _): return literal(node, for: element, at: fieldPath)
        default: fits = false
        }
        if !fits {
            problems.append(Diagnostic(node.location(in: path), "`\(node.scalarText ?? "")` is not a value `\(fieldPath)` can have", hint: hint))
            return nil
        }
        return value
    }
}
