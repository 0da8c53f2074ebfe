import Foundation

/// A change of a field that a rule's derived fix names, read from the engine's words
/// (`FixDeriver`): the changes a quick fix can make. Any other change — rephrasing a sentence,
/// removing a field, a value matching a pattern — is for the planner to make.
enum FieldChange: Equatable {
    /// `set `responsibility.primary` to `japan``; also each value of "set X to one of `a`, `b`".
    case set(path: String, values: [String])
    /// `add `location.host_nation_consent` (true or false)`: the values a quick fix may try.
    case add(path: String, values: [String])
    /// `add `UN Charter Article 51` to `legal_basis``.
    case addItem(path: String, value: String)

    static func parse(_ change: String) -> FieldChange? {
        let quoted = quotedParts(change)
        if change.hasPrefix("set `"), quoted.count >= 2 {
            let rest = change.dropFirst("set `\(quoted[0])` to ".count)
            if rest.hasPrefix("`"), quoted.count == 2, rest == "`\(quoted[1])`" { return .set(path: quoted[0], values: [quoted[1]]) }
            if rest.hasPrefix("one of `") { return .set(path: quoted[0], values: Array(quoted.dropFirst())) }
            return nil
        }
        if change.hasPrefix("add `"), quoted.count == 2, change == "add `\(quoted[0])` to `\(quoted[1])`" {
            return .addItem(path: quoted[1], value: quoted[0])
        }
        if change.hasPrefix("add `"), quoted.count == 1 {
            let hint = change.dropFirst("add `\(quoted[0])`".count)
            if hint == " (true or false)" { return .add(path: quoted[0], values: ["true", "false"]) }
            if hint.hasPrefix(" (one of: "), hint.hasSuffix(")") {
                let list = hint.dropFirst(" (one of: ".count).dropLast()
                return .add(path: quoted[0], values: list.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            }
        }
        return nil
    }

    var path: String {
        switch self {
        case .set(let path, _), .add(let path, _), .addItem(let path, _): return path
        }
    }

    /// The texts between backticks.
    private static func quotedParts(_ text: String) -> [String] {
        let pieces = text.split(separator: "`", omittingEmptySubsequences: false)
        guard pieces.count % 2 == 1 else { return [] }
        return stride(from: 1, to: pieces.count, by: 2).map { String(pieces[$0]) }
    }
}

