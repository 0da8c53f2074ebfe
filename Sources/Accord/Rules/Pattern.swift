import Foundation
import Synchronization

/// A regular expression of a `matches` condition, checked when the rule set loads.
///
/// Patterns are ICU regular expressions matched case-insensitively. Most rule patterns are
/// alternations of words, and most texts are plain English or Japanese: those are matched by
/// `PlainRegex`, which gives ICU's answer for them without ICU (compiling the first expression
/// builds ICU's static Unicode sets: over a millisecond of a single check). Any other pattern is
/// compiled by ICU when the rule set loads, and any other text is handed to ICU, compiled on first use.
public struct Pattern: Sendable {
    public let source: String
    /// What the pattern looks for in words (`meaning:` beside `matches:`), which explanations and
    /// fixes show instead of the expression: an advisor cannot use a long regular expression. The
    /// loader requires it for a pattern longer than `shownLimit` characters.
    public let meaning: String?
    /// The longest expression that explanations show as it is written (a few words).
    public static let shownLimit = 40
    private let plain: PlainRegex?
    private let icu: ICURegex

    /// The pattern, or nil if ICU would reject it.
    init?(_ source: String, meaning: String? = nil) {
        self.source = source
        self.meaning = meaning
        plain = PlainRegex(source)
        if plain != nil {
            icu = ICURegex(source, compiled: nil)
        } else {
            guard let regex = try? ICURegex.compile(source) else { return nil }
            icu = ICURegex(source, compiled: regex)
        }
    }

    /// The condition's words after the field: "names <meaning>", or "matches /short/".
    public var words: String { meaning.map { "names \($0)" } ?? "matches /\(source)/" }

    /// The value a fix asks for: "a value that names <meaning>", or "a value matching /short/".
    public var wanted: String { meaning.map { "a value that names \($0)" } ?? "a value matching /\(source)/" }

    /// Whether the pattern is short enough to be shown as written.
    public var isShort: Bool { source.count <= Self.shownLimit }

    /// Whether plain texts are matched without ICU.
    var isPlain: Bool { plain != nil }

    func matches(_ text: String) -> Bool {
        plain == nil ? icu.matches(text) : matches(PatternText(text))
    }

    /// As `matches(_:)`, with the text prepared once by the caller: a value is matched against
    /// several patterns.
    func matches(_ text: PatternText) -> Bool {
        if let plain, let scalars = text.plainScalars { return plain.matches(scalars) }
        return icu.matches(text.text)
    }
}

/// A text as patterns read it, prepared once for any number of them: its folded code points
/// where `PlainRegex` can read it, and the text itself for ICU.
struct PatternText {
    let text: String
    /// Nil where the text holds a character only ICU matches as ICU does.
    fileprivate let plainScalars: [UInt32]?

    init(_ text: String) {
        self.text = text
        plainScalars = PlainRegex.scalars(of: text)
    }
}

/// The ICU expression of a pattern, compiled once, by whichever thread needs it first. A compiled
/// `NSRegularExpression` is immutable and matched from any thread; only its first compilation is
/// behind the lock.
private final class ICURegex: Sendable {
    private let source: String
    private let compiled: Mutex<NSRegularExpression?>

    init(_ source: String, compiled: NSRegularExpression?) {
        self.source = source
        self.compiled = Mutex(compiled)
    }

    static func compile(_ source: String) throws -> NSRegularExpression {
        try NSRegularExpression(pattern: source, options: [.caseInsensitive])
    }

    func matches(_ text: String) -> Bool {
        let regex = compiled.withLock { compiled in
            // `PlainRegex` accepts only patterns ICU accepts, so this cannot fail.
            let regex = compiled ?? (try! Self.compile(source))
            compiled = regex
            return regex
        }
        return regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }
}
