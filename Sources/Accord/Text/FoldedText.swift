import Foundation

/// Text folded for comparison — Unicode NFKC, lower case — so that `contains` and `equals` on
/// text ignore case and full-width/half-width differences.
enum FoldedText {
    /// The folded form of a whole value. NFKC as decomposition then composition: Foundation's own
    /// NFKC leaves 「ｶﾞ」 as カ and a combining mark, which would not compare equal to 「ガ」.
    static func fold(_ text: String) -> String {
        if isFoldStable(text) { return text.lowercased() }
        return text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// Whether NFKC leaves the text as it is, known without asking Foundation.
    static func isFoldStable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { TextUnit.foldsToItself($0.value) }
    }
}
