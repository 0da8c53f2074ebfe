import Accord

/// The range a finding covers in its document. The engine places a finding at one point; the
/// range runs from there to the end of the value on that line, or — for a text finding — covers
/// the whole sentence the fix asks to rephrase, found around that point.
enum FindingSpan {
    static func range(of result: RuleResult, in positions: TextPositions) -> Range {
        let start = positions.offset(of: result.location)
        if let quote = result.changes.lazy.compactMap(rephrasedSentence).first,
           let sentence = locate(quote, around: start, in: positions.bytes) {
            return Range(start: positions.position(ofOffset: sentence.lowerBound), end: positions.position(ofOffset: sentence.upperBound))
        }
        return lineRange(from: start, in: positions)
    }

    /// From a point to the end of what stands on its line (a trailing comment left out); the whole
    /// line's text when the point is at its end, so that the range can be seen and hovered.
    static func lineRange(from start: Int, in positions: TextPositions) -> Range {
        let bytes = positions.bytes
        var end = positions.lineEnd(after: start)
        if let comment = commentStart(in: bytes, from: start, to: end) { end = comment }
        while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        var from = start
        if end == from {
            from = positions.lineStart(before: start)
            while from < end, bytes[from] == 0x20 { from += 1 }
            end = positions.lineEnd(after: start)
        }
        return Range(start: positions.position(ofOffset: from), end: positions.position(ofOffset: end))
    }

    /// A ` #` outside quotes starts a YAML comment.
    private static func commentStart(in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        var quote: UInt8?
        var index = start
        while index < end {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "#"), index > start, bytes[index - 1] == 0x20 || bytes[index - 1] == 0x09 {
                return index - 1
            }
            index += 1
        }
        return nil
    }

    /// The sentence of a FixDeriver change "rephrase the sentence at line N: 'S'".
    static func rephrasedSentence(_ change: String) -> String? {
        guard change.hasPrefix("rephrase the sentence at line "), let open = change.range(of: ": '"), change.hasSuffix("'") else { return nil }
        let body = change[open.upperBound..<change.index(before: change.endIndex)]
        return body.isEmpty ? nil : String(body)
    }

    /// Searched within this many bytes either side of the finding's point: a sentence is shorter,
    /// and a large document is not searched whole for every finding.
    static let window = 8192

    /// The byte range of the quote's occurrence that holds (or is nearest) `point`, comparing
    /// scalars other than blanks: the source breaks and indents a sentence that the quote runs on.
    static func locate(_ quote: String, around point: Int, in bytes: [UInt8]) -> Swift.Range<Int>? {
        let wanted = quote.unicodeScalars.filter { !$0.properties.isWhitespace }.map(\.value)
        guard let first = wanted.first else { return nil }
        let low = max(0, point - window)
        let high = min(bytes.count, point + window)
        // The source's non-blank scalars in the window, with their byte ranges.
        var scalars: [(value: UInt32, start: Int, end: Int)] = []
        var index = low
        while index < high, index < bytes.count, bytes[index] & 0xC0 == 0x80 { index += 1 }
        let text = String(decoding: bytes[index..<high], as: UTF8.self)
        var offset = index
        for scalar in text.unicodeScalars {
            let length = String(scalar).utf8.count
            if !scalar.properties.isWhitespace { scalars.append((scalar.value, offset, offset + length)) }
            offset += length
        }
        var best: Swift.Range<Int>?
        var bestDistance = Int.max
        var start = 0
        while start + wanted.count <= scalars.count {
            if scalars[start].value == first, (0..<wanted.count).allSatisfy({ scalars[start + $0].value == wanted[$0] }) {
                let range = scalars[start].start..<scalars[start + wanted.count - 1].end
                let distance = range.contains(point) ? 0 : min(abs(range.lowerBound - point), abs(range.upperBound - point))
                if distance < bestDistance {
                    best = range
                    bestDistance = distance
                }
            }
            start += 1
        }
        return best
    }
}
