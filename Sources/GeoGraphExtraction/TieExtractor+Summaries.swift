import GeoGraph

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
    /// cue read here, and a noun cue the summing noun is ("a request"), is removed from `cues` (the regular
    /// rules would tie the stance to the nearest party before it, often the object of the clause summed up).
    /// Each tie's two ends are appended to `ends`.
    func summaryStances(_ cues: inout [(cue: Lexicon.Cue, start: Int, end: Int)], grouped: [Party],
                        groups: [Range<Int>], tokens: [Token], extras: [String],
                        ends: inout [(source: Int, target: Int)]) -> [Found] {
        let nouns = referenceTables.summaryNouns
        guard tokens.contains(where: { nouns.contains($0) }) else { return [] }
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
            // (The summing noun is no cue of its own: "a request" asks nobody here.)
            for k in cues.indices where k != c && cues[k].start <= n && n < cues[k].end && !read.contains(k) { read.append(k) }
            found += stanceTies(cues[c].cue, word: tokens[n].text, from: stanceActors, to: ownerActors, extras: extras,
                                ends: &ends)
        }
        for c in Set(read).sorted().reversed() { cues.remove(at: c) }
        return found
    }
}

extension TieExtractor {
    /// Relative pronouns that open a clause about the party before them.
    static let relativeObjects: WordSet = ["which", "whom"]
    /// Prepositions that, right before a party, make it an object inside a phrase ("the deal with Iran,
    /// which …": "which" may be the deal): such a party is no antecedent of a relative clause here.
    static let antecedentPrepositions: Set<String> = ["with", "to", "of", "in", "from", "for", "on", "against",
                                                      "between", "by", "at", "over", "into", "toward", "towards"]

    /// Ties of stance verbs (`stanceTypes`) in an object relative clause set off after a group of parties:
    /// "Russia, which the Baltic governments blame for the attacks", "Chile and Peru, whom Bolivia has
    /// criticised": the clause's subject (a group right before the verb, "has", "also" … allowed between)
    /// takes its stance on the group before ", which" or ", whom". A group after a preposition ("the deal
    /// with Iran, which …"), a negated clause, a party right after the verb (its own object) or the same
    /// actor at both ends: no tie. Each cue read is removed from `cues`; each tie's ends go to `ends`.
    func relativeStances(_ cues: inout [(cue: Lexicon.Cue, start: Int, end: Int)], grouped: [Party],
                         groups: [Range<Int>], tokens: [Token], extras: [String],
                         ends: inout [(source: Int, target: Int)]) -> [Found] {
        guard tokens.contains(where: { Self.relativeObjects.contains($0) }) else { return [] }
        var found: [Found] = []
        var read: [Int] = []
        for c in cues.indices where Self.stanceTypes.contains(cues[c].cue.eventType ?? "") {
            let (start, end) = (cues[c].start, cues[c].end)
            // (A noun's form right after the clause's subject is the verb's plural: "the Baltic governments blame".)
            let verb = cues[c].cue.isVerb || (end - start == 1 && start > 0 && tokens[start].punctuationBefore == .none
                                              && groups.contains { !$0.isEmpty && grouped[$0.upperBound - 1].end == start })
            guard verb, start >= 3, let g = groups.last(where: { g in
                guard !g.isEmpty, grouped[g.upperBound - 1].end <= start, start - grouped[g.upperBound - 1].end <= 1
                else { return false }
                return (grouped[g.upperBound - 1].end..<start).allSatisfy {
                    Self.summaryAuxiliaries.contains(tokens[$0].key) && tokens[$0].punctuationBefore == .none
                }
            }) else { continue }
            var r = grouped[g.lowerBound].start - 1
            if r >= 0, tokens[r].key == "the", tokens[r + 1].punctuationBefore == .none { r -= 1 }
            guard r >= 1, Self.relativeObjects.contains(tokens[r].key), tokens[r].punctuationBefore == .comma,
                  tokens[r + 1].punctuationBefore == .none,
                  let a = groups.last(where: { !$0.isEmpty && grouped[$0.upperBound - 1].end == r }),
                  !(r + 1..<start).contains(where: { Self.summaryNegations.contains(tokens[$0].key) }),
                  !groups.contains(where: { h in
                      !h.isEmpty && grouped[h.lowerBound].start >= end && grouped[h.lowerBound].start <= end + 1
                  })
            else { continue }
            var lead = grouped[a.lowerBound].start - 1
            if lead >= 0, tokens[lead].key == "the" { lead -= 1 }
            if lead >= 0, Self.antecedentPrepositions.contains(tokens[lead].key) { continue }
            let targets = onePerActor(grouped[a], extras: extras).map(\.actor)
            let sources = onePerActor(grouped[g], extras: extras).map(\.actor)
            guard !targets.contains(where: sources.contains) else { continue }
            read.append(c)
            found += stanceTies(cues[c].cue, word: tokens[r].text, from: sources, to: targets, extras: extras, ends: &ends)
        }
        for c in read.reversed() { cues.remove(at: c) }
        return found
    }
}

extension TieExtractor {
    /// Ties of a stance participle on the event noun that opens the sentence: "The strikes, supported by
    /// Canada and Norway, were …", "The launches, condemned by Japan, …" after a sentence telling that
    /// event. The noun (a lexicon noun or a verb's form after "The", or a noun of `EVENTS`) stands for the
    /// one or two parties doing an event of its type in the previous sentence of the paragraph
    /// (`Context.events`; those of `anyEvent` for an `EVENTS` noun), and the participle's agents — the
    /// group right after "by" — take their stance on each: support for a security event is security
    /// cooperation, as support for a war is. A mutual event, no event of the type, or an owner among the
    /// agents: no tie. The noun's and the participle's cues are removed from `cues`.
    func frontedEventStances(_ cues: inout [(cue: Lexicon.Cue, start: Int, end: Int)], grouped: [Party],
                             groups: [Range<Int>], tokens: [Token], context: CodedContext, extras: [String],
                             ends: inout [(source: Int, target: Int)]) -> [Found] {
        guard !context.events.isEmpty, tokens.count > 5, tokens[0].key == "the", tokens[2].punctuationBefore == .comma,
              tokens[1].punctuationBefore == .none, !tokens[1].isCapitalised,
              let v = cues.firstIndex(where: { $0.start == 2 && $0.cue.isVerb }),
              Self.stanceTypes.contains(cues[v].cue.eventType ?? ""), cues[v].end < tokens.count,
              tokens[cues[v].end].key == "by"
        else { return [] }
        let generic = referenceTables.genericEventNouns.contains(tokens[1])
        let noun = cues.firstIndex { $0.start == 1 }
        guard generic || noun.map({ !cues[$0].cue.isSymmetric }) == true else { return [] }
        let type = generic ? Self.anyEvent : cues[noun!].cue.eventType ?? ""
        var owners: [Int] = []
        for e in context.events where e.type == type && !owners.contains(e.owner) { owners.append(e.owner) }
        let end = cues[v].end
        guard (1...2).contains(owners.count), let g = groups.first(where: { g in
            !g.isEmpty && grouped[g.lowerBound].start > end && grouped[g.lowerBound].start <= end + 2
                && (end + 1..<grouped[g.lowerBound].start).allSatisfy { tokens[$0].key == "the" }
        }) else { return [] }
        let agents = onePerActor(grouped[g], extras: extras).map(\.actor)
        guard !agents.contains(where: owners.contains) else { return [] }
        let stance = cues[v].cue
        let security = !generic && stance.polarity == .cooperation && cues[noun!].cue.layer == .security
        let found = stanceTies(stance, word: tokens[1].text, from: agents, to: owners, layer: security ? .security : .diplomatic,
                               extras: extras, ends: &ends)
        cues.removeAll { $0.start == 1 || $0.start == 2 }
        return found
    }
}

extension TieExtractor {
    /// Stance cue `cue`'s ties from each of `sources` to each of `targets`, on `layer`, citing `word` (the
    /// noun or pronoun the stance is read through) and the cue's form. Each tie's two ends are appended to
    /// `ends`. The one writer of the summed-up, relative and fronted stances' ties.
    func stanceTies(_ cue: Lexicon.Cue, word: String, from sources: [Int], to targets: [Int], layer: Layer = .diplomatic,
                    extras: [String], ends: inout [(source: Int, target: Int)]) -> [Found] {
        var found: [Found] = []
        for s in sources {
            for t in targets {
                ends.append((s, t))
                found.append(Found(source: actors.id(s, extras: extras), target: actors.id(t, extras: extras),
                                   layer: layer, polarity: cue.polarity, strength: cue.strength, isSymmetric: false,
                                   cues: [word, cue.form], confidence: 0.8, eventType: cue.eventType))
            }
        }
        return found
    }
}
