/// "both NATO allies", "the two EU members": a pair named by the body both belong to.
extension TieExtractor {
    /// Nouns that, after a body named between "both" (or "the two") and them, make the phrase the pair of
    /// states that are members of the body.
    static let bodyMemberNouns: WordSet = ["allies", "members"]

    /// A pair named by its body ("both NATO allies", "the two EU members", at `start..<end`): the two
    /// states the phrase stands for, each a member of `body`.
    struct BodyPair: Sendable {
        var members: [Int]
        var body: Int
        var span: Range<Int>
        /// Whether the phrase still stands for the body ("its NATO allies": the owner's fellow members), the
        /// members being its owner only.
        var standsForBody = false
    }

    /// Possessive determiners that make a body's member noun the owner's fellow members ("its NATO allies").
    static let fellowOwners: WordSet = ["its", "their"]
    /// Nouns after "its" and a body that name the owner's fellow members ("its EU partners").
    static let fellowNouns: WordSet = ["allies", "partners", "members"]

    /// The pairs named by their body (`bodyMemberNouns`), read in `parties`: the body's party is replaced
    /// by the pair's two states, each over the whole phrase. The pair is that of "both states" (the
    /// last two states named before the phrase in the sentence, not the subject of its clause; else the
    /// previous sentence's two parties when both are states; else the document's two most named states when
    /// the subject is neither); a pair already in the body, or none found, leaves the phrase unread.
    ///
    /// "Poland asked its NATO allies", "Hungary angered its EU partners": after "its" or "their", a body and a
    /// noun of `fellowNouns` stand for the body (the owner's fellow members), and the owner — the subject of
    /// the clause before "its" — is a member of it; the noun is no relation cue.
    func bodyPairs(_ tokens: [Token], context: CodedContext, parties: inout [Party]) -> [BodyPair] {
        guard tokens.contains(where: { Self.bodyMemberNouns.contains($0) || Self.fellowNouns.contains($0) }) else { return [] }
        var found: [BodyPair] = []
        for p in parties where actors.kind(p.actor) == .organisation && p.start >= 2 && p.end < tokens.count
            && Self.fellowOwners.contains(tokens[p.start - 1]) && Self.fellowNouns.contains(tokens[p.end])
            && tokens[p.end].punctuationBefore == .none && tokens[p.start].punctuationBefore == .none {
            guard let owner = clauseSubject(before: p.start - 1, tokens, parties[...]), owner != p.actor,
                  actors.kind(owner) != .organisation else { continue }
            found.append(BodyPair(members: [owner], body: p.actor, span: p.start - 1..<p.end + 1, standsForBody: true))
        }
        for p in parties where actors.kind(p.actor) == .organisation && p.start >= 1 && p.end < tokens.count {
            guard Self.bodyMemberNouns.contains(tokens[p.end].key), tokens[p.end].punctuationBefore == .none,
                  tokens[p.start].punctuationBefore == .none else { continue }
            let opener: Int
            if tokens[p.start - 1].key == "both" {
                opener = p.start - 1
            } else if p.start >= 2, tokens[p.start - 1].key == "two", tokens[p.start - 2].key == "the",
                      tokens[p.start - 1].punctuationBefore == .none {
                opener = p.start - 2
            } else { continue }
            let subject = clauseSubject(before: opener, tokens, parties[...])
            var pair: [Int] = []
            for q in parties.reversed() where q.end <= opener && actors.kind(q.actor) == .state
                && q.actor != subject && !pair.contains(q.actor) {
                pair.insert(q.actor, at: 0)
                if pair.count == 2 { break }
            }
            if pair.count < 2 {
                if let previous = context.pair, previous.count == 2, previous.allSatisfy({ actors.kind($0) == .state }),
                   subject.map({ !previous.contains($0) }) ?? true {
                    pair = previous
                } else if let dyad = context.dyad, dyad.count == 2, subject.map({ !dyad.contains($0) }) ?? true {
                    pair = dyad
                } else { continue }
            }
            guard !pair.contains(p.actor), pair[0] != pair[1] else { continue }
            found.append(BodyPair(members: pair, body: p.actor, span: opener..<p.end + 1))
        }
        guard !found.isEmpty else { return [] }
        parties.removeAll { p in found.contains { !$0.standsForBody && $0.span.contains(p.start) && $0.body == p.actor } }
        for f in found where !f.standsForBody {
            for m in f.members { parties.append(Party(actor: m, start: f.span.lowerBound, end: f.span.upperBound)) }
        }
        parties.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return found
    }

    /// The membership ties of `bodyPairs(_:context:parties:)`: each member → the body (type `member`,
    /// strong; a security tie for a security bloc). Each tie's ends are appended to `ends`.
    func bodyPairMemberships(_ pairs: [BodyPair], tokens: [Token], extras: [String],
                             ends: inout [(source: Int, target: Int)]) -> [Found] {
        var found: [Found] = []
        for f in pairs {
            found += membershipTies(of: f.members, in: f.body, strength: 0.9,
                                    cue: tokens[f.span].map(\.text).joined(separator: " "), extras: extras, ends: &ends)
        }
        return found
    }
}

extension TieExtractor {
    /// Participles that, set off after a body and followed by "by", name who leads it: "IGAD, chaired by
    /// Djibouti, …".
    static let leadingParticiples: Set<String> = ["chaired", "led", "headed", "co-chaired"]

    /// "IGAD, chaired by Djibouti, …", "the Arctic Council, led by Norway,": a body set off by a comma and a
    /// participle of `leadingParticiples` with "by" and a group of states names its leaders: a tie from each
    /// to the body (leading an organisation is a tie to it, as "the Russia-led CIS": type `member`, a security
    /// tie for a security bloc). Each tie's ends are appended to `ends`.
    func ledBodies(_ grouped: [Party], groups: [Range<Int>], tokens: [Token], extras: [String],
                   ends: inout [(source: Int, target: Int)]) -> [Found] {
        var found: [Found] = []
        for (k, g) in groups.enumerated() where g.count == 1 && k + 1 < groups.count {
            let body = grouped[g.lowerBound]
            let p = body.end
            guard actors.kind(body.actor) == .organisation, p + 2 < tokens.count,
                  tokens[p].punctuationBefore == .comma, Self.leadingParticiples.contains(tokens[p].key),
                  tokens[p + 1].key == "by", tokens[p + 1].punctuationBefore == .none else { continue }
            let h = groups[k + 1]
            let first = grouped[h.lowerBound].start
            guard first > p + 1, first <= p + 3, (p + 2..<first).allSatisfy({ tokens[$0].key == "the" }),
                  grouped[h].allSatisfy({ actors.kind($0.actor) == .state }) else { continue }
            found += membershipTies(of: onePerActor(grouped[h], extras: extras).map(\.actor), in: body.actor, strength: 0.6,
                                    cue: tokens[p].text + " by", extras: extras, ends: &ends)
        }
        return found
    }
}
