import GeoGraph

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

extension TieExtractor {
    /// The layer of the purpose of mutual cooperation cue `c`: the security or economic layer of the next
    /// cue when an infinitive's "to" after `c` introduces it: a security tension right after "to" ("a
    /// partnership to defeat X"), or a security or economic cooperation with at most a verb and a particle
    /// between ("agreed to step up joint patrols", "agreed to build a port"), no party between.
    /// ("agreed to stop all firing" names a tension with a verb between: no purpose of the cue's.)
    /// `nil` when the cue has no such purpose.
    func purposeLayer(_ c: Int, of cues: [CueMatch], tokens: [Token], _ parties: [Party]) -> Layer? {
        let (cue, end) = (cues[c].cue, cues[c].end)
        guard c + 1 < cues.count, cue.polarity == .cooperation, cue.isSymmetric else { return nil }
        let next = cues[c + 1]
        guard next.start > end, next.start - end <= 6, next.cue.layer == .security || next.cue.layer == .economic,
              let to = (end..<next.start).last(where: { tokens[$0].key == "to" }),
              next.cue.polarity == .cooperation ? next.start - to <= 3 : next.start - to == 1,
              !parties.contains(where: { $0.start > to && $0.start < next.start }),
              !(to + 1...next.start).contains(where: { tokens[$0].punctuationBefore != .none }) else { return nil }
        return next.cue.layer
    }
}

extension TieExtractor {
    /// Whether protest or opposition verb `c` is aimed at goods named within four words after it, with no
    /// other cue, no "to" and no punctuation between ("farmers protested against cheap Ukrainian grain",
    /// "opposed Chinese steel imports"): the protest is then economic, as a refusal halting a flow is
    /// (`refusesFlow`; the goods as `namesGoods` reads them).
    func protestsGoods(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> Bool {
        let cue = cues[c].cue
        guard cue.isVerb, cue.eventType == "protest" || cue.eventType == "oppose" else { return false }
        return namesGoods(after: c, of: cues, tokens: tokens, clauses: clauses, stoppingAtCues: true)
    }
}

extension TieExtractor {
    /// Keeps the agents of nominal request cue `c` ("applications to", "a bid to") in `requested`; for verb cue
    /// `c` right after the "to" that ends the last such request ("submitted applications to join NATO"),
    /// makes those agents the sources of `pairs`, each toward the targets the verb found (not one of them).
    func inheritRequestAgents(_ c: Int, of cues: [CueMatch], tokens: [Token], requested: inout (end: Int, agents: [Party])?,
                              pairs: inout [(Party, Party, Bool)]) {
        let (cue, start, end) = (cues[c].cue, cues[c].start, cues[c].end)
        if !cue.isVerb, cue.eventType == "request" {
            var agents: [Party] = []
            for (s, _, _) in pairs where !agents.contains(where: { $0.actor == s.actor }) { agents.append(s) }
            requested = agents.isEmpty ? nil : (end, agents)
            return
        }
        guard cue.isVerb, start > 0, tokens[start - 1].key == "to", let r = requested,
              r.end == start || r.end == start - 1, !pairs.isEmpty else { return }
        var targets: [Party] = []
        for (_, t, _) in pairs where !targets.contains(where: { $0.actor == t.actor })
            && !r.agents.contains(where: { $0.actor == t.actor }) { targets.append(t) }
        let mutual = pairs[0].2
        pairs.removeAll(keepingCapacity: true)
        for s in r.agents { for t in targets { pairs.append((s, t, mutual)) } }
    }
}

extension TieExtractor {
    /// Whether the name at `start` follows a hyphenated word whose last part is of the lexicon's set `HELD`
    /// ("held", "controlled", "occupied"), right before it or before "parts of", "areas of" (one lowercase
    /// noun and "of"): "struck depots in Houthi-held parts of Yemen", "shelling in rebel-controlled Idlib".
    /// The name is then where the act happens, held by another: a scene, not a party.
    func isHeldPlace(_ tokens: [Token], _ words: SentenceWords, start: Int) -> Bool {
        guard start >= 1 else { return false }
        var k = start - 1
        if words.is(k, .of, in: tokens), k >= 2, !tokens[k - 1].isCapitalised,
           tokens[k - 1].punctuationBefore == .none, tokens[k].punctuationBefore == .none {
            k -= 2
        }
        guard tokens[k].text.utf8.contains(UInt8(ascii: "-")) else { return false }
        let parts = tokens[k].text.split(separator: "-")
        guard parts.count >= 2, tokens[start].punctuationBefore == .none, let last = parts.last else { return false }
        return referenceTables.heldSuffixes.contains(last.lowercased())
    }
}
