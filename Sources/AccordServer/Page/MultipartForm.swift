import Foundation

/// A `multipart/form-data` body (RFC 7578), as the review page's form sends it: the pasted text
/// and the chosen files. Hummingbird reads no forms of this kind and the service adds no
/// dependency for one; a form of two fields needs only this: parts split at the boundary, each
/// with its `Content-Disposition` name and file name. The body is already within the size limit.
struct MultipartForm {
    struct Part {
        var name: String
        /// The file name the browser sent (its last path component), nil for a plain field.
        var filename: String?
        var bytes: [UInt8]
    }

    var parts: [Part]

    /// The boundary of a `multipart/form-data` Content-Type, or nil for any other type.
    static func boundary(contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard let essence = pieces.first, essence.lowercased() == "multipart/form-data" else { return nil }
        for piece in pieces.dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map(String.init)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "boundary" else { continue }
            var value = pair[1].trimmingCharacters(in: .whitespaces)
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            // RFC 2046: 1 to 70 characters.
            return (1...70).contains(value.utf8.count) ? value : nil
        }
        return nil
    }

    /// Nil when the body is not a well-formed form with that boundary.
    init?(_ body: [UInt8], boundary: String) {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        guard var cursor = Self.find(delimiter, in: body, from: 0).map({ $0 + delimiter.count }) else { return nil }
        var parts: [Part] = []
        while true {
            // After a delimiter: `--` closes the form, CRLF opens a part.
            if body[cursor...].starts(with: [0x2D, 0x2D]) { break }
            guard body[cursor...].starts(with: [0x0D, 0x0A]) else { return nil }
            cursor += 2
            guard let headerEnd = Self.find([0x0D, 0x0A, 0x0D, 0x0A], in: body, from: cursor) else { return nil }
            let headers = String(decoding: body[cursor..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let contentEnd = Self.find(separator, in: body, from: contentStart) else { return nil }
            guard let disposition = Self.disposition(headers) else { return nil }
            parts.append(Part(name: disposition.name, filename: disposition.filename, bytes: Array(body[contentStart..<contentEnd])))
            cursor = contentEnd + separator.count
        }
        self.parts = parts
    }

    /// The `name` and `filename` of a part's `Content-Disposition: form-data` header.
    static func disposition(_ headers: String) -> (name: String, filename: String?)? {
        for line in headers.split(separator: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1)
            guard pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-disposition" else { continue }
            var name: String?
            var filename: String?
            for parameter in Self.parameters(String(pair[1])) {
                if parameter.key == "name" { name = parameter.value }
                if parameter.key == "filename" {
                    // Only the last component: a browser may send a path, and a name is all the report shows.
                    filename = parameter.value.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
                }
            }
            return name.map { ($0, filename) }
        }
        return nil
    }

    /// `form-data; name="files"; filename="a b.yaml"` as (key, value) pairs; quoted values keep
    /// their semicolons, and `\"` inside them is a quote.
    static func parameters(_ text: String) -> [(key: String, value: String)] {
        var out: [(key: String, value: String)] = []
        var characters = Substring(text)
        while let equals = characters.firstIndex(of: "=") {
            let key = characters[..<equals].split(separator: ";").last?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
            characters = characters[characters.index(after: equals)...]
            var value = ""
            if characters.first == "\"" {
                characters = characters.dropFirst()
                var escaped = false
                while let character = characters.first {
                    characters = characters.dropFirst()
                    if escaped { value.append(character); escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { break } else { value.append(character) }
                }
            } else {
                let end = characters.firstIndex(of: ";") ?? characters.endIndex
                value = characters[..<end].trimmingCharacters(in: .whitespaces)
                characters = characters[end...]
            }
            out.append((key, value))
        }
        return out
    }

    /// The first place of `needle` in `haystack` at or after `start`.
    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
        let first = needle[0]
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
