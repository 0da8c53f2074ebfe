/// The field a line of a block-style YAML proposal sets, found from the lines' indentation alone:
/// completion and hover must work on a half-typed document that no YAML parser accepts.
struct YAMLLinePath {
    /// One line of the form `<indent>[- ]*key: value`.
    struct KeyLine {
        var key: String
        /// Columns (ASCII: spaces and dashes precede a key) of the key and of any `- ` before it.
        var keyColumn: Int
        var dashColumns: [Int]
        /// The text after `key:`, and the column it starts at.
        var value: Substring
        var valueColumn: Int

        /// Reads a line; nil for a blank or comment line, a sequence item without a key, or any other text.
        init?(_ line: Substring) {
            var column = 0
            var dashes: [Int] = []
            var index = line.startIndex
            func skipSpaces() {
                while index < line.endIndex, line[index] == " " { index = line.index(after: index); column += 1 }
            }
            skipSpaces()
            while index < line.endIndex, line[index] == "-" {
                let next = line.index(after: index)
                guard next == line.endIndex || line[next] == " " else { break }
                dashes.append(column)
                index = next
                column += 1
                skipSpaces()
            }
            let keyStart = index
            let keyColumn = column
            while index < line.endIndex, line[index].isASCII, line[index].isLetter || line[index].isNumber || line[index] == "_" || line[index] == "-" {
                index = line.index(after: index)
                column += 1
            }
            guard index > keyStart, index < line.endIndex, line[index] == ":" else { return nil }
            let afterColon = line.index(after: index)
            guard afterColon == line.endIndex || line[afterColon] == " " else { return nil }
            key = String(line[keyStart..<index])
            self.keyColumn = keyColumn
            dashColumns = dashes
            var valueStart = afterColon
            var valueColumn = column + 1
            while valueStart < line.endIndex, line[valueStart] == " " { valueStart = line.index(after: valueStart); valueColumn += 1 }
            // A comment after the value is no part of it.
            var value = line[valueStart...]
            if let comment = value.range(of: " #") { value = value[..<comment.lowerBound] }
            while value.last == " " { value = value.dropLast() }
            self.value = value
            self.valueColumn = valueColumn
        }
    }

    /// The schema path (`participants[].role`) of the key on line `number`, reading the lines above
    /// it for its parents; nil if that line sets no key.
    static func path(atLine number: Int, lines: (Int) -> String) -> (path: String, line: KeyLine)? {
        guard let keyLine = KeyLine(Substring(lines(number))) else { return nil }
        var segments = [keyLine.key]
        // The column a parent's key must stand left of; an item's `- ` makes its parent a list.
        var indent = keyLine.keyColumn
        var inList = false
        if let dash = keyLine.dashColumns.last {
            indent = dash
            inList = true
        }
        var line = number - 1
        while line >= 0, indent > 0 || inList {
            defer { line -= 1 }
            let text = lines(line)
            let trimmed = text.drop { $0 == " " }
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let leading = text.count - trimmed.count
            guard let parent = KeyLine(Substring(text)) else {
                // A line of a block scalar or a flow value: only one left of the key ends the search.
                if leading < indent, !trimmed.hasPrefix("- ") { break }
                continue
            }
            // A sibling item of the same list (`- country: japan` above `  role: lead`).
            if inList, let dash = parent.dashColumns.last, dash == indent { continue }
            // The first key of the list item this key is in (`- country: japan` above `  role: lead`).
            if !inList, parent.keyColumn == indent, let dash = parent.dashColumns.last {
                indent = dash
                inList = true
                continue
            }
            if parent.keyColumn < indent || (inList && parent.keyColumn == indent && parent.dashColumns.isEmpty) {
                segments.insert(parent.key + (inList ? "[]" : ""), at: 0)
                indent = parent.keyColumn
                inList = false
                if let dash = parent.dashColumns.last {
                    indent = dash
                    inList = true
                }
            }
        }
        return (segments.joined(separator: "."), keyLine)
    }
}
