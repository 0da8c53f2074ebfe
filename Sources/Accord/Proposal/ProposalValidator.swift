import Foundation

/// Checks a document against the proposal format, strictly: every problem with its place and a hint.
struct ProposalValidator {
    let path: String
    private var problems: [Diagnostic] = []

    init(path: String) {
        self.path = path
    }

    /// Words that YAML 1.1 read as booleans and YAML 1.2 reads as text.
    static let yaml11Booleans: Set<String> = ["yes", "no", "on", "off", "y", "n", "Yes", "No", "On", "Off", "YES", "NO", "ON", "OFF", "Y", "N"]

    mutating func validate(_ root: YAMLNode) -> [Diagnostic] {
        problems = []
        check(root, as: ProposalSchema.root, at: "")
        if problems.isEmpty { checkConditionalFields(root) }
        return problems.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    private mutating func fail(_ node: YAMLNode, _ message: String, hint: String) {
        problems.append(Diagnostic(node.location(in: path), message, hint: hint))
    }

    private func name(_ fieldPath: String) -> String {
        fieldPath.isEmpty ? "the proposal" : "`\(fieldPath)`"
    }

    /// `path` is built only when a problem or a nested field needs it: most values are fine scalars.
    private mutating func check(_ node: YAMLNode, as type: FieldType, at path: @autoclosure () -> String) {
        if case .scalar = node.content, node.customTag == nil {
            switch type {
            case .object, .list: break
            default: return checkScalar(node, as: type, at: path())
            }
        }
        let fieldPath = path()
        if let tag = node.customTag {
            fail(node, "\(name(fieldPath)) carries the tag \(tag); proposals use no tags", hint: "remove `\(tag)`")
            return
        }
        switch type {
        case .object(let fields):
            guard let pairs = node.mappingPairs else {
                return fail(node, "\(name(fieldPath)) must be a mapping of fields, not \(describe(node))",
                            hint: "write its fields as `key: value` lines: \(fields.map(\.name).joined(separator: ", "))")
            }
            checkObject(node, pairs, fields, at: fieldPath)
        case .list(let element, let minimumCount):
            guard let items = node.sequenceItems else {
                return fail(node, "\(name(fieldPath)) must be a list, not \(describe(node))", hint: "write it as `[a, b]` or as `- a` lines")
            }
            if items.count < minimumCount {
                fail(node, "\(name(fieldPath)) needs at least \(minimumCount) entr\(minimumCount == 1 ? "y" : "ies")", hint: "add an entry")
            }
            for (index, item) in items.enumerated() {
                check(item, as: element, at: "\(fieldPath)[\(index)]")
            }
        default:
            checkScalar(node, as: type, at: fieldPath)
        }
    }

    private mutating func checkObject(_ node: YAMLNode, _ pairs: [YAMLPair], _ fields: [Field], at fieldPath: String) {
        // Which fields have a value, by their place in `fields` (a proposal object has fewer than 64).
        var present: UInt64 = 0
        var nextField = 0
        // Read in place: a loop over the pairs would copy each of them, both nodes and their tags.
        for index in pairs.indices {
            guard case .string(let key) = pairs[index].key.scalarValue ?? .null else {
                fail(pairs[index].key, "the key `\(pairs[index].key.scalarText ?? "")` is not a field name", hint: "field names are text, e.g. `title`")
                continue
            }
            // No field's name starts with `x-`, so a field found is never a free key.
            guard let fieldIndex = Self.index(of: key, in: fields, from: nextField) else {
                if key.hasPrefix("x-") { continue }
                let suggestion = Suggestion.didYouMean(key, in: fields.map(\.name))
                let place = fieldPath.isEmpty ? "a proposal" : "`\(fieldPath)`"
                fail(pairs[index].key, "unknown field `\(key)` in \(place)",
                     hint: suggestion ?? "known fields: \(fields.map(\.name).joined(separator: ", ")); keys starting with `x-` are free for your own use")
                continue
            }
            nextField = fieldIndex + 1
            // The field is read where it is, not copied: a copy retains its name, type and summary.
            func childPath() -> String { fieldPath.isEmpty ? key : "\(fieldPath).\(key)" }
            if pairs[index].value.isNullScalar, pairs[index].value.customTag == nil {
                // An optional field left empty is a missing fact; a required one is an error.
                if fields[fieldIndex].required {
                    fail(pairs[index].value, "`\(childPath())` is required but has no value", hint: "give \(fields[fieldIndex].summary)")
                }
                continue
            }
            if fieldIndex < 64 { present |= 1 << fieldIndex }
            check(pairs[index].value, as: fields[fieldIndex].type, at: childPath())
        }
        for index in fields.indices where fields[index].required && (index >= 64 || present & (1 << index) == 0) {
            let field = fields[index]
            if pairs.contains(where: { $0.key.scalarValue == .string(field.name) }) { continue }
            let childPath = fieldPath.isEmpty ? field.name : "\(fieldPath).\(field.name)"
            fail(node, "\(name(fieldPath)) lacks the required field `\(childPath)`", hint: "add `\(field.name):` with \(field.summary)")
        }
    }

    /// The place of the field named `name`, searched from `start` on and then from the top:
    /// keys mostly come in the format's order, so the search usually ends at once.
    private static func index(of name: String, in fields: [Field], from start: Int) -> Int? {
        for index in start..<fields.count where fields[index].name == name { return index }
        for index in 0..<min(start, fields.count) where fields[index].name == name { return index }
        return nil
    }

    private mutating func checkScalar(_ node: YAMLNode, as type: FieldType, at path: @autoclosure () -> String) {
        // Every message names the field; it is put into words only for a message.
        var fieldPath: String { path() }
        guard case .scalar(let text, _, let value) = node.content else {
            return fail(node, "`\(fieldPath)` must be a single value, not \(describe(node))", hint: hint(for: type))
        }
        switch (type, value) {
        case (.text, .string(let string)), (.freeText, .string(let string)):
            // Nearly every text starts with a visible character other than `<`: neither blank nor a placeholder.
            if Self.startsVisibleASCII(string, except: UInt8(ascii: "<")) { break }
            if Self.isBlank(string) {
                fail(node, "`\(fieldPath)` is empty", hint: hint(for: type))
            } else if Self.isPlaceholder(string) {
                fail(node, "`\(fieldPath)` is still the template's placeholder \(string)", hint: "replace it with the real value")
            }
        case (.version(let expected), .int(let number)):
            if number != expected {
                fail(node, "format version \(number) is not supported; this Accord reads version \(expected)", hint: "write `proposal: \(expected)`")
            }
        case (.boolean, .bool):
            break
        case (.boolean, .string(let string)) where Self.yaml11Booleans.contains(string):
            fail(node, "`\(fieldPath)` is `\(string)`, which YAML 1.2 reads as text, not as a boolean",
                 hint: "write `true` or `false`")
        case (.date, .string(let string)):
            if Self.isPlaceholder(string) {
                fail(node, "`\(fieldPath)` is still the template's placeholder \(string)", hint: "write a date, e.g. `2014-10-08`")
            } else if !CivilDate.isDate(string) {
                fail(node, "`\(fieldPath)` is `\(string)`, not a date of the form YYYY-MM-DD", hint: "e.g. `2014-10-08`")
            }
        case (.enumeration(let allowed), .string(let string)):
            if Self.isPlaceholder(string) {
                fail(node, "`\(fieldPath)` is still the template's placeholder \(string)", hint: "write one of: \(allowed.joined(separator: ", "))")
            } else if !allowed.contains(string) {
                let suggestion = Suggestion.didYouMean(string, in: allowed)
                fail(node, "`\(fieldPath)` is `\(string)`, which is not one of: \(allowed.joined(separator: ", "))",
                     hint: suggestion ?? "write one of the values listed")
            }
        case (.identifier(let known), .string(let string)):
            if Self.isPlaceholder(string) {
                fail(node, "`\(fieldPath)` is still the template's placeholder \(string)", hint: "replace it with the real value")
            } else if !Self.isIdentifier(string) {
                fail(node, "`\(fieldPath)` is `\(string)`, not a lower-case-hyphenated identifier",
                     hint: "e.g. `\(Self.slug(string))`")
            } else if !known.contains(string), let near = Suggestion.closest(to: string, in: known) {
                fail(node, "`\(fieldPath)` is `\(string)`, which looks like a typo for `\(near)`", hint: "write `\(near)`")
            }
        default:
            fail(node, "`\(fieldPath)` is \(describe(node)) `\(text)`, but \(hint(for: type))", hint: typeHint(for: type, value: value))
        }
    }

    /// Fields whose presence depends on other fields.
    private mutating func checkConditionalFields(_ root: YAMLNode) {
        if let location = root["location"], location["kind"]?.scalarValue == .string("foreign-territory"),
           location["country"] == nil || location["country"]?.scalarValue == .null {
            fail(location, "`location.country` is required when `location.kind` is foreign-territory",
                 hint: "add `country:` with the host country, e.g. `philippines`")
        }
    }

    private func describe(_ node: YAMLNode) -> String {
        switch node.content {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case .scalar(_, _, let value):
            switch value {
            case .null: return "empty"
            case .bool: return "the boolean"
            case .int: return "the integer"
            case .float: return "the number"
            case .string: return "the text"
            }
        }
    }

    private func hint(for type: FieldType) -> String {
        switch type {
        case .text, .freeText: return "it must be text"
        case .version(let version): return "it must be the number \(version)"
        case .boolean: return "it must be `true` or `false`"
        case .date: return "it must be a date, YYYY-MM-DD"
        case .enumeration(let allowed): return "it must be one of: \(allowed.joined(separator: ", "))"
        case .identifier: return "it must be a lower-case-hyphenated identifier"
        case .list: return "it must be a list"
        case .object: return "it must be a mapping"
        }
    }

    private func typeHint(for type: FieldType, value: ScalarValue) -> String {
        switch (type, value) {
        case (.text, _), (.freeText, _): return "quote it to make it text: \"...\""
        default: return hint(for: type)
        }
    }

    /// Whether the text is empty or whitespace only.
    static func isBlank(_ text: String) -> Bool {
        !startsVisibleASCII(text) && text.allSatisfy(\.isWhitespace)
    }

    /// Whether the text starts with a printable ASCII character other than a space, as nearly every
    /// value does: such text is neither blank nor a placeholder's `<`, and needs no closer look.
    private static func startsVisibleASCII(_ text: String, except excluded: UInt8 = 0) -> Bool {
        guard let first = text.utf8.first else { return false }
        return first > 0x20 && first < 0x7F && first != excluded
    }

    /// `<like this>`: what `accord init` writes for a value to fill in.
    static func isPlaceholder(_ text: String) -> Bool {
        // Asked of many values: look at the first non-blank byte first, and trim only what might be one.
        guard text.utf8.first(where: { $0 != 0x20 && ($0 < 0x09 || $0 > 0x0D) }) == UInt8(ascii: "<") || text.unicodeScalars.first.map({ TextUnit.isBlank($0.value) }) == true else {
            return false
        }
        let trimmed = text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()
        return trimmed.first == "<" && trimmed.last == ">" && !trimmed.dropFirst().dropLast().contains { $0 == "<" || $0 == ">" }
    }

    static func isIdentifier(_ text: String) -> Bool {
        // Over the bytes in place: stepping through `utf8` costs several times as much per byte.
        text.utf8.withContiguousStorageIfAvailable(isIdentifier) ?? isIdentifier(Array(text.utf8))
    }

    private static func isIdentifier<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> Bool {
        guard let first = bytes.first, first >= UInt8(ascii: "a"), first <= UInt8(ascii: "z") else { return false }
        var previous: UInt8 = 0
        for byte in bytes {
            let allowed = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || (byte == UInt8(ascii: "-") && previous != UInt8(ascii: "-"))
            guard allowed else { return false }
            previous = byte
        }
        return previous != UInt8(ascii: "-")
    }

    static func slug(_ text: String) -> String {
        text.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
    }
}
