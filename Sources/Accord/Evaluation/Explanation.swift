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
        let words = table.words(evaluation.condition, prefix: evaluation.prefix)
        var steps = [ExplanationStep(
            condition: label.map { $0 + ": " + words } ?? words,
            result: evaluation.truth, seen: evaluation.seen, location: evaluation.location, depth: depth)]
        for hit in evaluation.suppressed {
            steps.append(ExplanationStep(
                condition: "'\(hit.quote)' (\(hit.partsShown)) is \(hit.note), so it does not count",
                result: .false, seen: nil, location: hit.location, depth: depth + 1))
        }
        let deciding: [Evaluation]
        switch evaluation.condition {
        case .all, .forAll:
            deciding = evaluation.truth == .true ? evaluation.children : evaluation.children.filter { $0.truth == evaluation.truth }
        case .any, .forAny:
            deciding = evaluation.truth == .false ? evaluation.children : evaluation.children.filter { $0.truth == evaluation.truth }
        case .not:
            deciding = evaluation.children
        default:
            deciding = []
        }
        for child in deciding.prefix(elementLimit) {
            steps += self.steps(child, words: table, depth: depth + 1)
        }
        if deciding.count > elementLimit {
            steps.append(ExplanationStep(condition: "… and \(deciding.count - elementLimit) more entries alike", result: evaluation.truth, depth: depth + 1))
        }
        return steps
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
