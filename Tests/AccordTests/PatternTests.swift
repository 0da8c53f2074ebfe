import Foundation
import XCTest
@testable import Accord

/// `matches` patterns: ICU's syntax and case-insensitive semantics, whether `PlainRegex` or ICU
/// does the matching.
final class PatternTests: XCTestCase {
    static func icu(_ pattern: String) -> NSRegularExpression? {
        try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }

    static func icuMatches(_ regex: NSRegularExpression, _ text: String) -> Bool {
        regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    /// The bundled rules' patterns, with the field each is written on.
    static func bundledPatterns() throws -> [Pattern] {
        let ruleSet = try RuleSetLoader.load([PremiseCatalogueTests.root.appendingPathComponent("Rules").path])
        return ruleSet.rules.flatMap(\.allConditions).compactMap { condition in
            if case .compare(_, .matches(let pattern), _) = condition { return pattern }
            return nil
        }
    }

    /// Texts near the bundled patterns' words, and characters ICU folds or joins.
    static let texts = [
        "", " ", "UN Charter Article 51", "un charter art. 51", "U.N. Charter, Art 51", "United Nations Charter Art.51",
        "Article 51 of the UN Charter", "Article 51 of the Charter", "Charter of the United Nations, Article 51",
        "UNSC Resolution 2231", "Security Council authorization", "security council authorisation", "UNSCR 1373",
        "Self-Defense Forces Act", "self defence force act", "Self–Defense Forces Act", "SDF Act", "theSDF Act", "SDF Acts",
        "Status of Forces Agreement", "SOFA", "SOFAs", "the SOFA.", "日米SOFA改定", "sofa_x", "SOFA5", "Kishi-Herter", "kishi herter",
        "国連憲章第51条", "国際連合憲章五十一条", "国連憲章第５１条", "国連憲章51条", "安保理決議", "安全保障理事会決議第1373号",
        "自衛隊法第76条", "防衛省設置法", "周辺事態法", "Chapter VII", "chapter vii", "第七章", "第7章", "同盟の基本的枠組み", "同盟の基本的な枠組み",
        "Areas Surrounding Japan", "Japan Coast Guard Act", "Anti-Piracy Measures Act", "Disaster Countermeasures Basic Act",
        "ＳＯＦＡ", "Straße", "KELVIN", "\u{212A}ishi-Herter", "\u{17F}elf-Defense Forces Act", "Se\u{301}curity Council",
        "SOFA\u{200D}", "Security\u{A0}Council", "Security\tCouncil", "Security\nCouncil", "ｶﾞイドライン", "Protocol I",
        "UNCLOS Art. 98", "Resolution", "résolution", "UN Security Council Resolution 1816 (2008)", "Resolution 678 (1990) of the UN Security Council",
        "Security Council resolution under Chapter VII", "国連安全保障理事会決議第１８１６号", "安保理決議第1816号", "UNSCR1373", "ﬁ", "İ", "Agreed Minute", "prior consultation", "PRIOR CONSULTATION",
    ]

    /// Every bundled pattern is matched without ICU on plain text, and as ICU matches it.
    func testBundledPatternsMatchAsICUDoes() throws {
        let patterns = try Self.bundledPatterns()
        // Statutes and instruments are lexicon names now; the Charter and resolution patterns remain.
        XCTAssertGreaterThanOrEqual(patterns.count, 4)
        for pattern in patterns {
            XCTAssertTrue(pattern.isPlain, pattern.source)
            let regex = try XCTUnwrap(Self.icu(pattern.source))
            for text in Self.texts {
                XCTAssertEqual(pattern.matches(text), Self.icuMatches(regex, text), "/\(pattern.source)/ on \(text.debugDescription)")
            }
        }
    }

    /// Patterns of the subset's edges: what `PlainRegex` takes ICU accepts and matches alike;
    /// what it leaves to ICU is accepted or rejected by ICU alone.
    func testSyntaxEdgesAgreeWithICU() throws {
        let patterns = [
            #"Self[- ]Defen[cs]e"#, #"\bSOFA\b"#, #"\BOF\B"#, #"Art(icle|\.)? ?51"#, #"(?:UN|U\.N\.)\s*Charter"#, #"^armed"#, #"^2014-"#,
            #"a\s+b"#, #"x\S*y"#, #"\d+条"#, #"\w+ Act"#, #"\W"#, #"[a-c][0-9][A-Z]"#, #"[\s\d]"#, #"[\.\-]"#, #"[a-]"#, #"[-a]"#,
            #"a_b\_c"#, #"a#b"#, #"第?(51|５１|五十一)条"#, #"(a|b)?c"#, #"s*"#, "a|b|c", "(x)*", "(x)+y",
            // Left to ICU: valid there.
            #"a{2}"#, #"a*?"#, #"a++"#, #"[^a]"#, #"[[a]]"#, #"[a-z-]"#, "a.b", "a$", #"\p{L}+"#, #"\u0041"#, "(?i)a", "()", "a|",
            "", #"(ab)*"#, #"[z-a]"#, "[é]", "É", #"\ "#, #"[:alpha:]"#, "[a&&b]", "}", "]",
            // Rejected by ICU.
            "a{", "(", ")", "[", "Treaty([", "*a", "a**", "\\", #"\k"#, "(?<x", "[a", "a??+",
        ]
        for source in patterns {
            let regex = Self.icu(source)
            let pattern = Pattern(source)
            XCTAssertEqual(pattern == nil, regex == nil, "validity of /\(source)/")
            guard let pattern, let regex else { continue }
            for text in Self.texts + ["armed attack", "2014-07-01", "a  b", "xy", "x--y", "12条", "a_b_c", "a#b", "c", "bc", "xxy", "x"] {
                XCTAssertEqual(pattern.matches(text), Self.icuMatches(regex, text), "/\(source)/ on \(text.debugDescription)")
            }
        }
    }

    /// Random patterns over the subset's syntax and random texts over characters that matter to
    /// case folding and `\b`: where `PlainRegex` takes both, it agrees with ICU.
    func testRandomPatternsAgreeWithICU() {
        var random = SplitMix(seed: 0x5EED)
        let atoms = ["a", "B", "s", "k", "-", " ", "5", "条", "第", "_", #"\."#, #"\b"#, #"\B"#, #"\s"#, #"\d"#, #"\w"#, #"\W"#,
                     "[- ]", "[cs]", "[A-C]", "[0-9]", #"[\sx]"#, "^", "(", ")", "|", "?", "*", "+", "[", "{", "."]
        let characters: [String] = ["a", "A", "b", "B", "s", "S", "k", "K", "c", "x", "-", " ", "\t", "5", "５", "_", ".", "条", "第",
                                    "\u{17F}", "\u{212A}", "ß", "é", "e\u{301}", "\u{200D}", "ﾞ", "ー", "\u{3000}", "Ａ", "ｓ"]
        var taken = 0, compared = 0
        for _ in 0..<3000 {
            let source = (0..<random.next(below: 8) + 1).map { _ in atoms[random.next(below: atoms.count)] }.joined()
            let regex = Self.icu(source)
            guard let plain = PlainRegex(source) else { continue }
            taken += 1
            guard let regex else {
                XCTFail("/\(source)/ is taken but ICU rejects it")
                continue
            }
            for _ in 0..<20 {
                let text = (0..<random.next(below: 10)).map { _ in characters[random.next(below: characters.count)] }.joined()
                guard let scalars = PlainRegex.scalars(of: text) else { continue }
                compared += 1
                XCTAssertEqual(plain.matches(scalars), Self.icuMatches(regex, text), "/\(source)/ on \(text.debugDescription)")
            }
        }
        XCTAssertGreaterThan(taken, 500)
        XCTAssertGreaterThan(compared, 5000)
    }

    /// The ranges taken as plain without looking up properties do have the properties.
    func testCommonJapaneseRangesArePlain() {
        var count = 0
        for value in UInt32(0)...0xFFFF where PlainRegex.isCommonJapanese(value) {
            count += 1
            let scalar = Unicode.Scalar(value)!
            XCTAssertTrue(PlainRegex.hasPlainProperties(scalar), String(format: "U+%04X", value))
        }
        XCTAssertGreaterThan(count, 20_000)
    }

    /// Text with characters ICU folds is left to ICU, and still matched case-insensitively.
    func testUnusualTextIsLeftToICU() throws {
        XCTAssertNil(PlainRegex.scalars(of: "\u{17F}elf"))
        XCTAssertNil(PlainRegex.scalars(of: "e\u{301}"))
        XCTAssertNotNil(PlainRegex.scalars(of: "自衛隊法 Self-Defense Forces Act ５１条"))
        let pattern = try XCTUnwrap(Pattern(#"Self[- ]Defen[cs]e"#))
        XCTAssertTrue(pattern.matches("\u{17F}elf-Defense"))
        XCTAssertTrue(pattern.matches("SELF DEFENCE"))
    }
}

/// A small deterministic generator, so that a failure can be reproduced.
struct SplitMix {
    var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
}
