extension TieExtractor {
    /// The lemma of the verb whose object may name military guests; its forms are the lexicon's
    /// (``Lexicon/verbForms``, kept in ``hostForms``).
    static let hostLemma = "host"
    /// Words that close the host's object ("hosted talks on its bases" names no military guest).
    static let objectClosers: Set<String> = [
        "at", "in", "on", "for", "to", "with", "from", "between", "during", "and", "after", "before", "while",
        "who", "which", "that", "said",
    ]

    /// Whether cue `c` is the verb "host" whose object names a military guest ("Iceland hosted US Navy
    /// patrol aircraft"): the host's tie to the guest's state is then security cooperation, like
    /// stationing troops. The object is read up to six words on, to punctuation, a preposition or a
    /// conjunction.
    /// - Returns: `true` when a word of the lexicon's set `GUESTS` (``militaryGuests``) is in the object.
    func hostsMilitaryGuests(_ c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], tokens: [Token]) -> Bool {
        let (cue, end) = (cues[c].cue, cues[c].end)
        guard cue.isVerb, cue.keys.count == 1, let verb = cue.keys.first, hostForms.contains(verb) else { return false }
        let limit = min(tokens.count, end + 6)
        var i = end
        while i < limit {
            if i > end && tokens[i].punctuationBefore != .none { return false }
            let key = tokens[i].key
            if Self.objectClosers.contains(key) { return false }
            if militaryGuests.contains(key) { return true }
            i += 1
        }
        return false
    }
}

extension TieExtractor {
    /// Whether cue `c` is the verb "host" whose object is talks between the parties that start at
    /// `object` ("Qatar hosted talks between Israel and Hamas"): the host consults each party, as a
    /// mediator does. A meeting noun (a `consult` cue) lies between the verb and the parties, a word or
    /// two on.
    func hostsTalks(cue c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], object: Int) -> Bool {
        let (cue, end) = (cues[c].cue, cues[c].end)
        guard cue.isVerb, cue.keys.count == 1, let verb = cue.keys.first, hostForms.contains(verb),
              object > end, object - end <= 4 else { return false }
        return cues.contains { !$0.cue.isVerb && $0.cue.eventType == "consult" && $0.start >= end && $0.end <= object }
    }

    /// Whether cue `c` names talks only offered or planned, the object of an infinitive "to host"
    /// ("offered to host talks between Lima and Quito", "agreed to host talks"): the parties have not
    /// met, so the talks tie nobody; the host's consultation of each stays (``hostsTalks(cue:of:object:)``).
    func talksOnlyOffered(_ c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], tokens: [Token]) -> Bool {
        guard c > 0, !cues[c].cue.isVerb, cues[c].cue.eventType == "consult" else { return false }
        let host = cues[c - 1]
        guard host.cue.isVerb, host.cue.keys.count == 1, let verb = host.cue.keys.first, hostForms.contains(verb),
              host.start > 0, tokens[host.start - 1].key == "to", cues[c].start >= host.end,
              cues[c].start - host.end <= 2 else { return false }
        return true
    }
}
