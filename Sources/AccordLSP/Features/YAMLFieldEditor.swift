import Accord

/// Text edits that make one field change in a block-style YAML proposal, placed by the loaded
/// document's nodes. Where the document is written in a way this cannot edit safely (a flow
/// mapping, a block scalar, JSON), it makes no edit rather than a wrong one.
struct YAMLFieldEditor {
    /// A replacement of bytes `range` of the document by `text`.
    struct Edit: Equatable {
        var range: Swift.Range<Int>
        var text: String
    }

    let bytes: [UInt8]
    let positions: TextPositions
    let root: YAMLNode

    init?(_ positions: TextPositions) {
        // A JSON proposal (or a flow mapping at the top) has no block lines to insert a field into.
        guard positions.bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) != UInt8(ascii: "{") else { return nil }
        guard let root = try? YAMLLoader().loadDocument(positions.bytes, path: ""), case .mapping = root.content else { return nil }
        self.bytes = positions.bytes
        self.positions = positions
        self.root = root
    }

    func edit(_ change: FieldChange, value: String) -> Edit? {
        switch change {
        case .set(let path, _): return set(path, to: value)
        case .add(let path, _): return add(path, value: value)
        case .addItem(let path, let item): return addItem(item, to: path)
        }
    }

    // MARK: The changes

    /// Replaces a scalar's token — only the token, so that a value in a flow collection keeps its
    /// neighbours — and keeps its quotes unless the new value is a boolean or a number.
    private func set(_ path: String, to value: String) -> Edit? {
        guard let (_, node) = lookup(path) else { return add(path, value: value) }
        guard case .scalar(let text, let style, _) = node.content else { return nil }
        if text.isEmpty, style == .plain { return add(path, value: value) }
        let start = offset(of: node)
        let end: Int?
        switch style {
        // A plain scalar stands in the source as its value, unless it is folded over lines.
        case .plain: end = Array(text.utf8) == Array(bytes[start..<min(bytes.count, start + text.utf8.count)]) ? start + text.utf8.count : nil
        case .singleQuoted: end = closingQuote(UInt8(ascii: "'"), from: start)
        case .doubleQuoted: end = closingQuote(UInt8(ascii: "\""), from: start)
        case .literal, .folded: end = nil
        }
        guard let end, end <= bytes.count else { return nil }
        let typed = value == "true" || value == "false" || Double(value) != nil
        let replacement = typed ? value : style == .plain ? Self.plainOrQuoted(value) : style == .singleQuoted ? "'\(value)'" : "\"\(value)\""
        return Edit(range: start..<end, text: replacement)
    }

    /// The offset after a quoted scalar's closing quote, on the scalar's line.
    private func closingQuote(_ quote: UInt8, from start: Int) -> Int? {
        var index = start + 1
        let lineEnd = positions.lineEnd(after: start)
        while index < lineEnd {
            if quote == UInt8(ascii: "\""), bytes[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if bytes[index] == quote {
                // '' is a quote inside a single-quoted scalar.
                if quote == UInt8(ascii: "'"), index + 1 < lineEnd, bytes[index + 1] == quote {
                    index += 2
                    continue
                }
                return index + 1
            }
            index += 1
        }
        return nil
    }

    private func addItem(_ item: String, to path: String) -> Edit? {
        let value = Self.plainOrQuoted(item)
        guard let (_, node) = lookup(path) else { return add(path, value: "[\(value)]") }
        switch node.content {
        case .sequence(let items):
            let start = offset(of: node)
            guard start < bytes.count else { return nil }
            if bytes[start] == UInt8(ascii: "[") {
                return Edit(range: start + 1..<start + 1, text: items.isEmpty ? value : value + ", ")
            }
            // Before the first item, as its sibling: the order of instruments carries no meaning.
            let lineStart = positions.lineStart(before: start)
            guard bytes[lineStart..<start].allSatisfy({ $0 == 0x20 }) else { return nil }
            return Edit(range: lineStart..<lineStart, text: String(repeating: " ", count: start - lineStart) + "- " + value + "\n")
        case .scalar(let text, .plain, _) where text.isEmpty:
            return add(path, value: "[\(value)]")
        default:
            return nil
        }
    }

    /// Adds a field that is missing, with any missing parents, as the last entry of the deepest parent there is.
    private func add(_ path: String, value: String) -> Edit? {
        var segments = Self.segments(path)
        var missing: [String] = []
        while let last = segments.last, lookup(segments) == nil {
            guard !last.hasSuffix("]") else { return nil }
            missing.insert(last, at: 0)
            segments.removeLast()
        }
        guard !missing.isEmpty else { return nil }
        let parent: YAMLNode
        var parentKey: YAMLNode?
        if segments.isEmpty {
            parent = root
        } else {
            guard let (key, node) = lookup(segments) else { return nil }
            parent = node
            parentKey = key
        }
        switch parent.content {
        case .mapping(let pairs):
            guard let first = pairs.first else { return nil }
            let keyStart = offset(of: first.key)
            guard keyStart < bytes.count, bytes[keyStart] != UInt8(ascii: "{"), offset(of: parent) == keyStart else { return nil }
            let indent = first.key.column - 1
            let at = endOfBlock(startingAfterLineOf: keyStart, indent: indent)
            let prefix = at > 0 && at == bytes.count && bytes[at - 1] != 0x0A && bytes[at - 1] != 0x0D ? "\n" : ""
            return Edit(range: at..<at, text: prefix + Self.block(missing, value: value, indent: indent) + "\n")
        case .scalar(let text, .plain, .null) where text.isEmpty:
            // `responsibility:` with nothing after it: the new field goes on the lines below.
            guard let parentKey else { return nil }
            let end = positions.lineEnd(after: offset(of: parentKey))
            return Edit(range: end..<end, text: "\n" + Self.block(missing, value: value, indent: parentKey.column - 1 + 2))
        default:
            return nil
        }
    }

    // MARK: Finding nodes and places

    /// The key and value nodes of a field (`participants[1].role`); nil when it is not there.
    func lookup(_ path: String) -> (key: YAMLNode, value: YAMLNode)? { lookup(Self.segments(path)) }

    private func lookup(_ segments: [String]) -> (key: YAMLNode, value: YAMLNode)? {
        var key = root
        var node = root
        for segment in segments {
            var name = Substring(segment)
            var index: Int?
            if let open = segment.firstIndex(of: "["), segment.hasSuffix("]") {
                name = segment[..<open]
                index = Int(segment[segment.index(after: open)..<segment.index(before: segment.endIndex)])
                guard index != nil else { return nil }
            }
            guard let pair = node.mappingPairs?.first(where: { $0.key.scalarText == String(name) }) else { return nil }
            key = pair.key
            node = pair.value
            if let index {
                guard let items = node.sequenceItems, items.indices.contains(index) else { return nil }
                node = items[index]
                key = items[index]
            }
        }
        return (key, node)
    }

    static func segments(_ path: String) -> [String] { path.split(separator: ".").map(String.init) }

    private func offset(of node: YAMLNode) -> Int { positions.offset(ofLine: node.line, column: node.column) }

    /// Where a block whose keys stand at `indent` ends: the start of the first line after the one at
    /// `offset` that is indented less (comments and blank lines do not end it), or the end of the text.
    private func endOfBlock(startingAfterLineOf offset: Int, indent: Int) -> Int {
        var lineStart = nextLine(after: offset)
        var lastContentEnd = lineStart
        while lineStart < bytes.count {
            var index = lineStart
            while index < bytes.count, bytes[index] == 0x20 { index += 1 }
            let blank = index >= bytes.count || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == UInt8(ascii: "#")
            if !blank {
                if index - lineStart < indent { return lastContentEnd }
                lastContentEnd = nextLine(after: lineStart)
            }
            lineStart = nextLine(after: lineStart)
        }
        return lastContentEnd
    }

    private func nextLine(after offset: Int) -> Int {
        var index = positions.lineEnd(after: offset)
        if index < bytes.count, bytes[index] == 0x0D { index += 1 }
        if index < bytes.count, bytes[index] == 0x0A { index += 1 }
        return index
    }

    /// `a:\n  b: value` for the missing keys [a, b], each level two spaces in.
    private static func block(_ keys: [String], value: String, indent: Int) -> String {
        keys.enumerated().map { level, key in
            String(repeating: " ", count: indent + 2 * level) + key + ":" + (level == keys.count - 1 ? " " + value : "")
        }.joined(separator: "\n")
    }

    /// A value as a plain scalar when YAML reads it back as the same string, quoted otherwise.
    static func plainOrQuoted(_ value: String) -> String {
        let plain = value.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || " -_.()/".unicodeScalars.contains($0) }
            && !value.hasPrefix("-") && !value.hasSuffix(" ") && !value.isEmpty
            && !["true", "false", "null", "~", "yes", "no"].contains(value.lowercased()) && Double(value) == nil
        if plain { return value }
        return "\"" + value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}

import Foundation
