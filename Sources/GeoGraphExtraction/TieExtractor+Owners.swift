/// Events a sentence tells without a party for them to reach: "Chilean and Peruvian jets struck rebel camps in
/// the mountains" names no target, yet the strikes have owners the next sentence may refer to ("The strikes,
/// supported by Colombia, …").
extension TieExtractor {
    /// The owners of the directed events of a sentence that made no directed tie of their type: for each
    /// directed verb cue left in `cues` whose event type no directed tie of the sentence has, the one or two
    /// parties of the coordinated group that opens its clause right before it (at the sentence's start or
    /// after punctuation, an optional "the" before it, at most two words between the group and the verb, none
    /// of them set off by punctuation: "American and British warplanes struck …"). Persons are no owners;
    /// three or more parties, or none, leave the event unowned.
    /// - Returns: The events, each an event type and an owner, in the order of their cues.
    func untiedEventOwners(
        _ cues: [(cue: Lexicon.Cue, start: Int, end: Int)], ties: [Found], grouped: [Party], groups: [Range<Int>],
        tokens: [Token], extras: [String]
    ) -> [(type: String, owner: Int)] {
        var found: [(type: String, owner: Int)] = []
        for m in cues where m.cue.isVerb && !m.cue.isSymmetric {
            guard let type = m.cue.eventType, !type.isEmpty,
                !ties.contains(where: { !$0.isSymmetric && $0.eventType == type }),
                let g = subjectGroup(before: m.start, grouped: grouped, groups: groups, tokens: tokens)
            else { continue }
            let owners = onePerActor(grouped[g], extras: extras).map(\.actor)
            guard Self.opensClause(at: grouped[g.lowerBound].start, tokens), (1...2).contains(owners.count), !owners.contains(where: { actors.kind($0) == .person })
            else { continue }
            for o in owners where !found.contains(where: { $0.type == type && $0.owner == o }) {
                found.append((type, o))
            }
        }
        return found
    }

    /// The group that opens the clause of a verb at `verb` as its subject: the last group before it, at most
    /// two words before it with no punctuation between; else an earlier group followed by a relative clause set
    /// off by commas, the verb at most two words after the clause ("Rwanda, whose troops crossed the border after
    /// Uganda closed it, shelled …": Rwanda, not Uganda).
    func subjectGroup(before verb: Int, grouped: [Party], groups: [Range<Int>], tokens: [Token]) -> Range<Int>? {
        guard let last = groups.lastIndex(where: { !$0.isEmpty && grouped[$0.upperBound - 1].end <= verb })
        else { return nil }
        let end = grouped[groups[last].upperBound - 1].end
        if verb - end <= 2, (end...verb).allSatisfy({ tokens[$0].punctuationBefore == .none }) { return groups[last] }
        for k in stride(from: last, through: 0, by: -1) where !groups[k].isEmpty {
            let end = grouped[groups[k].upperBound - 1].end
            guard let from = predicateStart(after: end, tokens), from != end, from <= verb else { continue }
            if verb - from <= 2, (from + 1..<verb + 1).allSatisfy({ tokens[$0].punctuationBefore == .none }) {
                return groups[k]
            }
        }
        return nil
    }
}
