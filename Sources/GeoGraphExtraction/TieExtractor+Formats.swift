import GeoGraph

extension TieExtractor {
    /// Whether two of the sentence's parties are joined by a plus sign ("C5+Japan").
    func hasPlusPair(_ parties: [Party], _ tokens: [Token]) -> Bool {
        parties.contains { $0.start > 0 && $0.start < tokens.count && tokens[$0.start].punctuationBefore == .plus }
    }

    /// Dialogue formats: two parties joined by a plus sign with no space ("the C5+Japan format", "an
    /// EU+ASEAN summit", "formats like C5+US or C5+South Korea") name a standing format between them —
    /// diplomatic cooperation of type `cooperate`, weak, one symmetric tie — whether or not the sentence
    /// reports a meeting of it (the annotation guide: "Offers, outreach and formats"). Persons, and a
    /// region with one of its own members, make none. Each tie's two ends are appended to `ends`.
    func formatTies(_ parties: [Party], _ tokens: [Token], extras: [String], ends: inout [(source: Int, target: Int)]) -> [Found] {
        var found: [Found] = []
        for (a, b) in zip(parties, parties.dropFirst())
        where b.start == a.end && b.start < tokens.count && tokens[b.start].punctuationBefore == .plus {
            let (x, y) = (a.actor, b.actor)
            guard x != y, actors.kind(x) != .person, actors.kind(y) != .person, !actors.isRegionAndMember(x, y)
            else { continue }
            let (s, t) = actors.precedes(y, x, extras: extras) ? (y, x) : (x, y)
            ends.append((s, t))
            let cue = tokens[a.start..<a.end].map(\.text).joined(separator: " ") + "+"
                + tokens[b.start..<b.end].map(\.text).joined(separator: " ")
            found.append(Found(source: actors.id(s, extras: extras), target: actors.id(t, extras: extras),
                               layer: .diplomatic, polarity: .cooperation, strength: 0.3, isSymmetric: true,
                               cues: [cue], confidence: 0.8, eventType: "cooperate"))
        }
        return found
    }
}

extension TieExtractor {
    /// The layer of the domain a cooperation noun names right after "in" or "on": "strengthened
    /// cooperation in the energy sector", "partnership in the oil and gas industry" — an economic or
    /// security cue at most three words after the noun, no party between — is cooperation on that
    /// layer only, not also a diplomatic one. `nil` when cue `c` names no such domain.
    func domainLayer(_ c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], tokens: [Token],
                     _ parties: [Party]) -> Layer? {
        let cue = cues[c]
        guard c + 1 < cues.count, !cue.cue.isVerb, cue.cue.eventType == "cooperate", cue.cue.layer == .diplomatic,
              cue.end < tokens.count, Self.domainPrepositions.contains(tokens[cue.end].key) else { return nil }
        let next = cues[c + 1]
        guard next.start > cue.end, next.start - cue.end <= 3, next.cue.layer != .diplomatic,
              (cue.end..<next.end).allSatisfy({ $0 == cue.end || tokens[$0].punctuationBefore == .none }),
              !parties.contains(where: { $0.start > cue.end && $0.start < next.end }) else { return nil }
        return next.cue.layer
    }

    /// Prepositions that open a cooperation's domain: "cooperation in energy", "on trade".
    static let domainPrepositions: Set<String> = ["in", "on"]
}
