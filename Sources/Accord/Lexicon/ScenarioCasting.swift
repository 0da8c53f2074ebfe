/// A scenario that cast someone in a part, as wargames, exercise scripts and moot-court problems
/// are told: "A 2019 Naval War College wargame had INDOPACOM take the lead in repelling a
/// landing", "An OPFOR inject had JASDF fighters bomb the adversary's picket ships". What the
/// scenario had them do was played, not planned. A past perfect ("the draft had quietly
/// renegotiated …") casts no one and is read as it stands.
enum ScenarioCasting {
    /// Words of a scenario, a script or a case put for play or study ("simulated" stands for its
    /// noun: "a simulated strike had …").
    static let scenarioNouns = LemmaList(["wargame", "game", "scenario", "inject", "problem", "exercise", "tabletop", "simulation",
                                          "vignette", "move", "variant", "script", "storyline", "excursion", "hypothetical",
                                          "drill", "rehearsal", "simulated"])
    /// How many words the scenario's subject may take before its "had": "A 2019 Naval War College
    /// wargame had".
    static let subjectReach = 10
    /// Words that may open the cast after "had" besides a name: "had a U.S. carrier bringing …".
    static let determiners = LemmaList(["a", "an", "the", "its", "their", "two", "three", "both", "all", "some"])
    static let have = LemmaList(["have"]).lemmas[0]

    /// The scenario's noun and its "had", when they cast the actor of the hit.
    static func cue(holding parts: [Range<Int>], in sentence: Range<Int>, of text: AnalyzedText) -> Range<Int>? {
        let tokens = text.tokens
        guard let first = parts.map(\.lowerBound).min() else { return nil }
        // (The lemma first: the spelling is built only for a form of "have".)
        for had in sentence.dropFirst() where had + 1 < sentence.upperBound && had < first && tokens[had].lemma == have
            && text.quote(had..<(had + 1)).lowercased() == "had" {
            guard opensACast(had + 1, text) else { continue }
            // The cast runs to the end of its clause: "…; critics called that unrealistic".
            let end = ((had + 1)..<sentence.upperBound).first { tokens[$0].kind == .mark && [";", ":", "?"].contains(tokens[$0].lemma) }
                ?? sentence.upperBound
            guard first < end else { continue }
            // The subject: the words before "had", back to its clause's opening mark.
            let start = (sentence.lowerBound..<had).last { tokens[$0].kind == .mark && [";", ":"].contains(tokens[$0].lemma) }.map { $0 + 1 }
                ?? sentence.lowerBound
            let subject = max(start, had - subjectReach)..<had
            if let noun = subject.first(where: { tokens[$0].kind == .word && scenarioNouns.contains(tokens[$0].lemma) }) {
                return noun..<(had + 1)
            }
        }
        return nil
    }

    /// A name or a determiner after "had", not a participle or an adverb: "had JASDF fighters
    /// bomb", "had the SDF sinking", not "had struck", "had quietly renegotiated".
    private static func opensACast(_ index: Int, _ text: AnalyzedText) -> Bool {
        let token = text.tokens[index]
        guard token.kind == .word else { return token.kind == .number }
        return determiners.contains(token.lemma) || text.quote(index..<(index + 1)).first?.isUppercase == true
    }
}
