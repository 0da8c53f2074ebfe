import Foundation
import Synchronization

public enum Severity: String, Sendable, CaseIterable, Comparable {
    case error, warning, info

    var rank: Int {
        switch self {
        case .error: return 3
        case .warning: return 2
        case .info: return 1
        }
    }

    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// One of the report's basic premises, with the report's own words.
public struct Premise: Sendable {
    public var id: String
    public var section: String
    public var quote: [String]
    public var reading: String
    public var location: SourceLocation

    /// The quote as one passage; excerpts are joined by an ellipsis.
    public var passage: String { quote.joined(separator: " … ") }
}

/// A field path of the proposal format, checked when the rule set loads.
public struct FieldPath: Hashable, Sendable, CustomStringConvertible {
    /// Names from the node the path is read from; empty for `.`, the node itself.
    public var segments: [String]
    /// The path as written, relative to its quantifier if it is inside `where`.
    public var text: String
    /// The same number for the same text in every rule set of the process, from 0 up: a
    /// proposal keeps what each path it was read at from its root found (`ProposalView`).
    let number: Int

    public init(segments: [String], text: String) {
        self.segments = segments
        self.text = text
        number = FieldPathNumbers.number(of: text)
    }

    public var description: String { text }
}

/// Numbers for field paths by their text, given as paths are first read.
enum FieldPathNumbers {
    private static let numbers = Mutex<[String: Int]>([:])

    /// How many paths have numbers.
    static var count: Int { numbers.withLock(\.count) }

    static func number(of text: String) -> Int {
        numbers.withLock { numbers in
            if let known = numbers[text] { return known }
            numbers[text] = numbers.count
            return numbers.count - 1
        }
    }
}

public enum Comparison: Sendable {
    case equals(ScalarValue)
    case oneOf([ScalarValue])
    case contains(ScalarValue)
    case matches(Pattern)
    /// The value names one of a lexicon concept's terms (a statute, an instrument).
    case names(ConceptName)
    case number(NumberOperator, Double)
    case date(DateOperator, String)
}

/// A `names:` comparison: a value that holds a term of `concept` names it; one that holds none
/// but a term of `unrecognised` (it looks like a statute) is unknown, not false, so that a
/// statute the lexicon lacks never makes a proposal fail.
public struct ConceptName: Sendable {
    public var concept: Concept
    public var unrecognised: Concept?
    let lexicon: Lexicon
}

public enum NumberOperator: String, Sendable, CaseIterable {
    case equals, greaterThan = "greater_than", atLeast = "at_least", lessThan = "less_than", atMost = "at_most"

    func holds(_ a: Double, _ b: Double) -> Bool {
        switch self {
        case .equals: return a == b
        case .greaterThan: return a > b
        case .atLeast: return a >= b
        case .lessThan: return a < b
        case .atMost: return a <= b
        }
    }

    var words: String {
        switch self {
        case .equals: return "exactly"
        case .greaterThan: return "more than"
        case .atLeast: return "at least"
        case .lessThan: return "fewer than"
        case .atMost: return "at most"
        }
    }
}

public enum DateOperator: String, Sendable, CaseIterable {
    case before, after, onOrBefore = "on_or_before", onOrAfter = "on_or_after"

    /// Both dates are `CivilDate.isDate` dates (fixed-width ASCII digits), whose text
    /// order is the calendar's.
    func holds(_ a: String, _ b: String) -> Bool {
        switch self {
        case .before: return a < b
        case .after: return a > b
        case .onOrBefore: return a <= b
        case .onOrAfter: return a >= b
        }
    }

    var words: String { rawValue.replacingOccurrences(of: "_", with: " ") }
}

/// A condition of the rule language; every condition keeps where it was written.
public indirect enum Condition: Sendable {
    case all([Condition], SourceLocation)
    case any([Condition], SourceLocation)
    case not(Condition, SourceLocation)
    case exists(FieldPath, SourceLocation)
    case compare(FieldPath, Comparison, SourceLocation)
    case count(FieldPath, NumberOperator, Int, SourceLocation)
    case forAny(FieldPath, Condition, SourceLocation)
    case forAll(FieldPath, Condition, SourceLocation)
    /// Concepts of the lexicon that one clause of a free text holds together.
    case says(ConceptQuery, SourceLocation)
}

extension Condition {
    /// The conditions directly inside this one.
    public var children: [Condition] {
        switch self {
        case .all(let items, _), .any(let items, _): return items
        case .not(let inner, _), .forAny(_, let inner, _), .forAll(_, let inner, _): return [inner]
        case .exists, .compare, .count, .says: return []
        }
    }

    /// This condition and every one inside it, depth first, each before what it holds.
    public var allConditions: [Condition] { [self] + children.flatMap(\.allConditions) }
}

extension Requirement {
    public var condition: Condition {
        switch self {
        case .require(let condition), .forbid(let condition): return condition
        }
    }
}

extension ConceptQuery {
    /// The free-text fields a `says` without `in:` reads.
    public static let defaultFields = ["title", "description", "commitments[].text"]
}

public enum Requirement: Sendable {
    /// What must hold.
    case require(Condition)
    /// What must not hold.
    case forbid(Condition)
}

public struct RuleException: Sendable {
    public var name: String
    public var reason: String
    public var condition: Condition
}

public enum Outcome: String, Sendable, CaseIterable {
    case satisfied, violated, undetermined
    case notApplicable = "not-applicable"
    case waived
    /// Violated or undetermined, and already in the operator's baseline: reported, not gated on.
    case existing

    /// What a rule itself can decide, and so what a rule example may expect.
    public var isRuleOutcome: Bool { self != .waived && self != .existing }
}

/// A rule's own example: a patch onto the rule file's base proposal and the outcome it must give.
public struct RuleExample: Sendable {
    public var expect: Outcome
    public var note: String?
    public var patch: YAMLNode
    public var location: SourceLocation
    /// The sentence the finding must quote (`quotes:`), for a text rule.
    public var quotes: String? = nil
    /// The field the finding must land on (`at:`), e.g. `location.host_nation_consent`.
    public var at: String? = nil
}

public struct Rule: Sendable {
    public var id: String
    public var premise: String
    public var severity: Severity
    public var title: String
    public var message: Template
    public var fix: Template
    /// Why the rule reads its premise as it does, naming what beyond the report it rests on (the
    /// cabinet decision of 1 July 2014, a statute and its article): the catalogue quotes only the
    /// report.
    public var reason: String?
    public var scope: Condition?
    public var requirement: Requirement
    public var exceptions: [RuleException]
    public var examples: [RuleExample]
    /// The proposal the examples patch, if the rule file names one.
    public var examplesBase: String?
    public var location: SourceLocation
}

extension Rule {
    /// The rule's own conditions: its scope, its requirement and its exceptions'.
    public var conditions: [Condition] { [scope].compactMap { $0 } + [requirement.condition] + exceptions.map(\.condition) }

    /// Every condition of the rule at any depth.
    public var allConditions: [Condition] { conditions.flatMap(\.allConditions) }
}

/// The rules and the premises they rest on, loaded whole or not at all.
public struct RuleSet: Sendable {
    public var premises: [Premise]
    public var rules: [Rule]
    /// SHA-256 over the rule files, so that a decision can be traced to the rules that made it.
    public var digest: String
    public var files: [String]
    /// The concepts `says:` conditions name, from the rule set's lexicon files.
    public var lexicon: Lexicon = .empty

    public func premise(_ id: String) -> Premise? { premises.first { $0.id == id } }
    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }
}
