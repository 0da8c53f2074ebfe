import Foundation

/// Finds phrases in one free-text field of a proposal.
struct TextMatcher {
    /// Every occurrence of the phrase, negated or not, with its span in the folded text.
    static func occurrences(of phrase: Phrase, in text: NormalizedText) -> [(range: Range<Int>, negatedBy: String?)] {
        let needle = phrase.folded
        let haystack = text.characters
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var found: [(Range<Int>, String?)] = []
        let first = needle[0]
        var start = 0
        while start + needle.count <= haystack.count {
            defer { start += 1 }
            guard haystack[start] == first else { continue }
            var matched = true
            for offset in 1..<needle.count where haystack[start + offset] != needle[offset] {
                matched = false
                break
            }
            guard matched else { continue }
            let range = start..<(start + needle.count)
            if !phrase.isJapanese {
                if start > 0, haystack[start - 1].isWordCharacter, needle[0].isWordCharacter { continue }
                if range.upperBound < haystack.count, haystack[range.upperBound].isWordCharacter,
                   needle[needle.count - 1].isWordCharacter { continue }
            }
            found.append((range, NegationDetector.cue(in: haystack, hit: range, japanese: phrase.isJapanese)))
        }
        return found
    }
}

/// Places a span of a scalar's value in the source file.
enum SpanLocator {
    /// Looks for the quoted text in the source, from the scalar's own line on; a span that a
    /// folded scalar broke across lines is placed by its first word.
    static func locate(_ quote: String, node: YAMLNode, lines: [Substring], path: String) -> SourceLocation {
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
