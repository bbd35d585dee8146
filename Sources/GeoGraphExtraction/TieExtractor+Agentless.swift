/// Acts whose agent the clause does not name, which tie nobody: passives with no "by" ("Georgia was
/// invaded in 2008"), accusations in a passive ("firms accused of …") and participles before a noun
/// ("the detained leader").
extension TieExtractor {
    /// Whether cue `c` is a passive verb whose clause names no agent: "Georgia was invaded in 2008",
    /// "fears being sanctioned for helping X". Its subject is its patient and no one in the clause
    /// its agent, so it ties nobody (the "by X" of a passive is read by the direction rules). A verb
    /// after a form of "be" or "get" (``passiveAuxiliaries``; an "-ly" adverb may stand between) that is no "-ing" form, not mutual
    /// ("is allied with") and no membership ("was admitted to"), not followed by "with" ("is equipped
    /// with", which ``TieExtractor`` reads for the maker), with no "by" after it in its clause.
    func isAgentlessPassive(_ c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], tokens: [Token],
                            clauses: [Int]) -> Bool {
        let (cue, start, end) = cues[c]
        guard cue.isVerb, !cue.isSymmetric, cue.eventType != "member", start > 0,
              let verb = cue.keys.first, !verb.hasSuffix("ing") else { return false }
        var aux = start - 1
        if aux > 0, tokens[aux].key.hasSuffix("ly"), tokens[aux].punctuationBefore == .none { aux -= 1 }
        guard Self.passiveAuxiliaries.contains(tokens[aux]), tokens[start].punctuationBefore == .none else { return false }
        // ("is equipped mostly with Russian-made jets": what it is equipped or armed with names its maker.)
        var next = end
        if next < tokens.count, tokens[next].key.hasSuffix("ly") { next += 1 }
        if next < tokens.count, tokens[next].key == "with" { return false }
        return !(end..<tokens.count).contains { clauses[$0] == clauses[start] && tokens[$0].key == "by" }
    }
}

extension TieExtractor {
    /// Words that, right after a participle, keep it a verb ("the occupied by" is no phrase; "a deal
    /// signed with X" names its object).
    static let verbContinuations: WordSet = ["by", "with", "to", "from", "in", "on", "at", "of", "and", "or", "as",
                                                 "for", "that", "into", "against"]

    /// Whether verb cue `c` states an act whose agent the clause does not name: an accusation in a passive
    /// with no "by" ("firms accused of moving oil", "Kenya accused of meddling": the accuser is unnamed,
    /// the party before is the accused), or an "-ed" form between an article and its noun ("the detained
    /// leader", "the occupied territories"), which describes the noun. Such a cue ties nobody.
    func hasNoAgent(_ c: Int, of cues: [CueMatch], tokens: [Token]) -> Bool {
        let (cue, start, end) = (cues[c].cue, cues[c].start, cues[c].end)
        guard cue.isVerb, cue.keys.count == 1, let form = cue.keys.first, form.hasSuffix("ed"), end < tokens.count,
              tokens[end].punctuationBefore == .none else { return false }
        let next = tokens[end].key
        if cue.eventType == "accuse", next == "of" || next == "for" { return true }
        return start > 0 && Self.articles.contains(tokens[start - 1])
            && tokens[start].punctuationBefore == .none && !Self.verbContinuations.contains(tokens[end])
    }
}

extension TieExtractor {
    /// Verbs whose object noun is their subject's own act: "launched attacks on X", "carried out strikes
    /// on X", "waged a war against X", "have been locked in a conflict". (Not "renewed", an adjective as
    /// often: "fears of renewed clashes".)
    static let lightVerbs: WordSet = [
        "launch", "launches", "launched", "launching", "carry", "carries", "carried", "carrying",
        "conduct", "conducts", "conducted", "conducting", "stage", "stages", "staged", "staging",
        "mount", "mounts", "mounted", "mounting", "wage", "wages", "waged", "waging",
        "step", "steps", "stepped", "stepping", "intensify", "intensifies", "intensified", "intensifying",
        "escalate", "escalates", "escalated", "escalating", "resume", "resumes", "resumed", "resuming",
        "continue", "continues", "continued", "continuing", "unleash", "unleashes", "unleashed", "unleashing",
        "order", "orders", "ordered", "ordering", "begin", "begins", "began", "begun", "beginning",
        "start", "starts", "started", "starting", "lead", "leads", "led", "leading",
        "undertake", "undertakes", "undertook", "undertaken", "undertaking", "widen", "widens", "widened", "widening",
        "expand", "expands", "expanded", "expanding", "extend", "extends", "extended", "extending",
        "make", "makes", "made", "making", "pursue", "pursues", "pursued", "pursuing",
        "fight", "fights", "fought", "locked", "engaged", "embroiled", "mired",
        // "responded with strikes on X", "would be answered with attacks on X", "a role in the ambush".
        "respond", "responds", "responded", "responding", "retaliate", "retaliates", "retaliated", "retaliating",
        "answer", "answers", "answered", "answering", "role",
        // "claimed responsibility for the attacks on X", "kept up attacks on X".
        "responsibility", "keep", "keeps", "kept", "keeping",
        // A phrase's own verb: "fired rockets at X", "used water cannon on X".
        "fire", "fires", "fired", "firing", "use", "uses", "used", "using"]

    /// Whether a nominal event of force at `start` states no agent in the party whose name ends at
    /// `subjectEnd`: "X complained about attacks on Y", "X voiced alarm about raids on Y" name the
    /// attacker nowhere, and the clause's subject is not it. The subject is the agent only when the noun
    /// is the object of a light verb at most ``lightVerbReach`` words before it with no punctuation between
    /// (``lightVerbs``: "X launched strikes on Y"; not a relative clause's verb set off by commas), or one
    /// that opens the cue's own phrase ("X fired rockets at Y"), or when a possessive determiner owns it
    /// ("backed X in its invasion of Y"). A named owner ("Russia's attacks", "Chinese strikes") and its
    /// "by X" are read before this (the direction rules), and so is a mutual noun's own "between A and
    /// B" or "with X" ("clashes with X").
    static func statesNoAgent(nounAt start: Int, subjectEnd: Int, tokens: [Token]) -> Bool {
        guard subjectEnd < start else { return false }
        if (max(subjectEnd, start - 2)..<start).contains(where: { possessiveDeterminers.contains(lowerOf: tokens[$0]) }) {
            return false
        }
        // (The light verb is the noun's own: at most `lightVerbReach` words before it, no punctuation between —
        // "Qatar, which has led the talks, condemned attacks on X" is no attack of Qatar's.)
        // (From the noun's own first word: a phrase that opens with its verb, "fired rockets at X", is its own.)
        var k = start
        while k >= max(subjectEnd, start - lightVerbReach) {
            if lightVerbs.contains(tokens[k]) { return false }
            if tokens[k].punctuationBefore != .none { break }
            k -= 1
        }
        return true
    }

    /// The most words between a light verb and its noun of force: "carried out a wave of strikes on X".
    static let lightVerbReach = 6
}
