import GeoGraph

extension TieExtractor {
    /// The event types whose object-only verbs take a body as their object: joining or founding one
    /// ("formed the Gulf Union"), leaving one ("left ECOWAS").
    static let bodyObjectTypes: Set<String> = ["member", "reject"]
    /// Words that may follow the body a leaving verb names, ending its object ("left ECOWAS in January", "left
    /// NATO and the EU", "quit OPEC altogether"): any other lowercase word makes the body a modifier ("left
    /// the NATO summit", "left OPEC output targets unchanged").
    static let bodyObjectEnders: Set<String> = ["in", "on", "at", "after", "before", "over", "amid", "following",
                                                "since", "for", "from", "with", "and", "but", "as", "when", "while",
                                                "to", "because", "altogether", "entirely", "formally", "officially",
                                                "outright", "earlier", "this", "that", "which", "who", "'s", "until"]

    /// Whether `cue`, a verb form of one of the lexicon's set `OBJECT_ONLY` (verbs whose forms are nouns,
    /// adjectives or other verbs too: "the press", "a form", "found" of "find", "the chair"), has no party
    /// right after it, over "the", or over a possessive determiner (`possessiveDeterminers`) and "own" at
    /// most ("formed their own bloc"): then it is the noun, the adjective or the other verb, and states no
    /// act. The object of a membership verb ("formed", "chairs") or of a leaving one ("left", a refusal) must
    /// be a body: "the council found Haiti unprepared" states no founding, "the president left Lima" no refusal.
    func lacksObject(_ cue: (cue: Lexicon.Cue, start: Int, end: Int), _ tokens: [Token],
                     mentions: [ActorMatcher.Mention]) -> Bool {
        guard cue.cue.isVerb, cue.cue.keys.count == 1, let form = cue.cue.keys.first,
              objectOnlyForms.contains(form) else { return false }
        var object = cue.end
        if object < tokens.count, tokens[object].key == "the" {
            object += 1
        } else if object < tokens.count, Self.possessiveDeterminers.contains(tokens[object]) {
            object += 1
            if object < tokens.count, tokens[object].key == "own" { object += 1 }
        }
        guard let m = mentions.first(where: { $0.start == object }) else { return true }
        guard Self.bodyObjectTypes.contains(cue.cue.eventType ?? "") else { return false }
        if actors.kind(m.actorIndex) != .organisation { return true }
        // (A body left is the whole object: "left the NATO summit", "left OPEC output targets unchanged" name
        // a meeting and targets, not the body; "left ECOWAS in January" leaves it.)
        return cue.cue.eventType == "reject" && m.end < tokens.count && tokens[m.end].punctuationBefore == .none
            && !tokens[m.end].isCapitalised && !Self.bodyObjectEnders.contains(tokens[m.end].key)
            && !ClauseSplitter.timeWords.contains(tokens[m.end].key)
    }
}
