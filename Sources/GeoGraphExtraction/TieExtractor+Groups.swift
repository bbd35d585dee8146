/// Compound actors: which parties of a sentence act together.
extension TieExtractor {
    /// Parties joined by "and", "or" or listed together form one group ("Russia and China",
    /// "Uzbekistan, Turkmenistan, and Kazakhstan").
    func groups(_ parties: [Party], _ tokens: [Token]) -> [[Party]] {
        var groups: [[Party]] = []
        var joins: [[Join]] = []
        groups.reserveCapacity(parties.count)
        joins.reserveCapacity(parties.count)
        for p in parties {
            if let last = groups.last?.last {
                let between = tokens[last.end..<max(last.end, p.start)]
                // "Kazakh President Qasym-Zhomart Toqaev", "Russia's foreign minister Sergei Lavrov": one
                // party, the state with the person who speaks for it.
                if last.actor == p.actor, between.count <= 4,
                   between.allSatisfy({ $0.isCapitalised || Self.titleWords.contains($0) }) {
                    groups[groups.count - 1][groups[groups.count - 1].count - 1] =
                        Party(actor: p.actor, start: last.start, end: p.end, person: p.person ?? last.person)
                    continue
                }
                // Parties sharing words ("the two countries", "Kyrgyz-Tajik") come as a pair.
                if p.start < last.end {
                    groups[groups.count - 1].append(p)
                    joins[joins.count - 1].append(.conjunction)
                    continue
                }
                // "X and his counterpart Y", "X and her Uzbek counterpart, Y": the two act together.
                let counterpart = tokens[last.end..<min(tokens.count, p.end + 1)].contains { Self.counterpartWords.contains($0) }
                if between.first?.key == "and", counterpart, between.count <= 4 {
                    groups[groups.count - 1].append(p)
                    joins[joins.count - 1].append(.conjunction)
                    continue
                }
                // "join NATO, and Helsinki has been accepted": a new clause, not a list.
                let opensClause = p.end < tokens.count && Self.clauseVerbs.contains(tokens[p.end])
                if between.allSatisfy({ Self.conjunctions.contains($0) }) && between.count <= 1 && !(between.count == 1 && opensClause) {
                    groups[groups.count - 1].append(p)
                    joins[joins.count - 1].append(between.isEmpty ? .comma : .conjunction)
                    continue
                }
                // "China and other partners including Turkey" (but "several borrowers, such as Tajikistan and
                // Kyrgyzstan, owe": the examples start their own group, the subject).
                if let last = between.last, Self.exampleWords.contains(last) {
                    groups[groups.count - 1].append(p)
                    joins[joins.count - 1].append(.conjunction)
                    continue
                }
            }
            groups.append([p])
            joins.append([])
        }
        // A run joined by commas is a list only when "and" or "or" closes it ("Uzbekistan, Turkmenistan,
        // and Kazakhstan"); "threats against Kazakhstan, Mr Xi reassured" is two clauses. A pronoun
        // never opens a list ("turned away from him, Finland and Sweden decided").
        let pronouns = Self.pronouns
        return Self.split(groups, joins) { pronouns.contains(tokens[$0.start]) }
    }

    /// Each group cut before a comma-joined party unless "and" or "or" closes the run after it, or the
    /// party before the comma is a pronoun (`isPronoun`). A group with no comma is kept as it is, not
    /// rebuilt party by party (most groups are one party; the plain form, kept in the tests, makes a new
    /// array for each).
    /// - Parameter joins: For each group, how each party after the first is joined to the one before.
    static func split(_ groups: [[Party]], _ joins: [[Join]], isPronoun: (Party) -> Bool) -> [[Party]] {
        var split: [[Party]] = []
        split.reserveCapacity(groups.count)
        for (group, join) in zip(groups, joins) {
            guard join.contains(.comma) else {
                split.append(group)
                continue
            }
            var current = [group[0]]
            for k in 1..<max(1, group.count) {
                let closed = join[(k - 1)...].contains(.conjunction)
                let pronoun = join[k - 1] == .comma && isPronoun(group[k - 1])
                if join[k - 1] == .comma && (!closed || pronoun) {
                    split.append(current)
                    current = [group[k]]
                } else {
                    current.append(group[k])
                }
            }
            split.append(current)
        }
        return split
    }

    enum Join { case comma, conjunction }

    // The short word lists of the group rules, made once and asked by token (by its word code).
    static let counterpartWords: WordSet = ["counterpart", "counterparts"]
    static let clauseVerbs: WordSet = ["has", "is", "was", "does"]
    static let exampleWords: WordSet = ["including", "notably", "especially", "particularly"]
    static let conjunctions: WordSet = ["and", "or"]
}
