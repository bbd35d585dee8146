/// A hostile act named as the object of a verb that objects to it: "Tehran condemned the strikes",
/// "Beijing rejected what it called unilateral sanctions", "the navy is countering attacks by the rebels".
/// Whoever objects to an act is not its agent (it may be its victim: "Kyiv condemned Russian strikes"):
/// the act's agent is named inside its own noun phrase ("condemned Russian strikes on Ukraine").
extension TieExtractor {
    /// The event types of verbs that object to the act they take as object.
    static let objectingTypes: Set<String> = ["protest", "oppose", "reject", "accuse", "mobilize"]

    /// Where the verb that objects to tension cue `c` (a noun, or a verb's form read as one) starts: a verb
    /// cue of `objectingTypes` ending at most four words before it, in its clause, with no party, punctuation
    /// or other cue between ("condemned the strikes", "rejected what it called unilateral sanctions"). `nil`
    /// when there is none.
    func objectingVerb(before c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int], _ parties: [Party]) -> Int? {
        let (cue, start) = (cues[c].cue, cues[c].start)
        guard cue.polarity == .tension, c > 0 else { return nil }
        let v = cues[c - 1]
        // (A verb's form that is a noun too, "strikes", "sanctions", is the noun after a word or more:
        // "condemned the strikes"; right after the verb, or after "and", it is a verb of its own.)
        guard v.cue.isVerb, Self.objectingTypes.contains(v.cue.eventType ?? ""), v.end < start, start - v.end <= 4,
              !(v.end..<start).contains(where: { tokens[$0].key == "and" || tokens[$0].key == "or" }),
              // (Nothing but the act's own words between: no party, no punctuation. "cut ties with X, threatens
              // Y" has its own object; "condemned Russian strikes" names the act's owner, read elsewhere.)
              !parties.contains(where: { $0.start >= v.end && $0.start < start }),
              !(v.end + 1...start).contains(where: { tokens[$0].punctuationBefore != .none }),
              (v.end...start).allSatisfy({ clauses[$0] == clauses[start] }),
              // (Its object, not an infinitive: "threatened to attack X" is a threat, read elsewhere.)
              !(v.end..<start).contains(where: { tokens[$0].key == "to" }) else { return nil }
        return v.start
    }

    /// Drops from `pairs` the ties of an objected act (`objectingVerb(before:of:tokens:clauses:_:)`) that make
    /// a party named before the objecting verb its agent: one-sided from it, or mutual with it (a mutual
    /// act has two agents).
    func dropObjectors(cue c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int], _ parties: [Party],
                       pairs: inout [(Party, Party, Bool)]) {
        guard let verb = objectingVerb(before: c, of: cues, tokens: tokens, clauses: clauses, parties) else { return }
        pairs.removeAll { s, t, mutual in s.start < verb || (mutual && t.start < verb) }
    }
}
