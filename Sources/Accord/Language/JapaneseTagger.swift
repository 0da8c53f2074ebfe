import CMeCab
import Foundation
import Synchronization

/// Japanese morphology through MeCab and the IPA dictionary: each word's base form (原形) and
/// part of speech, so that 持ち込む / 持ち込み / 持ち込まれる are one lemma and the negating
/// auxiliaries are known for what they are.
///
/// Not Sendable: a MeCab tagger and its lattice are for one thread at a time. It is a noncopyable
/// value that owns both, so whoever holds it is their only user; `JapaneseTagger.with` lends it out.
struct JapaneseTagger: ~Copyable {
    private let tagger: OpaquePointer
    private let lattice: OpaquePointer
    private var lemmas = ByteTable<String>()
    /// Each potential verb's 五段 verb, or itself when it is none (see `potentialBase`).
    private var potentials: [String: String] = [:]

    /// The dictionary, loaded once per process and only when a text holds Japanese.
    private static let model: Result<Model, TaggerUnavailable> = {
        guard let model = mecab_model_new2("") else {
            let reason = String(cString: mecab_strerror(nil))
            return .failure(TaggerUnavailable(reason: reason))
        }
        return .success(Model(pointer: model))
    }()

    /// The dictionary, shared by every tagger of the process. Unchecked: MeCab's model is
    /// read-only once `mecab_model_new2` has loaded it, and MeCab documents it as safe to share
    /// between threads; the only calls made with it are `mecab_model_new_tagger` and
    /// `mecab_model_new_lattice`, and it is never freed. (Its taggers and lattices are not safe
    /// to share: each is owned by one `JapaneseTagger`.)
    private struct Model: @unchecked Sendable {
        let pointer: OpaquePointer
    }

    /// A tagger on the shelf. Its lock is taken once per loan and never waited for (the shelf's
    /// lock hands a slot to one thread at a time); it is what makes a slot Sendable.
    private final class Slot: Sendable {
        let tagger: Mutex<JapaneseTagger>

        init?(model: Model) {
            guard let tagger = JapaneseTagger(model: model) else { return nil }
            self.tagger = Mutex(tagger)
        }
    }

    private static let idle = Mutex<[Slot]>([])

    struct TaggerUnavailable: Error {
        var reason: String
        var message: String {
            "Japanese text cannot be analysed: MeCab or its IPA dictionary is missing (\(reason.isEmpty ? "no dictionary" : reason)); install the Debian packages libmecab2 and mecab-ipadic-utf8"
        }
    }

    private init?(model: Model) {
        guard let tagger = mecab_model_new_tagger(model.pointer) else { return nil }
        guard let lattice = mecab_model_new_lattice(model.pointer) else {
            mecab_destroy(tagger)
            return nil
        }
        self.tagger = tagger
        self.lattice = lattice
    }

    deinit {
        mecab_lattice_destroy(lattice)
        mecab_destroy(tagger)
    }

    /// Runs `body` with a tagger of this thread's own, or fails when MeCab cannot load.
    static func with<Result: Sendable>(_ body: (inout JapaneseTagger) -> Result) -> Swift.Result<Result, TaggerUnavailable> {
        let model: Model
        switch Self.model {
        case .failure(let error): return .failure(error)
        case .success(let loaded): model = loaded
        }
        guard let slot = idle.withLock({ $0.popLast() }) ?? Slot(model: model) else {
            return .failure(TaggerUnavailable(reason: "no tagger"))
        }
        defer { idle.withLock { $0.append(slot) } }
        return .success(slot.tagger.withLock { body(&$0) })
    }

    /// ① to ⑳ and ⑴ to ⒇ (U+2460 to U+2487), three bytes in UTF-8: E2 91 A0 to E2 92 87.
    private static func isCircledNumber(_ surface: UnsafePointer<CChar>) -> Bool {
        let bytes = UnsafeRawPointer(surface).assumingMemoryBound(to: UInt8.self)
        guard bytes[0] == 0xE2 else { return false }
        return (bytes[1] == 0x91 && bytes[2] >= 0xA0) || (bytes[1] == 0x92 && bytes[2] <= 0x87)
    }

    /// The words of `bytes[range]`, with offsets into `bytes`. Line breaks must already be blanks.
    mutating func tokens(_ bytes: [UInt8], _ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
        append(bytes, range, to: &tokens)
        return tokens
    }

    /// Appends the words of `bytes[range]` to a text's tokens, where they are kept: an array for
    /// each sentence, copied into the text's, cost more than reading the features of its words.
    mutating func append(_ bytes: [UInt8], _ range: Range<Int>, to tokens: inout [Token]) {
        var ichidan: [Int] = []
        defer {
            // After the parse: reading a potential's verb parses again, with the same lattice.
            for index in ichidan { tokens[index].lemma = potentialBase(tokens[index].lemma) }
        }
        bytes.withUnsafeBufferPointer { buffer in
            let base = UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self)
            let start = base + range.lowerBound
            mecab_lattice_set_sentence2(lattice, start, range.count)
            guard mecab_parse_lattice(tagger, lattice) != 0 else { return }
            var node = mecab_lattice_get_bos_node(lattice)
            while let current = node {
                defer { node = current.pointee.next }
                let stat = Int32(current.pointee.stat)
                guard stat == MECAB_NOR_NODE || stat == MECAB_UNK_NODE, let surface = current.pointee.surface else { continue }
                let offset = surface - base
                let length = Int(current.pointee.length)
                guard let feature = current.pointee.feature else { continue }
                let fields = Features(feature)
                // A full-width space is a token of its own to MeCab; to matching it is a blank.
                if fields.partOfSpeech == .symbol, fields.detail.elementsEqual(Features.blank) { continue }
                var baseForm = fields.base
                if baseForm.isEmpty || (baseForm.count == 1 && baseForm[0] == UInt8(ascii: "*")) {
                    baseForm = UnsafeBufferPointer(start: UnsafeRawPointer(surface).assumingMemoryBound(to: UInt8.self), count: length)
                }
                if fields.partOfSpeech == .verb, fields.conjugation.elementsEqual(Features.ichidan) { ichidan.append(tokens.count) }
                // A circled number opens a list item (①武力攻撃の発生②他に適当な手段がない): to matching
                // it parts the items as 、 does, where MeCab reads it as a noun.
                if length == 3, Self.isCircledNumber(surface) {
                    tokens.append(Token(lemma: "、", kind: .mark, start: offset, end: offset + length))
                    continue
                }
                // MeCab files ？ and ！ under 記号,一般 with the words; they end a sentence as 。 does.
                let kind = fields.partOfSpeech == .symbol && Features.sentenceMarks.contains(where: { baseForm.elementsEqual($0) }) ? .mark : fields.kind
                tokens.append(Token(lemma: lemma(baseForm), kind: kind, start: offset, end: offset + length))
            }
        }
    }

    /// The 五段 verb whose potential a 一段 verb is, or the verb itself: 持ち込める is 持ち込む, 使える
    /// 使う, 置ける 置く (MeCab's dictionary lists potentials as verbs of their own). The verb must
    /// be one MeCab reads whole as 五段 with that base form, so 受ける (受く) and 述べる (述ぶ)
    /// stay as they are; a 一段 verb that pairs with a 五段 one (届ける, 届く) meets it too.
    private mutating func potentialBase(_ lemma: String) -> String {
        if let known = potentials[lemma] { return known }
        var base = lemma
        if lemma.count >= 3, lemma.hasSuffix("る"), let row = Self.eRowToURow[lemma.dropLast().last!] {
            let candidate = String(lemma.dropLast(2)) + String(row)
            if isGodanVerb(candidate) { base = candidate }
        }
        potentials[lemma] = base
        return base
    }

    private static let eRowToURow: [Character: Character] = ["え": "う", "け": "く", "げ": "ぐ", "せ": "す", "て": "つ", "ね": "ぬ",
                                                              "べ": "ぶ", "め": "む", "れ": "る"]

    /// Whether MeCab reads `word` as one 五段 verb in its base form.
    private func isGodanVerb(_ word: String) -> Bool {
        var bytes = Array(word.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                mecab_lattice_set_sentence2(lattice, chars.baseAddress!, chars.count)
                guard mecab_parse_lattice(tagger, lattice) != 0 else { return false }
                var node = mecab_lattice_get_bos_node(lattice)
                var words = 0
                var godan = false
                while let current = node {
                    defer { node = current.pointee.next }
                    let stat = Int32(current.pointee.stat)
                    guard stat == MECAB_NOR_NODE || stat == MECAB_UNK_NODE, let feature = current.pointee.feature else { continue }
                    words += 1
                    let fields = Features(feature)
                    godan = fields.partOfSpeech == .verb && fields.conjugation.starts(with: Features.godan)
                        && fields.base.elementsEqual(word.utf8)
                }
                return words == 1 && godan
            }
        }
    }

    /// Words that drafters write in kanji or in kana, as one lemma: 要請が無い is 要請がない, and a
    /// term written with ない matches both (MeCab gives each spelling its own base form). The
    /// negation ず (base form ぬ) is ない too: 得ずに and 得ないまま say the same.
    static let kanaSpellings: [String: String] = ["無い": "ない", "有る": "ある", "出来る": "できる", "居る": "いる", "事": "こと",
                                                   "頂く": "いただく", "下さる": "くださる", "行なう": "行う", "致す": "いたす",
                                                   "ぬ": "ない"]

    /// A base form's lemma, kept by its bytes: a text's words repeat, and making and normalizing
    /// a String for each cost more than the lookup.
    private mutating func lemma(_ baseForm: UnsafeBufferPointer<UInt8>) -> String {
        if let known = lemmas[baseForm] { return known }
        let normalized = Lemma.normalize(String(decoding: baseForm, as: UTF8.self))
        let lemma = Self.kanaSpellings[normalized] ?? normalized
        if lemmas.count > 50_000 { lemmas.removeAll() }
        lemmas.set(baseForm, lemma)
        return lemma
    }

    /// The fields of MeCab's feature list that screening reads, in place:
    /// 品詞,細分類1,細分類2,細分類3,活用型,活用形,原形,読み,発音.
    struct Features {
        enum PartOfSpeech { case noun, verb, adjective, auxiliary, particle, symbol, other }

        var partOfSpeech = PartOfSpeech.other
        var detail = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        var base = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        /// 活用型: 一段, 五段・カ行イ音便, ….
        var conjugation = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        static let ichidan = Array("一段".utf8)
        static let godan = Array("五段".utf8)

        init(_ feature: UnsafePointer<CChar>) {
            // Field by field up to the base form, each to its comma or the end: the reading and
            // pronunciation after it are not read, nor measured first (`strlen`).
            var start = UnsafeRawPointer(feature).assumingMemoryBound(to: UInt8.self)
            for field in 0...6 {
                var end = start
                while end.pointee != 0, end.pointee != UInt8(ascii: ",") { end += 1 }
                let value = UnsafeBufferPointer(start: start, count: end - start)
                switch field {
                case 0: partOfSpeech = Self.partOfSpeech(value)
                case 1: detail = value
                case 4: conjugation = value
                case 6: base = value
                default: break
                }
                guard end.pointee != 0 else { break }
                start = end + 1
            }
        }

        /// MeCab's names as bytes: comparing with a String's UTF-8 view cost more than MeCab's
        /// own work on a word.
        private static let partsOfSpeech: [(name: [UInt8], part: PartOfSpeech)] = [
            (Array("名詞".utf8), .noun), (Array("動詞".utf8), .verb), (Array("助詞".utf8), .particle), (Array("助動詞".utf8), .auxiliary),
            (Array("形容詞".utf8), .adjective), (Array("記号".utf8), .symbol),
        ]
        static let blank = Array("空白".utf8)
        private static let conjunctive = Array("接続助詞".utf8)
        private static let numeral = Array("数".utf8)
        private static let marks = ["読点", "句点", "括弧開", "括弧閉"].map { Array($0.utf8) }
        static let sentenceMarks = ["？", "！", "?", "!"].map { Array($0.utf8) }

        private static func partOfSpeech(_ name: UnsafeBufferPointer<UInt8>) -> PartOfSpeech {
            partsOfSpeech.first { name.elementsEqual($0.name) }?.part ?? .other
        }

        var kind: Token.Kind {
            switch partOfSpeech {
            case .verb: return .verb
            case .adjective: return .adjective
            case .auxiliary: return .auxiliary
            case .particle: return detail.elementsEqual(Self.conjunctive) ? .conjunctiveParticle : .particle
            case .symbol: return Self.marks.contains { detail.elementsEqual($0) } ? .mark : .word
            case .noun: return detail.elementsEqual(Self.numeral) ? .number : .word
            case .other: return .word
            }
        }
    }
}
