/// Events told by a sentence that names one party: "Chile struck rebel bases on Monday. Lima condemned the
/// strikes" (the strikes are Chile's, though the first sentence has no second party to make a tie with). The
/// sentence ties nothing, yet the next one may refer to its event (`eventReferences`), as it may to the
/// events of a sentence that ties something (`recordEvents`).
extension TieExtractor {
    /// Where the predicate of a subject ending at `end` begins.
    ///
    /// Right after the subject, or, when a relative clause set off by commas follows it ("Chile, whose troops
    /// entered the zone, struck …"), at the word after the clause's closing comma; `nil` when the clause
    /// does not close.
    func predicateStart(after end: Int, _ tokens: [Token]) -> Int? {
        guard end < tokens.count, tokens[end].punctuationBefore == .comma, Self.relatives.contains(tokens[end])
        else { return end }
        return (end + 1..<tokens.count).first { tokens[$0].punctuationBefore != .none }
            .flatMap { tokens[$0].punctuationBefore == .comma ? $0 : nil }
    }

    /// The events of a sentence whose only party opens it as its subject.
    ///
    /// The party opens the sentence (after "the" at most), is joined by no "and" or "or" and is no person;
    /// its event is the first directed verb cue of its predicate (`predicateStart(after:_:)`), at most two
    /// words after the subject or its relative clause, none of them set off by punctuation, and not passive
    /// (after one of `passiveAuxiliaries`): under the cue's event type, and under `anyEvent` for a noun that
    /// names an event without its type ("the move").
    /// - Parameters:
    ///   - tokens: The sentence's words.
    ///   - mentions: The sentence's actor mentions, to look its cues up with.
    ///   - known: The sentence's cues when they were looked up already; else they are looked up here, only
    ///     when a cue may start within two words of the predicate.
    ///   - p: The sentence's first party.
    ///   - events: The events for the next sentence, appended to.
    func loneEvents(
        _ tokens: [Token], mentions: [ActorMatcher.Mention], cues known: [(cue: Lexicon.Cue, start: Int, end: Int)]?,
        party p: Party, into events: inout [(type: String, owner: Int)]
    ) {
        guard p.start == 0 || (p.start == 1 && tokens[0].key == "the"), actors.kind(p.actor) != .person,
            p.end < tokens.count, !["and", "or"].contains(tokens[p.end].key),
            let from = predicateStart(after: p.end, tokens)
        else { return }
        // (A cue's first word within two words of the predicate's start, or no cue can start there: the
        // cues are looked up only then, as most sentences of one party tell no event of it.)
        guard
            known != nil
                || (from..<min(tokens.count, from + 3)).contains(where: {
                    referenceTables.eventNouns.contains(tokens[$0])
                })
        else { return }
        let cues = known ?? self.cues(tokens, mentions: mentions)
        guard
            let verb = cues.first(where: { c in
                c.start >= from && c.cue.isVerb && !c.cue.isSymmetric && !(c.cue.eventType ?? "").isEmpty
            }),
            verb.start - from <= 2,
            ((from == p.end ? from : from + 1)..<verb.start + 1).allSatisfy({ tokens[$0].punctuationBefore == .none }),
            // ("The UAE was granted a higher quota": a passive subject is the event's patient.)
            verb.start == 0 || !Self.passiveAuxiliaries.contains(tokens[verb.start - 1]),
            let type = verb.cue.eventType
        else { return }
        events.append((type, p.actor))
        events.append((Self.anyEvent, p.actor))
    }
}
