import Foundation

/// Finds phrases in one free-text field of a proposal.
struct TextMatcher {
    /// Every occurrence of the phrase, negated or not, with its span in the folded text.
    static func occurrences(of phrase: Phrase, in text: NormalizedText) -> [(range: Range<Int>, negatedBy: String?)] {
        let needle = phrase.folded
        let haystack = text.characters
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [(Range<Int>, String?)] = []
        let candidates: [Int]
        if needle.count == 1 {
            candidates = text.keys.indices.filter { text.keys[$0] == phrase.keys[0] }
        } else {
            candidates = text.pairStarts[NormalizedText.pairKey(phrase.keys[0], phrase.keys[1])] ?? []
        }
        for start in candidates {
            guard let end = matchEnd(phrase, text, from: start) else { continue }
            let range = start..<end
            if !phrase.isJapanese {
                // Japanese text around an English phrase is a boundary: it has no spaces to give one.
                if start > 0, haystack[start - 1].continuesEnglishWord, needle[0].isWordCharacter { continue }
                if range.upperBound < haystack.count, haystack[range.upperBound].continuesEnglishWord,
                   needle[needle.count - 1].isWordCharacter { continue }
            }
            found.append((range, NegationDetector.cue(in: haystack, hit: range, japanese: phrase.isJapanese)))
        }
        return found
    }
}

extension TextMatcher {
    /// Where the phrase ends if it stands at `start`. A space in the phrase matches any run of
    /// blanks, so a tab or a wrapped line does not hide a phrase; a blank line (a new paragraph) does.
    static func matchEnd(_ phrase: Phrase, _ text: NormalizedText, from start: Int) -> Int? {
        let needle = phrase.keys
        let haystack = text.keys
        let blank = NormalizedText.key(" ")
        var i = 0
        var j = start
        while i < needle.count {
            guard j < haystack.count else { return nil }
            if needle[i] == blank {
                var lineBreaks = 0
                guard haystack[j] == blank else { return nil }
                while j < haystack.count, haystack[j] == blank {
                    if text.characters[j].isNewline { lineBreaks += 1 }
                    j += 1
                }
                guard lineBreaks < 2 else { return nil }
                while i < needle.count, needle[i] == blank { i += 1 }
            } else {
                guard haystack[j] == needle[i], needle[i] < 0x80 || text.characters[j] == phrase.folded[i] else { return nil }
                i += 1
                j += 1
            }
        }
        return j
    }
}

/// Places a span of a scalar's value in the source file.
enum SpanLocator {
    /// Where each character of a scalar's value stands in the source, as 1-based line and column;
    /// nil for blanks, and from the first character the walk cannot find on (an escape in a
    /// double-quoted scalar can cause that). The value's non-blank characters are matched in order
    /// against the source from the scalar's start, which follows line folding, block indentation
    /// and a phrase that the text repeats.
    ///
    /// Columns count Unicode scalars, as libyaml's marks (and so every other location) do: 「ｶﾞ」
    /// is one character of the text but two columns.
    static func places(of value: [Character], node: YAMLNode, lines: [Substring]) -> [(line: Int, column: Int)?] {
        var places = [(line: Int, column: Int)?](repeating: nil, count: value.count)
        var line = node.line - 1
        var skip = node.column - 1
        if case .scalar(_, let style, _) = node.content, style == .literal || style == .folded {
            // The header line holds only indicators and perhaps a comment.
            line += 1
            skip = 0
        }
        guard line >= 0, line < lines.count else { return places }
        var characters = Array(lines[line])
        var index = 0
        var column = 0
        while index < characters.count, column < skip {
            column += characters[index].unicodeScalars.count
            index += 1
        }
        for (offset, character) in value.enumerated() where !character.isWhitespace {
            while index >= characters.count || characters[index] != character {
                if index < characters.count {
                    column += characters[index].unicodeScalars.count
                    index += 1
                    continue
                }
                line += 1
                guard line < lines.count else { return places }
                characters = Array(lines[line])
                index = 0
                column = 0
            }
            places[offset] = (line + 1, column + 1)
            column += characters[index].unicodeScalars.count
            index += 1
        }
        return places
    }

    /// The place of the span that starts at `offset` of the value; where the walk found no place,
    /// the quoted text is looked for from the scalar's own line on (a span that a folded scalar
    /// broke across lines is placed by its first word).
    static func locate(_ quote: String, at offset: Int, places: [(line: Int, column: Int)?], node: YAMLNode,
                       lines: [Substring], path: String) -> SourceLocation {
        if offset < places.count, let place = places[offset] {
            return SourceLocation(path: path, line: place.line, column: place.column)
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
