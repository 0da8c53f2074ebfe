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
    static func steps(_ evaluation: Evaluation, depth: Int = 0, label: String? = nil) -> [ExplanationStep] {
        var steps = [ExplanationStep(
            condition: label.map { "\($0): \(evaluation.words)" } ?? evaluation.words,
            result: evaluation.truth, seen: evaluation.seen, location: evaluation.location, depth: depth)]
        for hit in evaluation.suppressed {
            steps.append(ExplanationStep(
                condition: "'\(hit.quote)' is negated by '\(hit.negatedBy ?? "")', so it does not count",
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
            steps += self.steps(child, depth: depth + 1)
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
