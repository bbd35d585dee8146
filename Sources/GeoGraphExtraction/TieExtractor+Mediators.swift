/// Who a mediator or host of talks acts on when the talks' parties are the sentence's subject, not the
/// party nearest the participle: "Chile and Peru agreed to a truce after talks hosted by Ecuador and
/// brokered by Brazil" (Ecuador and Brazil each → Chile, Peru).
extension TieExtractor {
    /// Participles that, followed by "by", name who mediated or hosted the talks or deal before them: the
    /// mediation forms of `mediationForms` and "hosted".
    static let mediatorParticiples: Set<String> = mediationForms.union(["hosted"])
    /// Words that, right before a group after the participle, name the talks' own parties: the regular
    /// reading keeps those ("brokered by Qatar between Israel and Hamas").
    static let talksPartyWords: Set<String> = ["between", "among", "with"]

    /// The pairs of a mediation participle (`mediatorParticiples`, right after a lowercase word, then "by"):
    /// its agents, the group right after "by" (an article allowed), each act on every party of the
    /// sentence's first group, when that group names two or more actors other than the agents, ends before
    /// the participle and follows no preposition. `nil` (the regular reading stands) otherwise, or when a
    /// group after the participle follows "between", "among" or "with".
    func mediatedPairs(cue c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], groups: [Range<Int>],
                       _ grouped: [Party], tokens: [Token], extras: [String]) -> [(Party, Party, Bool)]? {
        let (start, end) = (cues[c].start, cues[c].end)
        guard cues[c].cue.isVerb, start >= 1, end < tokens.count, tokens[end].key == "by",
              Self.mediatorParticiples.contains(tokens[start].key), !tokens[start - 1].isCapitalised,
              let a = groups.first(where: { g in
                  !g.isEmpty && grouped[g.lowerBound].start > end && grouped[g.lowerBound].start <= end + 2
                      && (end + 1..<grouped[g.lowerBound].start).allSatisfy { tokens[$0].key == "the" }
              }),
              let first = groups.first(where: { !$0.isEmpty }), first != a,
              grouped[first.upperBound - 1].end <= start,
              !groups.contains(where: { g in
                  !g.isEmpty && grouped[g.lowerBound].start > end && grouped[g.lowerBound].start >= 1
                      && Self.talksPartyWords.contains(tokens[grouped[g.lowerBound].start - 1].key)
              })
        else { return nil }
        var lead = grouped[first.lowerBound].start - 1
        if lead >= 0, tokens[lead].key == "the" { lead -= 1 }
        if lead >= 0, Self.antecedentPrepositions.contains(tokens[lead].key) { return nil }
        let parties = onePerActor(grouped[first], extras: extras)
        let mediators = onePerActor(grouped[a], extras: extras)
        guard parties.count >= 2, !mediators.contains(where: { m in parties.contains { $0.actor == m.actor } })
        else { return nil }
        return mediators.flatMap { m in parties.map { (m, $0, false) } }
    }
}
