/// Conditions in words, for explanations and `accord explain`.
extension Condition {
    public func words(prefix: String = "") -> String {
        var words = Words()
        write(prefix: prefix, to: &words)
        return String(decoding: words.bytes, as: UTF8.self)
    }

    /// The words appended to one buffer: built as strings of their own, a condition's words would
    /// be copied again into each condition it is part of.
    private func write(prefix: String, to out: inout Words) {
        func field(_ path: FieldPath) {
            if path.text == "." {
                if prefix.isEmpty { out += "the entry" } else { out += "`"; out += prefix; out += "`" }
            } else {
                out += "`"
                if !prefix.isEmpty { out += prefix; out += "." }
                out += path.text
                out += "`"
            }
        }
        func values(_ values: [ScalarValue]) {
            for (index, value) in values.enumerated() {
                out += index == 0 ? "`" : ", `"
                out += value.shown
                out += "`"
            }
        }
        switch self {
        case .all(let items, _): Self.write(items, opening: "all of: ", separator: " and ", prefix: prefix, to: &out)
        case .any(let items, _): Self.write(items, opening: "any of: ", separator: " or ", prefix: prefix, to: &out)
        case .not(let inner, _):
            out += "not ("
            inner.write(prefix: prefix, to: &out)
            out += ")"
        case .exists(let path, _):
            field(path)
            out += " is given"
        case .compare(let path, let comparison, _):
            field(path)
            switch comparison {
            case .equals(let value):
                out += " is `"
                out += value.shown
                out += "`"
            case .oneOf(let list):
                out += " is one of "
                values(list)
            case .contains(let value):
                out += " contains `"
                out += value.shown
                out += "`"
            case .matches(let pattern):
                out += " "
                out += pattern.words
            case .names(let name):
                out += " names \(name.concept.id)"
                if let unrecognised = name.unrecognised { out += " (one that reads as \(unrecognised.id) but is not in the lexicon is unknown)" }
            case .number(let op, let number): out += " is \(op.words) \(number.shown)"
            case .date(let op, let date): out += " is \(op.words) \(date)"
            }
        case .count(let path, let op, let number, _):
            field(path)
            out += " has \(op.words) \(number) entr\(number == 1 ? "y" : "ies")"
        case .forAny(let path, let inner, _):
            out += "some entry of "
            field(path)
            out += " has: "
            inner.write(prefix: "", to: &out)
        case .forAll(let path, let inner, _):
            out += "every entry of "
            field(path)
            out += " has: "
            inner.write(prefix: "", to: &out)
        case .says(let query, _):
            out += "one clause of the text ("
            for (index, field) in query.fields.enumerated() {
                if index > 0 { out += ", " }
                out += field
            }
            out += ") says "
            for (index, concept) in query.concepts.enumerated() {
                if index > 0 { out += index == query.concepts.count - 1 ? " and " : ", " }
                out += concept.id
            }
            if let within = query.within { out += " within \(within) words" }
            if query.inOrder { out += ", in that order" }
            if !query.unless.isEmpty { out += ", unless it says " + query.unless.map(\.id).joined(separator: " or ") }
            if !query.unlessSubject.isEmpty {
                out += ", unless its subject is " + query.unlessSubject.map(\.id).joined(separator: " or ") + " acting on \(query.concepts[0].id)"
            }
            out += query.negated ? ", denied (not reported)" : ", not negated or reported"
        }
    }

    /// "all of: (a) and (b)"; a single condition stands alone.
    private static func write(_ items: [Condition], opening: String, separator: String, prefix: String, to out: inout Words) {
        if items.count == 1 { return items[0].write(prefix: prefix, to: &out) }
        out += opening
        for (index, item) in items.enumerated() {
            if index > 0 { out += separator }
            out += "("
            item.write(prefix: prefix, to: &out)
            out += ")"
        }
    }

    public var location: SourceLocation {
        switch self {
        case .all(_, let l), .any(_, let l), .not(_, let l), .exists(_, let l), .compare(_, _, let l),
             .count(_, _, _, let l), .forAny(_, _, let l), .forAll(_, _, let l), .says(_, let l):
            return l
        }
    }
}

/// UTF-8 that words are appended to: appending to a String costs several times more.
private struct Words {
    var bytes: [UInt8] = []

    static func += (words: inout Words, text: String) {
        words.bytes.append(contentsOf: text.utf8)
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
