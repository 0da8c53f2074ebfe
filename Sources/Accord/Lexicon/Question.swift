/// A question proposes nothing: "Q: Will the SDF strike enemy bases?", 「問：自衛隊が敵の基地を攻撃
/// することはあるのか。」 — a Q&A sets out what it then answers. A negative Japanese question asserts
/// what it asks (「…すべきではないか」), and so counts.
enum Question {
    static let questionMarks: Set<Character> = ["?", "？"]
    /// How many tokens a speaker's label before a colon may take: "Q:", "Senator:".
    static let labelReach = 3
    /// The particle that ends a Japanese question: あるのか, 改正されるのか.
    static let japaneseQuestionParticle = "か"
    /// How near before the particle a negation makes the question assert: ではないか, ませんか.
    static let negationReach = 3

    /// Words that open an answer saying yes: the question's content is then asserted ("…という
    /// ことですか。○政府参考人　はい、そのように想定しております").
    static let yes: Set<String> = ["yes", "correct", "indeed", "affirmative", "はい", "ええ", "そのとおり", "その通り"]
    /// How many tokens may open the answer before its yes: a speaker's label (○政府参考人, A:).
    static let answerLabelReach = 4

    /// The words that make the question at the end of `sentence` a question that asserts
    /// nothing, if `clause` is the one that asks it and no answer says yes.
    static func cue(in clause: Range<Int>, sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        if let whether = indirectQuestion(opening: clause, sentence: sentence, text) { return whether }
        if let asked = askingClause(clause, sentence: sentence, text) { return asked }
        if let opener = invertedOpening(of: sentence, text) { return opener }
        if let tag = tagQuestion(ending: sentence, text) { return tag }
        if let problem = problemLabel(opening: sentence, text) { return problem }
        // A label asks for every clause of its sentence: "QUESTION: …; did you raise that?".
        return answeredYes(after: sentence, text) ? nil : questionLabel(opening: sentence, text)
    }

    /// Auxiliaries and question words that open an English direct question.
    static let questionOpeners: Set<String> = ["would", "will", "can", "could", "should", "shall", "may", "might", "must", "do",
                                               "does", "did", "is", "are", "was", "were", "has", "have", "had", "what", "how",
                                               "why", "when", "where", "which", "who"]
    /// How many words a short address or phrase may take before the question's comma: "Counsel,",
    /// "Madam Chair,", "In Phase II,".
    static let addressReach = 4

    /// The opener of an English sentence that is one question from its start, after a speaker's
    /// label and a short address: "JUSTICE DUMONT: Counsel, would the SDF be entitled to use force
    /// while other appropriate means were still available to it?" asks in every clause. (A negative
    /// one, "Counsel, wouldn't …?", is the negation's to read.)
    private static func invertedOpening(of sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard !text.isJapanese(sentence), endsWithQuestionMark(after: sentence, text), !answeredYes(after: sentence, text) else { return nil }
        var start = sentence.lowerBound
        if let label = sentence.prefix(labelReach + 1).first(where: { tokens[$0].kind == .mark && labelMarks.contains(tokens[$0].lemma) }) {
            start = label + 1
        }
        if let comma = (start..<min(sentence.upperBound, start + addressReach + 1)).first(where: { tokens[$0].kind == .mark }),
           tokens[comma].lemma == ",", tokens[start..<comma].allSatisfy({ $0.kind == .word }) {
            start = comma + 1
        }
        guard start + 1 < sentence.upperBound, questionOpeners.contains(text.quote(start..<(start + 1)).lowercased()),
              !["not", "n't"].contains(tokens[start + 1].lemma)
        else { return nil }
        return start..<(start + 1)
    }

    /// Short tags that ask, after a dash or a comma, whether all before them holds: "… — OK?",
    /// "…, right?".
    static let tags = LemmaList(["ok", "okay", "right", "correct", "true", "yes", "agreed", "fair", "lawful", "legal", "permissible",
                                 "allowed"])
    /// How many words a tag may have: "— lawful or not?" is three.
    static let tagLength = 3
    static let tagBreaks: Set<String> = [",", "—", "–", "--"]

    /// The tag of an English sentence that states something and then asks whether it holds:
    /// "Student hypo: a carrier with nuclear weapons aboard asks to enter Yokosuka — OK?" asks in
    /// every clause.
    private static func tagQuestion(ending sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard !text.isJapanese(sentence), endsWithQuestionMark(after: sentence, text), !answeredYes(after: sentence, text),
              let last = sentence.last(where: { tokens[$0].kind != .mark }),
              let tagBreak = (max(sentence.lowerBound, last - tagLength)..<last).last(where: { tokens[$0].kind == .mark }),
              tagBreaks.contains(tokens[tagBreak].lemma), tagBreak > sentence.lowerBound
        else { return nil }
        let tag = (tagBreak + 1)..<(last + 1)
        guard tokens[tag].allSatisfy({ $0.kind == .word }), tokens[tag].contains(where: { tags.contains($0.lemma) }) else { return nil }
        return tag
    }

    /// The words that make the question at the end of the sentence ask, if `clause` asks it.
    private static func askingClause(_ clause: Range<Int>, sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        // A question in a later clause asks about an earlier one that asserts: "政府案は、…行わせる
        // ものであるが、これは国際法上許容されるのか。"
        guard clause.upperBound == sentence.upperBound, !answeredYes(after: sentence, text),
              let last = sentence.last(where: { tokens[$0].kind != .mark }) else { return nil }
        let japanese = text.isJapanese(sentence)
        let endsInParticle = japanese && tokens[last].lemma == japaneseQuestionParticle
        let askedAtTheEnd = japanese && !endsInParticle ? askingRequest(endingAt: last, sentence, tokens) : nil
        if japanese, !endsInParticle, askedAtTheEnd == nil, let view = viewRequested(endingAt: last, sentence, tokens) {
            return view..<(view + 1)
        }
        guard endsInParticle || askedAtTheEnd != nil || endsWithQuestionMark(after: sentence, text) else { return nil }
        if japanese {
            let particle = askedAtTheEnd ?? last
            return assertsByNegation(endingAt: particle, sentence, tokens) ? nil : particle..<(particle + 1)
        }
        // The English question's first word after a label, as the finding quotes it: "Q: Will …".
        // (A negative one, "Shouldn't Japan …?", is the negation's to read.)
        let label = clause.prefix(labelReach).first { tokens[$0].kind == .mark && tokens[$0].lemma == ":" }
        guard let opener = clause.first(where: { tokens[$0].kind == .word && $0 > (label ?? -1) }) else { return nil }
        return opener..<(opener + 1)
    }

    /// The か of a sentence that ends by asking for its answer: 「…どのようにお考えか伺います」,
    /// 「…かお尋ねします」. Only the verb of asking and its endings stand after the か.
    private static func askingRequest(endingAt last: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Int? {
        var index = last
        var asks = false
        while index > sentence.lowerBound {
            let token = tokens[index]
            if askingRequests.contains(token.lemma) {
                asks = true
            } else if !(token.kind == .auxiliary || askingEndings.contains(token.lemma)) {
                break
            }
            index -= 1
        }
        // (A break may stand after the か: 「…べきか、お尋ねします」.)
        if asks, questionBreaks.contains(tokens[index].lemma), index > sentence.lowerBound { index -= 1 }
        return asks && tokens[index].kind == .particle && tokens[index].lemma == japaneseQuestionParticle ? index : nil
    }
    /// Nouns of a view or an answer that a question asks to be told: 「大臣のお考えをお聞かせください」,
    /// 「政府の見解を示されたい」, 「御所見を伺いたい」.
    static let viewNouns: Set<String> = ["考え", "見解", "所見", "認識", "見通し", "答弁", "説明", "方針", "御所見", "ご見解"]
    /// Verbs of telling or hearing a view (示し is MeCab's noun in お示し願います).
    static let tellingVerbs = Set(Lemma.japanese(["聞く", "示す", "伺う", "述べる", "説明", "答える", "聞かせる"])).union(["示し"])
    /// The endings of a request: お聞か/せ/ください, 示さ/れ/たい, お示し/願い/ます.
    static let requestEndings = Set(Lemma.japanese(["せる", "くださる", "たい", "願う", "れる", "られる", "ます", "いただく", "お", "する"]))
    /// How many tokens may stand after the view's を: お/聞か/せ/ください.
    static let requestLength = 6

    /// The view noun of a sentence that ends by asking to be told a view, whatever it names before:
    /// 「…の要望について、大臣のお考えをお聞かせください」 asserts nothing.
    private static func viewRequested(endingAt last: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Int? {
        guard let object = (max(sentence.lowerBound + 1, last - requestLength)..<last).first(where: { index in
                  tokens[index].kind == .particle && tokens[index].lemma == "を" && viewNouns.contains(tokens[index - 1].lemma)
              }),
              tokens[(object + 1)...last].contains(where: { tellingVerbs.contains($0.lemma) }),
              tokens[(object + 1)...last].allSatisfy({ tellingVerbs.contains($0.lemma) || requestEndings.contains($0.lemma) }),
              requestEndings.contains(tokens[last].lemma) && tokens[last].lemma != "する"
        else { return nil }
        return object - 1
    }

    /// What may stand around a verb of asking: the honorific お, する and its forms.
    static let askingEndings: Set<String> = ["お", "する", "いたす", "申し上げる"]

    /// An English sentence that opens with a question as its subject: "Whether anticipatory
    /// self-defense is lawful remains contested". "Whether or not consent is given, …" asks nothing.
    private static func indirectQuestion(opening clause: Range<Int>, sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard !text.isJapanese(sentence), tokens[sentence.lowerBound].lemma == "whether" else { return nil }
        // The question and its predicate end at the first clause that a comma or a semicolon ends:
        // "…, and the concept proposed here does not depend on it" asserts again.
        let clauses = text.clauses.filter { sentence.contains($0.lowerBound) }
        let end = clauses.first { clause in
            clause.last.map { tokens[$0].kind == .mark && [",", ";"].contains(tokens[$0].lemma) } ?? false
        }?.upperBound ?? sentence.upperBound
        guard clause.lowerBound < end else { return nil }
        let question = sentence.lowerBound..<end
        let orNot = question.dropLast().contains { tokens[$0].lemma == "or" && tokens[$0 + 1].lemma == "not" }
        return orNot ? nil : sentence.lowerBound..<(sentence.lowerBound + 1)
    }

    /// A question embedded as a topic or an object asks what it holds: 「先制的自衛の可否については、
    /// 学説の対立がある」「法的拘束力のある協定とすべきかどうかは、今後の検討課題」, "the question of
    /// whether Japan may strike first remains open". The cue, when every matched part stands
    /// inside the question, before its marker (Japanese) or after it (English).
    static func embeddedCue(holding matched: [Range<Int>], clause: Range<Int>, japanese: Bool, of text: AnalyzedText) -> Range<Int>? {
        guard let first = matched.map(\.lowerBound).min(), let last = matched.map(\.upperBound).max() else { return nil }
        let tokens = text.tokens
        if japanese {
            for index in clause where index >= last {
                if let named = namedQuestion(at: index, tokens, clause) ?? questionAbout(at: index, tokens, clause) { return named }
                guard let marker = japaneseQuestionMarker(at: index, tokens), marker.upperBound < clause.upperBound else { continue }
                let next = tokens[marker.upperBound]
                let asTopic = (next.kind == .particle && questionTopicParticles.contains(next.lemma)) || opensATopic(at: marker.upperBound, tokens)
                    || ["」", "』"].contains(next.lemma)
                    || questionBreaks.contains(next.lemma)
                return asTopic ? marker : nil
            }
            return nil
        }
        // English: a noun of debate and a preposition before "whether" ("as to" counts as one).
        // Or a verb of asking a few words before it: "A student once asked me whether America
        // shouldn't simply take charge".
        // A verb of asking before "what", "how" or "if" asks too: "Asked in committee what Japan
        // would do if …".
        func askedBefore(_ index: Int) -> Bool {
            tokens[max(clause.lowerBound, index - askingReach)..<index].contains { askingVerbs.contains($0.lemma) }
        }
        for index in clause where index < first && askedWords.contains(tokens[index].lemma) && askedBefore(index) {
            return index..<(index + 1)
        }
        // A question's noun before the preposition of what it is about: "A reporter's question in
        // mid-2015 about Japanese escorts …".
        for index in clause where index < first && aboutPrepositions.contains(tokens[index].lemma)
            && tokens[max(clause.lowerBound, index - askingReach)..<index].contains(where: { questionWords.contains($0.lemma) }) {
            return index..<(index + 1)
        }
        for index in clause where index < first && tokens[index].lemma == "whether" {
            // (Law writes the noun right before it too: "the question whether …".)
            let debated = (index >= clause.lowerBound + 2 && questionPrepositions.contains(tokens[index - 1].lemma)
                && debateNouns.contains(tokens[index - 2].lemma))
                || (index > clause.lowerBound && debateNouns.contains(tokens[index - 1].lemma) && tokens[index - 1].lemma != asLemma)
            // A preposition of subject matter asks whatever noun stands before it: "pressed at a
            // roundtable on whether …", "a fight over whether …" ("regardless of whether" and
            // "without regard to whether" ask nothing).
            let spokenOf = index > clause.lowerBound && (subjectPrepositions.contains(tokens[index - 1].lemma)
                || (index >= clause.lowerBound + 2 && tokens[index - 1].lemma == toLemma && tokens[index - 2].lemma == asLemma))
            let asked = askedBefore(index) || tokens[max(clause.lowerBound, index - askingReach)..<index].contains { weighingVerbs.contains($0.lemma) }
            guard debated || spokenOf || asked,
                  !(index + 2 < clause.upperBound && tokens[index + 1].lemma == "or" && tokens[index + 2].lemma == "not")
            else { continue }
            return index..<(index + 1)
        }
        return nil
    }

    /// A question whose topic the words are: 「…参加する可能性について質疑が行われ」. The cue is the
    /// question's noun, a few words after について or に関する with no predicate between.
    private static func questionAbout(at index: Int, _ tokens: [Token], _ clause: Range<Int>) -> Range<Int>? {
        guard opensATopic(at: index, tokens) else { return nil }
        // After a comma, only a question put to someone, further on: 「…の要望について、衆議院外務
        // 委員会で質疑が行われた」 (「…について、問題はない」 finds no fault).
        let comma = index + 1 < clause.upperBound && tokens[index + 1].kind == .mark && tokens[index + 1].lemma == "、"
        let start = comma ? index + 2 : index + 1
        let after = start..<min(clause.upperBound, start + 1 + (comma ? questionAfterCommaReach : questionHolderReach))
        for at in after {
            if (comma ? askedQuestionNouns : questionNouns).contains(tokens[at].lemma) { return at..<(at + 1) }
            if tokens[at].kind == .verb && !topicVerbs.contains(tokens[at].lemma) || tokens[at].kind == .mark { return nil }
        }
        return nil
    }

    /// A question named as one, whatever follows: 「…付与できるのかという点でございますが」,
    /// 「…かとのお尋ね」.
    private static func namedQuestion(at index: Int, _ tokens: [Token], _ clause: Range<Int>) -> Range<Int>? {
        guard tokens[index].lemma == japaneseQuestionParticle, tokens[index].kind == .particle else { return nil }
        // A question put to someone may follow its か at once: 「…武力の行使が可能か照会があったが」.
        if index + 1 < clause.upperBound, askedQuestionNouns.contains(tokens[index + 1].lemma) { return index..<(index + 2) }
        // MeCab gives という and との whole or in parts.
        var next = index + 1
        // (A comma may stand between: 「…のではないか、との質疑」.)
        if next + 1 < clause.upperBound, tokens[next].kind == .mark, tokens[next].lemma == "、" { next += 1 }
        if next < clause.upperBound, ["という", "との"].contains(tokens[next].lemma) {
            next += 1
        } else if next + 1 < clause.upperBound, tokens[next].lemma == "と", ["いう", "言う", "の"].contains(tokens[next + 1].lemma) {
            next += 2
        } else {
            return nil
        }
        // A few words may say whose question it is: 「…のではないかという委員の御懸念」.
        guard let noun = (next..<min(clause.upperBound, next + questionHolderReach + 1)).first(where: { questionNouns.contains(tokens[$0].lemma) })
        else { return nil }
        return index..<(noun + 1)
    }

    static let questionNouns: Set<String> = ["点", "問題", "質問", "尋ね", "お尋ね", "疑問", "問い", "御質問", "ご質問", "懸念", "心配", "照会", "問い合わせ", "質疑"]
    static let questionHolderReach = 4
    /// Nouns of a question put to someone, and how far after a topic's comma they may stand.
    static let askedQuestionNouns: Set<String> = ["質問", "お尋ね", "御質問", "ご質問", "照会", "問い合わせ", "質疑"]
    static let questionAfterCommaReach = 8

    /// かどうか, か否か, a noun of yes-or-no after の (可否, 是非, 当否), and a question put to someone
    /// to answer (「…どう受け止めておられるのか、お答えください」).
    private static func japaneseQuestionMarker(at index: Int, _ tokens: [Token]) -> Range<Int>? {
        if yesOrNoNouns.contains(tokens[index].lemma), index > 0, tokens[index - 1].lemma == "の" { return index..<(index + 1) }
        if tokens[index].lemma == japaneseQuestionParticle, tokens[index].kind == .particle, index + 1 < tokens.count,
           questionBreaks.contains(tokens[index + 1].lemma),
           tokens[(index + 2)..<min(tokens.count, index + 2 + answerRequestReach)].contains(where: { answerRequests.contains($0.lemma) })
            || namedAfterwards(from: index + 2, tokens) {
            return index..<(index + 1)
        }
        // A verb of asking right after か: 「…どのようにお考えか伺います」.
        if tokens[index].lemma == japaneseQuestionParticle, tokens[index].kind == .particle, index + 1 < tokens.count,
           askingRequests.contains(tokens[index + 1].lemma) {
            return index..<(index + 1)
        }
        // A quotation that ends in a question mark asks: 「「自衛隊は外国まで攻めに行くの？」とよく聞かれますが」.
        if tokens[index].kind == .mark, tokens[index].lemma == "?", index + 1 < tokens.count, ["」", "』"].contains(tokens[index + 1].lemma) {
            return index..<(index + 1)
        }
        // A quotation that ends in か asks: 「「ガイドラインは日本を法的に縛るのか」と聞かれますが」.
        if tokens[index].lemma == japaneseQuestionParticle, tokens[index].kind == .particle, index + 1 < tokens.count,
           ["」", "』"].contains(tokens[index + 1].lemma) {
            return index..<(index + 1)
        }
        // A predicate's か before a topic or case particle: 「いかなる事業を計上するかにつきましては」,
        // 「…存立危機事態に当たり得るかは、…争点となった」.
        // (Or after the の of のか: 「…拘束するのかが質され」.)
        let predicate = { (at: Int) in at >= 0 && (tokens[at].kind == .verb || tokens[at].kind == .auxiliary) }
        if tokens[index].lemma == japaneseQuestionParticle, tokens[index].kind == .particle, index > 0, index + 1 < tokens.count,
           predicate(index - 1) || (tokens[index - 1].lemma == "の" && predicate(index - 2)),
           opensATopic(at: index + 1, tokens) || (tokens[index + 1].kind == .particle && embeddedQuestionParticles.contains(tokens[index + 1].lemma)) {
            return index..<(index + 1)
        }
        guard tokens[index].lemma == japaneseQuestionParticle, index + 2 < tokens.count,
              tokens[index + 1].lemma == "どう" || tokens[index + 1].lemma == "否",
              tokens[index + 2].lemma == japaneseQuestionParticle
        else { return nil }
        return index..<(index + 3)
    }

    /// Whether the rest of the sentence names what came before as a question: 「…すべきなのか、これは
    /// 皆さんにも考えていただきたい問いなんです」.
    private static func namedAfterwards(from start: Int, _ tokens: [Token]) -> Bool {
        var index = start
        while index < tokens.count, !(tokens[index].kind == .mark && sentenceEnds.contains(tokens[index].lemma)) {
            if askingNouns.contains(tokens[index].lemma) { return true }
            index += 1
        }
        return false
    }

    /// The Japanese verbs of asking.
    static let japaneseAskingVerbs: Set<String> = ["問う", "尋ねる", "質す", "ただす"]
    /// Nouns of a question, and the verbs of asking: 「…どうするのか――国会では首相がこう問われる場面もあった」.
    static let askingNouns: Set<String> = japaneseAskingVerbs.union(["問い", "疑問"])
    /// Marks after a question's か that set it off from what names it: 、 and a dash (which MeCab
    /// reads as a word).
    static let questionBreaks: Set<String> = ["、", "――", "—", "―", "──"]
    /// Topic markers after which a bare か asks: 「…するかについては」, and 「…するかにつきましては」,
    /// which MeCab cuts into に, つく, ます, て, は.
    static let questionTopicMarkers: Set<String> = ["について", "については", "に関して", "に関しては"]
    static let topicVerbs: Set<String> = ["つく", "関する"]

    static func opensATopic(at index: Int, _ tokens: [Token]) -> Bool {
        guard index < tokens.count else { return false }
        if questionTopicMarkers.contains(tokens[index].lemma) { return true }
        return tokens[index].lemma == "に" && index + 1 < tokens.count && topicVerbs.contains(tokens[index + 1].lemma)
    }
    static let sentenceEnds: Set<String> = ["。", "？", "?", "！", "!"]

    static let yesOrNoNouns: Set<String> = ["可否", "是非", "当否", "是否"]
    /// Verbs that ask for an answer after a question and its 、: お答えください, 伺いたい.
    static let answerRequests: Set<String> = ["答える", "答え", "お答え", "伺う", "教える", "答弁", "説明", "見解",
                                              // and a written question's 「…か、明らかにされたい」「…か、示されたい」.
                                              "明らか", "示す", "回答"]
    static let answerRequestReach = 4
    /// Verbs that ask right after a question's か: the verbs of asking, 伺う and お尋ね(する).
    static let askingRequests: Set<String> = japaneseAskingVerbs.union(["伺う", "お尋ね"])
    /// What follows an embedded question that is a topic or an object: は, について, を, も, が.
    static let questionTopicParticles: Set<String> = ["は", "について", "については", "に関して", "を", "も", "が"]
    /// The particles that make a predicate's か a question it names: 〜かは, 〜かが, 〜かを.
    static let embeddedQuestionParticles: Set<String> = ["は", "が", "を"]
    /// "the question of whether", "debate over whether", "as to whether".
    static let questionPrepositions = LemmaList(["of", "on", "over", "about", "to"])
    static let askingVerbs = LemmaList(["ask", "wonder", "inquire", "enquire", "query"])
    static let askingReach = 4
    /// Nouns of a question put, and the prepositions of what it is about.
    static let questionWords = LemmaList(["question", "query", "inquiry", "enquiry", "questioning"])
    static let aboutPrepositions = LemmaList(["about", "regarding", "concerning"])
    /// Prepositions of subject matter before "whether": "on", "over", "about" ("of" and "to" ask
    /// only after a noun of debate or "as").
    static let subjectPrepositions = LemmaList(["on", "over", "about"])
    /// Verbs that weigh a question before "whether": "pressed him whether", "debated whether",
    /// "doubt whether".
    static let weighingVerbs = LemmaList(["press", "question", "debate", "discuss", "consider", "examine", "doubt"])
    private static let toLemma = LemmaList(["to"]).lemmas[0]
    static let askedWords = LemmaList(["what", "how", "if"])
    static let debateNouns = LemmaList(["question", "issue", "debate", "matter", "discussion", "decision", "uncertainty", "as"])
    private static let asLemma = LemmaList(["as"]).lemmas[0]

    /// Labels that open a question in a transcript or a Q&A: "QUESTION: …; did you raise that?",
    /// 「問：」「【設問】」. The whole sentence after one asks, whatever its clauses.
    static let questionLabels: Set<String> = ["question", "q", "問", "質問", "設問", "問い"]
    static let labelMarks: Set<String> = [":", "：", "】", "]"]
    /// Labels that a blank alone sets off when they open the sentence, as a Japanese Q&A writes
    /// them: 「Ｑ　指針ができると、…義務を負うことになるの？」.
    static let blankLabels: Set<String> = ["q", "問"]

    /// Labels of a problem set for study: "Problem 5:", "Past paper:", "Tutorial exercise:", "Hypo:".
    static let problemLabels = LemmaList(["problem", "hypo", "hypothetical", "quiz", "exam", "tutorial", "assignment", "paper"])
    /// Verbs that set the task after the problem's facts: "…; identify the defect", "… — explain why".
    static let taskVerbs = LemmaList(["identify", "explain", "discuss", "analyze", "analyse", "assess", "evaluate", "advise",
                                      "consider", "decide", "determine", "which", "what", "whether", "why", "how"])
    static let taskBreaks: Set<String> = [";", "—", "–", "--", ":"]

    /// The label of a problem for study that states its facts and then sets a task or asks about
    /// them: "Problem set 4: a bilateral plan names U.S. Forces Japan as the lead force …; identify
    /// the defect under Part V." The facts are posed, not proposed.
    private static func problemLabel(opening sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard !text.isJapanese(sentence),
              let colon = sentence.prefix(labelReach + 2).first(where: { tokens[$0].kind == .mark && labelMarks.contains(tokens[$0].lemma) }),
              let label = (sentence.lowerBound..<colon).first(where: { problemLabels.contains(tokens[$0].lemma) })
        else { return nil }
        let setsATask = ((colon + 1)..<sentence.upperBound).contains { index in
            index > colon + 1 && tokens[index - 1].kind == .mark && taskBreaks.contains(tokens[index - 1].lemma)
                && (taskVerbs.contains(tokens[index].lemma) || questionOpeners.contains(text.quote(index..<(index + 1)).lowercased()))
        }
        return setsATask ? label..<(label + 1) : nil
    }

    /// The label that opens the sentence as a question, when a question mark or か ends it.
    private static func questionLabel(opening sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard let label = sentence.prefix(labelReach).first(where: { questionLabels.contains(tokens[$0].lemma) }),
              label + 1 < sentence.upperBound,
              // (MeCab reads a full-width colon as a word.)
              labelMarks.contains(tokens[label + 1].lemma)
                || (label == sentence.lowerBound && blankLabels.contains(tokens[label].lemma) && tokens[label + 1].start > tokens[label].end),
              let last = sentence.last(where: { tokens[$0].kind != .mark })
        else { return nil }
        let japanese = text.isJapanese(sentence)
        let asks = endsWithQuestionMark(after: sentence, text) || (japanese && tokens[last].lemma == japaneseQuestionParticle)
        // Put by a questioner, 「…のではないか」 voices a suspicion and asks; 「…すべきではないか」
        // still urges.
        let negative = japanese && assertsByNegation(endingAt: last, sentence, tokens) && !voicesASuspicion(endingAt: last, sentence, tokens)
        return asks && !negative ? label..<(label + 1) : nil
    }

    /// Words of urging that make a negative question assert: すべきではないか.
    static let urgingWords: Set<String> = ["べし", "べき", "はず"]
    static let urgingReach = 8

    /// Whether a negative Japanese question is 「…のではないか」 (の or ん, then では or じゃ, then the
    /// negation), with no word of urging before it.
    private static func voicesASuspicion(endingAt last: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let negation = (max(sentence.lowerBound, last - negationReach)..<last).last(where: {
                  Lemma.japaneseNegations.contains(tokens[$0].lemma) && tokens[$0].kind != .word
              }),
              negation >= sentence.lowerBound + 3,
              let nominalizer = [negation - 3, negation - 2].first(where: { ["の", "ん"].contains(tokens[$0].lemma) }),
              tokens[(nominalizer + 1)..<negation].allSatisfy({ ["だ", "で", "は", "じゃ"].contains($0.lemma) })
        else { return false }
        return !tokens[max(sentence.lowerBound, nominalizer - urgingReach)..<nominalizer].contains { urgingWords.contains($0.lemma) }
    }

    /// Whether a Japanese question that ends at `last` is a negative one, which asserts what it
    /// asks (…すべきではないか, …ものではないか).
    private static func assertsByNegation(endingAt last: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        // The ん of んですか is a noun (のです), not a negation.
        tokens[max(sentence.lowerBound, last - negationReach)..<last].contains { Lemma.japaneseNegations.contains($0.lemma) && $0.kind != .word }
    }

    /// Whether the next sentence answers yes: "Yes, …", 「○防衛大臣　はい、…」, 「○政府参考人　御指摘の
    /// とおりでございます」.
    static func answeredYes(after sentence: Range<Int>, _ text: AnalyzedText) -> Bool {
        guard let place = text.sentences.firstIndex(of: sentence), place + 1 < text.sentences.count else { return false }
        let answer = text.sentences[place + 1]
        let tokens = text.tokens
        if answer.prefix(answerLabelReach + 1).contains(where: { yes.contains(tokens[$0].lemma) || yes.contains(text.quote($0..<($0 + 1))) }) {
            return true
        }
        // 「そのように整理しております」 affirms, 「そのようには考えておりません」 does not.
        if let so = answer.prefix(answerLabelReach + 2).first(where: { tokens[$0].lemma == "その" && $0 + 1 < answer.upperBound && tokens[$0 + 1].lemma == "よう" }),
           !tokens[so..<min(answer.upperBound, so + 12)].contains(where: { Lemma.japaneseNegations.contains($0.lemma) && $0.kind != .word }) {
            return true
        }
        return answer.prefix(answerLabelReach + 4).contains { index in
            tokens[index].lemma == "とおり" && index > answer.lowerBound
                && (tokens[index - 1].lemma == "その" || (index >= answer.lowerBound + 2 && tokens[index - 1].lemma == "の" && tokens[index - 2].lemma == "指摘"))
        }
    }

    /// Whether the first mark after the sentence's last token is a question mark.
    private static func endsWithQuestionMark(after sentence: Range<Int>, _ text: AnalyzedText) -> Bool {
        guard let last = sentence.last else { return false }
        // A Japanese sentence holds its ？ as a mark of its own.
        if text.tokens[last].kind == .mark, text.tokens[last].lemma == "?" { return true }
        let utf8 = text.text.utf8
        let rest = String(decoding: utf8[utf8.index(utf8.startIndex, offsetBy: text.tokens[last].end)...].prefix(8), as: UTF8.self)
        return rest.first(where: { !$0.isWhitespace && !"\"”'’)）」』".contains($0) }).map { questionMarks.contains($0) } ?? false
    }
}
