import Accord

/// A place in a document as LSP counts it: 0-based line, 0-based column in UTF-16 code units.
struct Position: Equatable, Comparable {
    var line: Int
    var character: Int

    static func < (a: Position, b: Position) -> Bool { (a.line, a.character) < (b.line, b.character) }

    var json: JSONValue { .object([("line", .int(line)), ("character", .int(character))]) }

    init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    init?(_ json: JSONValue?) {
        guard let line = json?["line"]?.intValue, let character = json?["character"]?.intValue, line >= 0, character >= 0 else { return nil }
        self.init(line: line, character: character)
    }
}

struct Range: Equatable {
    var start: Position
    var end: Position

    var json: JSONValue { .object([("start", start.json), ("end", end.json)]) }

    func contains(_ position: Position) -> Bool { start <= position && position <= end }
}

/// Converts between the engine's places and LSP's. The engine's lines and columns are libyaml's:
/// 1-based, columns in Unicode scalars, and NEL, LS and PS end a line as CR and LF do. LSP's lines
/// end at CR, LF and CRLF only, and its columns count UTF-16 code units — 「日本」 is two columns
/// either way, but 𠮷 is one scalar and two UTF-16 units. Each place goes through its byte offset,
/// so that the two line counts never need to agree.
struct TextPositions {
    let bytes: [UInt8]
    /// Byte offsets where libyaml's lines start (after a byte order mark on the first).
    private let engineLineStarts: [Int]
    /// Byte offsets where LSP's lines start.
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var engine = [bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0]
        var lsp = [0]
        var index = 0
        while index < bytes.count {
            let length = LineBreaks.length(bytes, at: index)
            if length == 0 {
                index += 1
                continue
            }
            let endsLSPLine = bytes[index] == 0x0A || bytes[index] == 0x0D
            index += length
            engine.append(index)
            if endsLSPLine { lsp.append(index) }
        }
        engineLineStarts = engine
        lineStarts = lsp
    }

    var lineCount: Int { lineStarts.count }

    /// The byte offset of an engine place (1-based line, column in scalars), kept within its line.
    func offset(ofLine line: Int, column: Int) -> Int {
        guard line >= 1, line <= engineLineStarts.count else { return line < 1 ? 0 : bytes.count }
        var offset = engineLineStarts[line - 1]
        let end = line < engineLineStarts.count ? engineLineStarts[line] : bytes.count
        var remaining = column - 1
        while remaining > 0, offset < end, LineBreaks.length(bytes, at: offset) == 0 {
            offset += Self.scalarLength(lead: bytes[offset])
            remaining -= 1
        }
        return min(offset, bytes.count)
    }

    func offset(of location: SourceLocation) -> Int { offset(ofLine: location.line, column: location.column) }

    /// The LSP position of a byte offset.
    func position(ofOffset offset: Int) -> Position {
        let offset = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var character = 0
        var index = lineStarts[low]
        while index < offset {
            let length = Self.scalarLength(lead: bytes[index])
            character += length == 4 ? 2 : 1
            index += length
        }
        return Position(line: low, character: character)
    }

    func position(of location: SourceLocation) -> Position { position(ofOffset: offset(of: location)) }

    /// The byte offset of an LSP position; a column past the line's end means its end.
    func offset(of position: Position) -> Int {
        guard position.line < lineStarts.count else { return bytes.count }
        var index = lineStarts[position.line]
        var units = 0
        while units < position.character, index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D {
            let length = Self.scalarLength(lead: bytes[index])
            units += length == 4 ? 2 : 1
            index += length
        }
        return min(index, bytes.count)
    }

    /// Where the line holding `offset` ends, before its line break.
    func lineEnd(after offset: Int) -> Int {
        var index = offset
        while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
        return index
    }

    /// Where the line holding `offset` starts.
    func lineStart(before offset: Int) -> Int {
        var index = min(offset, bytes.count)
        while index > 0, bytes[index - 1] != 0x0A, bytes[index - 1] != 0x0D { index -= 1 }
        return index
    }

    /// The text of LSP line `line`, without its line break.
    func lineText(_ line: Int) -> String {
        guard line >= 0, line < lineStarts.count else { return "" }
        let start = lineStarts[line]
        return String(decoding: bytes[start..<lineEnd(after: start)], as: UTF8.self)
    }

    /// The length in bytes of the UTF-8 sequence a byte leads; 1 for a stray continuation byte.
    static func scalarLength(lead: UInt8) -> Int {
        switch lead {
        case 0xF0...: return 4
        case 0xE0...: return 3
        case 0xC0...: return 2
        default: return 1
        }
    }
}
