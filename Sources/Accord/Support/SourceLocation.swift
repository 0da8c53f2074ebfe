/// A place in an input file. Lines and columns are 1-based; columns count characters.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var path: String
    public var line: Int
    public var column: Int

    public init(path: String, line: Int, column: Int) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// The place just after `text`, the UTF-8 bytes before it in its file, with lines and columns
    /// counted as libyaml counts them (`LineBreaks`). Only error paths count so, over the bytes
    /// before one bad place.
    public init(path: String, after text: some Collection<UInt8>) {
        let place = LineBreaks.place(after: Array(text).span)
        self.init(path: path, line: place.line, column: place.column)
    }

    public var description: String { "\(path):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.path, a.line, a.column) < (b.path, b.line, b.column)
    }
}

/// One problem with an input, told so that the person who wrote the input can fix it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    public var hint: String?

    public init(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    public var description: String {
        var text = "\(location): error: \(message)"
        if let hint { text += "\n  hint: \(hint)" }
        return text
    }
}

/// Several problems found in one pass over an input; never empty.
public struct Diagnostics: Error, Sendable, CustomStringConvertible {
    public var items: [Diagnostic]

    public init(_ items: [Diagnostic]) {
        precondition(!items.isEmpty, "Diagnostics must hold at least one problem")
        self.items = items.sorted { ($0.location, $0.message) < ($1.location, $1.message) }
    }

    public var description: String { items.map(\.description).joined(separator: "\n") }
}
