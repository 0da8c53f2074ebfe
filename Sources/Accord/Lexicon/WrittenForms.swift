/// A concept's terms and exceptions as written, which only `accord explain` and the lexicon's
/// cache read. A lexicon taken from the cache keeps them as the cache's bytes and makes the
/// strings when asked: making them for its 7,000 terms was a tenth of a single check.
enum WrittenForms: Sendable {
    case strings(terms: [(language: String, text: String)], exceptions: [String])
    /// As `write` wrote them.
    case encoded([UInt8])

    var terms: [(language: String, text: String)] { decoded.terms }
    var exceptions: [String] { decoded.exceptions }

    private var decoded: (terms: [(language: String, text: String)], exceptions: [String]) {
        switch self {
        case .strings(let terms, let exceptions):
            return (terms, exceptions)
        case .encoded(let bytes):
            // `read` has checked the block, so this cannot fail.
            var reader = ByteReader(bytes)
            let languages = reader.strings() ?? [], texts = reader.strings() ?? [], exceptions = reader.strings() ?? []
            return (Array(zip(languages, texts)), exceptions)
        }
    }

    /// One block: the terms' languages, their texts, the exceptions.
    func write(to writer: inout ByteWriter) {
        var block = ByteWriter()
        block.strings(terms.map(\.language))
        block.strings(terms.map(\.text))
        block.strings(exceptions)
        writer.bytes(block.bytes)
    }

    /// The block `write` wrote, kept as bytes; nil if it is damaged.
    static func read(_ reader: inout ByteReader) -> WrittenForms? {
        guard let block = reader.bytes() else { return nil }
        var check = ByteReader(Array(block))
        guard let languages = check.skipStrings(), let texts = check.skipStrings(), languages == texts, check.skipStrings() != nil,
              check.atEnd else { return nil }
        return .encoded(Array(block))
    }
}
