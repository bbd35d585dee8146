extension TieExtractor {
    /// Verb lemmas whose forms are common nouns or adjectives too ("the press", "a pressing need"): a form
    /// of one is the verb only with a party as its object right after it ("pressed Santiago to reopen the
    /// crossing", "pressing the Kremlin").
    static let objectOnlyLemmas = ["press"]

    /// Whether `cue`, a verb form of one of ``objectOnlyLemmas``, has no party right after it (over "the"):
    /// then it is the noun or the adjective, and states no act.
    func lacksObject(_ cue: (cue: Lexicon.Cue, start: Int, end: Int), _ tokens: [Token],
                     mentions: [ActorMatcher.Mention]) -> Bool {
        guard cue.cue.isVerb, cue.cue.keys.count == 1, let form = cue.cue.keys.first,
              objectOnlyForms.contains(form) else { return false }
        let object = cue.end < tokens.count && tokens[cue.end].key == "the" ? cue.end + 1 : cue.end
        return !mentions.contains { $0.start == object }
    }
}
