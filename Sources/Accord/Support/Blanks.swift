/// Blanks as Foundation's `CharacterSet.whitespaces` has them (tab, the Unicode space separators
/// and the zero-width space), tested in Swift: rule loading trims short texts, and a trip through
/// NSString for each cost more than the rest of their parsing.
enum Blanks {
    static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
    }

    /// Whether the text holds anything besides blanks.
    static func hasContent<Text: StringProtocol>(_ text: Text) -> Bool {
        text.unicodeScalars.contains { !isBlank($0) }
    }

    /// The text without its leading and trailing blanks.
    static func trimmed<Text: StringProtocol>(_ text: Text) -> String {
        let scalars = Substring(text).unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
