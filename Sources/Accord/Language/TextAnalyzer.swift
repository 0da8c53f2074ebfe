/// Cuts a free text into sentences and clauses of lemmatized tokens: English through the
/// Snowball stemmer, Japanese through MeCab. Offsets are UTF-8 offsets into the text.
enum TextAnalyzer {
    static func analyze(_ text: String) -> AnalyzedText {
        var analysis = words(text)
        cutClauses(&analysis)
        return analysis
    }

    /// The text's sentences of lemmatized tokens, not yet cut into clauses: most texts lack a
    /// concept that every query of theirs asks for, and are never read clause by clause.
    static func words(_ text: String) -> AnalyzedText {
        // Kana and kanji start at U+3041: a text with nothing that high (most English texts) is
        // not asked sentence by sentence, which was a pass over every scalar.
        let scalars = TextScalars(text)
        // Made inside the lemmatizer's loan and handed out of it: captured from outside, the
        // analysis was boxed for the closure and copied out, each of its arrays counted.
        return EnglishLemmatizerPool.with { lemmatizer in
            var analysis = AnalyzedText(text: text, tokens: [], sentences: [], clauses: [])
            // About one token in six bytes of English: room from the start, not grown as words come.
            analysis.tokens.reserveCapacity(text.utf8.count / 4)
            var mecabBytes: [UInt8]?
            for sentence in sentences(scalars) {
                let first = analysis.tokens.count
                let japanese = scalars.reachesKana && sentence.contains { Lemma.isKanaOrKanji(scalars[$0]) }
                if japanese {
                    if mecabBytes == nil { mecabBytes = forMeCab(scalars.bytes) }
                    let byteRange = scalars.offset(sentence.lowerBound)..<scalars.offset(sentence.upperBound)
                    switch JapaneseTagger.with({ $0.append(mecabBytes!, byteRange, to: &analysis.tokens) }) {
                    case .success:
                        takeLatinLemmas(&analysis.tokens, from: first, &lemmatizer)
                    case .failure(let error):
                        analysis.unreadable = error.message
                    }
                } else {
                    EnglishTokenizer.append(scalars, sentence, lemmatizer: &lemmatizer, to: &analysis.tokens)
                }
                guard analysis.tokens.count > first else { continue }
                analysis.sentences.append(first..<analysis.tokens.count)
                // Kept from the first Japanese sentence on: a text with none (most) makes no array.
                if japanese, analysis.japanese.isEmpty { analysis.japanese = Array(repeating: false, count: analysis.sentences.count - 1) }
                if japanese || !analysis.japanese.isEmpty { analysis.japanese.append(japanese) }
            }
            return analysis
        }
    }

    /// Cuts the sentences of `words(_:)` into clauses and segments, once.
    static func cutClauses(_ analysis: inout AnalyzedText) {
        guard analysis.clauses.isEmpty else { return }
        for (place, sentence) in analysis.sentences.enumerated() {
            let japanese = place < analysis.japanese.count && analysis.japanese[place]
            let clauses = clauses(SentenceTokens(analysis.tokens, sentence), from: sentence.lowerBound, japanese: japanese, text: analysis.text)
            analysis.clauses += clauses
            analysis.segments += clauses.flatMap { segments(analysis.tokens, $0, japanese: japanese) }
        }
    }

    /// The lemmas of a short phrase (a lexicon term), marks left out: its words as a text's words
    /// would be read, without cutting it into sentences and clauses. A lexicon holds thousands.
    static func lemmas(of phrase: String) -> Result<[String], JapaneseTagger.TaggerUnavailable> {
        var tokens: [Token]
        if phrase.unicodeScalars.contains(where: Lemma.isKanaOrKanji) {
            let bytes = forMeCab(Array(phrase.utf8))
            switch JapaneseTagger.with({ $0.tokens(bytes, 0..<bytes.count) }) {
            case .success(let found): tokens = found
            case .failure(let error): return .failure(error)
            }
            EnglishLemmatizerPool.with { takeLatinLemmas(&tokens, from: 0, &$0) }
            return .success(tokens.filter { $0.kind != .mark }.map(\.lemma))
        }
        let scalars = TextScalars(phrase)
        tokens = EnglishLemmatizerPool.with { EnglishTokenizer.tokens(scalars, 0..<scalars.count, lemmatizer: &$0) }
        return .success(tokens.filter { $0.kind != .mark }.map(\.lemma))
    }

    /// The text's bytes as MeCab reads them: it takes a line break for part of a word, and a
    /// blank of the same length keeps every offset.
    private static func forMeCab(_ text: [UInt8]) -> [UInt8] {
        // Copied whole and then changed in place: mapped byte by byte, the copy cost more than
        // tagging a short text.
        var bytes = text
        for index in bytes.indices where bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { bytes[index] = 0x20 }
        return bytes
    }

    /// Latin words inside Japanese ("SOFA", "Forces") take English lemmas: the tokens from
    /// `first` on, in place.
    private static func takeLatinLemmas(_ tokens: inout [Token], from first: Int, _ lemmatizer: inout EnglishLemmatizer) {
        for index in first..<tokens.count where tokens[index].lemma.utf8.allSatisfy({ ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x27 }) {
            tokens[index].lemma = lemmatizer.lemma(tokens[index].lemma[...])
        }
    }

    // MARK: Sentences

    /// Scalar ranges of the sentences: 。！？ end a Japanese sentence; . ! ? an English one unless
    /// an abbreviation or a lower-case word follows; a blank line or a list item starts a new one.
    static func sentences(_ scalars: TextScalars) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        // How many parentheses are open: 「核弾頭（…を含む。）の製造」 is one sentence, as Japanese
        // statutes write it. A line break closes them all, so that a stray one cannot join lines.
        var openParentheses = 0
        func cut(_ at: Int) {
            if at > start { ranges.append(start..<at) }
            start = at
        }
        while index < scalars.count {
            let scalar = scalars[index]
            // Letters, digits and most marks lie between "?" and the Japanese marks: nothing
            // there ends a sentence or a line, and the cases below are not asked of them.
            if scalar.value > 0x3F, scalar.value < 0x3002 {
                index += 1
                continue
            }
            switch scalar {
            case "(", "（":
                openParentheses += 1
            case ")", "）":
                openParentheses = max(0, openParentheses - 1)
            case "。" where openParentheses > 0:
                break
            case "。", "！", "？", "．":
                var end = index + 1
                while end < scalars.count, isClosing(scalars[end]) { end += 1 }
                cut(end)
                index = end
                continue
            case ".", "!", "?":
                var end = index + 1
                while end < scalars.count, isClosing(scalars[end]) { end += 1 }
                if endsEnglishSentence(scalars, period: index, after: end),
                   scalar != "?" || !isTopicFragment(scalars, from: start, mark: index, next: end) {
                    cut(end)
                    index = end
                    continue
                }
            case "\n":
                openParentheses = 0
                // A blank line, or a line that starts a list item.
                var next = index + 1
                while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" || scalars[next] == "\r" { next += 1 }
                if next < scalars.count, scalars[next] == "\n" || startsListItem(scalars, at: next) {
                    cut(index + 1)
                }
            default: break
            }
            index += 1
        }
        cut(scalars.count)
        return ranges
    }

    private static func isClosing(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", ")", "”", "’", "」", "』", "）", "]": return true
        default: return false
        }
    }

    private static func startsListItem(_ scalars: TextScalars, at index: Int) -> Bool {
        let scalar = scalars[index]
        if scalar == "・" || scalar == "•" || scalar == "○" || scalar == "●" { return true }
        if scalar == "-" || scalar == "*" { return index + 1 < scalars.count && scalars[index + 1] == " " }
        return false
    }

    /// Words of a question with a verb of its own, or one that asks ("What …?"): a "?" after them
    /// ends the sentence.
    static let questionWords: Set<String> = ["is", "are", "was", "were", "will", "would", "shall", "should", "can", "could", "may",
                                             "might", "must", "do", "does", "did", "has", "have", "had", "what", "who", "why", "how",
                                             "when", "where", "which", "whether", "isn't", "aren't", "won't", "don't", "doesn't"]
    /// Words that take up the topic a fragment named: "And the bombing of the launch sites? That's
    /// done by Japanese F-2s."
    static let topicPronouns: Set<String> = ["that", "it", "this", "those", "these", "they"]

    /// Whether the "?" at `mark` ends a spoken topic with no verb, which the next sentence's
    /// pronoun takes up: the two are one statement, not a question and an answer.
    private static func isTopicFragment(_ scalars: TextScalars, from start: Int, mark: Int, next end: Int) -> Bool {
        func words(_ range: Range<Int>) -> [String] {
            var words: [String] = [], word = ""
            for at in range {
                let scalar = scalars[at]
                if EnglishTokenizer.isWordScalar(scalar) || scalar == "'" || scalar == "’" {
                    word.unicodeScalars.append(scalar == "’" ? "'" : scalar)
                } else if !word.isEmpty {
                    words.append(word.lowercased())
                    word = ""
                }
            }
            if !word.isEmpty { words.append(word.lowercased()) }
            return words
        }
        let fragment = words(start..<mark)
        guard !fragment.isEmpty, !fragment.contains(where: questionWords.contains) else { return false }
        guard let following = words(end..<min(scalars.count, end + 12)).first else { return false }
        let pronoun = following.split(separator: "'").first.map(String.init) ?? following
        return topicPronouns.contains(pronoun)
    }

    /// Abbreviations that a period does not end a sentence after, lower case and without periods.
    static let abbreviations: Set<String> = [
        "art", "arts", "no", "nos", "para", "paras", "sec", "secs", "ch", "chap", "vol", "p", "pp", "fig", "cf", "v", "vs",
        "e.g", "i.e", "u.s", "u.n", "u.k", "mr", "ms", "mrs", "dr", "st", "gen", "adm", "lt", "col", "capt", "cmdr", "maj",
        "sgt", "rep", "sen", "gov", "approx", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "amb", "dept", "op", "ops", "cl", "cls", "subpara", "att", "encl", "incl", "excl",
        "resp", "govt", "intl", "amphib", "fwd", "spt", "msn", "reqd", "coord", "mil",
        // Citations: "see id. ¶ 4", "ibid. at 12", "Smith et al. argue".
        "id", "ibid", "al",
    ]

    private static let longestAbbreviation = abbreviations.map(\.unicodeScalars.count).max() ?? 0

    /// The abbreviations by their bytes, for a word of an ASCII text: its bytes lowered and looked
    /// up in place, where a String built, lowered and hashed at every period cost more than the
    /// rest of cutting the text into sentences. (The abbreviations are ASCII, and an ASCII word
    /// equals one exactly when its bytes do.)
    private static let abbreviationBytes: ByteTable<Bool> = {
        var table = ByteTable<Bool>(minimumCapacity: abbreviations.count)
        for abbreviation in abbreviations { table.set(Array(abbreviation.utf8), true) }
        return table
    }()

    /// Whether the word at `words` (scalars, not reaching past `longestAbbreviation`) is an abbreviation.
    static func isAbbreviation(_ scalars: TextScalars, _ words: Range<Int>) -> Bool {
        if scalars.isASCII {
            let lowered = scalars.bytes[words].lazy.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
            return abbreviationBytes[lowered] != nil
        }
        var word = ""
        for at in words { word.unicodeScalars.append(scalars[at]) }
        return abbreviations.contains(word.lowercased())
    }

    private static func endsEnglishSentence(_ scalars: TextScalars, period: Int, after end: Int) -> Bool {
        if end < scalars.count {
            let next = scalars[end]
            guard next == " " || next == "\n" || next == "\t" || next == "\r" || Lemma.isJapanese(next) else { return false }
        }
        guard scalars[period] == "." else { return true }
        // The word before the period.
        var wordStart = period
        while wordStart > 0, EnglishTokenizer.isWordScalar(scalars[wordStart - 1]) || scalars[wordStart - 1] == "." { wordStart -= 1 }
        // Lower case has at least as many scalars: a longer word is no abbreviation, and is not
        // built to be looked up.
        if period - wordStart <= longestAbbreviation, isAbbreviation(scalars, wordStart..<period) { return false }
        // The next word: a sentence starts with a capital, a digit, a quote or Japanese.
        var next = end
        while next < scalars.count, scalars[next] == " " || scalars[next] == "\n" || scalars[next] == "\t"
            || scalars[next] == "\r" || scalars[next].properties.isWhitespace { next += 1 }
        guard next < scalars.count else { return true }
        let first = scalars[next]
        if first.isASCII { return !(first.value >= 0x61 && first.value <= 0x7A) }
        return !first.properties.isLowercase
    }

    // MARK: Clauses

    /// Words before which an English clause starts: a contrast with a predicate of its own. A
    /// concession ("although", "even though") is not one: "will use force even though no armed
    /// attack has occurred" says one thing.
    static let clauseWords = LemmaList(["while", "whilst", "whereas", "but", "however"])
    static let however = LemmaList(["however"]).lemmas[0]

    /// Whether "however" at `index` is followed by one word and a comma: "Nor does U.S. support,
    /// however extensive, relieve Japan of …" ("However, the SDF …" opens a contrast).
    static func concedesADegree<Tokens: TokenSequence>(_ tokens: Tokens, after index: Int) -> Bool {
        index + 2 < tokens.count && tokens[index + 1].kind == .word && tokens[index + 2].kind == .mark && tokens[index + 2].lemma == ","
    }

    /// Words that open a predicate with no subject of its own: after ", and" or "but" they continue
    /// the clause before ("The SDF will deploy to the area, and will strike enemy bases").
    static let subjectlessOpeners = LemmaList(["will", "shall", "would", "may", "might", "must", "can", "could", "should", "is",
                                                "are", "was", "were", "has", "have", "had"])

    /// How many words a label before a colon may have: "JGSDF HIMARS: strike HVTs on the mainland",
    /// "SOFA Art. II facilities regime: amended per this OPORD".
    static let labelLength = 8
    /// How many words a value after a colon that ends its sentence may have: "…: United States.",
    /// "…: phase II."
    static let valueLength = 4

    /// Whether the colon at `colon` ends a short label that opens the sentence, which belongs to
    /// the clause after it as its subject or topic, as notes and orders write.
    private static func isLabel<Tokens: TokenSequence>(_ tokens: Tokens, colon: Int, clauseStart: Int) -> Bool {
        guard tokens[colon].lemma == ":" || tokens[colon].lemma == "：" else { return false }
        // A field and its short value, whatever the field's length: "Primary responsibility for
        // repelling an armed attack against Japan: United States."
        let value = tokens[(colon + 1)...].prefix { $0.kind != .mark }
        // The value may carry a short parenthesis: "…: USFJ (JSDF in support)."
        var rest = value.endIndex
        if rest < tokens.endIndex, tokens[rest].lemma == "(" || tokens[rest].lemma == "（",
           let close = tokens[rest...].prefix(valueLength + 2).firstIndex(where: { $0.lemma == ")" || $0.lemma == "）" }) {
            rest = close + 1
        }
        if !value.isEmpty, value.count <= valueLength, rest == tokens.endIndex || tokens[rest...].allSatisfy({ $0.kind == .mark }),
           !tokens[value.startIndex..<rest].contains(where: { subjectlessOpeners.contains($0.lemma) }) {
            return true
        }
        guard clauseStart == 0, colon <= labelLength else { return false }
        // A label names; words such as "will", "is" or "won't" make it a clause of its own ("Japan's
        // constitution won't stand in the way: …").
        return tokens[0..<colon].allSatisfy {
            ($0.kind == .word || $0.kind == .number) && !subjectlessOpeners.contains($0.lemma) && !labelNegations.contains($0.lemma)
        }
    }

    /// Negations that make the words before a colon a clause, not a label.
    static let labelNegations: Set<String> = ["not", "never"]

    /// Marks that end an English clause.
    static let clauseEnds = [";", ":", "—", "–", "；", "："]
    /// Both colons, for the readings of labels: compared by lemma, since MeCab gives the
    /// full-width colon as a word, not a mark.
    static let colons: Set<String> = [":", "："]

    /// The first colon among `range`'s tokens: where a label ends ("Key point:", 「対象外：」,
    /// "REPORTER:", "Sunagawa case (Supreme Court, 1959):").
    static func colon(in range: Range<Int>, of tokens: [Token]) -> Int? {
        range.first { colons.contains(tokens[$0].lemma) }
    }

    /// Predicates that end a frame rather than a clause of their own: 「武力攻撃の発生を受け、政府は
    /// …」 says when the government acts, as 「…際、」 does, and 「安保条約第5条に基づき、米国は…」 on
    /// what basis.
    static let framePredicates: Set<String> = ["受ける", "踏まえる", "経る", "うける", "限る", "基づく", "照らす"]

    /// Particles that join two clauses with their own subjects: 〜するが、〜 / 〜するものの、〜.
    static let contrastiveParticles: Set<String> = ["が", "けれど", "けれども", "けど", "ものの", "のに", "一方"]
    /// Conditionals that end a condition, not a clause: 〜ば、 and the auxiliaries' たら、 and なら、.
    static let conditionalParticles: Set<String> = ["ば"]
    static let conditionalForms: Set<String> = ["たら", "だら", "なら"]

    /// Whether a comma lists the verbs of one modal or negation: "did not involve, simulate or
    /// rehearse bringing …", "will amend, supplement or replace".
    static func listsVerbs<Tokens: TokenSequence>(_ tokens: Tokens, comma index: Int) -> Bool {
        guard tokens[index].lemma == ",", index >= 2, index + 2 < tokens.count,
              tokens[index - 1].kind == .word, tokens[index + 1].kind == .word,
              verbListOpeners.contains(tokens[index - 2].lemma)
        else { return false }
        return ["or", "and"].contains(tokens[index + 2].lemma)
    }

    static let verbListOpeners = LemmaList(["not", "never", "will", "shall", "would", "may", "must", "can", "could", "should", "to"])

    /// The nouns of "no choice but to", "no option but to", "nothing but".
    static let noChoice = LemmaList(["choice", "option", "alternative", "nothing"])

    /// The last token of a speaker's label that opens a sentence of the minutes: ○, the speaker, and
    /// a blank after them.
    static func speakerLabelEnd<Tokens: TokenSequence>(_ tokens: Tokens) -> Int? {
        guard tokens.count > 2, tokens[0].lemma == "○" else { return nil }
        return (1..<min(tokens.count - 1, speakerLabelReach)).first { tokens[$0].end < tokens[$0 + 1].start }
    }
    static let speakerLabelReach = 10

    /// Demonstratives that take up what the words before them said: そういう, こうした, and その or
    /// この before よう (MeCab cuts そのような into その, よう and な).
    /// (A quotative particle after 、 does the same: 「米軍が主役を担う、という読み方」; so does
    /// いわゆる, naming what came before: 「敵の領土を攻撃する、いわゆる『矛』の役割」.)
    static let resumptives: Set<String> = ["そういう", "そんな", "こういう", "こんな", "そうした", "こうした", "かかる",
                                           "いわゆる"]
    /// Quotative particles that take up what came before them after 、 (when a topic follows).
    static let quotativeResumptives: Set<String> = ["という", "といった", "との"]
    static let quotedNounLength = 3
    static let quotedNominalizers: Set<String> = ["こと", "わけ", "の", "もの"]
    static let likeDemonstratives: Set<String> = ["その", "この"]

    /// Whether the token at `index` opens a phrase that takes up what came before it.
    static func resumes<Tokens: TokenSequence>(_ tokens: Tokens, at index: Int) -> Bool {
        guard index < tokens.count else { return false }
        // (など may stand first: 「…変える、などという話は」.)
        if tokens[index].lemma == "など", index + 1 < tokens.count, quotativeResumptives.contains(tokens[index + 1].lemma) {
            return resumes(tokens, at: index + 1)
        }
        if quotativeResumptives.contains(tokens[index].lemma) {
            // Only a quotation that names its noun as a topic or an object: 「…担う、という読み方は」, not
            // 「…許されない、というのが政府の見解」, where the view's holder joins the clause.
            // Or one that a nominalizer and a copula make a predicate: 「…委ねる、ということでは
            // ございません」「…戦ってくれる、というわけではない」.
            if index + 2 < tokens.count, quotedNominalizers.contains(tokens[index + 1].lemma), tokens[index + 2].lemma == "だ" { return true }
            var next = index + 1
            while next < tokens.count, next <= index + quotedNounLength, tokens[next].kind == .word { next += 1 }
            return next > index + 1 && next < tokens.count && tokens[next].kind == .particle && ["は", "も", "を"].contains(tokens[next].lemma)
        }
        return resumptives.contains(tokens[index].lemma)
            || (likeDemonstratives.contains(tokens[index].lemma) && index + 1 < tokens.count && tokens[index + 1].lemma == "よう")
    }

    /// Token ranges (offset by `first`) of a sentence's clauses. English clauses end at `;` `:` and
    /// dashes and start at `clauseWords`; a Japanese clause ends at a contrastive particle and 、
    /// (行うが、), or at 、 after a predicate when what follows names a subject of its own
    /// (米軍が攻撃し、自衛隊は警戒する): a chain of predicates with one subject is one clause.
    static func clauses<Tokens: TokenSequence>(_ tokens: Tokens, from first: Int, japanese: Bool, text: String) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        let parenthetical = japanese ? [] : pairedDashes(tokens).union(insideParentheses(tokens))
        // "The SDF shall, beginning 1 October, and in coordination with USFJ, exercise …": a modal
        // right before a comma waits for its verb, and no comma before that verb opens a clause.
        var awaitingVerb = false
        let speaker = japanese ? speakerLabelEnd(tokens) : nil
        let dateline = japanese ? nil : datelineEnd(tokens, text: text)
        for (index, token) in tokens.enumerated() {
            // A wire story's dateline ("YOKOSUKA, Japan —") names where it was filed: its place is
            // no actor of the story.
            if index == dateline {
                ranges.append((first + start)..<(first + index + 1))
                start = index + 1
                continue
            }
            let held = awaitingVerb
            if !japanese { awaitingVerb = stillAwaitsItsVerb(tokens, at: index, awaiting: awaitingVerb, text: text) }
            if japanese {
                // The Diet's minutes name the speaker before a blank (「○政府参考人　…」): the name is
                // no actor of what is said.
                if index == speaker {
                    ranges.append((first + start)..<(first + index + 1))
                    start = index + 1
                    continue
                }
                guard token.kind == .mark, token.lemma == "、", index > 0 else { continue }
                let before = tokens[index - 1]
                // A topic set with については or につきましては is the topic of every clause of its
                // sentence: 「地位協定につきましては、…積み重ねてきたところでございますが、今般、その第二条…
                // を改正する」 speaks of the SOFA after its contrast too.
                let contrast = before.kind == .conjunctiveParticle && contrastiveParticles.contains(before.lemma)
                    && !opensWithATopic(tokens, before: index) && !presentsATopic(tokens, from: start, contrast: index - 1)
                // 「打撃力は米軍、自衛隊は守りに徹する」: a topic and a noun as its predicate, the
                // copula left out or in its continuative (「主役は陸上自衛隊で、米軍は…」), before a
                // topic of its own.
                let noun = before.kind == .word ? index - 1
                    : before.lemma == "で" && index >= 2 && tokens[index - 2].kind == .word ? index - 2 : nil
                // 「防空は自衛隊が、打撃力の使用は米軍がそれぞれ担う」: a topic and its actor with the
                // predicate they share left out until the last pair.
                // (The topic in the same stretch, since the last 、: 「この計画では、…責任が、」 is no pair.)
                let stretch = ((start..<index).last { tokens[$0].kind == .mark } ?? start - 1) + 1
                let gapped = before.kind == .particle && before.lemma == "が" && index > stretch + 2
                    && tokens[stretch..<(index - 1)].contains { $0.kind == .particle && $0.lemma == "は" }
                // 「米軍機が対地攻撃の訓練を行う一方で、航空自衛隊が…」: 一方 contrasts two clauses.
                let onTheOtherHand = noun.map { tokens[$0].lemma == "一方" } ?? false
                let nounPredicate = noun.map { noun in
                    !frameEnds.contains(tokens[noun].lemma) && noun > start
                        && (max(start, noun - nounPredicateReach)..<noun).contains { at in
                            tokens[at].kind == .particle && tokens[at].lemma == "は" && tokens[at + 1].kind == .word
                        }
                } ?? false
                // 「関係者によると、」「報道によれば、」 name a source; the clause goes on after them.
                let source = index >= 2 && ["と", "ば"].contains(before.lemma) && tokens[index - 2].lemma == "よる"
                // 「存立が脅かされるか否かを問わず、」「…にかかわらず、」: ず after a verb of regard
                // makes an adverb, no predicate.
                let regardless = index >= 2 && before.lemma == "ない" && regardlessVerbs.contains(tokens[index - 2].lemma)
                // 「…肩代わりさせる、そういう案ではない」: a demonstrative after 、 takes up what came before
                // as its noun's content, in one clause with it.
                let resumed = resumes(tokens, at: index + 1)
                // 「日本が攻撃を受ければ、自衛隊が撃退する」: a condition frames the clause after it, as
                // "If Japan is attacked, …" does in English.
                let condition = (before.kind == .conjunctiveParticle && conditionalParticles.contains(before.lemma))
                    || (before.kind == .auxiliary && conditionalForms.contains(surface(before, text)))
                if !resumed, !condition, contrast || ((before.kind.endsAPredicate && !framePredicates.contains(before.lemma) && !source && !regardless) || nounPredicate
                    || onTheOtherHand || gapped)
                    && namesASubject(tokens, after: index) {
                    ranges.append((first + start)..<(first + index + 1))
                    start = index + 1
                }
            } else if token.kind == .mark, clauseEnds.contains(token.lemma), !isLabel(tokens, colon: index, clauseStart: start),
                      !parenthetical.contains(index) {
                if index + 1 > start { ranges.append((first + start)..<(first + index + 1)) }
                start = index + 1
            } else if token.kind == .word, index > start, clauseWords.contains(token.lemma),
                      !(token.lemma == "but" && index + 1 < tokens.count && tokens[index + 1].lemma == "also"),
                      !(token.lemma == "but" && continuesThePredicate(tokens, after: index)),
                      !(token.lemma == "but" && endsInAPreposition(tokens, after: index)),
                      // "no choice but to enact": the infinitive after "but" is the predicate's own.
                      !(token.lemma == "but" && tokens[index - 1].kind == .word && noChoice.contains(tokens[index - 1].lemma)),
                      !(token.lemma == "while" && opensATimeClause(tokens, after: index, text: text)),
                      // "however extensive," concedes a degree inside the clause; it contrasts nothing.
                      !(token.lemma == however && concedesADegree(tokens, after: index)) {
                // "not only … but also" joins two objects of one predicate.
                ranges.append((first + start)..<(first + index))
                start = index
            } else if token.kind == .word, index > start + 1, tokens[index - 1].kind == .mark, !held,
                      tokens[index - 1].lemma == "," || tokens[index - 1].lemma == "，",
                      token.lemma == "and" || token.lemma == "or" || opensAResult(tokens, at: index),
                      !continuesThePredicate(tokens, after: index), !joinsFrontedPhrases(tokens, start: start, and: index),
                      !isParentheticalAlternative(tokens, at: index),
                      !closesAList(tokens, and: index, clauseStart: start, text: text) {
                // ", and" usually opens a clause with a subject of its own.
                ranges.append((first + start)..<(first + index))
                start = index
            } else if token.kind == .word, index > start + 1, token.lemma == "and", tokens[index - 1].kind == .word,
                      opensAJoinedClause(tokens, at: index + 1, clauseStart: start, text: text) {
                // "The SDF will repel the attack and U.S. forces will provide support": "and" alone
                // before a subject and a verb of their own.
                ranges.append((first + start)..<(first + index))
                start = index
            } else if token.kind == .word || token.kind == .number, index > start + 1, tokens[index - 1].kind == .mark, tokens[index - 1].lemma == ",", !held,
                      !listsVerbs(tokens, comma: index - 1),
                      opensAnAbsolutePhrase(tokens, at: index, text: text) || opensAnAgentPhrase(tokens, at: index, text: text)
                      || opensAJoinedClause(tokens, at: index, clauseStart: start, text: text)
                      || opensAnEnablingPhrase(tokens, at: index, text: text) {
                // "U.S. aircraft will use force against the attackers, Japan providing only logistics
                // support": the participle has a subject of its own.
                ranges.append((first + start)..<(first + index))
                start = index
            }
        }
        if start < tokens.count { ranges.append((first + start)..<(first + tokens.count)) }
        return ranges
    }

    /// Whether ", or" or ", and" at `index` opens a prepositional phrase closed by a comma, an
    /// alternative inside the clause: "on the basis of U.S. law, or of a bilateral instrument, in
    /// place of a Japanese statute".
    static func isParentheticalAlternative<Tokens: TokenSequence>(_ tokens: Tokens, at index: Int) -> Bool {
        guard index + 2 < tokens.count, sharedObjectPrepositions.contains(tokens[index + 1].lemma) else { return false }
        var next = index + 2
        while next < tokens.count, next <= index + alternativeLength, tokens[next].kind == .word { next += 1 }
        return next < tokens.count && next <= index + alternativeLength && tokens[next].kind == .mark && tokens[next].lemma == ","
    }
    /// How many words an alternative set off by commas may have.
    static let alternativeLength = 7

    /// Whether the words after "but" up to the next comma are a few that end in a preposition,
    /// which shares its object with the one before: "in coordination with, but independently of,
    /// the U.S. Seventh Fleet".
    static func endsInAPreposition<Tokens: TokenSequence>(_ tokens: Tokens, after index: Int) -> Bool {
        var next = index + 1
        while next < tokens.count, next <= index + 3, tokens[next].kind == .word { next += 1 }
        guard next > index + 1, next < tokens.count, tokens[next].kind == .mark, tokens[next].lemma == "," else { return false }
        return sharedObjectPrepositions.contains(tokens[next - 1].lemma)
    }

    static let sharedObjectPrepositions = LemmaList(["of", "with", "from", "to", "for", "by", "on", "in"])

    /// Pronouns and forms of "be" after which "while" tells when, not a contrast: "… by force while
    /// it is still being assembled" is one statement.
    static let timePronouns: Set<String> = ["it", "they", "this", "these", "those"]
    static let beForms: Set<String> = ["is", "are", "was", "were", "remains", "remain"]

    /// Whether "while" at `index` opens a clause of time: a participle after it ("while operating
    /// near the strait") or a pronoun and a form of "be" ("while it is still being assembled").
    static func opensATimeClause<Tokens: TokenSequence>(_ tokens: Tokens, after index: Int, text: String) -> Bool {
        guard index + 1 < tokens.count, tokens[index + 1].kind == .word else { return false }
        let next = surface(tokens[index + 1], text).lowercased()
        if next.hasSuffix("ing"), next.count > 4 { return true }
        guard index + 2 < tokens.count, timePronouns.contains(next) else { return false }
        return beForms.contains(surface(tokens[index + 2], text).lowercased())
    }

    /// Clause ends inside a pair of parentheses: "signed at Washington January 19, 1960 (11 UST
    /// 1632; TIAS 4509), shall henceforth be construed" is one clause.
    static func insideParentheses<Tokens: TokenSequence>(_ tokens: Tokens) -> Set<Int> {
        var inside = Set<Int>()
        var opening: Int?
        for (index, token) in tokens.enumerated() where token.kind == .mark {
            if token.lemma == "(" {
                opening = index
            } else if token.lemma == ")", let start = opening {
                inside.formUnion((start..<index).filter { tokens[$0].kind == .mark && clauseEnds.contains(tokens[$0].lemma) })
                opening = nil
            }
        }
        return inside
    }

    /// Dashes that enclose a parenthesis ("The U.S. military — the 7th Fleet, 5th Air Force and
    /// III MEF — will lead the fight"): two in a row with no other clause end between them. A lone
    /// dash ends a clause.
    static func pairedDashes<Tokens: TokenSequence>(_ tokens: Tokens) -> Set<Int> {
        var paired = Set<Int>()
        var open: Int?
        for (index, token) in tokens.enumerated() where token.kind == .mark && clauseEnds.contains(token.lemma) {
            let dash = dashes.contains(token.lemma)
            if let opening = open, dash {
                paired.formUnion([opening, index])
                open = nil
            } else {
                open = dash ? index : nil
            }
        }
        return paired
    }

    static let dashes: Set<String> = ["—", "–"]

    /// The last token of a dateline that opens an English sentence: a place in capitals, then
    /// names, an agency in parentheses and a dash ("YOKOSUKA, Japan -", "TOKYO (Reuters) —",
    /// "NAHA, Okinawa —"). Nil if the sentence opens otherwise.
    static func datelineEnd<Tokens: TokenSequence>(_ tokens: Tokens, text: String) -> Int? {
        guard tokens.count > 2, tokens[0].kind == .word, isWrittenInCapitals(tokens[0], text) else { return nil }
        var index = 1
        while index < min(tokens.count - 1, datelineLength) {
            let token = tokens[index]
            if token.kind == .mark, dashes.contains(token.lemma) { return index }
            let written = surface(token, text)
            guard token.kind == .mark ? [",", "(", ")"].contains(written) : startsWithCapital(token, text) else { return nil }
            if gapHoldsADash(after: index, tokens, text: text) { return index }
            index += 1
        }
        return nil
    }

    /// How many tokens a dateline may have before its dash.
    static let datelineLength = 8

    private static func isWrittenInCapitals(_ token: Token, _ text: String) -> Bool {
        let written = surface(token, text)
        return written.count >= 3 && written.allSatisfy { $0.isUppercase || $0 == "." }
    }

    /// Whether a hyphen or a dash stands alone between the token at `index` and the next: " - ".
    private static func gapHoldsADash<Tokens: TokenSequence>(after index: Int, _ tokens: Tokens, text: String) -> Bool {
        let utf8 = text.utf8
        let gap = String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: tokens[index].end)..<utf8.index(utf8.startIndex, offsetBy: tokens[index + 1].start)],
                         as: UTF8.self)
        return gap.contains(" - ") || gap.contains(" -- ") || gap.contains("—") || gap.contains("–")
    }

    /// How many words a noun that predicates a topic may have: 打撃力は米軍、 (the copula left out).
    static let nounPredicateReach = 3

    /// Particles that set a sentence's topic for all its clauses.
    static let topicSetters: Set<String> = ["について", "については", "につきましては", "に関して", "に関しては"]

    /// Verbs that MeCab leaves standing in a topic setter it cuts apart: に|つき|まし|て|は, に|関し|て.
    static let topicSetterVerbs: Set<String> = ["つく", "関する"]
    static let topicSetterReach = 5

    /// Whether the sentence's first segment, before `index`, ends with a topic setter and its 、.
    static func opensWithATopic<Tokens: TokenSequence>(_ tokens: Tokens, before index: Int) -> Bool {
        guard let comma = tokens[0..<index].firstIndex(where: { $0.kind == .mark && $0.lemma == "、" }), comma > 1 else { return false }
        let ending = tokens[max(0, comma - topicSetterReach)..<comma]
        if ending.contains(where: { topicSetters.contains($0.lemma) }) { return true }
        return ending.indices.dropLast().contains { at in tokens[at].lemma == "に" && topicSetterVerbs.contains(tokens[at + 1].lemma) }
    }

    /// Whether the words before a contrastive が only name a topic with a copula: 「安保条約の、特に
    /// 第5条の「…」という部分ですが、…読み替える」 speaks of Article 5 after it. A predicate of its
    /// own outside quotation marks (違法ですが、実施する has none; 実施しますが has one) makes a contrast.
    static func presentsATopic<Tokens: TokenSequence>(_ tokens: Tokens, from start: Int, contrast: Int) -> Bool {
        guard tokens[contrast].lemma == "が", contrast >= start + 2, copulas.contains(tokens[contrast - 1].lemma),
              tokens[contrast - 2].kind == .word, start == 0 else { return false }
        var quoted = 0
        for index in start..<(contrast - 1) {
            let lemma = tokens[index].lemma
            if lemma == "「" || lemma == "『" { quoted += 1 } else if lemma == "」" || lemma == "』" { quoted = max(0, quoted - 1) }
            if quoted == 0, [.verb, .adjective].contains(tokens[index].kind), !quotativeVerbs.contains(lemma) { return false }
        }
        return true
    }

    static let copulas: Set<String> = ["です", "だ", "でございます"]
    /// The verbs of という and とする, which name rather than predicate.
    static let quotativeVerbs: Set<String> = ["いう", "言う", "する"]

    /// Whether a modal still waits for its verb after the token at `index`: it starts waiting at a
    /// comma right after it ("shall,") and stops at a clause's end or at a lowercase word after a
    /// comma that opens no phrase, which is taken for the verb ("…, exercise the right").
    static func stillAwaitsItsVerb<Tokens: TokenSequence>(_ tokens: Tokens, at index: Int, awaiting: Bool, text: String) -> Bool {
        let token = tokens[index]
        if token.kind == .mark {
            if token.lemma == ",", index > 0, modals.contains(tokens[index - 1].lemma) { return true }
            // (So does a negated auxiliary: "the bill does not, in any section, contemplate …".)
            if token.lemma == ",", index > 1, tokens[index - 1].lemma == notLemma,
               modals.contains(tokens[index - 2].lemma) || negatedAuxiliaries.contains(tokens[index - 2].lemma) {
                return true
            }
            return awaiting && !clauseEnds.contains(token.lemma)
        }
        guard awaiting, index > 0, tokens[index - 1].kind == .mark, tokens[index - 1].lemma == "," else { return awaiting }
        let opensAPhrase = token.kind != .word || phraseOpeners.contains(token.lemma) || startsWithCapital(token, text)
        return opensAPhrase
    }

    /// The modals: a clause's predicate starts with one ("shall, …, exercise"; "…, the SDF and U.S.
    /// forces will settle").
    static let modals = LemmaList(["will", "shall", "would", "may", "might", "must", "can", "could", "should"])
    /// Auxiliaries that a "not" and a comma may leave waiting for their verb: "does not, in any
    /// section, contemplate".
    static let negatedAuxiliaries = LemmaList(["do", "does", "did"])
    static let notLemma = LemmaList(["not"]).lemmas[0]
    /// Words after a comma that open a phrase inside the clause rather than its verb.
    static let phraseOpeners = LemmaList(["and", "or", "in", "with", "beginning", "starting", "following", "under", "through",
                                          "subject", "as", "at", "on", "by", "for", "from", "during", "including", "together",
                                          "where", "when", "if", "which", "who", "the", "a", "an", "after", "before", "until",
                                          "upon", "within", "without", "once", "unless", "effective", "pursuant", "acting",
                                          "whenever", "not", "only", "also", "to"])

    /// Whether "so" or "yet" at `index`, after a comma, opens a clause of its own ("…, so
    /// anticipatory strikes are off the table"), not a degree ("so far", "so that", "so long as").
    static func opensAResult<Tokens: TokenSequence>(_ tokens: Tokens, at index: Int) -> Bool {
        guard resultConjunctions.contains(tokens[index].lemma), index + 1 < tokens.count, tokens[index + 1].kind == .word
        else { return false }
        return !degreeWords.contains(tokens[index + 1].lemma)
    }

    static let resultConjunctions = LemmaList(["so", "yet"])
    static let degreeWords = LemmaList(["that", "as", "far", "long", "much", "many", "few", "little", "too", "to", "doing"])

    /// Whether the English words after a conjunction go on with the same subject: "…, and will".
    static func continuesThePredicate<Tokens: TokenSequence>(_ tokens: Tokens, after index: Int) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].kind == .word && subjectlessOpeners.contains(tokens[index + 1].lemma)
    }

    /// Whether the Japanese words after `index`, up to the next 、 or the end, mark a subject or
    /// a topic (は, が) of their own.
    private static func namesASubject<Tokens: TokenSequence>(_ tokens: Tokens, after index: Int) -> Bool {
        // 「保有し、製造し、又はその持込みを認めることは、…ございません」: after a coordinator the
        // predicates go on, and a は further on is the topic of them all.
        if index + 1 < tokens.count, japaneseCoordinators.contains(tokens[index + 1].lemma) { return false }
        var next = index + 1
        var named = false
        while next < tokens.count, !(tokens[next].kind == .mark && tokens[next].lemma == "、") {
            if tokens[next].kind == .particle, tokens[next].lemma == "は" || tokens[next].lemma == "が" { named = true }
            next += 1
        }
        // A subject inside a frame (「…手段がない場合に限り、」) is the frame's, not a clause's.
        guard named, next < tokens.count else { return named }
        var last = next - 1
        while last > index, tokens[last].kind.isLight || framePredicates.contains(tokens[last].lemma) { last -= 1 }
        return !frameEnds.contains(tokens[last].lemma)
    }

    /// Words that end a Japanese frame of time or condition before its 、: 「武力攻撃を受けた際、」
    /// 「…場合、」「武力攻撃事態においては、」. The predicate after the frame is not the frame's, so
    /// a negation there does not reach back into it. (A topic such as 「…については、」 stays in
    /// the segment: 「核兵器の持ち込みについては、認めない」 negates what it names.)
    static let frameEnds: Set<String> = ["際", "場合", "とき", "時", "後", "段階", "局面", "において", "に際し", "に際して",
                                         "に当たって", "に当たり"]

    /// Verbs whose negative makes an adverb of regard: 問わず, かかわらず.
    static let regardlessVerbs: Set<String> = ["問う", "かかわる", "関わる", "拘わる"]

    /// Conjunctions that join two Japanese predicates into one: 又は, 及び, かつ.
    static let japaneseCoordinators: Set<String> = ["又は", "または", "及び", "および", "並びに", "若しくは", "もしくは", "かつ", "あるいは",
                                                    "或いは", "ならびに"]

    /// Whether the Japanese 、 at `comma` is followed by a coordinator, or by more predicates of a
    /// list, with no subject of their own, that a coordinator then joins: 「保有し、製造し、又は
    /// 持ち込む」.
    private static func listsBeforeACoordinator(_ tokens: [Token], comma: Int, _ clause: Range<Int>) -> Bool {
        var comma = comma
        while comma + 1 < clause.upperBound {
            if japaneseCoordinators.contains(tokens[comma + 1].lemma) { return true }
            guard let next = ((comma + 1)..<clause.upperBound).first(where: { tokens[$0].kind == .mark }),
                  tokens[next].lemma == "、", tokens[next - 1].kind.endsAPredicate,
                  !tokens[(comma + 1)..<next].contains(where: { $0.kind == .particle && ($0.lemma == "は" || $0.lemma == "が") })
            else { return false }
            comma = next
        }
        return false
    }

    /// A clause's segments: English cut at commas, Japanese at 、 after a predicate, a conjunctive
    /// particle or a frame of time or condition.
    static func segments(_ tokens: [Token], _ clause: Range<Int>, japanese: Bool) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = clause.lowerBound
        for index in clause where tokens[index].kind == .mark && index > clause.lowerBound {
            let cuts: Bool
            if japanese {
                guard tokens[index].lemma == "、" else { continue }
                var before = index - 1
                if before > clause.lowerBound, tokens[before].kind == .particle, tokens[before].lemma == "は" { before -= 1 }
                // 「使用し、又は収用する」: predicates joined by a conjunction share what ends the last.
                let joined = listsBeforeACoordinator(tokens, comma: index, clause)
                cuts = !joined && (tokens[index - 1].kind.endsAPredicate || frameEnds.contains(tokens[before].lemma))
            } else {
                cuts = tokens[index].lemma == "," || tokens[index].lemma == "，"
            }
            if cuts {
                ranges.append(start..<(index + 1))
                start = index + 1
            }
        }
        if start < clause.upperBound { ranges.append(start..<clause.upperBound) }
        return ranges
    }
}
