import CMeCab
import Synchronization

/// Japanese morphology through MeCab and the IPA dictionary: each word's base form (原形) and
/// part of speech, so that 持ち込む / 持ち込み / 持ち込まれる are one lemma and the negating
/// auxiliaries are known for what they are.
final class JapaneseTagger: @unchecked Sendable {
    // A tagger and its lattice are used by one thread at a time: `JapaneseTagger.with` lends them.
    private let tagger: OpaquePointer
    private let lattice: OpaquePointer

    /// The dictionary, loaded once per process and only when a text holds Japanese.
    private static let model: Result<OpaquePointer, TaggerUnavailable> = {
        guard let model = mecab_model_new2("") else {
            let reason = String(cString: mecab_strerror(nil))
            return .failure(TaggerUnavailable(reason: reason))
        }
        return .success(model)
    }()

    private static let idle = Mutex<[JapaneseTagger]>([])

    struct TaggerUnavailable: Error {
        var reason: String
        var message: String {
            "Japanese text cannot be analysed: MeCab or its IPA dictionary is missing (\(reason.isEmpty ? "no dictionary" : reason)); install the Debian packages libmecab2 and mecab-ipadic-utf8"
        }
    }

    private init?(model: OpaquePointer) {
        guard let tagger = mecab_model_new_tagger(model), let lattice = mecab_model_new_lattice(model) else { return nil }
        self.tagger = tagger
        self.lattice = lattice
    }

    deinit {
        mecab_lattice_destroy(lattice)
        mecab_destroy(tagger)
    }

    /// Runs `body` with a tagger of this thread's own, or fails when MeCab cannot load.
    static func with<Result>(_ body: (JapaneseTagger) -> Result) -> Swift.Result<Result, TaggerUnavailable> {
        let model: OpaquePointer
        switch Self.model {
        case .failure(let error): return .failure(error)
        case .success(let loaded): model = loaded
        }
        guard let tagger = idle.withLock({ $0.popLast() }) ?? JapaneseTagger(model: model) else {
            return .failure(TaggerUnavailable(reason: "no tagger"))
        }
        defer { idle.withLock { $0.append(tagger) } }
        return .success(body(tagger))
    }

    /// The words of `bytes[range]`, with offsets into `bytes`. Line breaks must already be blanks.
    func tokens(_ bytes: [UInt8], _ range: Range<Int>) -> [Token] {
        var tokens: [Token] = []
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
                let surfaceText = String(decoding: UnsafeRawBufferPointer(start: surface, count: length), as: UTF8.self)
                let features = current.pointee.feature.map { String(cString: $0) } ?? ""
                // A full-width space is a token of its own to MeCab; to matching it is a blank.
                if features.hasPrefix("記号,空白") { continue }
                tokens.append(Self.token(surface: surfaceText, features: features, start: offset, end: offset + length))
            }
        }
        return tokens
    }

    /// A token from MeCab's feature list: 品詞,細分類1,細分類2,細分類3,活用型,活用形,原形,読み,発音.
    static func token(surface: String, features: String, start: Int, end: Int) -> Token {
        let fields = features.split(separator: ",", omittingEmptySubsequences: false)
        let pos = fields.first.map(String.init) ?? ""
        let detail = fields.count > 1 ? String(fields[1]) : ""
        var base = fields.count > 6 ? String(fields[6]) : "*"
        if base == "*" || base.isEmpty { base = surface }
        let kind: Token.Kind
        switch pos {
        case "動詞": kind = .verb
        case "形容詞": kind = .adjective
        case "助動詞": kind = .auxiliary
        case "助詞": kind = detail == "接続助詞" ? .conjunctiveParticle : .particle
        case "記号": kind = detail == "読点" || detail == "句点" || detail == "括弧開" || detail == "括弧閉" ? .mark : .word
        case "名詞": kind = detail == "数" ? .number : .word
        default: kind = .word
        }
        return Token(lemma: Lemma.normalize(base), kind: kind, start: start, end: end)
    }
}
