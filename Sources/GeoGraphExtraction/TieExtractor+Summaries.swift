/// Stances on an act that an apposition sums up: "Chile asked the OAS for help, a request backed by Peru"
/// (Peru backs Chile), "Ghana said it would close the crossing, a step Togo opposes" (Togo opposes Ghana).
extension TieExtractor {
    /// Articles that open a summing-up apposition (", a request …").
    static let summaryArticles: Set<String> = ["a", "an"]
    /// Words that may stand between the party of a relative clause and its verb ("a step Togo has opposed",
    /// "a move Lima also criticised").
    static let summaryAuxiliaries: Set<String> = ["has", "had", "have", "also", "now", "already", "then", "quickly",
                                                  "swiftly", "strongly", "firmly"]
    /// Words of a relative clause that keep its verb from being done: "a step Togo did not oppose".
    static let summaryNegations: Set<String> = ["not", "never", "no", "didn't", "doesn't", "won't", "wouldn't"]

    /// Ties of stance verbs (`stanceTypes`) whose object is a noun of the lexicon's set `SUMMARIES` set off
    /// by a comma after a clause ("…, a request backed by X and by Y", "…, a demand X refused", "…, a step
    /// that X opposes"): the noun sums up the act of the clause before it, so the stance is on that clause's
    /// subject — the group of parties that opens the sentence, or the clause after a semicolon, colon or
    /// dash, before the comma. The noun is the article's next word or the one after an adjective; the verb
    /// is a passive followed by "by" and its agents (a group of parties right after it), or the verb of a
    /// relative clause whose subject (a group) follows the noun, "that" or "which" between them allowed.
    /// A negated relative clause, an agent or subject among the owners, or no subject found: no tie. Each
    /// cue read here is removed from `cues` (the regular rules would tie the stance to the nearest party
    /// before it, often the object of the clause summed up). Each tie's two ends are appended to `ends`.
    func summaryStances(_ cues: inout [(cue: Lexicon.Cue, start: Int, end: Int)], grouped: [Party],
                        groups: [Range<Int>], tokens: [Token], extras: [String],
                        ends: inout [(source: Int, target: Int)]) -> [Found] {
        let nouns = referenceTables.summaryNouns
        guard !nouns.isEmpty, tokens.contains(where: { nouns.contains($0.key) }) else { return [] }
        var found: [Found] = []
        var read: [Int] = []
        for c in cues.indices where cues[c].cue.isVerb && Self.stanceTypes.contains(cues[c].cue.eventType ?? "") {
            let (start, end) = (cues[c].start, cues[c].end)
            guard start >= 2 else { continue }
            // The passive: ", a request backed by X".
            var noun: Int?
            var stancers: [Party] = []
            if end < tokens.count, tokens[end].key == "by", tokens[start].punctuationBefore == .none,
               nouns.contains(tokens[start - 1].key) {
                noun = start - 1
                if let g = groups.first(where: { g in
                    !g.isEmpty && grouped[g.lowerBound].start > end && grouped[g.lowerBound].start <= end + 2
                        && (end + 1..<grouped[g.lowerBound].start).allSatisfy { tokens[$0].key == "the" }
                }) { stancers = Array(grouped[g]) }
            } else if let g = groups.last(where: { g in
                // The relative clause: ", a step Togo opposes", ", a move that Lima has criticised".
                guard !g.isEmpty, grouped[g.upperBound - 1].end <= start, start - grouped[g.upperBound - 1].end <= 1
                else { return false }
                return (grouped[g.upperBound - 1].end..<start).allSatisfy {
                    Self.summaryAuxiliaries.contains(tokens[$0].key) && tokens[$0].punctuationBefore == .none
                }
            }) {
                var n = grouped[g.lowerBound].start - 1
                if n >= 0, tokens[n].key == "the", tokens[n + 1].punctuationBefore == .none { n -= 1 }
                if n >= 0, ["that", "which"].contains(tokens[n].key), tokens[n + 1].punctuationBefore == .none { n -= 1 }
                if n >= 1, nouns.contains(tokens[n].key), tokens[n + 1].punctuationBefore == .none,
                   !(n + 1..<start).contains(where: { Self.summaryNegations.contains(tokens[$0].key) }) {
                    noun = n
                    stancers = Array(grouped[g])
                }
            }
            guard let n = noun, !stancers.isEmpty else { continue }
            // The article before the noun (an adjective may stand between), set off by a comma.
            var article = n - 1
            if article >= 1, !Self.summaryArticles.contains(tokens[article].key), !tokens[article].isCapitalised,
               tokens[article].punctuationBefore == .none { article -= 1 }
            guard article >= 1, Self.summaryArticles.contains(tokens[article].key),
                  tokens[article].punctuationBefore == .comma,
                  (article + 1...n).allSatisfy({ tokens[$0].punctuationBefore == .none && !tokens[$0].isCapitalised })
            else { continue }
            // The clause summed up: its subject opens the sentence or a clause after a clause break.
            guard let owners = groups.last(where: { g in
                guard !g.isEmpty, grouped[g.upperBound - 1].end <= article else { return false }
                var s = grouped[g.lowerBound].start
                if s > 0, tokens[s - 1].key == "the", tokens[s].punctuationBefore == .none { s -= 1 }
                return s == 0 || tokens[s].punctuationBefore == .clauseBreak
            }).map({ Array(grouped[$0]) }) else { continue }
            let ownerActors = onePerActor(owners[...], extras: extras).map(\.actor)
            let stanceActors = onePerActor(stancers[...], extras: extras).map(\.actor)
            guard !ownerActors.contains(where: stanceActors.contains) else { continue }
            read.append(c)
            for s in stanceActors {
                for o in ownerActors {
                    ends.append((s, o))
                    found.append(Found(source: actors.id(s, extras: extras), target: actors.id(o, extras: extras),
                                       layer: .diplomatic, polarity: cues[c].cue.polarity, strength: cues[c].cue.strength,
                                       isSymmetric: false, cues: [tokens[n].text, cues[c].cue.form], confidence: 0.8,
                                       eventType: cues[c].cue.eventType))
                }
            }
        }
        for c in read.reversed() { cues.remove(at: c) }
        return found
    }
}
