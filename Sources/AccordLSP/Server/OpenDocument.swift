import Accord

/// A document the client has open: its text as the client last sent it, and the analysis of that
/// text, made when first needed and dropped on the next change.
struct OpenDocument {
    let uri: String
    /// The local path, for the engine's places and the rule set's files; the URI itself otherwise.
    let path: String
    var version: Int?
    var bytes: [UInt8] {
        didSet { analysis = nil }
    }
    var analysis: DocumentAnalysis?

    init(uri: String, version: Int?, text: String) {
        self.uri = uri
        path = FileURI.path(of: uri) ?? uri
        self.version = version
        bytes = Array(text.utf8)
    }

    /// Applies one entry of `didChange`'s contentChanges: the whole text, or a range replaced.
    mutating func apply(_ change: JSONValue) throws(RequestError) {
        guard let text = change["text"]?.stringValue else { throw RequestError(.invalidParams, "a content change needs `text`") }
        guard let range = change["range"] else {
            bytes = Array(text.utf8)
            return
        }
        guard let start = Position(range["start"]), let end = Position(range["end"]), start <= end else {
            throw RequestError(.invalidParams, "a content change's `range` is not a range")
        }
        let positions = TextPositions(bytes)
        bytes.replaceSubrange(positions.offset(of: start)..<positions.offset(of: end), with: Array(text.utf8))
    }
}
