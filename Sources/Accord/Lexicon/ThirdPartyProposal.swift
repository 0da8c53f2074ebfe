/// What someone outside the two governments wants is reported, not proposed, whether or not anyone
/// rejects it: "Some lawmakers have called for revising the SOFA", "A think tank urged Tokyo to
/// acquire strike weapons", 「一部の識者は、核の持ち込みを認めるべきだと主張している」,
/// 「…すべきだとの声もある」.
enum ThirdPartyProposal {
    /// Who stands outside the two governments and their plan.
    static let englishParties = LemmaList(["critic", "analyst", "commentator", "expert", "scholar", "academic", "lawmaker",
                                           "legislator", "backbencher", "opposition", "activist", "governor", "prefecture",
                                           "columnist", "pundit", "hawk", "someone", "somebody", "observer", "tank", "panel",
                                           "senator", "congressman", "congresswoman", "parliamentarian", "politician", "researcher",
                                           "professor", "advocate", "proponent", "opponent", "skeptic", "sceptic", "some", "others",
                                           "editorial", "former", "assembly", "mayor", "resident", "union", "ngo", "group",
                                           "panelist", "panellist", "participant", "member", "protester", "protestor",
                                           "demonstrator", "press", "media", "newspaper", "retired", "community", "citizen", "few", "many", "several",
                                           "municipality", "voice", "caucus", "assemblyman", "assemblywoman", "councillor",
                                           "councilor", "tabloid", "magazine", "blogger", "hardliner", "reporter", "journalist",
                                           "correspondent", "discussant", "commenter", "counsel", "strategist", "people", "gov", "sen",
                                           "contractor", "industry", "lobbyist", "guest",
                                           "network", "movement", "stakeholder", "interviewee",
                                           // and those who speak at a hearing or for an office, whose words the text
                                           // reports: "one outside witness suggested that …", "one speaker proposed …",
                                           // and a legislature's staff ("a congressional staffer suggested …"; an aide
                                           // may be the planners' own: "An aide proposed …, and the ministry welcomed it").
                                           "speaker", "witness", "spokesman", "spokeswoman", "spokesperson", "staffer",
                                           // and the share of a poll's answers: "a majority of respondents favour …".
                                           "minority", "majority", "respondent",
                                           // and a court, whose reasons restate the law or a party's case: "The court
                                           // explained that …", "As the judgment explains, …". ("Delegate" is also the verb
                                           // of handing a task over, and stays out.)
                                           "court", "bench", "tribunal", "judgment", "ruling",
                                           // and the parties to a case, whose arguments a court states before it rules:
                                           // "The appellants' further contention, that the agreement tacitly permits …".
                                           "appellant", "appellee", "petitioner", "plaintiff", "complainant", "claimant",
                                           "amicus", "amici", "intervener", "intervenor",
                                           // and the voices a forum, a class or an exam answers: "Another answer here claims
                                           // …", "Some posters argue …", "A candidate who concludes that … is mistaken".
                                           "answer", "poster", "candidate", "student", "couple", "reader",
                                           // and the governments and the host prefecture outside the two governments' plan:
                                           // "Beijing has called the patrols a violation of China's sovereignty".
                                           "beijing", "china", "pyongyang", "moscow", "kremlin", "russia", "okinawan",
                                           // and what a campaign or a paper puts out: "A campaign video claims the
                                           // Guidelines …", "A Global Times commentary accused the patrol of …".
                                           "video", "commentary", "leaflet", "pamphlet", "tweet",
                                           // and those who write for a magazine: "A Bungei Shunju contributor went further,
                                           // insisting that …"; and cadets at a debate, and a party's faction. (Not "essay":
                                           // "This essay advocates …" is the writer's own.)
                                           "contributor", "essayist", "cadet", "faction"])
    /// Verbs of putting forward or wanting, and of holding a view, which is as much another's:
    /// "critics in the Diet see the decision as stretching Article 9".
    static let englishVerbs = LemmaList(["propose", "suggest", "call", "urge", "want", "argue", "advocate", "demand", "press", "pitch",
                                         "recommend", "favor", "favour", "float", "push", "seek", "contend", "claim", "insist",
                                         "lobby", "ask", "wish", "envisage", "envision", "tell", "say", "offer", "introduce",
                                         "sponsor", "table", "see", "view", "regard", "consider", "describe", "criticize",
                                         "criticise", "charge", "accuse", "warn", "fear", "quote",
                                         // and of musing or supposing: "some think-tank muses aloud about a Japanese bomb",
                                         // "residents assumed the Guidelines required…", "hawks would like the SDF to fire".
                                         "muse", "speculate", "assume", "believe", "read", "like", "imagine", "allege",
                                         "posit", "postulate", "hypothesize", "hypothesise",
                                         // and of defending a view: "one discussant defended anticipatory self-defence".
                                         "defend", "think",
                                         // and of testifying and writing: "scholars testified that the bills were
                                         // unconstitutional", "commentators have written as though U.S. forces would …".
                                         "testify", "write", "conclude",
                                         // and of bringing an old idea back: "someone revives 'nuclear sharing'".
                                         "revive",
                                         // and of rejecting a view, which is as much the party's own report of it:
                                         // "Panelists rejected the notion that the Seventh Fleet …".
                                         "reject", "dismiss",
                                         // and of complaining: "Some U.S. lawmakers grumble that America …".
                                         "grumble", "complain", "lament",
                                         // and of remarking, explaining and restating: "the court noted that …", "a
                                         // journalist raised the prospect of …", "the ruling repeats that …" (not "note", which
                                         // labels: "Industry note: …", "Counsel should note that …").
                                         "explain", "recall", "repeat", "raise", "observe",
                                         // and of reporting and portraying: "A Japanese newspaper reported that the
                                         // two sides had agreed to …", "Some in Beijing portray the Guidelines as …".
                                         "report", "portray", "characterize", "characterise", "depict", "paint", "cast",
                                         // and of outlining: "one analyst sketched a Japanese first strike".
                                         "sketch", "outline",
                                         // and of predicting: "A newspaper editorial predicted that the three
                                         // conditions would be brushed aside".
                                         "predict", "forecast",
                                         // and of pleading a case: "The plaintiffs submit that the 2015 legislation …".
                                         "submit", "maintain"])
    /// Verbs that refuse what comes after them: "the two governments have declined to take up".
    static let refusals = LemmaList(["decline", "refuse", "fail"])
    /// Words that make an adoption that of another course: "have instead pursued", "rather adopt".
    static let alternatives = LemmaList(["instead", "rather"])
    static let without = LemmaList(["without"]).lemmas[0]
    /// Nouns of a proposal whose party follows them: "Proposals from some legislators that …".
    static let englishProposalNouns = LemmaList(["proposal", "call", "demand", "suggestion", "idea", "plea", "appeal", "amendment",
                                                 "bill", "push", "recommendation",
                                                 // and an argument put to a court: "the contention of the appellants".
                                                 "contention", "argument", "assertion", "claim",
                                                 // and a view held among a party: "A view once current among Japanese critics held that …".
                                                 "view",
                                                 // and a letter or a petition sent in: "The open letter from a Naha citizens'
                                                 // network … read the cabinet decision as …".
                                                 "letter", "petition"])
    /// How far after a party's possessive its proposal noun may stand: "the appellants' further contention".
    static let possessiveReach = 3
    static let articles = LemmaList(["the", "a", "an"])
    static let englishFromWords = LemmaList(["from", "by", "of", "among"])
    /// How far before its party a proposal noun may stand.
    static let proposalNounReach = 5
    /// How far into its clause the party may stand ("Some in Congress", "A Tokyo think tank"), and
    /// how far after it its verb ("have long called for").
    static let partyReach = 6
    static let verbReach = 6
    static let belongingReach = 2

    static let japaneseParties: Set<String> = ["識者", "専門家", "有識者", "野党", "評論家", "論者", "知事", "研究者", "学者", "一部",
                                               "報道", "議員", "推進派", "反対派", "保守派", "タカ派", "知り合い", "知人", "友人", "政治家",
                                               "ob", "県", "参考人", "市民", "団体",
                                               // and the press: 「…と書き立てた新聞もあったが」. (Not 党: 「我が党は…
                                               // 提案いたします」 is the writer's own.)
                                               "新聞", "マスコミ", "メディア",
                                               // and research bodies and their reports: 「ある米国のシンクタンクの報告書は、…と提言している」.
                                               "シンクタンク", "研究機関", "報告書", "研究員",
                                               // and officers of the other side, whose remarks the text quotes:
                                               // 「ある米海兵隊の将校は「…」と言い張ったが」.
                                               "将校", "提督",
                                               // and the heads of local government (MeCab keeps 県知事 whole):
                                               // 「沖縄県知事は地位協定の抜本改定を求めた」.
                                               "県知事", "都知事", "府知事", "道知事", "市長", "町長", "村長", "首長",
                                               // and a party's argument as a court states it, and a doctrine's
                                               // (MeCab cuts 反対説 into 反対 and 説): 「所論は、…というのであるが」.
                                               "所論", "論旨", "原告", "被告", "説", "学説",
                                               // and the judgment below that a higher court reviews: 「原審は、…と判断したが」.
                                               "原審", "原判決", "控訴審", "一審", "上告人", "控訴人",
                                               // and a lecturer on air: 「…と講師は番組の中で解説した」. (Not 幹部, who may
                                               // be the planners' own: 「幹部は、…と明記する方向だと述べた」.)
                                               "講師"]
    static let japaneseVerbs = Set(Lemma.japanese(["主張", "求める", "提言", "提案", "要求", "唱える", "訴える",
                                                   // (MeCab gives 唱えている the base form 唱う.)
                                                   "唱う", "要望", "言う", "指摘", "そろえる",
                                                   // and of arguing a case: 「…と説く論者もいるが」, 「…べきだと論じている」.
                                                   "説く", "論じる",
                                                   // and of telling and insisting: 「…と語った」, 「…と言い張ったが」.
                                                   "語る", "言い張る",
                                                   "追及", "批判", "非難", "反論", "述べる", "判断",
                                                   // and of asking and of reporting: 「…に当たるのではないかと質した」,
                                                   // 「一部報道で…が伝えられたが」.
                                                   "要請", "質す", "ただす", "問う", "伝える", "報じる",
                                                   // and of a platform: 「一部の政党は…改定を公約に掲げていますが」.
                                                   "掲げる",
                                                   // and of fearing: 「市民団体は、…容認されかねないと懸念を示している」.
                                                   "懸念", "危惧",
                                                   // and of clamouring in print or aloud: 「…と書き立てた新聞もあったが」,
                                                   // 「…と息巻く論者もいるが」.
                                                   "書き立てる", "息巻く", "騒ぐ", "叫ぶ", "吹聴", "喧伝", "煽る", "放言",
                                                   // and of warning and protesting: 「市民団体の声明は、…歯止めにならないと警告した」.
                                                   "警告", "抗議",
                                                   // and of advocating: 「一部の論者は核共有の導入を提唱したが」.
                                                   "提唱",
                                                   // and of writing in, raising and remarking: 「…べきだと寄稿したが」,
                                                   // 「…の議論を提起したが」, 「…と発言したが」, 「…と講師は解説した」.
                                                   "寄稿", "提起", "発言", "解説"]))
    /// Verbs of asking, which quote a question: 「…のかと問うている」, 「…ではないかと迫った」.
    static let askingVerbs = Set(Lemma.japanese(["問う", "質す", "ただす", "尋ねる", "迫る", "追及", "質問", "問いただす", "詰め寄る"]))
    /// Nouns of a view held by some, as in 「…すべきだとの声もある」「…という意見がある」, and the
    /// people who hold one (「…という議員さんもいますが」; MeCab may cut 政治家 into 政治 and 家).
    static let japaneseViews: Set<String> = ["声", "意見", "議論", "見方", "考え", "報道", "指摘", "発言", "論", "質問", "主張", "批判", "評価", "思い込み", "誤解", "俗説",
                                             "見解", "所論", "学説", "説",
                                             // and the forms a view takes when it is sent in: 「…改定を求める要請が寄せられている」
                                             "要請", "要望", "要求", "投書", "意見書", "陳情", "請願", "申し入れ", "声明", "決議", "注文", "懸念",
                                             "人", "方", "議員", "政治家", "識者", "論者", "専門家", "家", "者", "知人", "友人", "知り合い",
                                             "同僚",
                                             // and what is posted or printed: 「…という乱暴な書き込みがあふれているが」.
                                             "書き込み", "投稿", "論調", "言説", "解説",
                                             // and words spoken: 「…任せておけばよい、という知人の言葉に耳を疑った」.
                                             "言葉"]
    static let personSuffixes: Set<String> = ["家", "者"]
    /// The writer and the writer's side, whose views a text states as its own.
    static let firstPersons: Set<String> = ["私", "わたし", "我々", "われわれ", "私ども", "当方", "小職", "僕", "我が方"]
    /// How many words may name who holds the view: との一部政治家の発言.
    static let japaneseViewHolderLength = 4
    /// How far after the view its topic particle or contrast may stand: 「…という声を若い隊員から
    /// 聞いたことがあるが、」.
    static let viewContrastReach = 12
    /// Nouns that make the words before them an argument some hold: 先制攻撃論, 核武装論者.
    static let japaneseArguments: Set<String> = ["論", "論者"]
    /// The quotative particle, written or spoken: と, って (「…って言う人もいるけど」).
    static let quotatives: Set<String> = ["と", "って"]
    /// The quotatives of hearsay, とか as well: 「『…』とか言われてますけど」.
    static let hearsayQuotatives: Set<String> = ["と", "って", "とか"]
    /// The words between a quotation's と and the view it names: の, いう, する (MeCab cuts との
    /// and という), and a verb of thinking (「…だと考える回答者が少なくなかった」, 「…と思う人もいる」).
    static let japaneseQuotativeLinks: Set<String> = ["の", "いう", "言う", "する", "という", "との", "考える", "思う"]
    /// How near the sentence's end its verb must stand: 「…と主張している」.
    static let japaneseEndReach = 8
    /// The verbs of a closing 「…と考えております」, and how far from the end its と may stand.
    static let thinkingVerbs: Set<String> = ["考える", "思う", "存ずる"]
    static let japaneseWrapperReach = 8

    /// The words that put the hit's content in a third party's mouth, if they do and nothing after
    /// it takes the proposal up ("…, and Tokyo will take up the request", 「国はこれを受け入れます」).
    static func cue(holding parts: [Range<Int>], clause: Range<Int>, sentence: Range<Int>, japanese: Bool, of text: AnalyzedText) -> Range<Int>? {
        guard let first = parts.map(\.lowerBound).min(), let last = parts.map(\.upperBound).max(),
              let cue = speakerLabel(before: first, sentence: sentence, text)
                ?? (japanese ? japaneseCue(first: firstSaid(parts, sentence: sentence, text.tokens) ?? first, last: last, sentence: sentence, text)
                             : quotedThenAttributed(last: last, sentence: sentence, text) ?? englishCue(parts, clause: clause, text)),
              // After what is proposed: "… that Japan should accept legal obligations" adopts nothing.
              !takenUp(after: max(cue.upperBound, last), sentence: sentence, japanese: japanese, text)
        else { return nil }
        return cue
    }

    /// Where the words the party says begin, when the first matched words name the party itself
    /// before its の: 「米国の一部の専門家は米軍主導による日本防衛を唱えている」 names the experts by
    /// their country. Nil when no matched word names a party.
    private static func firstSaid(_ parts: [Range<Int>], sentence: Range<Int>, _ tokens: [Token]) -> Int? {
        let said = parts.filter { part in
            !(part.upperBound < sentence.upperBound && tokens[part.upperBound].lemma == "の"
              && ((part.upperBound + 1)..<min(sentence.upperBound, part.upperBound + 2 + japaneseViewHolderLength)).contains { isJapaneseParty($0, tokens) })
        }
        guard said.count < parts.count else { return nil }
        return said.map(\.lowerBound).min()
    }

    /// Who speaks, named as a transcript names a speaker other than the writer: 「議員：…」,
    /// "REPORTER: …".
    static let speakers: Set<String> = ["議員", "委員", "記者", "質問者", "reporter", "questioner", "q",
                                        // and a broadcast debate's: "PANELIST (opposition, 5 October 2014): …".
                                        "panelist", "panellist",
                                        // and a fact check's label of what it checks: "Claim: \"…\" Rating: False.",
                                        // "MYTH: …".
                                        "claim", "allegation", "myth", "rumor", "rumour"]
    /// How long a parenthesis after a speaker's label may be: "(opposition, 5 October 2014)".
    static let labelParenthesisLength = 10
    static let speakerLabelLength = 3
    /// A member's name with its 君: a family and a given name, which MeCab may cut further.
    static let memberSuffix = "君"
    static let memberLabelLength = 5

    /// The speaker's label that opens the hit's sentence, if another party speaks it.
    private static func speakerLabel(before first: Int, sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        // The Diet's minutes set the speaker off with ○ and a blank: 「○木村委員　…そういう懸念が
        // あるんですよ、総理。」; a member may be named with 君 alone (「○井上哲士君　」). The
        // government's speakers give their office and their name in parentheses (「○国務大臣（中谷元君）」,
        // no blank after 君), and they answer.
        if tokens[sentence.lowerBound].lemma == "○",
           let speaker = (sentence.lowerBound..<min(first, sentence.lowerBound + memberLabelLength + 1)).first(where: { index in
               (speakers.contains(tokens[index].lemma) && index <= sentence.lowerBound + speakerLabelLength) || tokens[index].lemma == memberSuffix
           }),
           speaker + 1 <= first, tokens[speaker + 1].start > tokens[speaker].end, !Question.answeredYes(after: sentence, text) {
            return speaker..<(speaker + 1)
        }
        if let colon = TextAnalyzer.colon(in: sentence.lowerBound..<min(first, sentence.lowerBound + speakerLabelLength + 1), of: tokens),
           let speaker = (sentence.lowerBound..<colon).first(where: { speakers.contains(tokens[$0].lemma) }) {
            return speaker..<(speaker + 1)
        }
        // A label that a parenthesis describes before its colon: "PANELIST (opposition, 5 October 2014): …".
        if let speaker = (sentence.lowerBound..<min(first, sentence.lowerBound + speakerLabelLength)).first(where: { speakers.contains(tokens[$0].lemma) }),
           speaker + 1 < first, tokens[speaker + 1].lemma == "(",
           let close = ((speaker + 2)..<min(first, speaker + 2 + labelParenthesisLength)).first(where: { tokens[$0].lemma == ")" }),
           close + 1 < first, tokens[close + 1].kind == .mark, tokens[close + 1].lemma == ":" {
            return speaker..<(speaker + 1)
        }
        // Notes of a seminar or a meeting label what one side argued or supposed: 「・B班の主張：…」,
        // 「・F君の設例：…」, 「・D君：…」.
        guard let colon = TextAnalyzer.colon(in: sentence.lowerBound..<min(first, sentence.lowerBound + viewLabelLength + 1), of: tokens),
              let view = (sentence.lowerBound..<colon).last(where: { labelViews.contains(tokens[$0].lemma) || tokens[$0].lemma == memberSuffix })
        else { return nil }
        return view..<(view + 1)
    }
    /// Nouns that label one side's argument or supposition, and how far into its sentence the
    /// label's colon may stand.
    static let labelViews: Set<String> = ["主張", "設例", "意見", "見解", "仮説", "反論", "問い"]
    static let viewLabelLength = 6

    /// Whether the view is the topic or ends a contrast (発言は承知しておりますが, 報道がございましたが),
    /// or a quotation of its own holds it (見方も少なくなかったと、先行研究は指摘している).
    private static func viewIsTopicOrContrast(after view: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        ((view + 1)..<min(sentence.upperBound, view + viewContrastReach)).contains { index in
            let token = tokens[index]
            return (token.kind == .particle && token.lemma == "は")
                || isContrast(token)
                || (token.kind == .particle && token.lemma == "と" && [.auxiliary, .verb, .adjective].contains(tokens[index - 1].kind))
        }
    }

    /// Whether the view is the object of the sentence's closing verb of making or sending it:
    /// 「…見直しを求める要請を日米両政府に対して繰り返し行ってきた」.
    /// Or the subject of a closing verb of its being voiced: 「…議論すべきだとの発言が一部の政治家からあった」.
    private static func viewIsMade(_ view: Int, tail: Range<Int>, _ tokens: [Token]) -> Bool {
        guard view + 1 < tokens.count else { return false }
        if tokens[view + 1].lemma == "を" { return tail.contains { makingVerbs.contains(tokens[$0].lemma) } }
        return tokens[view + 1].kind == .particle && tokens[view + 1].lemma == "が" && tail.contains { voicingVerbs.contains(tokens[$0].lemma) }
    }
    /// Verbs of a view's being voiced, with the view as their subject: 発言があった, 声が上がった.
    static let voicingVerbs: Set<String> = ["ある", "出る", "上がる", "相次ぐ"]
    /// (MeCab reads 行って as 行く as often as 行う.)
    static let makingVerbs: Set<String> = ["行う", "行く", "出す", "提出", "寄せる", "重ねる", "伝える", "申し入れる"]

    /// A particle that contrasts two clauses: 見ましたが, いるけど.
    private static func isContrast(_ token: Token) -> Bool {
        token.kind == .conjunctiveParticle && DroppedProposal.japaneseContrasts.contains(token.lemma)
    }

    /// Whether the word names a party. A prefecture speaks as a topic or a source (県としては,
    /// 沖縄県からは); 青森県六ヶ所村 only names a place.
    private static func isJapaneseParty(_ index: Int, _ tokens: [Token]) -> Bool {
        // MeCab may cut a party's word before its person's suffix: 評論家 into 評論 and 家.
        if personSuffixes.contains(tokens[index].lemma), index > 0, japaneseParties.contains(tokens[index - 1].lemma + tokens[index].lemma) {
            return true
        }
        guard japaneseParties.contains(tokens[index].lemma) else { return false }
        guard placeParties.contains(tokens[index].lemma) else { return true }
        return index + 1 < tokens.count && tokens[index + 1].kind == .particle && placePartyParticles.contains(tokens[index + 1].lemma)
    }
    static let placeParties: Set<String> = ["県"]
    static let placePartyParticles: Set<String> = ["は", "が", "から", "として", "も"]

    /// Whether a contrastive particle follows the verb at `index` within a few words: 言っていましたが.
    private static func contrastFollows(_ index: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        tokens[(index + 1)..<min(sentence.upperBound, index + 6)].contains(where: isContrast)
    }

    /// Nouns of a stance, which the words before them may spell out as the holder's own.
    static let ownStances: Set<String> = ["立場", "方針", "考え"]

    /// Whether a word after the proposal adopts it, in its sentence or the next.
    private static func takenUp(after start: Int, sentence: Range<Int>, japanese: Bool, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        var end = sentence.upperBound
        if let place = text.sentences.firstIndex(of: sentence), place + 1 < text.sentences.count { end = text.sentences[place + 1].upperBound }
        for index in start..<end {
            let lemma = tokens[index].lemma
            if japanese {
                guard DroppedProposal.japaneseAdoptions.contains(lemma) else { continue }
                // A standpoint the answer argues from is not one it takes up: 「非核三原則を堅持する
                // 立場から、…考えておりません」.
                if index + 1 < end, tokens[index + 1].lemma == "から" { continue }
                // Nor is a stance the words before it spell out: 「政府は運用改善で対応する立場をとっている」
                // takes its own course, where 「…改定すべきとの立場」 takes up the proposal.
                // (So is one quoted after a plain verb: 「運用の改善で対応するという立場」; 「改定すべきとの
                // 立場」 quotes the proposal's own べき.)
                // (MeCab may cut との into と and の: 「日本が主体的に対処するとの立場を改めて示した」.)
                if ownStances.contains(lemma), index > start, [.verb, .auxiliary].contains(tokens[index - 1].kind)
                    || (index > start + 1 && ["という", "との"].contains(tokens[index - 1].lemma) && tokens[index - 2].kind == .verb)
                    || (index > start + 2 && tokens[index - 1].lemma == "の" && tokens[index - 2].lemma == "と" && tokens[index - 3].kind == .verb) {
                    continue
                }
                // Nor is a stance that is the topic of what follows, which spells it out: 「…唱えているが、
                // 政府の立場は一貫して非核三原則の堅持である」.
                if ownStances.contains(lemma), index + 1 < end, tokens[index + 1].kind == .particle, tokens[index + 1].lemma == "は" {
                    continue
                }
                // (The negation may come a few endings on: 立場はとっておりません.)
                if !tokens[(index + 1)..<min(end, index + 8)].contains(where: { Lemma.japaneseNegations.contains($0.lemma) }) { return true }
            } else if DroppedProposal.adoptionVerbs.contains(lemma), !isNounOfAdoption(tokens[index], text),
                      // "take" adopts only with its "up".
                      lemma != DroppedProposal.take || tokens[(index + 1)..<min(end, index + 3)].contains(where: { $0.lemma == "up" }),
                      // "both governments have instead pursued Joint Committee measures" take another course.
                      // "this memo records the suggestion without adopting it" adopts nothing.
                      !tokens[max(start, index - DroppedProposal.negationReach)..<index].contains(where: {
                          DroppedProposal.negations.contains($0.lemma) || refusals.contains($0.lemma) || alternatives.contains($0.lemma)
                              || $0.lemma == without
                      }) {
                return true
            }
        }
        return false
    }

    /// Whether an adoption verb's word is its noun, which the stemmer gives the verb's lemma:
    /// "skip Diet approval" adopts nothing.
    private static func isNounOfAdoption(_ token: Token, _ text: AnalyzedText) -> Bool {
        let word = TextAnalyzer.surface(token, text.text).lowercased()
        return nounEndings.contains { word.hasSuffix($0) || word.hasSuffix($0 + "s") }
    }
    static let nounEndings = ["al", "ance", "ment", "ion"]

    /// Whether the word names a party: the stemmer gives "participation" and "participate" the
    /// lemma of "participant", and "JSDF participation … is proposed" is the text's own plan.
    private static func isEnglishParty(_ index: Int, _ text: AnalyzedText) -> Bool {
        let token = text.tokens[index]
        guard englishParties.contains(token.lemma) else { return false }
        // A force's unit is no party: "The Japanese escort group will defend the partner's ships".
        if token.lemma == group, index > 0, unitModifiers.contains(text.tokens[index - 1].lemma) { return false }
        return token.lemma != participant || TextAnalyzer.surface(token, text.text).lowercased().hasPrefix("participant")
    }
    private static let group = LemmaList(["group"]).lemmas[0]
    /// Words that make a group a force's unit: an escort, strike, task or battle group.
    static let unitModifiers = LemmaList(["escort", "strike", "task", "battle", "carrier", "air", "amphibious", "expeditionary",
                                          "surface", "combat", "support", "logistics", "patrol", "destroyer", "artillery",
                                          "missile", "ready", "wing", "fleet", "brigade", "regiment", "squadron", "aviation"])
    private static let participant = LemmaList(["participant"]).lemmas[0]
    private static let tank = LemmaList(["tank"]).lemmas[0]

    /// Whether a verb's word after the party is a noun: right after an article, or after an
    /// article and a participle ("back to the negotiating table"; "some in the LDP want" keeps its verb).
    private static func isNoun(_ index: Int, after party: Int, _ text: AnalyzedText) -> Bool {
        let tokens = text.tokens
        guard index - 1 > party else { return false }
        if articles.contains(tokens[index - 1].lemma) { return true }
        return index - 2 > party && articles.contains(tokens[index - 2].lemma)
            && TextAnalyzer.surface(tokens[index - 1], text.text).hasSuffix("ing")
    }

    /// How long a parenthesis after a party may be.
    static let parenthesisLength = 12

    /// The closing comma of a parenthesis that opens with a comma right after the party.
    private static func parenthesisEnd(after party: Int, _ clause: Range<Int>, _ tokens: [Token]) -> Int? {
        guard party + 1 < clause.upperBound, tokens[party + 1].lemma == "," else { return nil }
        return ((party + 2)..<min(clause.upperBound, party + 2 + parenthesisLength)).first { tokens[$0].lemma == "," }
    }

    private static func englishCue(_ parts: [Range<Int>], clause: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        let first = parts.map(\.lowerBound).min() ?? clause.lowerBound
        // A party named after a proposal noun may stand further into the clause ("The Committee was
        // briefed on a bill circulated by opposition legislators").
        for party in clause.prefix(partyReach + proposalNounReach) where isEnglishParty(party, text) {
            // "Proposals from some Japanese legislators that Tokyo acquire …", "a bill circulated by
            // opposition legislators".
            if let noun = (max(clause.lowerBound, party - proposalNounReach)..<party).first(where: { englishProposalNouns.contains(tokens[$0].lemma) }),
               tokens[(noun + 1)..<party].contains(where: { englishFromWords.contains($0.lemma) }), noun < first {
                return noun..<(noun + 1)
            }
            // "The appellants' further contention, that …": the party's possessive, then its noun.
            if let noun = ((party + 1)..<min(clause.upperBound, party + 2 + possessiveReach)).first(where: { englishProposalNouns.contains(tokens[$0].lemma) }),
               TextAnalyzer.isPossessive(party, in: text),
               noun < first {
                return noun..<(noun + 1)
            }
            guard party - clause.lowerBound < partyReach, let verb = verb(after: party, parts, clause: clause, text) else { continue }
            return verb..<(verb + 1)
        }
        // "At a panel hosted by a Tokyo think tank, one speaker proposed …": one of several parties,
        // after a fronted phrase that names the occasion. (A party named alone there, "At a forum in
        // Chatan, the assemblyman said …", was tried: it lost a held-out violation.)
        guard let start = occasionEnd(of: clause, tokens),
              let party = (start..<min(clause.upperBound, start + partyReach)).first(where: { isEnglishParty($0, text) }),
              // ("several" and "some" name parties of their own: "some argue".)
              tokens[start...party].contains(where: { indefinites.contains($0.lemma) }),
              let verb = verb(after: party, parts, clause: clause, text)
        else { return nil }
        return verb..<(verb + 1)
    }

    /// Prepositions that open a phrase naming an occasion: at a hearing, in testimony, during a panel;
    /// and participles of being asked or speaking: "Questioned in the Lower House Special Committee
    /// on Security on 12 March, a Constitutional Democratic Party member said …".
    static let occasionPrepositions = LemmaList(["at", "in", "during", "questioned", "asked", "speaking", "testifying", "interviewed",
                                                 "appearing"])
    /// Words that make a party one among several: one speaker, a witness, another panelist,
    /// several speakers, some residents.
    static let indefinites = LemmaList(["one", "a", "an", "another", "several", "some", "many", "few"])
    /// How long a fronted phrase of occasion may be, up to its comma.
    static let occasionLength = 12

    /// Where the clause goes on after a fronted phrase of occasion and its comma, if it opens with one.
    private static func occasionEnd(of clause: Range<Int>, _ tokens: [Token]) -> Int? {
        guard occasionPrepositions.contains(tokens[clause.lowerBound].lemma),
              let comma = clause.prefix(occasionLength + 1).first(where: { tokens[$0].lemma == "," })
        else { return nil }
        return comma + 1
    }

    /// The party's verb of proposing or holding a view, if what is proposed follows it. Words
    /// between the party and its verb name the party ("Some politicians in Tokyo want Japan to …"),
    /// and so do those right before it ("A Tokyo tabloid claimed …").
    private static func verb(after party: Int, _ parts: [Range<Int>], clause: Range<Int>, _ text: AnalyzedText) -> Int? {
        let tokens = text.tokens
        // A parenthesis set off by commas after the party names it further: "Critics, including
        // former heads of the Cabinet Legislation Bureau, called the bills unconstitutional".
        let verbStart = parenthesisEnd(after: party, clause, tokens) ?? party
        // A phrase of belonging names the party further: "Some members of the Liberal Democratic Party
        // have advocated …".
        let reach = verbReach + (verbStart + 1 < clause.upperBound && englishFromWords.contains(tokens[verbStart + 1].lemma) ? belongingReach : 0)
        // ("think" before "tank" names the party: "some think tank muses".)
        guard let verb = ((verbStart + 1)..<min(clause.upperBound, verbStart + 1 + reach)).first(where: { index in
                  englishVerbs.contains(tokens[index].lemma) && !isNoun(index, after: party, text)
                      && !(index + 1 < clause.upperBound && tokens[index + 1].lemma == tank)
              }),
              parts.allSatisfy({ $0.lowerBound > verb || ($0.lowerBound > party && $0.upperBound <= verb)
                  || ($0.lowerBound >= clause.lowerBound && $0.upperBound <= party) }),
              parts.contains(where: { $0.lowerBound > verb })
        else { return nil }
        return verb
    }

    /// Double quotation marks, which the tokenizer leaves out of the tokens.
    static let quotationMarks: Set<Character> = ["\"", "\u{201C}", "\u{201D}"]
    /// Verbs of a remark that attribute a quotation to its speaker after it.
    static let remarkVerbs = LemmaList(["quip", "joke", "remark", "add", "scoff", "retort", "boast"])

    /// Single quotation marks, which also write an apostrophe: one opens a quotation only where
    /// the sentence opens with it, and closes it only before a space ("…the lesser evil,' Professor
    /// Nakamura argues"), never inside a word ("adversary's").
    static let singleQuotationMarks: Set<Character> = ["'", "\u{2018}", "\u{2019}"]

    /// Whether a quotation mark stands in the text between `from` and `to` (UTF-8 offsets).
    private static func holdsAQuotationMark(_ text: AnalyzedText, from: Int, to: Int, marks: Set<Character> = quotationMarks) -> Bool {
        from < to && text.quote(from: from, to: to).contains { marks.contains($0) }
    }

    /// Whether a single quotation mark closes a quotation between `from` and `to`: a space follows it.
    private static func closesASingleQuotation(_ text: AnalyzedText, from: Int, to: Int) -> Bool {
        guard from < to else { return false }
        let gap = Array(text.quote(from: from, to: to))
        return gap.indices.contains { singleQuotationMarks.contains(gap[$0]) && $0 + 1 < gap.count && gap[$0 + 1].isWhitespace }
    }

    /// A sentence that opens by quoting another party, who is named after the quotation that holds
    /// the hit: "\"We'd shoot first and sort out the legal paperwork later,\" one retired officer
    /// quipped". The verb that attributes it.
    private static func quotedThenAttributed(last: Int, sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        let before = sentence.lowerBound > 0 ? tokens[sentence.lowerBound - 1].end : 0
        let opensDouble = holdsAQuotationMark(text, from: before, to: tokens[sentence.lowerBound].start)
        guard opensDouble || holdsAQuotationMark(text, from: before, to: tokens[sentence.lowerBound].start, marks: singleQuotationMarks),
              let close = ((last - 1)..<(sentence.upperBound - 1)).first(where: { index in
                  opensDouble ? holdsAQuotationMark(text, from: tokens[index].end, to: tokens[index + 1].start)
                              : closesASingleQuotation(text, from: tokens[index].end, to: tokens[index + 1].start)
              })
        else { return nil }
        // The speaker after the closing mark (and its comma), then the verb that attributes it.
        let afterQuote = close + 1 < sentence.upperBound && tokens[close + 1].lemma == "," ? close + 2 : close + 1
        guard let party = (afterQuote..<min(sentence.upperBound, afterQuote + partyReach)).first(where: { isEnglishParty($0, text) }),
              let verb = ((party + 1)..<min(sentence.upperBound, party + 1 + verbReach)).first(where: {
                  englishVerbs.contains(tokens[$0].lemma) || remarkVerbs.contains(tokens[$0].lemma)
              })
        else { return nil }
        return verb..<(verb + 1)
    }

    private static func japaneseCue(first: Int, last: Int, sentence: Range<Int>, _ text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        // A closing 「…と考えております」「…と思います」 wraps the verb and does not count.
        let wrapper = (max(first, sentence.upperBound - japaneseWrapperReach)..<sentence.upperBound).first { index in
            tokens[index].kind == .particle && tokens[index].lemma == "と" && index + 1 < sentence.upperBound
                && thinkingVerbs.contains(tokens[index + 1].lemma)
        }
        let end = wrapper ?? sentence.upperBound
        let tail = max(first, end - japaneseEndReach)..<sentence.upperBound
        // The idea named as an argument some hold, 先制攻撃論 or 核武装論, set aside by a contrast or
        // as the topic: 「…という先制攻撃論を見かけますが、…」.
        if last < sentence.upperBound, japaneseArguments.contains(tokens[last].lemma), viewIsTopicOrContrast(after: last, sentence, tokens) {
            return last..<(last + 1)
        }
        // 「…すべきだとの声もある」「…との一部政治家の発言は承知しておりますが」: と + の or いう (as
        // MeCab cuts との and という), a few words naming who, and a view.
        // MeCab keeps という and との whole before some nouns (という議員さん).
        // A view the writer holds (「…というのが私の考えでございます」) is the text's own.
        func quoted(_ view: Int, after start: Int) -> Bool {
            (max(start, view - 1 - japaneseViewHolderLength)..<view).contains { link in
                // Or a verb of asking right before it: 「地位協定の改定を求める御意見」.
                ((japaneseQuotativeLinks.contains(tokens[link].lemma) && (["という", "との"].contains(tokens[link].lemma) || quotatives.contains(tokens[link - 1].lemma)))
                    || (japaneseVerbs.contains(tokens[link].lemma) && (view - link <= 2 || namesHolder(link, view))))
                    && !tokens[link..<view].contains { firstPersons.contains($0.lemma) }
            }
        }
        // Or who holds it between the verb and the view: 「…改定を求める沖縄県の要請は」.
        func namesHolder(_ verb: Int, _ view: Int) -> Bool {
            view - verb <= 2 + japaneseViewHolderLength && tokens[view - 1].lemma == "の"
                && tokens[(verb + 1)..<(view - 1)].allSatisfy { $0.kind == .word }
        }
        // The view reported before a contrast and judged after it, named again: 「…という意見を新聞で
        // 見ましたが、それは法律違反だと思うので反対です」 judges the view, and plans nothing.
        // (Or words quoted as spoken: 「ある元自衛官は「…」と語ったが、それは…議論だ」.)
        if let contrast = (sentence.lowerBound..<first).last(where: { isContrast(tokens[$0]) }),
           (sentence.lowerBound..<contrast).contains(where: { japaneseViews.contains(tokens[$0].lemma) && $0 > sentence.lowerBound + 1 && quoted($0, after: sentence.lowerBound + 1) })
            || (sentence.lowerBound..<contrast).contains(where: { index in
                tokens[index].kind == .particle && quotatives.contains(tokens[index].lemma) && index + 1 < contrast
                    && JapaneseQuoteFrame.speechVerbs.contains(tokens[index + 1].lemma)
            }),
           let anaphor = ((contrast + 1)..<first).first(where: { DroppedProposal.japaneseAnaphors.contains(tokens[$0].lemma) }) {
            return anaphor..<(anaphor + 1)
        }
        for index in min(first + 2, sentence.upperBound)..<sentence.upperBound where japaneseViews.contains(tokens[index].lemma) {
            if quoted(index, after: first + 1), index >= sentence.upperBound - japaneseEndReach || viewIsTopicOrContrast(after: index, sentence, tokens)
                || viewIsMade(index, tail: tail, tokens) {
                // A person's suffix quotes with its word: 政治家, not 家.
                return (personSuffixes.contains(tokens[index].lemma) ? index - 1 : index)..<(index + 1)
            }
        }
        // 「…と外務省OBは口をそろえる」: the quotation first, then its party and verb.
        if let quotative = (last..<sentence.upperBound).first(where: { tokens[$0].kind == .particle && quotatives.contains(tokens[$0].lemma) }),
           let party = ((quotative + 1)..<min(sentence.upperBound, quotative + 1 + japaneseViewHolderLength)).first(where: { isJapaneseParty($0, tokens) }),
           let verb = ((party + 1)..<sentence.upperBound).first(where: { index in
               japaneseVerbs.contains(tokens[index].lemma) && (tail.contains(index) || contrastFollows(index, sentence, tokens))
           }) {
            return verb..<(verb + 1)
        }
        // 「…当たるのかと問うているが」: a question quoted with a verb of asking asserts nothing.
        // (「…ではないかと考える」 is the writer's own hedge; a question in brackets has its own reading.)
        if let question = (last..<max(last, sentence.upperBound - 2)).first(where: { index in
               tokens[index].lemma == "か" && tokens[index + 1].kind == .particle && quotatives.contains(tokens[index + 1].lemma)
                   && askingVerbs.contains(tokens[index + 2].lemma)
           }) {
            return (question + 2)..<(question + 3)
        }
        // 「…と言われていますが」「『…』とか言われてますけど」: what is said, no one named, set against
        // what follows by a contrast.
        if let quotative = (last..<sentence.upperBound).first(where: { tokens[$0].kind == .particle && hearsayQuotatives.contains(tokens[$0].lemma) }),
           quotative + 2 < sentence.upperBound, tokens[quotative + 1].lemma == "言う", tokens[quotative + 2].lemma == "れる",
           contrastFollows(quotative + 2, sentence, tokens) {
            return (quotative + 1)..<(quotative + 3)
        }
        // 「ロイター通信によると、…という。」: news at second hand, its source named first and the
        // hearsay という closing it.
        if let source = hearsaySource(sentence, tokens), closesWithHearsay(sentence, tokens) {
            return source..<(source + 3)
        }
        // 「一部の識者は、…と主張している」: a party before the hit, its verb after it near the end or
        // before a contrast (知り合いは「…」と言っていましたが、…).
        guard (sentence.lowerBound..<first).contains(where: { isJapaneseParty($0, tokens) }),
              let verb = ((first + 1)..<sentence.upperBound).first(where: { index in
                  ((japaneseVerbs.contains(tokens[index].lemma) || takesAStance(index, tokens))
                      && (tail.contains(index) || contrastFollows(index, sentence, tokens)))
                      || (quotesBeforeAContrast(index, sentence, tokens) && contrastFollows(index, sentence, tokens))
              })
        else { return nil }
        return verb..<(verb + 1)
    }

    /// A stance taken, which is a verb of holding a view: 「憲法学者の多くは、…違反するとの立場をとった」.
    private static func takesAStance(_ index: Int, _ tokens: [Token]) -> Bool {
        index >= 2 && stanceVerbs.contains(tokens[index].lemma) && tokens[index - 1].lemma == "を"
            && stanceNouns.contains(tokens[index - 2].lemma)
    }
    static let stanceNouns: Set<String> = ["立場", "見解", "見方", "考え"]
    static let stanceVerbs: Set<String> = ["とる", "取る", "示す"]

    /// Where a sentence opens by naming the news service or the people it has its news from:
    /// 「ロイター通信によると、」, 「関係者によれば、」 (not a text's: 「指針によると、…」).
    private static func hearsaySource(_ sentence: Range<Int>, _ tokens: [Token]) -> Int? {
        sentence.prefix(hearsaySourceReach).first { index in
            index > sentence.lowerBound && index + 2 < sentence.upperBound && tokens[index].lemma == "に" && tokens[index + 1].lemma == "よる"
                && ["と", "ば"].contains(tokens[index + 2].lemma)
                && (newsSources.contains { tokens[index - 1].lemma.hasSuffix($0) } || isJapaneseParty(index - 1, tokens))
        }
    }
    static let hearsaySourceReach = 10
    static let newsSources = ["通信", "新聞", "報道", "関係者", "筋", "紙", "放送", "テレビ"]

    /// Whether the sentence closes with the という of hearsay: 「…伝えたという。」.
    private static func closesWithHearsay(_ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let last = sentence.last(where: { tokens[$0].kind != .mark }), last > sentence.lowerBound else { return false }
        return ["いう", "言う"].contains(tokens[last].lemma) && tokens[last - 1].lemma == "と"
    }

    /// A doctrine's 「…とするが」 holds its view as another's does (「反対説は、…不要とするが、…」), and
    /// so does a court's 「所論は、…というのであるが」 (MeCab keeps という whole); not the passive of
    /// hearsay, 「…とされていますが」, which its own reading takes.
    private static func quotesBeforeAContrast(_ index: Int, _ sentence: Range<Int>, _ tokens: [Token]) -> Bool {
        if tokens[index].lemma == "という" { return true }
        guard tokens[index].lemma == "する", tokens[index - 1].kind == .particle, quotatives.contains(tokens[index - 1].lemma) else { return false }
        return !(index + 1 < sentence.upperBound && Lemma.japanesePassives.contains(tokens[index + 1].lemma))
    }
}
