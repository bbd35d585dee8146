extension TieExtractor {
    /// Verbs that ask for an act when "for" follows them: "called for sanctions", "pushed for an embargo".
    static let demandVerbs = Set(["call", "push", "press", "lobby"].flatMap { Morphology.inflections(of: $0) })

    /// Whether cue `c` names a hostile act only demanded ("called for sanctions against X", "pushed for a
    /// tougher embargo on X"): a nominal tension cue a word or two after "for" after one of
    /// ``demandVerbs``, no party and no punctuation between. The demand is the speaker's diplomatic
    /// pressure on the party, not the act itself: a diplomatic tie, on no other layer.
    func isDemanded(_ c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], tokens: [Token],
                    _ parties: [Party]) -> Bool {
        let start = cues[c].start
        guard !cues[c].cue.isVerb, cues[c].cue.polarity == .tension, start >= 2,
              let f = (max(1, start - 3)..<start).last(where: { tokens[$0].key == "for" }),
              Self.demandVerbs.contains(tokens[f - 1].key),
              (f...start).allSatisfy({ tokens[$0].punctuationBefore == .none }),
              !parties.contains(where: { $0.start > f && $0.start < start }) else { return false }
        return true
    }
}
