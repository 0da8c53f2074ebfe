/// How a scalar was written in the source.
public enum ScalarStyle: String, Sendable {
    case plain, singleQuoted = "single-quoted", doubleQuoted = "double-quoted", literal, folded
}

/// A scalar's value under the YAML 1.2 core schema (or its standard tag).
public enum ScalarValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
}

/// A node of a loaded YAML document. Every node keeps where it started.
public struct YAMLNode: Sendable {
    public indirect enum Content: Sendable {
        case scalar(text: String, style: ScalarStyle, value: ScalarValue)
        case sequence([YAMLNode])
        case mapping([YAMLPair])
    }

    public var content: Content
    /// 1-based line of the node's first character.
    public var line: Int
    /// 1-based column (in characters) of the node's first character.
    public var column: Int
    /// A tag other than the standard ones, kept so that validators can reject it.
    public var customTag: String? {
        get { tag?.name }
        set { tag = newValue.map(Tag.init) }
    }

    /// Nodes are copied wherever a document is read; an optional reference copies for less than
    /// an optional string, and almost every node has no tag.
    private var tag: Tag?

    private final class Tag: Sendable {
        let name: String

        init(_ name: String) {
            self.name = name
        }
    }

    public init(_ content: Content, line: Int, column: Int, customTag: String? = nil) {
        self.content = content
        self.line = line
        self.column = column
        self.tag = customTag.map(Tag.init)
    }

    public func location(in path: String) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    public var scalarValue: ScalarValue? {
        if case .scalar(_, _, let value) = content { return value }
        return nil
    }

    public var scalarText: String? {
        if case .scalar(let text, _, _) = content { return text }
        return nil
    }

    public var mappingPairs: [YAMLPair]? {
        if case .mapping(let pairs) = content { return pairs }
        return nil
    }

    /// Whether the node is a null, told without copying its value: every path step of every
    /// condition, and every field the validator reads, asks it.
    var isNullScalar: Bool {
        if case .scalar(_, _, .null) = content { return true }
        return false
    }

    public var sequenceItems: [YAMLNode]? {
        if case .sequence(let items) = content { return items }
        return nil
    }

    /// The value under a string key of a mapping.
    public subscript(key: String) -> YAMLNode? {
        // Read on every path step of every condition: the keys are read in place, as copying a
        // pair (two nodes and their tags) costs more than comparing its key.
        guard case .mapping(let pairs) = content else { return nil }
        for index in pairs.indices {
            // Lengths first: most keys differ from the one sought, and telling two strings
            // apart by content goes through the standard library's general comparison.
            if case .scalar(_, _, .string(let name)) = pairs[index].key.content, name.utf8.count == key.utf8.count, name == key {
                return pairs[index].value
            }
        }
        return nil
    }
}

public struct YAMLPair: Sendable {
    public var key: YAMLNode
    public var value: YAMLNode

    public init(key: YAMLNode, value: YAMLNode) {
        self.key = key
        self.value = value
    }
}
