extension TieExtractor {
    /// The subject of a verb that opens a contrasting clause with no subject of its own: "Peru welcomed the
    /// vote, but urged Chile to wait" (the verb right after "but", with or without a comma, or after "but
    /// also"). The clause after "but" goes on the predicate of the clause before it, so its subject is that clause's: the first
    /// party of it that is not a place ("in Lima"), a preposition's object or a verb's object (no verb cue
    /// before it in the clause, no past form right before it). When the clause before is a
    /// report ("Peru said the vote was fair, but urged Chile"), the subject is the speaker's, in the clause
    /// before the report.
    /// - Returns: The index in `groups` of the subject, or `nil` when the cue opens no such clause.
    func contrastSubject(cue c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], groups: [Range<Int>], _ parties: [Party],
                         tokens: [Token], _ words: SentenceWords, clauses: [Int]) -> Int? {
        let start = cues[c].start
        guard cues[c].cue.isVerb, start >= 2 else { return nil }
        var but = start - 1
        if Self.predicateAdverbs.contains(tokens[but]), tokens[but].punctuationBefore == .none { but -= 1 }
        guard but >= 1, tokens[but].key == "but" else { return nil }
        /// Whether the clause that starts at `s` is what a reporting verb right before it reports ("said
        /// (that) …").
        func reported(_ s: Int) -> Bool {
            guard s > 0 else { return false }
            let prev = s - 1
            if lexicon.reporting.contains(tokens[prev].key) { return true }
            return tokens[prev].key == "that" && (max(0, prev - 4)..<prev).contains { lexicon.reporting.contains(tokens[$0].key) }
        }
        var clause = clauses[but - 1]
        var clauseStart = (0..<but).first { clauses[$0] == clause } ?? 0
        while reported(clauseStart) {
            clause = clauses[clauseStart - 1]
            clauseStart = (0..<clauseStart).first { clauses[$0] == clause } ?? 0
        }
        return groups.indices.first { g in
            let first = parties[groups[g].lowerBound].start
            guard parties[groups[g].upperBound - 1].end <= but, clauses[first] == clause,
                  !isPastVerbObject(parties[groups[g].lowerBound], tokens),
                  !cues.contains(where: { $0.cue.isVerb && $0.start >= clauseStart && $0.start < first }) else { return false }
            var lead = first - 1
            while lead >= 0, words.on(lead, [.titles, .determiners]) { lead -= 1 }
            return !(lead >= 0 && words.on(lead, [.placeWords, .objectWords]))
        }
    }
}
