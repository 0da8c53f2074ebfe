/// Bounds that keep a hostile file from using unbounded time or memory.
public struct LoaderLimits: Sendable {
    /// Largest file accepted, in bytes.
    public var maxBytes: Int = 1 << 20
    /// Deepest nesting of sequences and mappings.
    public var maxDepth: Int = 64
    /// Most nodes that aliases may copy into a stream, counting every node of every aliased subtree.
    public var maxAliasedNodes: Int = 10_000
    /// Most documents in one stream (nil: any number).
    public var maxDocuments: Int? = 1
    /// Whether mapping keys must be scalars (they must, in every file Accord reads).
    public var scalarKeysOnly: Bool = true

    public init() {}

    public static let `default` = LoaderLimits()
}
