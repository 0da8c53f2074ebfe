/// Tokens read by position from 0: a whole text's, or one sentence's (`SentenceTokens`). The
/// clause cutter and the readers it asks take a sentence's tokens as all there is.
protocol TokenSequence: RandomAccessCollection where Element == Token, Index == Int {}

extension Array: TokenSequence where Element == Token {}

/// The tokens of one sentence of a text, counted from 0 and read in place in the text's tokens:
/// a copy of them for each sentence, every lemma's reference counted and then released, cost as
/// much as cutting the sentence into clauses.
struct SentenceTokens: TokenSequence {
    private let all: [Token]
    private let first: Int
    let count: Int

    init(_ all: [Token], _ sentence: Range<Int>) {
        precondition(sentence.lowerBound >= 0 && sentence.upperBound <= all.count, "a sentence outside its text")
        self.all = all
        first = sentence.lowerBound
        count = sentence.count
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }
    func index(after position: Int) -> Int { position + 1 }
    func index(before position: Int) -> Int { position - 1 }

    /// Lent, not copied: a token's lemma read through it counts no reference.
    subscript(position: Int) -> Token {
        _read {
            precondition(position >= 0 && position < count, "a token outside its sentence")
            yield all[first + position]
        }
    }
}
