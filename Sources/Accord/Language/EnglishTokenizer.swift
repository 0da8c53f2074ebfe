import Foundation

/// English words of one sentence: letters and digits, with the apostrophe of "don't" and the
/// periods of "U.S."; hyphens and quotes only separate words, and the marks that split clauses
/// are tokens of their own.
enum EnglishTokenizer {
    static func tokens(_ scalars: TextScalars, _ range: Range<Int>, lemmatizer: inout EnglishLemmatizer) -> [Token] {
        var tokens: [Token] = []
        append(scalars, range, lemmatizer: &lemmatizer, to: &tokens)
        return tokens
    }

    /// Appends the words to a text's tokens, where they are kept: a sentence's own array, grown
    /// word by word and then copied, cost more than reading its words.
    static func append(_ scalars: TextScalars, _ range: Range<Int>, lemmatizer: inout EnglishLemmatizer, to tokens: inout [Token]) {
        let bytes = scalars.bytes
        var index = range.lowerBound
        func offset(_ at: Int) -> Int { scalars.offset(at) }
        func scalar(_ at: Int) -> Unicode.Scalar? { at < range.upperBound ? scalars[at] : nil }
        // An en dash with no space on either side joins names ("the Sato–Nixon summit", "U.S.–Japan
        // talks") and ranges ("1990–91"); spaced, it sets off a clause.
        func joinsWords(at index: Int) -> Bool {
            guard scalars[index] == "–", index > range.lowerBound, let next = scalar(index + 1), isWordScalar(next) else { return false }
            let previous = scalars[index - 1]
            return isWordScalar(previous) || previous == "."
        }
        while index < range.upperBound {
            let first = scalars[index]
            guard isWordScalar(first) else {
                if isClauseMark(first), !joinsWords(at: index) {
                    tokens.append(Token(lemma: String(first), kind: .mark, start: offset(index), end: offset(index + 1)))
                }
                index += 1
                continue
            }
            var end = index + 1
            // Whether every part so far is one letter: U.S., U.N.
            var initials = isLetter(first)
            while let next = scalar(end) {
                if isWordScalar(next) {
                    initials = false
                    end += 1
                } else if next == "'" || next == "’", let after = scalar(end + 1), isLetter(after) {
                    initials = false
                    end += 2
                } else if next == ".", initials, let after = scalar(end + 1), isLetter(after), scalar(end + 2).map({ !isWordScalar($0) }) ?? true {
                    end += 2
                } else if next == "/", end == index + 1, first == "w" || first == "W", let after = scalar(end + 1), after == "o" || after == "O",
                          scalar(end + 2).map({ !isWordScalar($0) }) ?? true {
                    // "w/o", the notes' and signals' "without": one word, which the lemmatizer reads.
                    end += 2
                } else {
                    break
                }
            }
            let word = lemmatizer.word(bytes[offset(index)..<offset(end)])
            // The passive with "get" is one with "be": "gets scrapped", "got handed over".
            if let last = tokens.indices.last, tokens[last].kind == .word, tokens[last].lemma == getPassive,
               case let surface = String(decoding: bytes[offset(index)..<offset(end)], as: UTF8.self).lowercased(),
               EnglishLemmatizer.isParticiple(surface, lemma: word.lemma) || EnglishLemmatizer.unchangedPasts.contains(surface) {
                tokens[last].lemma = "be"
            }
            tokens.append(Token(lemma: word.lemma, kind: word.isNumber ? .number : .word, start: offset(index), end: offset(end)))
            index = end
        }
    }

    /// The verb of a passive that drafters write for "be".
    static let getPassive = "get"

    /// A word's lemma, and whether it is a number.
    struct Word {
        var lemma: String
        var isNumber: Bool
    }

    /// What the word written as `bytes` reads as. `EnglishLemmatizer.word` keeps the answers.
    static func read(_ bytes: ArraySlice<UInt8>, lemmatizer: inout EnglishLemmatizer) -> Word {
        var word = String(decoding: bytes, as: UTF8.self)
        if word.utf8.contains(0xE2) { word = word.replacingOccurrences(of: "’", with: "'") }
        var normalized = Lemma.normalize(word)
        if normalized.hasSuffix("'s") { normalized.removeLast(2) }
        let isNumber = normalized.unicodeScalars.allSatisfy { $0.isASCII ? ($0.value >= 0x30 && $0.value <= 0x39) : $0.properties.numericType != nil }
        return Word(lemma: lemmatizer.lemma(normalized[...]), isNumber: isNumber)
    }

    // ASCII is decided by its byte: Unicode's property tables cost more than the rest of a word.
    // Other scalars are asked of them out of line, so that the ASCII test is all that is inlined.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A }
        return isNonASCIILetter(scalar)
    }

    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return (scalar.value | 0x20) >= 0x61 && (scalar.value | 0x20) <= 0x7A || (scalar.value >= 0x30 && scalar.value <= 0x39) }
        return isNonASCIIWordScalar(scalar)
    }

    @inline(never)
    private static func isNonASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic && !Lemma.isKanaOrKanji(scalar)
    }

    @inline(never)
    private static func isNonASCIIWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.properties.isAlphabetic || scalar.properties.numericType != nil) && !Lemma.isKanaOrKanji(scalar)
    }

    static func isClauseMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case ";", ":", ",", "(", ")", "—", "–", "；", "：", "，", "（", "）": return true
        default: return false
        }
    }
}
