/// A text's Unicode scalars, each with its UTF-8 offset, as the sentence cutter and the English
/// tokenizer read them, and the text's UTF-8 bytes, which the tokenizer reads words from.
///
/// An ASCII text (most English texts) is read from its bytes alone, each byte its scalar and its
/// place its offset: a table of scalars and offsets, sixteen bytes for each byte of the text, cost
/// more to fill than cutting the text into sentences.
struct TextScalars {
    /// The text's UTF-8.
    let bytes: [UInt8]
    /// Each scalar with its offset; empty for an ASCII text, whose bytes are its scalars.
    private let table: [(scalar: Unicode.Scalar, offset: Int)]
    let count: Int
    /// Whether any scalar lies as high as kana (U+3041).
    let reachesKana: Bool

    init(_ text: String) {
        bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count, bytes[offset] < 0x80 { offset += 1 }
        if offset == bytes.count {
            table = []
            count = bytes.count
            reachesKana = false
            return
        }
        var table: [(scalar: Unicode.Scalar, offset: Int)] = []
        table.reserveCapacity(bytes.count)
        offset = 0
        var reachesKana = false
        for scalar in text.unicodeScalars {
            table.append((scalar, offset))
            offset += scalar.utf8.count
            reachesKana = reachesKana || scalar.value >= 0x3041
        }
        self.table = table
        count = table.count
        self.reachesKana = reachesKana
    }

    /// Whether the text is ASCII: its scalars are its bytes, at the same places.
    var isASCII: Bool { table.isEmpty }

    subscript(index: Int) -> Unicode.Scalar {
        table.isEmpty ? Unicode.Scalar(bytes[index]) : table[index].scalar
    }

    /// The UTF-8 offset of scalar `index`; the text's end for `count`.
    func offset(_ index: Int) -> Int {
        guard index < count else { return bytes.count }
        return table.isEmpty ? index : table[index].offset
    }
}
