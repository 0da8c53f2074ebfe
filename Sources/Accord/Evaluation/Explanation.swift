/// One link in the chain of conditions that decided an outcome.
public struct ExplanationStep: Sendable, Equatable {
    /// The condition in words.
    public var condition: String
    public var result: Truth
    /// The value seen, e.g. "`united-states`" or "missing".
    public var seen: String?
    public var location: SourceLocation?
    /// Nesting under the step above, for display.
    public var depth: Int
}

enum ExplanationBuilder {
    static let elementLimit = 5

    /// The steps that decided `evaluation`: for `all`, the failing parts; for `any`, the holding ones; and so on.
    static func steps(_ evaluation: Evaluation, words table: ConditionWordsTable = .empty, depth: Int = 0, label: String? = nil) -> [ExplanationStep] {
        var steps: [ExplanationStep] = []
        append(evaluation, words: table, depth: depth, label: label, to: &steps)
        return steps
    }

    /// As `steps(_:words:depth:label:)`, appended to one array for the whole tree: an array for
    /// each condition, and a copy of each deciding child (an evaluation holds a dozen references),
    /// cost more than putting the conditions into words.
    private static func append(_ evaluation: Evaluation, words table: ConditionWordsTable, depth: Int, label: String?,
                               to steps: inout [ExplanationStep]) {
        let words = table.words(evaluation.condition, prefix: evaluation.prefix)
        steps.append(ExplanationStep(
            condition: label.map { $0 + ": " + words } ?? words,
            result: evaluation.truth, seen: evaluation.seen, location: evaluation.location, depth: depth))
        for hit in evaluation.suppressed {
            steps.append(ExplanationStep(
                condition: "'\(hit.quote)' (\(hit.partsShown)) is \(hit.note), so it does not count",
                result: .false, seen: nil, location: hit.location, depth: depth + 1))
        }
        // Which children decided it; read in place.
        let decides: (Truth) -> Bool
        switch evaluation.condition {
        case .all, .forAll:
            decides = evaluation.truth == .true ? { _ in true } : { [truth = evaluation.truth] in $0 == truth }
        case .any, .forAny:
            decides = evaluation.truth == .false ? { _ in true } : { [truth = evaluation.truth] in $0 == truth }
        case .not:
            decides = { _ in true }
        default:
            return
        }
        var deciding = 0
        for index in evaluation.children.indices where decides(evaluation.children[index].truth) {
            if deciding < elementLimit { append(evaluation.children[index], words: table, depth: depth + 1, label: nil, to: &steps) }
            deciding += 1
        }
        if deciding > elementLimit {
            steps.append(ExplanationStep(condition: "… and \(deciding - elementLimit) more entries alike", result: evaluation.truth, depth: depth + 1))
        }
    }

    /// The first place among the deciding conditions under a condition's own step (`steps` as
    /// `steps(_:)` built them): a text hit, a value, or the parent of a missing field.
    static func location(_ steps: ArraySlice<ExplanationStep>) -> SourceLocation? {
        steps.dropFirst().first { $0.location != nil }?.location ?? steps.first?.location
    }
}

/// The words of a rule set's conditions, made once for a checker: explaining a failing rule puts
/// each of its conditions into words, for every proposal that fails it. A condition is known by
/// the place it is written at. A place that conditions with different words share (an alias in a
/// rule file repeats the parts of the condition it names) is left out, and its words are made
/// each time they are needed.
struct ConditionWordsTable: Sendable {
    static let empty = ConditionWordsTable(words: [:])
    private let words: [SourceLocation: String]

    private init(words: [SourceLocation: String]) {
        self.words = words
    }

    init(_ rules: [Rule]) {
        var words: [SourceLocation: String] = [:]
        var shared: Set<SourceLocation> = []
        for condition in rules.flatMap(\.allConditions) {
            let text = condition.words()
            if let known = words.updateValue(text, forKey: condition.location), known != text { shared.insert(condition.location) }
        }
        for place in shared { words[place] = nil }
        self.words = words
    }

    /// `condition.words(prefix:)`, from the table where the words are known.
    func words(_ condition: Condition, prefix: String) -> String {
        if prefix.isEmpty, let known = words[condition.location] { return known }
        return condition.words(prefix: prefix)
    }
}
