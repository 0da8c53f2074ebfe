import Foundation

/// A free-text value folded for matching — Unicode NFKC, lower case, every run of blanks one
/// unit (`TextUnit.space`, `.lineBreak` or `.paragraph`) — with a map back to the original, so
/// that a hit found in the folded text is quoted and placed as the proposal writes it.
struct FoldedText {
    /// The folded text as Unicode scalar values.
    let units: [UInt32]
    /// For each unit, the UTF-8 offset in `original` of the character it came from.
    let origin: [Int32]
    let original: String

    init(_ text: String) {
        var text = text
        text.makeContiguousUTF8()
        let folded = text.utf8.withContiguousStorageIfAvailable { Self.foldPlain($0) ?? Self.foldAny($0) }
        (units, origin) = folded ?? ([], [])
        original = text
    }

    /// Folds any text, unit by unit.
    static func foldAny(_ bytes: UnsafeBufferPointer<UInt8>) -> (units: [UInt32], origin: [Int32]) {
        var builder = Builder(capacity: bytes.count)
        builder.fold(bytes)
        return (builder.units, builder.origin)
    }

    /// Folds text in which every character folds to itself (plain English and most Japanese): at
    /// most one unit a byte, written in place, which is most of the cost of a check's text
    /// screening. Nil for any other text, which `Builder` folds.
    static func foldPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> (units: [UInt32], origin: [Int32])? {
        // Checked once, so that each offset is stored without a check of its own.
        precondition(bytes.count <= Int32.max, "a text longer than an origin offset can hold")
        var isPlain = true
        var origin: [Int32] = []
        let units = [UInt32](unsafeUninitializedCapacity: bytes.count) { unitBuffer, unitCount in
            origin = [Int32](unsafeUninitializedCapacity: bytes.count) { originBuffer, originCount in
                // Locals rather than the closures' inout parameters, which the loop would otherwise
                // load and store through memory for every unit.
                let (units, origin) = (unitBuffer, originBuffer)
                var count = 0
                var run = BlankRun()
                var offset = 0
                while offset < bytes.count {
                    let byte = bytes[offset]
                    // Most units are ASCII and no blank.
                    if byte > 0x20 && byte < 0x80 {
                        run.end()
                        units[count] = TextUnit.lowercasedASCII(UInt32(byte))
                        origin[count] = Int32(truncatingIfNeeded: offset)
                        count &+= 1
                        offset &+= 1
                        continue
                    }
                    let (scalar, length) = TextUnit.decodeUTF8(bytes, at: offset)
                    guard TextUnit.foldsToItself(scalar) else {
                        isPlain = false
                        break
                    }
                    if let (unit, continues) = run.add(scalar) {
                        if continues {
                            units[count - 1] = unit
                        } else {
                            units[count] = unit
                            origin[count] = Int32(truncatingIfNeeded: offset)
                            count &+= 1
                        }
                    } else {
                        units[count] = TextUnit.lowercasedASCII(scalar)
                        origin[count] = Int32(truncatingIfNeeded: offset)
                        count &+= 1
                    }
                    offset &+= length
                }
                if !isPlain { count = 0 }
                unitCount = count
                originCount = count
            }
        }
        return isPlain ? (units, origin) : nil
    }

    /// The original text behind folded units `range`: from the character the first came from
    /// through the whole character the last came from.
    func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let utf8 = original.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: Int(origin[range.lowerBound]))
        var next = range.upperBound
        while next < origin.count, origin[next] == origin[range.upperBound - 1] { next += 1 }
        let end = next < origin.count ? utf8.index(utf8.startIndex, offsetBy: Int(origin[next])) : utf8.endIndex
        return String(original[start..<end])
    }

    /// The folded form of a whole value, for comparisons that are not phrase searches. NFKC as
    /// decomposition then composition: Foundation's own NFKC leaves 「ｶﾞ」 as カ and a combining
    /// mark, which folded text compares scalar by scalar with 「ガ」.
    static func fold(_ text: String) -> String {
        if isFoldStable(text) { return text.lowercased() }
        return text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping.lowercased()
    }

    /// Whether NFKC leaves the text as it is, known without asking Foundation.
    static func isFoldStable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { TextUnit.foldsToItself($0.value) }
    }
}

extension FoldedText {
    /// Folds UTF-8 bytes unit by unit. Scalars that fold to themselves take a fast path; a run of
    /// other scalars is folded by Foundation character by character, together with the scalar
    /// before it, which a combining mark in the run may belong to (「ｶ」 and 「ﾞ」 fold to 「ガ」).
    private struct Builder {
        var units: [UInt32] = []
        var origin: [Int32] = []
        var run = BlankRun()

        init(capacity: Int) {
            units.reserveCapacity(capacity)
            origin.reserveCapacity(capacity)
        }

        mutating func fold(_ bytes: UnsafeBufferPointer<UInt8>) {
            var offset = 0
            // Where the last scalar started, while it stands alone as the last unit.
            var lastScalarStart: Int?
            while offset < bytes.count {
                let byte = UInt32(bytes[offset])
                // Most units are ASCII and no blank.
                if byte > 0x20 && byte < 0x80 {
                    units.append(TextUnit.lowercasedASCII(byte))
                    origin.append(Int32(offset))
                    run.end()
                    lastScalarStart = offset
                    offset += 1
                    continue
                }
                let (scalar, length) = TextUnit.decodeUTF8(bytes, at: offset)
                if TextUnit.foldsToItself(scalar) {
                    append(TextUnit.lowercasedASCII(scalar), from: offset)
                    lastScalarStart = run.breaks == nil ? offset : nil
                    offset += length
                    continue
                }
                var start = offset
                if let previous = lastScalarStart {
                    units.removeLast()
                    origin.removeLast()
                    start = previous
                }
                var end = offset + length
                while end < bytes.count {
                    let (next, nextLength) = TextUnit.decodeUTF8(bytes, at: end)
                    if TextUnit.foldsToItself(next) { break }
                    end += nextLength
                }
                let span = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
                var characterStart = start
                for character in span {
                    for scalar in FoldedText.fold(String(character)).unicodeScalars {
                        append(scalar.value, from: characterStart)
                    }
                    characterStart += character.utf8.count
                }
                lastScalarStart = nil
                offset = end
            }
        }

        /// Appends a unit; a blank joins the run of blanks before it.
        mutating func append(_ unit: UInt32, from offset: Int) {
            guard let (blank, continues) = run.add(unit) else {
                units.append(unit)
                origin.append(Int32(offset))
                return
            }
            if continues {
                units[units.count - 1] = blank
            } else {
                units.append(blank)
                origin.append(Int32(offset))
            }
        }
    }

    /// A run of blanks folds to one unit: a line break if it holds one, a new paragraph if more.
    private struct BlankRun {
        /// Line breaks in the run the last unit stands for; nil when the last unit is no blank.
        var breaks: Int?
        var lastWasCarriageReturn = false

        /// For a blank, the unit its run now folds to, and whether the run was already going (the
        /// unit replaces the last one); nil for any other unit, which ends the run.
        @inline(__always)
        mutating func add(_ unit: UInt32) -> (unit: UInt32, continues: Bool)? {
            guard TextUnit.isBlank(unit) else {
                end()
                return nil
            }
            // "\r\n" is one line break.
            let isBreak = TextUnit.isLineBreak(unit) && !(unit == 0x0A && lastWasCarriageReturn)
            lastWasCarriageReturn = unit == 0x0D
            let continues = breaks != nil
            let count = (breaks ?? 0) + (isBreak ? 1 : 0)
            breaks = count
            return (count >= 2 ? TextUnit.paragraph : count == 1 ? TextUnit.lineBreak : TextUnit.space, continues)
        }

        mutating func end() {
            breaks = nil
            lastWasCarriageReturn = false
        }
    }
}
