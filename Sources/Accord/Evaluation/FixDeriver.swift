import Foundation
import Synchronization

/// Derives the smallest change that would turn a condition the way a rule needs it.
enum FixDeriver {
    /// Changes that make `evaluation` come out `want`.
    static func fixes(_ evaluation: Evaluation, want: Bool) -> [String] {
        if evaluation.truth == Truth(want) { return [] }
        if let missing = evaluation.missing, evaluation.truth == .unknown {
            return [add(missing)]
        }
        // "Set `situation` to `armed-attack-on-japan`" would pass the rule by misstating the facts;
        // the rule's own advice is the fix.
        if let path = evaluation.field, ProposalSchema.circumstances.contains(schemaPath(path)) { return [] }
        let field = "`\(evaluation.field ?? "")`"
        switch evaluation.condition {
        case .all(_, _), .forAll(_, _, _):
            let open = evaluation.children.filter { $0.truth != Truth(want) }
            if case .forAll(_, let inner, _) = evaluation.condition, !want {
                return ["make one entry of \(field) fail: \(inner.words())"]
            }
            if want { return open.flatMap { fixes($0, want: true) } }
            // Breaking one part is enough: rephrasing a text is the smallest change; otherwise a
            // part that is more than "is given" says more.
            let part = open.first { if case .says = $0.condition { true } else { false } }
                ?? open.first { if case .exists = $0.condition { false } else { true } } ?? open.first
            return part.map { fixes($0, want: false) } ?? []
        case .any(_, _):
            let open = evaluation.children.filter { $0.truth != Truth(want) }
            if want { return open.lazy.map { fixes($0, want: true) }.first { !$0.isEmpty } ?? [] }
            return open.flatMap { fixes($0, want: false) }
        case .forAny(_, let inner, _):
            if want { return ["add to \(field) an entry where \(inner.words())"] }
            return evaluation.children.filter { $0.truth != .false }.flatMap { fixes($0, want: false) }
        case .not(_, _):
            return evaluation.children.flatMap { fixes($0, want: !want) }
        case .exists:
            return [want ? add(evaluation.field ?? "") : "remove \(field)"]
        case .compare(_, let comparison, _):
            switch (comparison, want) {
            case (.equals(let value), true): return ["set \(field) to `\(value.shown)`"]
            case (.equals(let value), false): return ["change \(field): it must not be `\(value.shown)`"]
            case (.oneOf(let values), true): return ["set \(field) to one of \(values.map { "`\($0.shown)`" }.joined(separator: ", "))"]
            case (.oneOf(let values), false): return ["set \(field) to a value other than \(values.map { "`\($0.shown)`" }.joined(separator: ", "))"]
            case (.contains(let value), true): return ["add `\(value.shown)` to \(field)"]
            case (.contains(let value), false): return ["remove `\(value.shown)` from \(field)"]
            case (.matches(let pattern), true): return ["set \(field) to \(pattern.wanted)"]
            case (.matches, false): return ["remove or change \(field) (now \(evaluation.seen ?? ""))"]
            case (.names(let name), true): return ["set \(field) to a name the lexicon knows as \(name.concept.id)"]
            case (.names(let name), false): return ["remove \(field) or change it so that it names no \(name.concept.id) (now \(evaluation.seen ?? ""))"]
            case (.number(let op, let bound), _): return ["set \(field) to a number \(want ? "" : "not ")\(op.words) \(bound.shown)"]
            case (.date(let op, let bound), _): return ["set \(field) to a date \(want ? "" : "not ")\(op.words) \(bound)"]
            }
        case .count(_, let op, let number, _):
            return ["give \(field) \(want ? "" : "not ")\(op.words) \(number) entr\(number == 1 ? "y" : "ies")"]
        case .says(let query, _):
            if want { return ["say in the text: \(query.concepts.map(\.id).joined(separator: " and "))"] }
            return evaluation.hits.map { "rephrase the sentence at line \($0.location.line): '\($0.quote)'" }
        }
    }

    /// Changes that supply the facts an unknown condition lacks.
    static func missingFacts(_ evaluation: Evaluation) -> [String] {
        guard evaluation.truth == .unknown else { return [] }
        if let missing = evaluation.missing { return [add(missing)] }
        if case .compare(_, .names(let name), _) = evaluation.condition {
            let value = evaluation.seenNode?.shown ?? "the value"
            return ["unrecognised \(name.unrecognised?.id ?? "name") \(value): add it to the lexicon (Rules/lexicon.yaml, concept `\(name.concept.id)`) if it is one, or name one the lexicon knows"]
        }
        return evaluation.children.flatMap(missingFacts)
    }

    /// The path with list positions left out, as the schema names it: `participants[2].role`
    /// becomes `participants[].role`. Paths are the schema's names and list positions: ASCII,
    /// read as bytes.
    static func schemaPath(_ path: String) -> String {
        let bytes = Array(path.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            result.append(bytes[index])
            index += 1
            guard result.last == UInt8(ascii: "[") else { continue }
            let digits = bytes[index...].prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }.count
            if digits > 0, index + digits < bytes.count, bytes[index + digits] == UInt8(ascii: "]") {
                result.append(UInt8(ascii: "]"))
                index += digits + 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    static func add(_ path: String) -> String {
        "add `\(path)`\(kindHint(schemaPath(path)))"
    }

    /// What a field at a schema path holds, as a hint after its name: " (a list)". Remembered:
    /// the schema is fixed, and finding a path in it splits the path into strings every time.
    private static func kindHint(_ schemaPath: String) -> String {
        if let known = kindHints.withLock({ $0[schemaPath] }) { return known }
        let hint: String
        switch ProposalSchema.type(at: schemaPath) {
        case .boolean?: hint = " (true or false)"
        case .enumeration(let values)?: hint = " (one of: \(values.joined(separator: ", ")))"
        case .date?: hint = " (YYYY-MM-DD)"
        case .list?: hint = " (a list)"
        default: hint = ""
        }
        kindHints.withLock { $0[schemaPath] = hint }
        return hint
    }

    private static let kindHints = Mutex<[String: String]>([:])
}
