/// Conditions in words, for explanations and `accord explain`.
extension Condition {
    public func words(prefix: String = "") -> String {
        func field(_ path: FieldPath) -> String {
            if path.text == "." { return prefix.isEmpty ? "the entry" : "`\(prefix)`" }
            return "`\(prefix.isEmpty ? path.text : "\(prefix).\(path.text)")`"
        }
        switch self {
        case .all(let items, _): return items.count == 1 ? items[0].words(prefix: prefix) : "all of: " + items.map { "(\($0.words(prefix: prefix)))" }.joined(separator: " and ")
        case .any(let items, _): return items.count == 1 ? items[0].words(prefix: prefix) : "any of: " + items.map { "(\($0.words(prefix: prefix)))" }.joined(separator: " or ")
        case .not(let inner, _): return "not (\(inner.words(prefix: prefix)))"
        case .exists(let path, _): return "\(field(path)) is given"
        case .compare(let path, let comparison, _):
            switch comparison {
            case .equals(let value): return "\(field(path)) is `\(value.shown)`"
            case .oneOf(let values): return "\(field(path)) is one of \(values.map { "`\($0.shown)`" }.joined(separator: ", "))"
            case .contains(let value): return "\(field(path)) contains `\(value.shown)`"
            case .matches(let pattern): return "\(field(path)) matches /\(pattern.shortSource)/"
            case .number(let op, let number): return "\(field(path)) is \(op.words) \(number.shown)"
            case .date(let op, let date): return "\(field(path)) is \(op.words) \(date)"
            }
        case .count(let path, let op, let number, _): return "\(field(path)) has \(op.words) \(number) entr\(number == 1 ? "y" : "ies")"
        case .forAny(let path, let inner, _): return "some entry of \(field(path)) has: \(inner.words(prefix: ""))"
        case .forAll(let path, let inner, _): return "every entry of \(field(path)) has: \(inner.words(prefix: ""))"
        case .mentions(let query, _):
            let shownPhrases = query.phrases.prefix(4).map { "'\($0.text)'" }.joined(separator: ", ")
            let more = query.phrases.count > 4 ? " or \(query.phrases.count - 4) more phrases" : ""
            return "the text (\(query.fields.joined(separator: ", "))) says \(shownPhrases)\(more), not negated"
        }
    }

    public var location: SourceLocation {
        switch self {
        case .all(_, let l), .any(_, let l), .not(_, let l), .exists(_, let l), .compare(_, _, let l),
             .count(_, _, _, let l), .forAny(_, _, let l), .forAll(_, _, let l), .mentions(_, let l):
            return l
        }
    }
}

extension ScalarValue {
    var shown: String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .int(let number): return String(number)
        case .float(let number): return number.shown
        case .string(let text): return text
        }
    }
}

extension Double {
    var shown: String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self) }
}
