extension TieExtractor {
    /// Event types whose patient is where the agent acts ("influence in X", "investment in X", "bases
    /// in X", "pressure in X"): a fronted scene may be their patient.
    static let sceneTypes: Set<String> = ["cooperate", "invest", "aid", "coerce"]

    /// The party a sentence opens with as its scene: "In Laos, …" — "in" (and "the") then a state or
    /// a region and a comma. `nil` when the sentence opens otherwise.
    func frontedScene(_ tokens: [Token], _ parties: [Party]) -> Party? {
        guard tokens.count > 3, tokens[0].key == "in", let p = parties.first, p.start == 1 || (p.start == 2 && tokens[1].key == "the"),
              p.end < tokens.count, tokens[p.end].punctuationBefore == .comma,
              [.state, .region].contains(actors.kind(p.actor)) else { return nil }
        return p
    }

    /// Fronted scenes as patients: "In Laos, China has plans to widen its soft power" is china → laos.
    /// A directed cue of a ``sceneTypes`` type (not mutual, not reverse) that found no pair takes the
    /// scene as its patient, and as its agent the last party before it that follows the scene in the
    /// cue's clause (a place after "in" is no such party). A war or a strike "in" a place stays no tie
    /// with it (the conventions: a place where something happens is not a party).
    func sceneTie(_ cue: (cue: Lexicon.Cue, start: Int, end: Int), scene: Party, _ parties: [Party],
                  tokens: [Token], clauses: [Int]) -> (Party, Party, Bool)? {
        guard let type = cue.cue.eventType, Self.sceneTypes.contains(type), !cue.cue.isSymmetric, !cue.cue.isReverse,
              let agent = parties.last(where: { $0.start >= scene.end && $0.end <= cue.start && clauses[$0.start] == clauses[cue.start] }),
              agent.actor != scene.actor, !actors.isRegionAndMember(agent.actor, scene.actor),
              !(agent.start > 0 && Self.placeWords.contains(tokens[agent.start - 1].key)) else { return nil }
        return (agent, scene, false)
    }
}
