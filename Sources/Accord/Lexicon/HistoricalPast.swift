/// A clause that tells what happened before the report of 2014, in the simple past and dated:
/// "Storage of nuclear weapons on Okinawa ended with its reversion to Japan in 1972" is history, not
/// a plan. A clause that plans ("will", "is to") or says what has now been done ("has amended the
/// 1960 Treaty") is no history, whatever years it names. A year also dates a clause as the modifier
/// of a noun ("the 1960 treaty itself replaced the 1951 Security Treaty"), and a clause set before
/// a date of the report's own year is history too ("prior to the 1 Jul 2014 cabinet decision, GOJ
/// held …", 「2014年7月の閣議決定以前、政府は…維持していた」).
enum HistoricalPast {
    /// Words that date a clause by the year after them: "in 1972", "until 1991".
    static let datingWords = LemmaList(["in", "during", "until", "till", "since", "through", "throughout"])
    /// How near "before", "until" or "prior to" a year must stand to date a clause before it ("prior
    /// to the 1 Jul 2014 decision", "until the July 2014 cabinet decision").
    static let beforeReach = 5
    static let beforeWords = LemmaList(["before", "until", "till"])
    static let priorWords = LemmaList(["prior"])
    /// The report's year: a clause before a date in it is still history.
    static let reportYear = 2014
    /// The last year whose dated clause in the simple past tells of the past: the report's own, which
    /// came in October ("In July 2014 the government invoked the Sunagawa judgment"). A plan dated
    /// 2014 plans in the future or the present, and the clause's tense decides.
    static let lastPastYear = 2014
    static let earliestYear = 1850
    /// Words after a year that make it no noun's modifier ("19 January 1960 and in force"), and
    /// how far after the year the dated noun's verb may stand ("the 1960 treaty itself replaced").
    static let notModified = LemmaList(["and", "or", "to", "in", "on", "at", "of", "for", "by", "with", "the", "a", "an", "as"])
    static let modifiedNounReach = 5
    /// Prepositions that open a phrase fronted before a sentence's first comma.
    static let frontingWords = LemmaList(["under", "after", "during", "following", "in", "until", "by", "since", "before"])
    /// Words that make a clause plan what it says.
    static let planning: Set<String> = ["will", "shall", "would", "should", "must", "may", "might", "can", "could", "has", "have",
                                        "'ll"]
    static let presentBe: Set<String> = ["is", "are"]
    static let pastModals: Set<String> = ["could", "would", "might"]
    /// The months as written, whose first letters a timeline may abbreviate ("Mar."), and as lemmas.
    static let monthNames = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                             "november", "december"]
    static let months = LemmaList(monthNames)
    static let determiners = LemmaList(["the", "a", "an", "its", "their"])
    static let relativeWords = LemmaList(["which", "whereby", "whom"])
    /// Verbs whose object clause may drop its "that" and still follow their tense: "in 1969 Sato
    /// and Nixon secretly agreed nuclear weapons could be reintroduced".
    static let reportingVerbs = LemmaList(["agreed", "said", "stated", "decided", "concluded", "told", "argued", "believed", "expected",
                                           "thought", "assumed", "promised", "warned", "understood", "held"])
    static let subordinators = LemmaList(["before", "until", "till", "after", "when", "so", "that", "if", "because", "unless", "whether", "where"])

    /// The last year of a decade written "1970s", if the word at `index` is one.
    static func pastDecadeEnd(_ index: Int, of text: AnalyzedText) -> Int? {
        guard text.tokens[index].kind == .word else { return nil }
        let word = text.quote(index..<(index + 1))
        guard word.count == 5, word.hasSuffix("0s"), let decade = Int(word.dropLast()), decade >= earliestYear else { return nil }
        return decade + 9
    }
    static let definite = LemmaList(["the"]).lemmas[0]

    /// Japanese eras before the report, and the last year of 平成 before it (平成26年 is 2014).
    static let pastEras: Set<String> = ["明治", "大正", "昭和"]
    static let heisei = "平成"
    static let lastPastHeiseiYear = 25
    /// How near its clause's end a Japanese past (た) must stand to be its predicate's.
    static let japanesePredicateReach = 6
    /// Words after a date of the report's year that set a clause before it: 2014年7月の閣議決定以前.
    static let japaneseBeforeWords: Set<String> = ["以前", "前", "まで"]
    static let japaneseBeforeReach = 8
    /// The making of a law, before which a clause in た tells of the law as it stood: 整備前, 施行前.
    static let legalEvents: Set<String> = ["整備", "施行", "成立", "制定", "改正", "閣議決定"]

    /// The dating words of a clause that tells of the past, if it is one.
    static func cue(in clause: Range<Int>, japanese: Bool, of text: AnalyzedText) -> Range<Int>? {
        (japanese ? japaneseCue(in: clause, of: text) : englishCue(in: clause, of: text) ?? datedLabelCue(in: clause, of: text)
            ?? appositiveCue(in: clause, of: text) ?? timelineCue(in: clause, of: text))
            ?? undatedCue(in: clause, japanese: japanese, of: text)
    }

    /// How many tokens a timeline's date may take before its dash: "1995–96 —", "2010 (Mar.) —".
    static let timelineDateLength = 6

    /// A timeline's entry, its sentence opened by a year before the report and a dash or a colon:
    /// "1978 — The first Guidelines: Japan will by itself repel limited aggression", "1995–96 —
    /// Governor Ota demands a revision of the SOFA". Its present is the historical present. Between
    /// the year and the dash stand only numbers, marks and a month ("1960 Treaty: …" heads what is
    /// planned for the treaty).
    private static func timelineCue(in clause: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        let sentence = text.sentence(of: clause.lowerBound)
        let year = sentence.lowerBound
        guard tokens[year].kind == .number, let value = Int(text.quote(year..<(year + 1))), (earliestYear...lastPastYear).contains(value)
        else { return nil }
        for index in (year + 1)..<min(sentence.upperBound, year + 1 + timelineDateLength) {
            let token = tokens[index]
            if token.kind == .mark, dashes.contains(token.lemma) || token.lemma == ":" {
                // (The first dash may join a range of years: "1995–96 —".)
                if index + 1 < sentence.upperBound, tokens[index + 1].kind == .number { continue }
                return year..<(year + 1)
            }
            let word = text.quote(index..<(index + 1)).lowercased()
            guard token.kind == .number || token.kind == .mark
                    || (word.count >= 3 && monthNames.contains { $0.hasPrefix(word) }) else { return nil }
        }
        return nil
    }

    /// How near before a verb in the past its comparison's "as" stands: "as it did".
    static let comparisonReach = 2
    static let dashes: Set<String> = ["—", "–"]
    /// Words that give an appositive a verb or a clause of its own.
    static let appositiveVerbs: Set<String> = ["is", "are", "was", "were", "be", "been", "being", "that", "which", "who", "to"]

    /// A verbless appositive after a dash names what the clause before it did, and takes that
    /// clause's tense: "In 1960 it replaced the 1951 Security Treaty outright — the one true
    /// rewrite of the alliance's charter".
    private static func appositiveCue(in clause: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        let sentence = text.sentence(of: clause.lowerBound)
        guard clause.lowerBound > sentence.lowerBound, dashes.contains(tokens[clause.lowerBound - 1].lemma),
              determiners.contains(tokens[clause.lowerBound].lemma),
              clause.allSatisfy({ index in
                  let word = text.quote(index..<(index + 1)).lowercased()
                  // ("a numbered Chapter VII authorization": a participle after its article is an adjective.)
                  return tokens[index].kind != .word || !(planning.contains(word) || appositiveVerbs.contains(word)
                      || (word.hasSuffix("ed") && !Counterfactual.precedesNoPastVerb(index, of: text)))
              }),
              let previous = text.clauses.last(where: { $0.upperBound <= clause.lowerBound && sentence.contains($0.lowerBound) })
        else { return nil }
        return englishCue(in: previous, of: text)
    }

    static let andLemma = LemmaList(["and"]).lemmas[0]
    /// Words of a present perfect that tells what has held since: not amended since, remained, stood.
    static let continuingToNow = LemmaList(["not", "never", "since", "remain", "stand", "ever"])

    /// Verbs of a law's making and of what was said of it, which alone make a clause dated in the
    /// year after the report's history, and how far before that year its dating word may stand
    /// ("on September 19, 2015").
    /// (Not the verbs of saying, whose reported words may date a plan: "commanders told reporters
    /// they planned to start escorting U.S. warships in the fall of 2015".)
    /// (Nor those of making or changing an instrument between the allies, whose dated past may be
    /// the claim a rule looks for: "in July 2015 the government created legal obligations", "the
    /// allies amended the SOFA in 2015".)
    static let lawMakingVerbs = LemmaList(["pass", "enact", "promulgate", "vote", "debate", "discuss", "deliberate",
                                           "testify", "ask", "answer", "reply", "contest", "criticize", "criticise", "submit"])
    /// Words before a law-making verb that deny the law was made: "legislation not yet enacted".
    static let unmade = LemmaList(["not", "never", "yet"])
    static let lawDateReach = 4
    static let onLemma = LemmaList(["on"]).lemmas[0]

    static let caseNouns = LemmaList(["v", "vs", "case", "affair", "judgment", "judgement", "ruling", "decision", "opinion", "incident"])

    /// How many words a dated label may have: "Nicaragua v. United States (ICJ, 1986)".
    static let labelReach = 12

    /// A label that dates what follows its colon, as a case note names its case: "Caroline affair
    /// (1837): anticipatory self-defense only when …". The year, when the clause after the colon
    /// plans nothing; a case note states its holding in the present ("Nicaragua v. United States
    /// (ICJ, 1986): collective self-defense is unlawful absent a request").
    private static func datedLabelCue(in clause: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        let sentence = text.sentence(of: clause.lowerBound)
        guard let colon = TextAnalyzer.colon(in: sentence.lowerBound..<min(clause.upperBound, sentence.lowerBound + labelReach + 1), of: tokens),
              colon < clause.upperBound - 1, clause.lowerBound <= colon + 1,
              let year = (sentence.lowerBound..<colon).first(where: { index in
                  tokens[index].kind == .number && Int(tokens[index].lemma).map { (earliestYear...lastPastYear).contains($0) } == true
              })
        else { return nil }
        // Only a case: a label naming a dated instrument ("Prior consultation per 1960 exchange of
        // notes: no longer required") heads what is planned for it.
        guard tokens[sentence.lowerBound..<colon].contains(where: { caseNouns.contains($0.lemma) }) else { return nil }
        for index in (colon + 1)..<clause.upperBound where tokens[index].kind == .word {
            if planning.contains(text.quote(index..<(index + 1)).lowercased()) { return nil }
        }
        return year..<(year + 1)
    }

    /// Words that set a clause in the past without a year: "For decades the Bureau held …",
    /// "Historically, Tokyo declined …", 「かつて国会で…との政府答弁があった」.
    static let undatedPastWords = LemmaList(["decades", "historically", "formerly", "previously", "traditionally"])
    static let japaneseUndatedPastWords: Set<String> = ["かつて", "当時", "旧"]
    static let finitePasts: Set<String> = ["was", "were", "had", "did"]
    /// How many words a label before the clause's colon may have.
    static let labelLength = 3
    /// How far into its clause the word may stand to set the whole of it in the past: "For decades".
    static let undatedOpeningReach = 2

    /// The word that sets a clause in the past with no year, when a verb in the past follows it and
    /// nothing in the clause plans or speaks of the present.
    private static func undatedCue(in clause: Range<Int>, japanese: Bool, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        if japanese {
            guard let word = clause.first(where: { japaneseUndatedPastWords.contains(tokens[$0].lemma) }),
                  ((word + 1)..<clause.upperBound).contains(where: { tokens[$0].kind == .auxiliary && tokens[$0].lemma == "た" })
            else { return nil }
            return word..<(word + 1)
        }
        // Only a finite past: a word in "-ed" may be a participle ("the SDF, traditionally confined
        // to defense, takes on …" tells of now). And the word must open the clause: "the strike role
        // it previously left to the U.S." is a relative clause's past in a sentence about now.
        guard let word = clause.first(where: { undatedPastWords.contains(tokens[$0].lemma) }) else { return nil }
        // (After a label's colon: "Panel: For decades the Bureau held …".)
        let opening = TextAnalyzer.colon(in: clause.lowerBound..<min(clause.upperBound, clause.lowerBound + labelLength + 1), of: tokens)
            .map { $0 + 1 } ?? clause.lowerBound
        guard word >= opening, word - opening <= undatedOpeningReach else { return nil }
        var past = false
        for index in clause where tokens[index].kind == .word {
            let written = text.quote(index..<(index + 1)).lowercased()
            if planning.contains(written) || presentBe.contains(written) { return nil }
            if finitePasts.contains(written) || (!written.hasSuffix("ed") && EnglishLemmatizer.isPastTense(written, lemma: tokens[index].lemma)) {
                past = true
            }
        }
        guard past else { return nil }
        return word..<(word + 1)
    }

    /// 「昭和31年の政府見解は、…としたが、」: a year before the report, or a time before a law was
    /// made, and a predicate in た.
    private static func japaneseCue(in clause: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        // Or a time before the law was made: 「平和安全法制の整備前においては、…認められていなかった」.
        let beforeTheLaw = clause.first { index in
            legalEvents.contains(tokens[index].lemma)
                && tokens[(index + 1)..<min(clause.upperBound, index + 3)].contains { japaneseBeforeWords.contains($0.lemma) && $0.lemma != "まで" }
        }
        // MeCab gives a year in kanji one numeral a token (昭和/三/十/五/年): the year is the run of
        // numerals before 年.
        func numeralsStart(_ index: Int) -> Int {
            var start = index
            while start > clause.lowerBound, tokens[start - 1].kind == .number { start -= 1 }
            return start
        }
        var lawMakingYear = false
        guard let year = beforeTheLaw ?? clause.first(where: { index in
            guard tokens[index].kind == .number, index + 1 < clause.upperBound, tokens[index + 1].lemma == "年",
                  let value = japaneseNumber(text.quote(numeralsStart(index)..<(index + 1))) else { return false }
            let first = numeralsStart(index)
            let era = first > clause.lowerBound ? tokens[first - 1].lemma : ""
            if pastEras.contains(era) { return true }
            // The year after the report's, where the clause tells of the law's own making or of its
            // debate: 「2015年9月19日に参議院本会議で可決、成立した」.
            if (era == heisei && value == lastPastHeiseiYear + 2) || (era != heisei && value == lastPastYear + 1) {
                guard clause.contains(where: { japaneseLawMaking.contains(tokens[$0].lemma) }) else { return false }
                lawMakingYear = true
                return true
            }
            if era == heisei { return value <= lastPastHeiseiYear || (value == lastPastHeiseiYear + 1 && isBefore(index)) }
            return (earliestYear...lastPastYear).contains(value) || (value == reportYear && isBefore(index))
        }) else { return continuedPastCue(after: clause, of: text) }
        func isBefore(_ year: Int) -> Bool {
            tokens[(year + 2)..<min(clause.upperBound, year + 2 + japaneseBeforeReach)].contains { japaneseBeforeWords.contains($0.lemma) }
        }
        // A clause that goes on in the continuative (改められ、…導入された) takes the tense of the
        // sentence's last predicate.
        let sentence = text.sentence(of: clause.lowerBound)
        let continues = clause.upperBound < sentence.upperBound && endsInTheContinuative(clause, tokens)
        let predicate = (continues ? sentence : clause).suffix(japanesePredicateReach)
        // Or the year dates a view that the clause reports (「昭和三十一年の政府見解では、…とされて
        // おります」), or a past told as a history (「昭和三十五年に…改められた経緯がございます」,
        // 「…として行われたものでございまして」).
        let datedView = tokens[(year + 1)..<min(clause.upperBound, year + 6)].contains { datedViews.contains($0.lemma) }
        let toldAsHistory = ((year + 1)..<(clause.upperBound - 1)).contains { index in
            tokens[index].kind == .auxiliary && tokens[index].lemma == "た" && historyNouns.contains(tokens[index + 1].lemma)
        }
        // A continuative whose next clause opens with 以来 tells a past the rest of the sentence
        // carries on to now: 「安保条約は1960年に改定されまして、それ以来、条文は一度も変わっていない」.
        let dated = text.segment(of: year)
        let carriedOn = dated.upperBound < sentence.upperBound && endsInTheContinuative(dated, tokens)
            && tokens[dated.upperBound..<min(sentence.upperBound, dated.upperBound + sinceReach)].contains { sinceWords.contains($0.lemma) }
        guard isPast(predicate, tokens) || (!lawMakingYear && (carriedOn || (beforeTheLaw == nil && (datedView || toldAsHistory))))
        else { return nil }
        if beforeTheLaw != nil { return year..<(year + 1) }
        let first = numeralsStart(year)
        let start = first > clause.lowerBound && (pastEras.contains(tokens[first - 1].lemma) || tokens[first - 1].lemma == heisei) ? first - 1 : first
        return start..<(year + 2)
    }

    /// The value of a number written in digits or in kanji: 1972, 四十七, 二〇一三.
    static func japaneseNumber(_ written: String) -> Int? {
        if let value = Int(written) { return value }
        let digits: [Character: Int] = ["〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
        guard !written.isEmpty, written.allSatisfy({ digits[$0] != nil || units[$0] != nil }) else { return nil }
        // Without a unit the numerals are positional (二〇一三); with one, each unit multiplies the
        // numeral before it, or stands for one of itself (十五 is 15).
        if !written.contains(where: { units[$0] != nil }) {
            return written.reduce(0) { $0 * 10 + digits[$1]! }
        }
        var total = 0
        var pending: Int?
        for character in written {
            if let unit = units[character] {
                total += (pending ?? 1) * unit
                pending = nil
            } else {
                pending = digits[character]
            }
        }
        return total + (pending ?? 0)
    }

    /// Whether the word at `index` stands in the segment right after the dated noun's, and that
    /// segment opens with a relative word, a preposition before it or not: "…, under which".
    private static func inRelativeClause(of year: Int, _ index: Int, _ text: AnalyzedText) -> Bool {
        let dated = text.segment(of: year)
        let segment = text.segment(of: index)
        guard segment.lowerBound == dated.upperBound else { return false }
        let opening = text.tokens[segment.lowerBound..<min(segment.upperBound, segment.lowerBound + 2)]
        return opening.contains { relativeWords.contains($0.lemma) }
    }

    /// Where the capitalized words of a name after `year` end: "1960 Treaty of Mutual Cooperation
    /// and Security". Lowercase joining words count inside the name.
    private static func nameEnd(after year: Int, _ clause: Range<Int>, _ text: AnalyzedText) -> Int {
        var end = year + 1
        while end < clause.upperBound, text.tokens[end].kind == .word {
            if TextAnalyzer.startsWithCapital(text.tokens[end], text.text) {
                end += 1
            } else if nameJoiners.contains(text.tokens[end].lemma), end + 1 < clause.upperBound,
                      TextAnalyzer.startsWithCapital(text.tokens[end + 1], text.text) {
                end += 2
            } else {
                break
            }
        }
        return end
    }

    static let nameJoiners = LemmaList(["of", "and", "for", "on", "the"])

    /// Whether a Japanese clause ends in a form with no tense of its own, which takes the next
    /// clause's: a verb or auxiliary in the continuative (改められ、), or a particle that goes on
    /// (としつつ、, 認めながら、).
    private static func endsInTheContinuative(_ clause: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let last = clause.last(where: { tokens[$0].kind != .mark }) else { return false }
        let token = tokens[last]
        return token.kind == .verb || token.kind == .auxiliary || (token.kind == .conjunctiveParticle && continuativeParticles.contains(token.lemma))
    }

    static let continuativeParticles: Set<String> = ["つつ", "ながら", "て", "で"]

    /// Whether a Japanese clause ends in a past and a contrast: 「…初めて発令されたが、」.
    private static func endsInAPastContrast(_ clause: Range<Int>, _ tokens: [Token]) -> Bool {
        guard let last = clause.last(where: { tokens[$0].kind != .mark }), last > clause.lowerBound,
              tokens[last].kind == .conjunctiveParticle, TextAnalyzer.contrastiveParticles.contains(tokens[last].lemma)
        else { return false }
        return tokens[last - 1].kind == .auxiliary && tokens[last - 1].lemma == "た"
    }

    /// Words that carry a dated past on to now, and how near the next clause's start they stand.
    /// Words of a law's making and of its debate, which alone make a clause dated the year after
    /// the report's history: 成立, 可決, 審議, 争点.
    static let japaneseLawMaking: Set<String> = ["成立", "可決", "公布", "制定", "審議", "答弁", "議論", "採決", "争点", "質疑"]
    static let sinceWords: Set<String> = ["以来", "以後", "爾来"]
    static let sinceReach = 3

    /// Nouns of a view a year may date: 昭和四十七年の政府見解.
    static let datedViews: Set<String> = ["見解", "答弁", "解釈", "判決", "判断", "見解書", "答申"]
    /// Nouns that tell what a clause in た names as history: 改められた経緯.
    static let historyNouns: Set<String> = ["経緯", "経過", "歴史", "前例", "沿革", "もの"]

    /// Whether a Japanese predicate's last words hold the past auxiliary た.
    private static func isPast(_ predicate: Range<Int>, _ tokens: [Token]) -> Bool {
        predicate.contains { tokens[$0].kind == .auxiliary && tokens[$0].lemma == "た" }
    }

    /// A clause with no date of its own that goes on from a dated one in the continuative tells of
    /// the same past when it ends in た: 「1960年の改定により旧条約は…置き換えられ、米国の防衛義務が
    /// 第5条に明記された」.
    private static func continuedPastCue(after clause: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        let sentence = text.sentence(of: clause.lowerBound)
        guard clause.lowerBound > sentence.lowerBound,
              let previous = text.clauses.last(where: { $0.upperBound == clause.lowerBound && sentence.contains($0.lowerBound) }),
              endsInTheContinuative(previous, tokens) || endsInAPastContrast(previous, tokens),
              isPast(clause.suffix(japanesePredicateReach), tokens)
        else { return nil }
        return japaneseCue(in: previous, of: text)
    }

    private static func englishCue(in clause: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        // A year after a dating word ("in 1972") or a little after "before" ("prior to the 1 Jul
        // 2014 decision", or, fronted, any year: "Before the 2015 legislation, governments held
        // …") dates the whole clause; a year as a noun's modifier ("the 1960 treaty")
        // may name an instrument ("supersedes the 1960 Agreed Minute"), so only a verb in the past
        // right after that noun's words dates it ("a 1960 secret understanding let …").
        // A phrase fronted before the sentence's first comma dates the clause after it: "Under the
        // 1978 Guidelines, Japan was expected …", "After the 1995 incident, the governor demanded …".
        let sentence = text.sentence(of: clause.lowerBound)
        let fronted = frontingWords.contains(tokens[sentence.lowerBound].lemma)
            ? (sentence.lowerBound..<clause.upperBound).first { tokens[$0].kind == .mark }.flatMap { comma in
                tokens[comma].lemma == "," && comma < clause.upperBound ? sentence.lowerBound..<comma : nil
            }
            : nil
        var modifierOnly = false
        var lawMakingYear = false
        guard let year = ((fronted?.lowerBound ?? clause.lowerBound)..<clause.upperBound).first(where: { index in
            // A decade past as a whole dates its clause too: "entered ASDF service in the 1970s".
            // (The words before it are asked first: reading a word's spelling costs a string.)
            if index >= clause.lowerBound + 2, tokens[index - 1].lemma == definite, datingWords.contains(tokens[index - 2].lemma),
               let decadeEnd = pastDecadeEnd(index, of: text) {
                return decadeEnd <= lastPastYear
            }
            guard tokens[index].kind == .number, let value = Int(text.quote(index..<(index + 1))) else { return false }
            // (A month may stand between: "signed in January 1960".)
            let dated = (index > clause.lowerBound && datingWords.contains(tokens[index - 1].lemma))
                || (index > clause.lowerBound + 1 && months.contains(tokens[index - 1].lemma) && datingWords.contains(tokens[index - 2].lemma))
                || fronted?.contains(index) == true
            // "before", or "prior" with its "to" ("prior consultation" dates nothing).
            let before = (max(fronted?.lowerBound ?? clause.lowerBound, index - beforeReach)..<index).contains { word in
                beforeWords.contains(tokens[word].lemma) || (priorWords.contains(tokens[word].lemma) && tokens[word + 1].lemma == "to")
            }
            if (dated && (earliestYear...lastPastYear).contains(value)) || (before && (value <= reportYear || fronted?.contains(index) == true) && value >= earliestYear) { return true }
            // The year after the report's dates history only where the clause tells of the law's
            // own making or of what was said of it (see `lawMakingVerbs`): "The Legislation …
            // passed the House of Councillors on September 19, 2015", "In June 2015, three
            // scholars testified …". A use of the law dated then is what a rule looks for.
            if value == lastPastYear + 1,
               fronted?.contains(index) == true
                || (max(fronted?.lowerBound ?? clause.lowerBound, index - lawDateReach)..<index).contains(where: { datingWords.contains(tokens[$0].lemma) || tokens[$0].lemma == onLemma }) {
                lawMakingYear = true
                return true
            }
            let modifier = index + 1 < clause.upperBound && tokens[index + 1].kind == .word && !notModified.contains(tokens[index + 1].lemma)
            modifierOnly = modifier && (earliestYear...lastPastYear).contains(value)
            return modifierOnly
        }) else { return nil }
        // A name of capitalized words may run past that reach: "The 1960 Treaty of Mutual
        // Cooperation and Security superseded …".
        let pastReach = modifierOnly ? year..<min(clause.upperBound, max(year + modifiedNounReach, nameEnd(after: year, clause, text) + 1)) : clause
        var past = false
        // A modal after a verb in the past and its "that" is the report's backshift ("their reading
        // was that force could only be used"), not a plan.
        var reportedAfterPast = false
        var lastPast: Int?
        for index in clause where tokens[index].kind == .word {
            let word = text.quote(index..<(index + 1)).lowercased()
            // The "that" right after the verb: "the so-called Far East clause that has governed"
            // is a relative clause, not a report.
            if lastPast == index - 1, word == "that" { reportedAfterPast = true }
            // "is to be", "are to": a plan in the present; "to be carried aboard", a headline's plan.
            if reportedAfterPast { continue }
            // A modal in the past in a clause subordinate to a verb in the past follows its tense:
            // "In 2003 the government had to pass a law before a soldier could go". (In "the pact
            // Japan signed in 1960 would get new terms", "would" is the sentence's own.)
            if let lastPast, pastModals.contains(word),
               tokens[(lastPast + 1)..<index].contains(where: { subordinators.contains($0.lemma) }) || reportingVerbs.contains(tokens[lastPast].lemma) {
                continue
            }
            // A clause whose own verb is in the present tells of now, whatever its dated aside
            // says: "The deployment …, something not seen since reversion in 1972, is part of this
            // package". (An aside is no first segment: in "In 2003 the government had to pass a
            // law, a reminder of how deployments are tethered to statute", the present is the
            // aside's.)
            let dated = text.segment(of: year)
            if presentBe.contains(word), dated.lowerBound > clause.lowerBound, !dated.contains(index) { return nil }
            // A present perfect in an aside after the dated segment is the aside's: "in 1969 U.S.
            // officials sought a right …, an understanding the Government of Japan has since found
            // to have no binding force".
            if ["has", "have"].contains(word), index > year, !dated.contains(index) { continue }
            // So is one in a conjunct with no subject of its own that carries the history on to
            // now: "the Treaty signed in January 1960 replaced the 1951 pact and has not been amended
            // since", "… and has remained in force ever since".
            if ["has", "have"].contains(word), lastPast != nil, tokens[index - 1].lemma == andLemma,
               tokens[(index + 1)..<clause.upperBound].contains(where: { continuingToNow.contains($0.lemma) }) {
                continue
            }
            if planning.contains(word) || (presentBe.contains(word) && index + 1 < clause.upperBound && tokens[index + 1].lemma == "to")
                || (word == "to" && index + 1 < clause.upperBound && tokens[index + 1].lemma == "be") {
                return nil
            }
            // Within a dated noun's words, a capital starts a name: "the 1960 Agreed Minute". A
            // verb in the past with the dated noun as its object dates it too: "the SOFA in turn
            // replaced the 1952 Administrative Agreement".
            let verbOfTheDatedNoun = modifierOnly
                && (index == year - 1 || (index == year - 2 && determiners.contains(tokens[year - 1].lemma)))
            guard pastReach.contains(index) || verbOfTheDatedNoun || ["was", "were"].contains(word),
                  // ("was" before the year is no word of its noun; "was" after a comma is another
                  // clause's, unless a relative clause of the dated noun holds it: "the 1978
                  // Guidelines, under which Japan was to repel …".)
                  !(modifierOnly && index > year
                    && ((tokens[year..<index].contains { $0.kind == .mark } && !inRelativeClause(of: year, index, text))
                        || TextAnalyzer.startsWithCapital(tokens[index], text.text)))
            else { continue }
            // (A comparison's verb is its own: "lets the U.S. keep bombs on Okinawa again, as it did
            // before 1972" plans what was done before.)
            let notAfterItsSubject = Counterfactual.precedesNoPastVerb(index, of: text)
                || tokens[max(clause.lowerBound, index - comparisonReach)..<index].contains { $0.lemma == "as" }
            if word == "was" || word == "were"
                // A verb in the past after its subject; a text's first word has none before it.
                || (EnglishLemmatizer.isPastTense(word, lemma: tokens[index].lemma) && !notAfterItsSubject)
                || (EnglishLemmatizer.unchangedPasts.contains(word) && index > year && !notAfterItsSubject) {
                if !lawMakingYear || (lawMakingVerbs.contains(tokens[index].lemma)
                                      && !tokens[max(clause.lowerBound, index - 2)..<index].contains(where: { unmade.contains($0.lemma) })) {
                    past = true
                }
                lastPast = index
            }
        }
        // The dating word too, when there is one before the year ("in 1972").
        let start = year > sentence.lowerBound && datingWords.contains(tokens[year - 1].lemma) ? year - 1 : year
        return past ? start..<(year + 1) : nil
    }
}
