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
