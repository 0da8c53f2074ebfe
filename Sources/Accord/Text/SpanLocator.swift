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
    /// folding, block indentation and a phrase that the text repeats.
    ///
    /// Columns count Unicode scalars, as libyaml's marks (and so every other location) do: 「ｶﾞ」
    /// is one character of the text but two columns.
    static func places(of value: String, node: YAMLNode, lines: [Substring]) -> [Place] {
        var places = [Place](repeating: Place(), count: value.utf8.count)
        var line = node.line - 1
        var skip = node.column - 1
        if case .scalar(_, let style, _) = node.content, style == .literal || style == .folded {
            // The header line holds only indicators and perhaps a comment.
            line += 1
            skip = 0
        }
        guard line >= 0, line < lines.count else { return places }
        var source = lines[line].unicodeScalars
        var index = source.startIndex
        var column = 0
        while index < source.endIndex, column < skip {
            column += 1
            source.formIndex(after: &index)
        }
        var offset = 0
        for scalar in value.unicodeScalars {
            defer { offset += UTF8.width(scalar) }
            if TextUnit.isBlank(scalar.value) { continue }
            while index >= source.endIndex || source[index] != scalar {
                if index < source.endIndex {
                    column += 1
                    source.formIndex(after: &index)
                    continue
                }
                line += 1
                guard line < lines.count else { return places }
                source = lines[line].unicodeScalars
                index = source.startIndex
                column = 0
            }
            places[offset] = Place(line: Int32(line + 1), column: Int32(column + 1))
            column += 1
            source.formIndex(after: &index)
        }
        return places
    }

    /// The place of the span that starts at UTF-8 offset `offset` of the value; where the walk found
    /// no place, the quoted text is looked for from the scalar's own line on (a span that a folded
    /// scalar broke across lines is placed by its first word).
    static func locate(_ quote: String, at offset: Int, places: [Place], node: YAMLNode,
                       lines: [Substring], path: String) -> SourceLocation {
        if offset < places.count, places[offset].line > 0 {
            return SourceLocation(path: path, line: Int(places[offset].line), column: Int(places[offset].column))
        }
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
