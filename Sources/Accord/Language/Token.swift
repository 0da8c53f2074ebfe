/// One word (or mark) of an analysed text, with the form the lexicon matches on.
struct Token: Sendable {
    /// What kind of word it is, as far as screening needs to know.
    enum Kind: Sendable, Equatable {
        case word
        case number
        /// A mark that ends or splits a clause: `;` `:` `、` and the like.
        case mark
        /// Japanese parts of speech that decide clause ends (MeCab's IPA tags).
        case verb, adjective, auxiliary, particle, conjunctiveParticle

        /// A Japanese particle or auxiliary: a term's gap holds it without counting it as a word.
        var isLight: Bool {
            switch self {
            case .particle, .conjunctiveParticle, .auxiliary: return true
            default: return false
            }
        }

        /// A Japanese word that can end a predicate, so that a 、 after it ends a segment.
        var endsAPredicate: Bool {
            switch self {
            case .verb, .auxiliary, .adjective, .conjunctiveParticle: return true
            default: return false
            }
        }
    }

    /// NFKC, lower case, and the dictionary form: "amended" → "amend", 持ち込まれ → 持ち込む.
    var lemma: String
    var kind: Kind
    /// Where the word stands in the analysed text, as UTF-8 offsets.
    var start: Int
    var end: Int
}

/// A text cut into sentences and clauses of tokens.
struct AnalyzedText: Sendable {
    var text: String
    var tokens: [Token]
    /// Token ranges; every token is in exactly one sentence, one clause and one segment.
    var sentences: [Range<Int>]
    /// Whether each sentence is Japanese; empty when none is.
    var japanese: [Bool] = []
    /// Where concepts must meet: a predicate with its arguments.
    var clauses: [Range<Int>]
    /// How far a plain negation reaches: a clause cut at its commas (English) or at the 、 after
    /// each predicate of a chain (Japanese: 改定せず、共同使用する).
    var segments: [Range<Int>] = []
    /// Set when part of the text is Japanese and MeCab could not read it: the screening of
    /// that text is then unknown, never a pass.
    var unreadable: String?

    /// The segment that holds token `index`.
    func segment(of index: Int) -> Range<Int> {
        segments.first { $0.contains(index) } ?? index..<(index + 1)
    }

    /// Whether `sentence` (one of `sentences`) is Japanese.
    func isJapanese(_ sentence: Range<Int>) -> Bool {
        guard let place = sentences.firstIndex(of: sentence), place < japanese.count else { return false }
        return japanese[place]
    }

    /// The sentence that holds token `index`.
    func sentence(of index: Int) -> Range<Int> {
        sentences.first { $0.contains(index) } ?? index..<(index + 1)
    }

    /// The words of a token range as the text writes them.
    func quote(_ range: Range<Int>) -> String {
        guard let first = range.first, range.upperBound <= tokens.count else { return "" }
        return quote(from: tokens[first].start, to: tokens[range.upperBound - 1].end)
    }

    func quote(from start: Int, to end: Int) -> String {
        // A view of the text's own bytes: the readings quote single words of long texts, and a
        // copy of the whole text for each was most of their cost.
        let utf8 = text.utf8
        let slice = utf8[utf8.index(utf8.startIndex, offsetBy: max(0, start))..<utf8.index(utf8.startIndex, offsetBy: min(utf8.count, end))]
        let quote = String(decoding: slice, as: UTF8.self)
        // Split by characters only where a line break may be: that cost more than the rest of a hit.
        guard slice.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return quote }
        return quote.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
    }
}
