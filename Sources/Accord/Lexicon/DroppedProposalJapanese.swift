/// Japanese sentences that report another party's proposal as dropped: 「…案は削除された」,
/// 「…条項の提案がございましたが、最終案には盛り込まれておりません」, 「…と提言したが、政府はこれを否定した」.
extension DroppedProposal {
    /// A proposal noun as the topic or subject (案は, 提案も, 提案が).
    static let japaneseProposalNouns = ["案", "提案", "草案", "原案", "構想", "選択肢", "意見", "要望", "修正案", "当初案", "提言", "要求", "要請",
                                        "議論", "案文", "表現", "文言", "記述", "論文", "一文", "記載",
                                        // and a scenario put forward: 「…米軍が主導する想定を示したが、政府はこれを採用していない」.
                                        "想定", "シナリオ",
                                        // and a tentative draft, a sounding out and a working paper: 「高村試案は…認めていたが、
                                        // …改められた」, 「米側の打診が残されているが、日本側はこれに応じなかった」.
                                        "試案", "私案", "打診",
                                        // (MeCab cuts 作業文書 into 作業 and 文書.)
                                        "文書"]
    /// Proposal nouns that name words of a text, which cannot delete anything themselves: as a
    /// topic they are the object of a rejection in the active too (「…との記述は、…により削除」,
    /// 「…の一文は…第4稿で削除しています」).
    static let japaneseTextNouns: Set<String> = ["案文", "表現", "文言", "記述", "一文", "記載"]
    /// Verbs that put a proposal forward, read as such when a contrastive particle follows them
    /// (提言したが, 求めたものの): the clause after it says what became of the proposal.
    static let japaneseProposalVerbs = Lemma.japanese(["提言", "提案", "主張", "要求", "要望", "求める", "示唆", "提起", "要請", "持ちかける",
                                                       // and of asking: 「…あり得るのか、と質問したが、防衛省は否定した」.
                                                       "質問", "質す", "問う",
                                                       // and of arguing and stating, which a contrast and a
                                                       // difference from the government's view set aside: 「…と論じて
                                                       // いるが、これは政府見解とは異なる」.
                                                       "論じる", "述べる"])
    /// Predicates that set a view apart from the government's after a contrast: 政府の立場とは異なる.
    static let japaneseDisagreements = Lemma.japanese(["異なる", "反する"])
    /// The particles that contrast two clauses, as the clause cutter knows them: 提言したが、….
    static let japaneseContrasts = TextAnalyzer.contrastiveParticles
    /// How far after the verb its contrast may stand: 求めたものの, and hearsay's 求めたとされるが.
    static let japaneseContrastReach = 7
    /// Verbs of being aware of a view, which its contrast may follow: 承知しておりますが.
    static let japaneseAwareness = Lemma.japanese(["承知", "認識"])
    /// Verbs that hand a proposal in: 要望を出す, 意見を提出する.
    static let japaneseSubmissions = ["出す", "提出", "表明", "寄せる", "示す"]
    /// Views voiced by another, which a contrast and a denial or rejection after it set aside:
    /// 「…との発言があったが、主催者側は…として退けた」.
    /// (And a debate, a view or a remark: 「一部で「核共有」の議論がありますが、政府としては…考えて
    /// おりません」, 「…と解する見解もあるが、…この理解は誤りである」.)
    static let japaneseVoicedViews: Set<String> = ["発言", "意見", "声", "主張", "議論", "見解", "指摘", "コメント"]
    /// How near the sentence's end a denial after the contrast must stand to be its main
    /// predicate (行わないと答えています: seven tokens).
    static let japaneseDenialReach = 10
    /// Particles that make what another party asks for the sentence's topic, and how far after the
    /// verb they may stand (求める地位協定の改定について).
    static let japaneseTopicMarkers: Set<String> = ["について", "に関して", "については", "に関しては"]
    static let japaneseTopicReach = 8
    static let japaneseRejections = Lemma.japanese(["削除", "撤回", "見送る", "退ける", "却下", "断念", "取り下げる", "否決", "廃案", "不採用", "削る",
                                                    "否定", "拒否", "拒む", "一蹴", "誤り",
                                                    // and declining: 「…と持ちかけられたが、私は…丁重に断った」.
                                                    "断る"])
    /// Verbs of correcting, which drop what a draft said only in the passive: 「…と記した原案は、
    /// 指摘を受けて修正されました」 (「原案を修正し、…を盛り込む」 writes it in).
    static let japaneseCorrections = Lemma.japanese(["修正", "訂正",
                                                     // and amending: 「原案では…とされていたが、最終的に「明白な危険」に改められた」.
                                                     "改める"])
    /// Or an adoption denied (採用していません, 採択されなかった, 盛り込まれておりません).
    static let japaneseAdoptions = Lemma.japanese(["採用", "採択", "受け入れる", "取り入れる", "採る", "盛り込む", "含める", "反映", "応じる",
                                                   "取り上げる", "入る", "含む", "立場", "方針", "考え"])
    /// Nouns that set a proposal aside without a passive: 見送り, 不採用; and 対象外 (協議の対象外と
    /// する), which MeCab cuts into 対象 and 外.
    static let japaneseNominalRejections = ["見送り", "不採用", "却下"]
    /// Words that name the proposal again as the object of a later predicate: これを拒否した.
    static let japaneseAnaphors = ["これ", "それ", "同案", "同提案"]
    /// How near the sentence's end the rejection must stand to be its main predicate (the Diet's
    /// 「採用しないことといたしたところでございます」 takes twelve tokens).
    static let japaneseEndReach = 14
    /// How far after its object (これを) a rejection may stand: 「これを明確に否定し」.
    static let japaneseObjectReach = 5
    /// How many tokens after an adoption its negation may stand: 立場/は/取っ/て/おり/ませ/ん.
    static let adoptionNegationReach = 6

    static func japaneseCue(in sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        let topic = sentence.first { index in
            japaneseProposalNouns.contains(tokens[index].lemma) && index + 1 < sentence.upperBound
                && tokens[index + 1].kind == .particle && ["は", "も", "が", "について", "については"].contains(tokens[index + 1].lemma)
        }
        // Or the draft as the place of what it said, which only a passive rejection or correction
        // drops: 「事務レベル案では米軍が…主導するシナリオが示されたが、…修正された」. (What such a
        // draft does not include is what it says: 「…案では、…を含まない」.)
        if let place = sentence.first(where: { index in
               japaneseProposalNouns.contains(tokens[index].lemma) && index + 2 < sentence.upperBound
                   && tokens[index + 1].kind == .particle && tokens[index + 1].lemma == "で" && tokens[index + 2].lemma == "は"
           }) {
            for index in max(place + 3, sentence.upperBound - japaneseEndReach)..<sentence.upperBound {
                let passive = tokens[(index + 1)..<sentence.upperBound].prefix(3).contains { Lemma.japanesePassives.contains($0.lemma) }
                if passive, japaneseRejections.contains(tokens[index].lemma) || japaneseCorrections.contains(tokens[index].lemma) {
                    return index..<(index + 1)
                }
            }
        }
        // A verb that puts it forward, or a proposal noun as the object of one that hands it in
        // (要望を県が国に出しましたが), with a contrast after it.
        let putForward = sentence.first { index in
            let proposes = japaneseProposalVerbs.contains(tokens[index].lemma) || japaneseVoicedViews.contains(tokens[index].lemma)
                || (japaneseSubmissions.contains(tokens[index].lemma)
                    && tokens[max(sentence.lowerBound, index - japaneseObjectReach - 2)..<index].contains { japaneseProposalNouns.contains($0.lemma) })
            guard proposes else { return false }
            // Awareness of the view may stand between: 「…との御意見があることは承知しておりますが、」.
            let reach = tokens[(index + 1)..<min(sentence.upperBound, index + japaneseContrastReach)]
            let end = reach.firstIndex { japaneseAwareness.contains($0.lemma) }.map { min(sentence.upperBound, $0 + japaneseContrastReach) }
                ?? reach.endIndex
            return tokens[(index + 1)..<end].contains { $0.kind == .conjunctiveParticle && japaneseContrasts.contains($0.lemma) }
        }
        // Or the topic another party asks for: 「沖縄県などが求める地位協定の改定について、…」.
        let demanded = sentence.first { index in
            japaneseProposalVerbs.contains(tokens[index].lemma) && tokens[index].kind == .verb
                && index + 1 < sentence.upperBound && tokens[index + 1].kind != .particle && tokens[index + 1].kind != .auxiliary
                && tokens[(index + 1)..<min(sentence.upperBound, index + 1 + japaneseTopicReach)].contains { japaneseTopicMarkers.contains($0.lemma) }
        }
        // Or a proposal or an argument as the object of the sentence's predicate: 「…浮上した「核共有」
        // 論を、首相は非核三原則を理由に退けた」.
        let object = sentence.first { index in
            (japaneseProposalNouns.contains(tokens[index].lemma) || ThirdPartyProposal.japaneseArguments.contains(tokens[index].lemma))
                && index + 1 < sentence.upperBound && tokens[index + 1].kind == .particle && tokens[index + 1].lemma == "を"
        }
        guard let anchor = [topic, putForward, demanded, object].compactMap({ $0 }).min() else { return nil }
        // The rejection as the sentence's main predicate.
        if topic != nil || demanded != nil || object != nil {
            let tail = max(anchor + 2, sentence.upperBound - japaneseEndReach)..<sentence.upperBound
            for index in tail {
                let passiveOnly = topic.map { !japaneseTextNouns.contains(tokens[$0].lemma) } ?? false
                if let rejected = rejects(at: index, before: sentence.upperBound, tokens, passiveOnly: passiveOnly) { return rejected }
            }
        }
        // After a proposal put forward and a contrast, a main predicate that is denied says it was
        // not taken up: 「…要望を県が国に出しましたが、国は、今回は改定を行わないと答えています」.
        if let putForward, let contrast = ((putForward + 1)..<sentence.upperBound).first(where: {
               tokens[$0].kind == .conjunctiveParticle && japaneseContrasts.contains(tokens[$0].lemma)
           }) {
            if let denial = ((contrast + 1)..<sentence.upperBound).last(where: { Lemma.japaneseNegations.contains(tokens[$0].lemma) }),
               sentence.upperBound - denial <= japaneseDenialReach {
                // (A view voiced is what the finding names: 「…との御意見がございますが、…考えておりません」.)
                return japaneseVoicedViews.contains(tokens[putForward].lemma) ? putForward..<(putForward + 1) : denial..<(denial + 1)
            }
            // Or a rejection as the main predicate: 「…あり得るのか、と質問したが、防衛省は否定した」.
            if let rejection = (max(contrast + 1, sentence.upperBound - japaneseDenialReach)..<sentence.upperBound).first(where: {
                japaneseRejections.contains(tokens[$0].lemma) || japaneseDisagreements.contains(tokens[$0].lemma)
            }) {
                return rejection..<(rejection + 1)
            }
        }
        // Or the proposal named again as the object of a later predicate: 政府はこれを拒否した.
        for index in (anchor + 1)..<sentence.upperBound where japaneseAnaphors.contains(tokens[index].lemma) {
            guard index + 1 < sentence.upperBound, tokens[index + 1].lemma == "を" else { continue }
            for verb in (index + 2)..<min(sentence.upperBound, index + 2 + japaneseObjectReach) {
                if let rejected = rejects(at: verb, before: sentence.upperBound, tokens, passiveOnly: false) { return rejected }
            }
        }
        return nil
    }

    /// A rejection at `index` (in the passive, unless the proposal is named as its object), or an
    /// adoption that a negation follows.
    private static func rejects(at index: Int, before end: Int, _ tokens: [Token], passiveOnly: Bool) -> Range<Int>? {
        let after = tokens[(index + 1)..<end]
        if japaneseNominalRejections.contains(tokens[index].lemma) { return index..<(index + 1) }
        if tokens[index].lemma == "対象", index + 1 < end, tokens[index + 1].lemma == "外" { return index..<(index + 2) }
        let passive = after.prefix(3).contains(where: { Lemma.japanesePassives.contains($0.lemma) })
        // A rejection denied is none: 「我が国はこれを拒むことができない」 binds Japan to the request.
        if (japaneseRejections.contains(tokens[index].lemma) && (!passiveOnly || passive)
            && !after.prefix(adoptionNegationReach).contains(where: { Lemma.japaneseNegations.contains($0.lemma) }))
            || (japaneseCorrections.contains(tokens[index].lemma) && passive) {
            return index..<(index + 1)
        }
        if japaneseAdoptions.contains(tokens[index].lemma), after.prefix(adoptionNegationReach).contains(where: { Lemma.japaneseNegations.contains($0.lemma) }) {
            return index..<(index + 1)
        }
        return nil
    }
}
