import CYAML

/// Reads YAML through libyaml's event API into `YAMLNode` trees, strictly and within limits.
public struct YAMLLoader: Sendable {
    public var limits: LoaderLimits

    public init(limits: LoaderLimits = .default) {
        self.limits = limits
    }

    /// Every document of the stream. Throws the first problem found, with its place.
    public func load(_ bytes: [UInt8], path: String) throws(Diagnostic) -> [YAMLNode] {
        if bytes.count > limits.maxBytes {
            throw Diagnostic(
                SourceLocation(path: path, line: 1, column: 1),
                "the file is \(bytes.count) bytes, over the limit of \(limits.maxBytes) bytes",
                hint: "split the file, or raise the limit if the file is trusted")
        }
        try Encoding.check(bytes, path: path)
        var run = LoadRun(path: path, limits: limits)
        return try run.parse(bytes)
    }

    /// A file of one document whose syntax error is its only problem (a waiver file, a baseline).
    public func loadFile(_ bytes: [UInt8], path: String) throws(Diagnostics) -> YAMLNode {
        do {
            return try loadDocument(bytes, path: path)
        } catch {
            throw Diagnostics([error])
        }
    }

    /// Exactly one document: an empty stream and a second document are errors.
    public func loadDocument(_ bytes: [UInt8], path: String) throws(Diagnostic) -> YAMLNode {
        var oneDocument = self
        oneDocument.limits.maxDocuments = 1
        let documents = try oneDocument.load(bytes, path: path)
        guard let document = documents.first else {
            throw Diagnostic(
                SourceLocation(path: path, line: 1, column: 1),
                "the file holds no YAML document (it is empty or only comments)",
                hint: "write the proposal's fields, e.g. start from `accord init`")
        }
        return document
    }
}

/// The state of one pass over one stream.
private struct LoadRun: ~Copyable {
    let path: String
    let limits: LoaderLimits

    /// A sequence or mapping being read. Its finished children wait in `children`, from `start` on.
    private struct OpenCollection {
        let isMapping: Bool
        let line: Int
        let column: Int
        let customTag: String?
        let anchor: String?
        let start: Int
        /// Nodes in it, itself included, for the alias budget.
        var size = 1
        /// The scalar keys' lines, once a mapping has more keys than are quickly searched in turn
        /// (most mappings have a handful, and hashing each would cost more than comparing them).
        var keyIndex: [ScalarValue: Int]?
    }

    /// Keys a mapping searches in turn before it indexes them (a proposal's top level has about 20).
    private static let keysSearchedInTurn = 32

    private var open: [OpenCollection] = []
    /// The finished children of every open collection, innermost last: one stack for the whole
    /// stream, so that a collection allocates nothing but its own array when it closes.
    private var children = NodeStack(capacity: 64)
    private var anchors: [String: (node: YAMLNode, size: Int)] = [:]
    private var aliasedNodes = 0
    private var documents: [YAMLNode] = []
    private var documentCount = 0

    init(path: String, limits: LoaderLimits) {
        self.path = path
        self.limits = limits
        // Enough for a proposal, so that neither stack grows while it is read.
        open.reserveCapacity(8)
    }

    mutating func parse(_ bytes: [UInt8]) throws(Diagnostic) -> [YAMLNode] {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Diagnostic(SourceLocation(path: path, line: 1, column: 1), "libyaml could not start (out of memory)")
        }
        defer { yaml_parser_delete(&parser) }
        // libyaml reads from this buffer while we walk its events; it must outlive the loop.
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(bytes.count, 1))
        defer { buffer.deallocate() }
        _ = buffer.initialize(from: bytes)
        yaml_parser_set_input_string(&parser, buffer.baseAddress, bytes.count)

        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else {
                throw syntaxError(parser, bytes)
            }
            defer { yaml_event_delete(&event) }
            if event.type == YAML_STREAM_END_EVENT { break }
            try handle(event)
        }
        return documents
    }

    private mutating func handle(_ event: yaml_event_t) throws(Diagnostic) {
        let line = Int(event.start_mark.line) + 1
        let column = Int(event.start_mark.column) + 1
        switch event.type {
        case YAML_DOCUMENT_START_EVENT:
            documentCount += 1
            if let maximum = limits.maxDocuments, documentCount > maximum {
                throw Diagnostic(
                    location(line, column),
                    maximum == 1
                        ? "a second YAML document starts here; one file holds one document"
                        : "document \(documentCount) starts here; at most \(maximum) are read",
                    hint: "put each proposal in a file of its own, or remove the extra `---`")
            }
            anchors = [:]
        case YAML_DOCUMENT_END_EVENT:
            break
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length)), as: UTF8.self)
            let tag = string(scalar.tag)
            let style: ScalarStyle
            switch scalar.style {
            case YAML_SINGLE_QUOTED_SCALAR_STYLE: style = .singleQuoted
            case YAML_DOUBLE_QUOTED_SCALAR_STYLE: style = .doubleQuoted
            case YAML_LITERAL_SCALAR_STYLE: style = .literal
            case YAML_FOLDED_SCALAR_STYLE: style = .folded
            default: style = .plain
            }
            let value: ScalarValue
            do {
                value = try ScalarResolver.resolve(text, plain: style == .plain, tag: tag)
            } catch {
                throw scalarError(error, text: text, tag: tag, at: location(line, column))
            }
            let node = YAMLNode(.scalar(text: text, style: style, value: consume value), line: line, column: column, customTag: custom(tag))
            try add(node, size: 1, anchor: string(scalar.anchor))
        case YAML_SEQUENCE_START_EVENT:
            let tag = string(event.data.sequence_start.tag)
            if let tag, tag == ScalarResolver.mapTag || ScalarResolver.scalarTags.contains(tag) {
                throw Diagnostic(location(line, column), "a sequence is tagged \(tag), which does not fit a sequence", hint: "remove the tag")
            }
            try openCollection(isMapping: false, line: line, column: column, tag: tag, anchor: string(event.data.sequence_start.anchor))
        case YAML_MAPPING_START_EVENT:
            let tag = string(event.data.mapping_start.tag)
            if let tag, tag == ScalarResolver.seqTag || ScalarResolver.scalarTags.contains(tag) {
                throw Diagnostic(location(line, column), "a mapping is tagged \(tag), which does not fit a mapping", hint: "remove the tag")
            }
            try openCollection(isMapping: true, line: line, column: column, tag: tag, anchor: string(event.data.mapping_start.anchor))
        case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
            guard let collection = open.popLast() else { return }
            try add(close(collection), size: collection.size, anchor: collection.anchor)
        case YAML_ALIAS_EVENT:
            let name = string(event.data.alias.anchor) ?? ""
            guard let target = anchors[name] else {
                throw Diagnostic(location(line, column), "the alias *\(name) names no anchor defined before it", hint: "define `&\(name)` earlier in the document")
            }
            aliasedNodes += target.size
            if aliasedNodes > limits.maxAliasedNodes {
                throw Diagnostic(
                    location(line, column),
                    "aliases here expand to more than \(limits.maxAliasedNodes) nodes (an alias bomb?)",
                    hint: "write the values out instead of nesting aliases")
            }
            var copy = target.node
            copy.line = line
            copy.column = column
            try add(copy, size: target.size, anchor: nil)
        default:
            break
        }
    }

    private mutating func openCollection(isMapping: Bool, line: Int, column: Int, tag: String?, anchor: String?) throws(Diagnostic) {
        if open.count >= limits.maxDepth {
            throw Diagnostic(
                location(line, column),
                "nesting is deeper than \(limits.maxDepth) levels",
                hint: "flatten the structure; no Accord file needs this depth")
        }
        open.append(OpenCollection(
            isMapping: isMapping, line: line, column: column, customTag: custom(tag), anchor: anchor, start: children.count))
    }

    /// The node of a collection that has ended, made of the children it leaves on the stack.
    private mutating func close(_ collection: OpenCollection) -> YAMLNode {
        let content: YAMLNode.Content = collection.isMapping
            ? .mapping(children.popPairs(from: collection.start))
            : .sequence(children.popNodes(from: collection.start))
        return YAMLNode(content, line: collection.line, column: collection.column, customTag: collection.customTag)
    }

    /// Puts a finished node into its parent (or makes it a document).
    private mutating func add(_ node: consuming YAMLNode, size: Int, anchor: String?) throws(Diagnostic) {
        if let anchor { anchors[anchor] = (node, size) }
        guard !open.isEmpty else {
            documents.append(node)
            return
        }
        let parent = open.count - 1
        open[parent].size += size
        if open[parent].isMapping, (children.count - open[parent].start) % 2 == 0 {
            try checkKey(node, of: parent)
        }
        children.append(node)
    }

    /// Rejects a key that is not a scalar, or that the mapping `open[mapping]` already has.
    private mutating func checkKey(_ node: YAMLNode, of mapping: Int) throws(Diagnostic) {
        guard let value = node.scalarValue else {
            if limits.scalarKeysOnly {
                throw Diagnostic(
                    location(node.line, node.column),
                    "a mapping key must be a plain value, not a sequence or mapping",
                    hint: "use a text key such as `name:`")
            }
            return
        }
        if let firstLine = Self.lineOfKey(value, from: open[mapping].start, index: open[mapping].keyIndex, in: children) {
            throw Diagnostic(
                location(node.line, node.column),
                "duplicate key `\(node.scalarText ?? "")`: it is already defined on line \(firstLine)",
                hint: "keep one of the two; YAML forbids a key twice in one mapping")
        }
        if open[mapping].keyIndex != nil {
            open[mapping].keyIndex![value] = node.line
        } else if (children.count - open[mapping].start) / 2 == Self.keysSearchedInTurn {
            open[mapping].keyIndex = Self.keyIndex(from: open[mapping].start, in: children, adding: value, line: node.line)
        }
    }

    /// The line of the key equal to `key` in a mapping whose children start at `start`, if it has one.
    private static func lineOfKey(_ key: ScalarValue, from start: Int, index keyIndex: [ScalarValue: Int]?, in children: borrowing NodeStack) -> Int? {
        if let keyIndex { return keyIndex[key] }
        for index in stride(from: start, to: children.count, by: 2) where children[index].scalarValue == key {
            return children[index].line
        }
        return nil
    }

    /// The lines of the scalar keys so far of a mapping whose children start at `start`, and of one more, by key.
    private static func keyIndex(from start: Int, in children: borrowing NodeStack, adding key: ScalarValue, line: Int) -> [ScalarValue: Int] {
        var index = [ScalarValue: Int](minimumCapacity: 2 * keysSearchedInTurn)
        index[key] = line
        for position in stride(from: start, to: children.count, by: 2) {
            if let other = children[position].scalarValue, index[other] == nil { index[other] = children[position].line }
        }
        return index
    }

    private func location(_ line: Int, _ column: Int) -> SourceLocation {
        SourceLocation(path: path, line: line, column: column)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private func custom(_ tag: String?) -> String? {
        guard let tag, tag != "!", tag != ScalarResolver.mapTag, tag != ScalarResolver.seqTag,
              !ScalarResolver.scalarTags.contains(tag) else { return nil }
        return tag
    }

    private func scalarError(_ failure: ScalarResolver.Failure, text: String, tag: String?, at place: SourceLocation) -> Diagnostic {
        switch failure {
        case .doesNotFit(let kind):
            return Diagnostic(place, "`\(text)` is tagged \(tag ?? "") but is not \(kind)", hint: "fix the value or remove the tag")
        case .integerOutOfRange:
            return Diagnostic(place, "the integer \(text) does not fit in 64 bits", hint: "quote it if it is an identifier: \"\(text)\"")
        }
    }

    private func syntaxError(_ parser: yaml_parser_t, _ bytes: [UInt8]) -> Diagnostic {
        let problem = parser.problem.map { String(cString: $0) } ?? "unknown syntax error"
        var mark = parser.problem_mark
        if parser.error == YAML_READER_ERROR {
            // The reader reports a byte offset, not a line: count lines and characters up to it.
            let place = SourceLocation(path: "", after: bytes.prefix(Int(parser.problem_offset)))
            mark.line = place.line - 1
            mark.column = place.column - 1
        }
        var message = "YAML syntax error: \(problem)"
        if let context = parser.context.map({ String(cString: $0) }) {
            message += " (\(context) at line \(parser.context_mark.line + 1), column \(parser.context_mark.column + 1))"
        }
        var hint = "check the indentation and punctuation around this place"
        if problem.contains("cannot start any token") || problem.contains("tab") {
            hint = "YAML does not allow tab characters for indentation; indent with spaces"
        } else if problem.contains("control characters") {
            hint = "remove control characters (e.g. NUL bytes) from the file"
        }
        return Diagnostic(location(Int(mark.line) + 1, Int(mark.column) + 1), message, hint: hint)
    }
}

/// Finished nodes waiting for their collection to end. A collection's children are moved into its
/// array when it ends, taken off the end of the stack, not copied and then released one by one.
private struct NodeStack {
    private var nodes: [YAMLNode] = []

    init(capacity: Int) {
        nodes.reserveCapacity(capacity)
    }

    var count: Int { nodes.count }

    subscript(index: Int) -> YAMLNode { nodes[index] }

    mutating func append(_ node: consuming YAMLNode) {
        nodes.append(node)
    }

    /// The nodes from `start` on, taken off the stack.
    mutating func popNodes(from start: Int) -> [YAMLNode] {
        precondition(start >= 0 && start <= count)
        var popped: [YAMLNode] = []
        popped.reserveCapacity(count - start)
        while nodes.count > start { popped.append(nodes.removeLast()) }
        popped.reverse()
        return popped
    }

    /// The nodes from `start` on, taken off the stack as keys and values in turn.
    mutating func popPairs(from start: Int) -> [YAMLPair] {
        // libyaml gives every key a value, if only an empty scalar: the children come in pairs.
        precondition(start >= 0 && start <= count && (count - start) % 2 == 0)
        var pairs: [YAMLPair] = []
        pairs.reserveCapacity((count - start) / 2)
        while nodes.count > start {
            let value = nodes.removeLast()
            pairs.append(YAMLPair(key: nodes.removeLast(), value: value))
        }
        pairs.reverse()
        return pairs
    }
}
