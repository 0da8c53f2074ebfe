/// A proposal that passed validation: its document tree, where it came from, and its source lines
/// (kept so that a text hit can be placed on its line and column).
public struct Proposal: Sendable {
    public var path: String
    public var root: YAMLNode
    public var id: String
    /// The bytes the proposal was read from.
    let source: [UInt8]

    init(path: String, root: YAMLNode, source: [UInt8]) {
        self.path = path
        self.root = root
        self.id = root["id"]?.scalarText ?? ""
        self.source = source
    }

    /// The source's lines, split where libyaml counts lines. Only text hits need them, so they
    /// are made on demand (the source is valid UTF-8: the loader checked it).
    func sourceLines() -> [Substring] { LineBreaks.lines(of: source) }
}

/// What reading a proposal file gave: a proposal, or the problems that make it invalid.
public enum ProposalReading: Sendable {
    case valid(Proposal)
    /// The proposal's id, when it could be read, and every problem found.
    case invalid(id: String?, [Diagnostic])
    /// A file found in a folder that is plainly something else (a waiver file, a CI workflow).
    case notAProposal
}

public enum ProposalReader {
    /// Loads and validates one proposal file.
    /// Keys of which a proposal has at least one; a file found in a folder with none of them is not one.
    static let identifyingKeys = ["proposal", "id", "title"]

    /// Loads and validates one proposal file. With `skipOthers`, a file that is plainly not a
    /// proposal (no `proposal`, `id` or `title` at its top) is set aside instead of being invalid.
    public static func read(_ bytes: [UInt8], path: String, limits: LoaderLimits = .default, skipOthers: Bool = false) -> ProposalReading {
        let root: YAMLNode
        do {
            root = try YAMLLoader(limits: limits).loadDocument(bytes, path: path)
        } catch {
            return .invalid(id: nil, [error])
        }
        if skipOthers, !identifyingKeys.contains(where: { root[$0] != nil }) {
            return .notAProposal
        }
        return validate(root, path: path, source: bytes)
    }

    /// Validates a loaded document; `source` holds the text its spans are found in.
    static func validate(_ root: YAMLNode, path: String, source: [UInt8]) -> ProposalReading {
        var validator = ProposalValidator(path: path)
        let problems = validator.validate(root)
        if !problems.isEmpty {
            let id = root["id"]?.scalarValue.flatMap { if case .string(let s) = $0 { s } else { nil } }
            return .invalid(id: id, problems)
        }
        return .valid(Proposal(path: path, root: root, source: source))
    }
}
