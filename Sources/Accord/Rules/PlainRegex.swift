/// The regular expressions rules are written with (words, alternations, optional parts, simple
/// classes, `\b`, `\s`), matched case-insensitively on plain text exactly as ICU matches them.
///
/// Exactness rests on two restrictions. A pattern outside the subset below is not taken (`init`
/// fails) and ICU handles it; everything taken is valid ICU syntax, so a pattern that loads here
/// loads in ICU. A text with a character that case folding, combining marks or format characters
/// could make ICU treat differently is not taken either (`scalars(of:)` returns nil). On the
/// rest, ICU's full case folding is ASCII lower-casing, every code point stands alone, and `\b`
/// compares ICU's word set (`[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\u200c\u200d]`) on either side.
///
/// The subset: literal characters (ASCII, or plain as defined by `isPlain`), `\` before ASCII
/// punctuation, `\b \B \s \S \d \D \w \W`, `^` (start of the text), groups `( )` and `(?: )`
/// with non-empty alternatives, classes `[ ]` of literals, ranges within digits, lower or upper
/// case letters, `\s \d \w` and a first or last `-`; `?` after any of these, `*` and `+` after
/// a single character or class. Matching only asks whether a match exists, so greediness does
/// not matter; a memo of tried (instruction, position) pairs bounds the work by their product.
struct PlainRegex {
    private enum Instruction {
        case scalar(UInt32)
        case set(Int)
        case wordBoundary(Bool)
        case textStart
        /// Try the first target, and on failure the second.
        case split(Int, Int)
        /// As `split`, but the first target only where the next character is in the set: an
        /// alternative that must start with one of them cannot match anywhere else, and most
        /// alternatives of a rule's pattern fail on their first character.
        /// The set's ASCII members are given as bits, checked without a call.
        case guardedSplit(low: UInt64, high: UInt64, set: Int, Int, Int)
        case jump(Int)
        case match
    }

    private let program: [Instruction]
    private let sets: [ScalarSet]
    /// The characters a match can start with, when the pattern says: other positions are skipped.
    private let firstScalars: ScalarSet?
    /// Where the pattern is an alternation, the alternatives a match can take at a position whose
    /// character is ASCII: `entries[starts[c]..<starts[c + 1]]` for character `c`. Rules' patterns
    /// are long alternations of names, and most positions can start one or two of them.
    private let dispatch: (starts: [Int32], entries: [Int32])?

    init?(_ source: String) {
        var parser = Parser(Array(source.unicodeScalars))
        guard let tree = parser.parse() else { return nil }
        var compiler = Compiler(sets: parser.sets)
        if case .alternation(let branches) = tree {
            let entries = compiler.emitAlternation(branches)
            dispatch = Self.dispatch(branches, entries: entries)
        } else {
            compiler.emit(tree)
            dispatch = nil
        }
        compiler.program.append(.match)
        program = compiler.program
        sets = compiler.sets
        if let first = Self.first(of: tree), !first.nullable {
            firstScalars = first.scalars
        } else {
            firstScalars = nil
        }
    }

    /// For each ASCII character, the entries of the alternatives that can start with it: those
    /// whose first character is known and in the set, and those whose first character is not known.
    private static func dispatch(_ branches: [Node], entries: [Int]) -> (starts: [Int32], entries: [Int32]) {
        let firsts = branches.map { branch in first(of: branch).flatMap { $0.nullable ? nil : $0.scalars.ascii } }
        var starts: [Int32] = [0]
        var table: [Int32] = []
        for character in UInt32(0)..<128 {
            for (first, entry) in zip(firsts, entries) where first.map({ isIn(character, $0.0, $0.1) == true }) ?? true {
                table.append(Int32(entry))
            }
            starts.append(Int32(table.count))
        }
        return (starts, table)
    }

    /// The text as folded code points, or nil if it holds a character `isPlain` does not allow.
    static func scalars(of text: String) -> [UInt32]? {
        var text = text
        text.makeContiguousUTF8()
        // Read as bytes: going through the string's scalars cost more than the match.
        let bytes = text.utf8.span
        var scalars: [UInt32] = []
        scalars.reserveCapacity(bytes.count)
        var offset = 0
        while offset < bytes.count {
            let (value, length) = TextUnit.decodeUTF8(bytes, at: offset)
            if value >= 0x80, !isPlain(Unicode.Scalar(value)!) { return nil }
            scalars.append(fold(value))
            offset += length
        }
        return scalars
    }

    /// A non-ASCII code point that ICU matches case-insensitively only as itself and counts in `\b`
    /// as it stands: not cased, not changed by case folding or mapping, not a mark or a format
    /// character, and old enough (Unicode 15.0) that ICU's and Swift's tables agree on it.
    static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        // Kana, ideographs and Japanese punctuation, the bulk of Japanese text, are plain (a test
        // checks it against the properties below, which cost a table search per character).
        return isCommonJapanese(value) || hasPlainProperties(scalar)
    }

    static func isCommonJapanese(_ value: UInt32) -> Bool {
        switch value {
        case 0x3000...0x3029, 0x3030...0x303F, 0x3041...0x3096, 0x309B...0x30FF, 0x4E00...0x9FFF, 0xFF10...0xFF19: return true
        default: return false
        }
    }

    static func hasPlainProperties(_ scalar: Unicode.Scalar) -> Bool {
        let properties = scalar.properties
        guard let age = properties.age, age.major < 15 || (age.major == 15 && age.minor == 0) else { return false }
        if properties.isCased || properties.changesWhenCaseFolded || properties.changesWhenCaseMapped || properties.isGraphemeExtend {
            return false
        }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format, .surrogate, .privateUse, .unassigned: return false
        default: return true
        }
    }

    private static func fold(_ value: UInt32) -> UInt32 {
        (0x41...0x5A).contains(value) ? value + 0x20 : value
    }

    /// Whether the pattern matches somewhere in the text (folded by `scalars(of:)`).
    func matches(_ text: [UInt32]) -> Bool {
        let width = text.count + 1
        // The (instruction, position) pairs tried, as bits.
        var tried: [UInt64] = []
        var pending: [(pc: Int, position: Int)] = []
        pending.reserveCapacity(32)
        for start in 0..<width {
            if let dispatch, start < text.count, text[start] < 128 {
                let character = Int(text[start])
                for index in Int(dispatch.starts[character])..<Int(dispatch.starts[character + 1]) {
                    pending.append((Int(dispatch.entries[index]), start))
                }
                if pending.isEmpty { continue }
            } else {
                if let firstScalars, start == text.count || !firstScalars.contains(text[start]) { continue }
                pending.append((0, start))
            }
            // Made at the first position a match can start at: most texts have none.
            if tried.isEmpty { tried = [UInt64](repeating: 0, count: (program.count * width + 63) / 64) }
            while let next = pending.popLast() {
                var pc = next.pc, position = next.position
                thread: while true {
                    let bit = pc * width + position
                    if tried[bit >> 6] & (1 << (bit & 63)) != 0 { break thread }
                    tried[bit >> 6] |= 1 << (bit & 63)
                    switch program[pc] {
                    case .scalar(let value):
                        guard position < text.count, text[position] == value else { break thread }
                        pc += 1
                        position += 1
                    case .set(let index):
                        guard position < text.count, sets[index].contains(text[position]) else { break thread }
                        pc += 1
                        position += 1
                    case .wordBoundary(let wanted):
                        let before = position > 0 && Self.isWord(text[position - 1])
                        let after = position < text.count && Self.isWord(text[position])
                        guard (before != after) == wanted else { break thread }
                        pc += 1
                    case .textStart:
                        guard position == 0 else { break thread }
                        pc += 1
                    case .split(let first, let second):
                        pending.append((second, position))
                        pc = first
                    case .guardedSplit(let low, let high, let set, let first, let second):
                        if position < text.count, Self.isIn(text[position], low, high) ?? sets[set].contains(text[position]) {
                            pending.append((second, position))
                            pc = first
                        } else {
                            pc = second
                        }
                    case .jump(let target):
                        pc = target
                    case .match:
                        return true
                    }
                }
            }
        }
        return false
    }

    /// Whether an ASCII value is among the bits; nil for any other value. A guard's set holds no
    /// class (`first(of:)` gives none for one), so its bits decide every ASCII value.
    private static func isIn(_ value: UInt32, _ low: UInt64, _ high: UInt64) -> Bool? {
        if value < 64 { return low & (1 << value) != 0 }
        if value < 128 { return high & (1 << (value - 64)) != 0 }
        return nil
    }

    /// ICU's `\w`, for plain code points (marks and the joiners are never plain).
    static func isWord(_ value: UInt32) -> Bool {
        if value < 0x80 {
            return (0x30...0x39).contains(value) || (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) || value == 0x5F
        }
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        return properties.isAlphabetic || properties.generalCategory == .decimalNumber || properties.generalCategory == .connectorPunctuation
    }

    /// ICU's `\s`: the White_Space property.
    static func isSpace(_ value: UInt32) -> Bool {
        if value < 0x80 { return (0x09...0x0D).contains(value) || value == 0x20 }
        return Unicode.Scalar(value)?.properties.isWhitespace ?? false
    }

    /// ICU's `\d`: decimal digits of any script.
    static func isDigit(_ value: UInt32) -> Bool {
        if value < 0x80 { return (0x30...0x39).contains(value) }
        return Unicode.Scalar(value)?.properties.generalCategory == .decimalNumber
    }

    // MARK: - Syntax

    private indirect enum Node {
        case scalar(UInt32)
        case set(Int)
        case wordBoundary(Bool)
        case textStart
        case sequence([Node])
        case alternation([Node])
        case optional(Node)
        case star(Node)
        case plus(Node)
    }

    private struct ScalarSet {
        enum Kind { case space, digit, word }
        var ascii: (UInt64, UInt64) = (0, 0)
        /// Few in any pattern: searched in turn.
        var others: [UInt32] = []
        var kinds: [(Kind, Bool)] = []

        mutating func insert(_ value: UInt32) {
            let folded = PlainRegex.fold(value)
            if folded < 64 {
                ascii.0 |= 1 << folded
            } else if folded < 128 {
                ascii.1 |= 1 << (folded - 64)
            } else if !others.contains(folded) {
                others.append(folded)
            }
        }

        mutating func formUnion(_ other: ScalarSet) {
            ascii.0 |= other.ascii.0
            ascii.1 |= other.ascii.1
            for value in other.others where !others.contains(value) { others.append(value) }
            kinds += other.kinds
        }

        func contains(_ value: UInt32) -> Bool {
            if value < 64, ascii.0 & (1 << value) != 0 { return true }
            if value >= 64, value < 128, ascii.1 & (1 << (value - 64)) != 0 { return true }
            if value >= 128, others.contains(value) { return true }
            return kinds.contains { kind, included in
                let member: Bool
                switch kind {
                case .space: member = PlainRegex.isSpace(value)
                case .digit: member = PlainRegex.isDigit(value)
                case .word: member = PlainRegex.isWord(value)
                }
                return member == included
            }
        }
    }

    /// Recursive descent over the subset; nil as soon as the pattern leaves it.
    private struct Parser {
        let pattern: [Unicode.Scalar]
        var index = 0
        var sets: [ScalarSet] = []

        init(_ pattern: [Unicode.Scalar]) {
            self.pattern = pattern
        }

        var current: Unicode.Scalar? { index < pattern.count ? pattern[index] : nil }

        mutating func parse() -> Node? {
            guard let tree = alternation(), index == pattern.count else { return nil }
            return tree
        }

        mutating func alternation() -> Node? {
            var branches: [Node] = []
            while true {
                guard let branch = sequence() else { return nil }
                branches.append(branch)
                guard current == "|" else { break }
                index += 1
            }
            return branches.count == 1 ? branches[0] : .alternation(branches)
        }

        /// A non-empty run of quantified atoms, up to `|`, `)` or the end.
        mutating func sequence() -> Node? {
            var items: [Node] = []
            while let scalar = current, scalar != "|", scalar != ")" {
                guard var atom = atom() else { return nil }
                if let quantifier = current, "?*+".unicodeScalars.contains(quantifier) {
                    switch (quantifier, atom) {
                    case (_, .wordBoundary), (_, .textStart): return nil
                    case ("?", _): atom = .optional(atom)
                    case (_, .scalar), (_, .set): atom = quantifier == "*" ? .star(atom) : .plus(atom)
                    default: return nil
                    }
                    index += 1
                    // Lazy, possessive and counted forms are left to ICU.
                    if let next = current, "?*+{".unicodeScalars.contains(next) { return nil }
                }
                items.append(atom)
            }
            if items.isEmpty { return nil }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func atom() -> Node? {
            guard let scalar = current else { return nil }
            index += 1
            switch scalar {
            case "(":
                if current == "?" {
                    guard index + 1 < pattern.count, pattern[index + 1] == ":" else { return nil }
                    index += 2
                }
                guard let inner = alternation(), current == ")" else { return nil }
                index += 1
                return inner
            case "[":
                return set()
            case "\\":
                guard let escaped = current else { return nil }
                index += 1
                switch escaped {
                case "b": return .wordBoundary(true)
                case "B": return .wordBoundary(false)
                case "s", "S", "d", "D", "w", "W":
                    var set = ScalarSet()
                    let kind: ScalarSet.Kind = escaped == "s" || escaped == "S" ? .space : escaped == "d" || escaped == "D" ? .digit : .word
                    set.kinds = [(kind, escaped.properties.isLowercase)]
                    sets.append(set)
                    return .set(sets.count - 1)
                default:
                    guard Self.isPunctuation(escaped) else { return nil }
                    return .scalar(escaped.value)
                }
            case "^":
                return .textStart
            case ".", "$", "{", "}", "]", "*", "+", "?", ")", "|":
                return nil
            default:
                guard scalar.isASCII || PlainRegex.isPlain(scalar) else { return nil }
                return .scalar(PlainRegex.fold(scalar.value))
            }
        }

        /// A class after its `[`: literals, escapes, simple ranges; no negation, nesting or set operations.
        mutating func set() -> Node? {
            var set = ScalarSet()
            var count = 0
            while true {
                guard let scalar = current else { return nil }
                index += 1
                let isFirst = count == 0
                count += 1
                switch scalar {
                case "]":
                    guard !isFirst else { return nil }
                    sets.append(set)
                    return .set(sets.count - 1)
                case "-":
                    // Only a leading `-` before a literal, or a trailing one after a single literal.
                    guard isFirst ? (current != "-" && current != "]") : current == "]" else { return nil }
                    set.insert(scalar.value)
                case "\\":
                    guard let escaped = current else { return nil }
                    index += 1
                    switch escaped {
                    case "s": set.kinds.append((.space, true))
                    case "d": set.kinds.append((.digit, true))
                    case "w": set.kinds.append((.word, true))
                    default:
                        guard Self.isPunctuation(escaped) else { return nil }
                        set.insert(escaped.value)
                    }
                    if current == "-", index + 1 < pattern.count, pattern[index + 1] != "]" { return nil }
                default:
                    let isAlphanumeric = scalar.isASCII && (scalar.properties.isAlphabetic || scalar.properties.numericType != nil)
                    guard isAlphanumeric || scalar == " " || (!scalar.isASCII && PlainRegex.isPlain(scalar)) else { return nil }
                    guard current == "-", index + 1 < pattern.count, pattern[index + 1] != "]" else {
                        set.insert(scalar.value)
                        continue
                    }
                    let upper = pattern[index + 1]
                    guard Self.sameRangeKind(scalar, upper), scalar.value <= upper.value else { return nil }
                    for value in scalar.value...upper.value { set.insert(value) }
                    index += 2
                    // `a-z-` and `a-b-c` read differently in ICU's set syntax; left to it.
                    if current == "-" { return nil }
                }
            }
        }

        /// ASCII punctuation, which a backslash makes literal in ICU.
        static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
            scalar.isASCII && scalar.value > 0x20 && scalar.value < 0x7F
                && !scalar.properties.isAlphabetic && scalar.properties.numericType == nil
        }

        static func sameRangeKind(_ lower: Unicode.Scalar, _ upper: Unicode.Scalar) -> Bool {
            let kinds: [ClosedRange<UInt32>] = [0x30...0x39, 0x41...0x5A, 0x61...0x7A]
            return kinds.contains { $0.contains(lower.value) && $0.contains(upper.value) }
        }
    }

    private struct Compiler {
        var program: [Instruction] = []
        /// The parser's classes, then the guards of alternatives.
        var sets: [ScalarSet]

        /// Emits an alternation; returns where each branch starts.
        mutating func emitAlternation(_ branches: [Node]) -> [Int] {
            var jumps: [Int] = []
            var entries: [Int] = []
            for (offset, branch) in branches.enumerated() {
                let isLast = offset == branches.count - 1
                let split = program.count
                entries.append(isLast ? split : split + 1)
                if !isLast { program.append(.jump(-1)) }
                emit(branch)
                if !isLast {
                    jumps.append(program.count)
                    program.append(.jump(-1))
                    if let first = PlainRegex.first(of: branch), !first.nullable {
                        sets.append(first.scalars)
                        program[split] = .guardedSplit(low: first.scalars.ascii.0, high: first.scalars.ascii.1, set: sets.count - 1,
                                                       split + 1, program.count)
                    } else {
                        program[split] = .split(split + 1, program.count)
                    }
                }
            }
            for jump in jumps { program[jump] = .jump(program.count) }
            return entries
        }

        mutating func emit(_ node: Node) {
            switch node {
            case .scalar(let value): program.append(.scalar(value))
            case .set(let index): program.append(.set(index))
            case .wordBoundary(let wanted): program.append(.wordBoundary(wanted))
            case .textStart: program.append(.textStart)
            case .sequence(let items): items.forEach { emit($0) }
            case .alternation(let branches):
                _ = emitAlternation(branches)
            case .optional(let inner):
                let split = program.count
                program.append(.jump(-1))
                emit(inner)
                program[split] = .split(split + 1, program.count)
            case .star(let inner):
                let split = program.count
                program.append(.jump(-1))
                emit(inner)
                program.append(.jump(split))
                program[split] = .split(split + 1, program.count)
            case .plus(let inner):
                let start = program.count
                emit(inner)
                program.append(.split(start, program.count + 1))
            }
        }
    }

    /// The characters a match of the node can start with, and whether it can match nothing;
    /// nil when a class or an assertion makes the first character unknown.
    private static func first(of node: Node) -> (scalars: ScalarSet, nullable: Bool)? {
        switch node {
        case .scalar(let value):
            var scalars = ScalarSet()
            scalars.insert(value)
            return (scalars, false)
        case .set, .textStart: return nil
        case .wordBoundary: return (ScalarSet(), true)
        case .optional(let inner), .star(let inner):
            return first(of: inner).map { ($0.scalars, true) }
        case .plus(let inner):
            return first(of: inner)
        case .alternation(let branches):
            var scalars = ScalarSet()
            var nullable = false
            for branch in branches {
                guard let first = first(of: branch) else { return nil }
                scalars.formUnion(first.scalars)
                nullable = nullable || first.nullable
            }
            return (scalars, nullable)
        case .sequence(let items):
            var scalars = ScalarSet()
            for item in items {
                guard let first = first(of: item) else { return nil }
                scalars.formUnion(first.scalars)
                if !first.nullable { return (scalars, false) }
            }
            return (scalars, true)
        }
    }
}
