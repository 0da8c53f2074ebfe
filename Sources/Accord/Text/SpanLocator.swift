import Foundation

/// Places a span of a scalar's value in the source file.
enum SpanLocator {
    /// A 1-based line and column; line 0 where no place is known.
    struct Place {
        var line: Int32 = 0
        var column: Int32 = 0
    }

    /// Where each character of a scalar's value stands in the source, indexed by the UTF-8 offset
    /// of the character in the value: none for blanks, and none from the first character the walk
    /// cannot find on (an escape in a double-quoted scalar can cause that). The value's non-blank
    /// scalars are matched in order against the source from the scalar's start, which follows line
    /// folding, block indentation and words that the text repeats.
    ///
    /// Columns count Unicode scalars, as libyaml's marks (and so every other location) do: 「ｶﾞ」
    /// is one character of the text but two columns.
    static func places(of value: String, node: YAMLNode, source: [UInt8]) -> [Place] {
        var value = value
        value.makeContiguousUTF8()
        var places = [Place](repeating: Place(), count: value.utf8.count)
        var line = node.line - 1
        var skip = node.column - 1
        if case .scalar(_, let style, _) = node.content, style == .literal || style == .folded {
            // The header line holds only indicators and perhaps a comment.
            line += 1
            skip = 0
        }
        guard line >= 0 else { return places }
        var placesSpan = places.mutableSpan
        walk(value.utf8.span, from: line, skipping: skip, in: source.span, into: &placesSpan)
        return places
    }

    /// Matches the value's non-blank scalars in order against the source, from the value's line
    /// and column on, and records where each stands.
    private static func walk(_ bytes: Span<UInt8>, from startLine: Int, skipping skip: Int,
                             in source: Span<UInt8>, into places: inout MutableSpan<Place>) {
        // Checked once, so that lines and columns are stored without a check each.
        precondition(source.count <= Int32.max, "a source longer than a place can count")
        var line = startLine
        // To the start of the line, then past `skip` scalars of it.
        var position = 0
        var currentLine = 0
        while currentLine < line {
            guard position < source.count else { return }
            if !LineBreaks.mayStart(source[position]) {
                position += 1
                continue
            }
            let length = LineBreaks.length(source, at: position)
            if length > 0 { currentLine += 1 }
            position += max(length, 1)
        }
        var column = 0
        while column < skip, position < source.count, LineBreaks.length(source, at: position) == 0 {
            position += TextUnit.utf8Length(lead: source[position])
            column += 1
        }
        var offset = 0
        while offset < bytes.count {
            // Most of a value stands in the source as it is: printable ASCII, matched byte for byte.
            // A space there is a blank of the value that the source holds too, which the general
            // step below would pass over in the source before the next scalar.
            let lineNumber = Int32(truncatingIfNeeded: line + 1)
            while offset < bytes.count, position < source.count, bytes[offset] == source[position],
                  bytes[offset] &- 0x20 < 0x60 {
                if bytes[offset] != 0x20 { places[offset] = Place(line: lineNumber, column: Int32(truncatingIfNeeded: column &+ 1)) }
                offset &+= 1
                position &+= 1
                column &+= 1
            }
            guard offset < bytes.count else { return }
            let (scalar, length) = TextUnit.decodeUTF8(bytes, at: offset)
            defer { offset += length }
            if TextUnit.isBlank(scalar) { continue }
            while true {
                guard position < source.count else { return }
                // The common case: the next byte of the source is the next of the value.
                if length == 1, source[position] == bytes[offset] { break }
                let breakLength = LineBreaks.mayStart(source[position]) ? LineBreaks.length(source, at: position) : 0
                if breakLength > 0 {
                    line += 1
                    column = 0
                    position += breakLength
                    continue
                }
                let sourceLength = TextUnit.utf8Length(lead: source[position])
                if sourceLength == length, position + length <= source.count {
                    var same = true
                    for index in 0..<length where source[position + index] != bytes[offset + index] { same = false }
                    if same { break }
                }
                position += sourceLength
                column += 1
            }
            places[offset] = Place(line: Int32(line + 1), column: Int32(column + 1))
            position += length
            column += 1
        }
    }

    /// The place of the span that starts at UTF-8 offset `offset` of the value; where the walk found
    /// no place, the quoted text is looked for from the scalar's own line on (a span that a folded
    /// scalar broke across lines is placed by its first word).
    static func locate(_ quote: String, at offset: Int, places: [Place], node: YAMLNode,
                       lines readLines: () -> [Substring], path: String) -> SourceLocation {
        if offset < places.count, places[offset].line > 0 {
            return SourceLocation(path: path, line: Int(places[offset].line), column: Int(places[offset].column))
        }
        let lines = readLines()
        let candidates = [quote, String(quote.prefix { $0 != " " && $0 != "\n" })]
        for candidate in candidates where !candidate.isEmpty {
            var lineIndex = node.line - 1
            while lineIndex < lines.count, lineIndex < node.line - 1 + 10_000 {
                let line = lines[lineIndex]
                let from = lineIndex == node.line - 1 ? min(max(0, node.column - 1), line.count) : 0
                let searchArea = line.dropFirst(from)
                if let found = searchArea.range(of: candidate) {
                    let column = line.distance(from: line.startIndex, to: found.lowerBound) + 1
                    return SourceLocation(path: path, line: lineIndex + 1, column: column)
                }
                lineIndex += 1
            }
        }
        return node.location(in: path)
    }
}
