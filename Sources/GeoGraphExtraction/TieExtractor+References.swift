import GeoGraph

/// Noun phrases that name no party and still stand for one: a definite description of a state just
/// named ("the junta", "the kingdom", "the island"), a counted plural ("the three states") and a definite
/// event noun after a verb of stance ("Israel struck targets in Lebanon. Beirut condemned the raids": the
/// raids are Israel's).
extension TieExtractor {
    /// Nouns and noun phrases that, after "the", describe a state by a gazetteer tag
    /// (`Scripts/gen_gazetteer.py`, `DESCRIPTION_TAGS` and the styles of official names): "the kingdom"
    /// is a state tagged `kingdom`, "the junta" and "the military government" one tagged `military-rule`.
    static let descriptions: [(words: [String], tag: String)] = [
        (["kingdom"], "kingdom"), (["emirate"], "emirate"), (["sultanate"], "sultanate"),
        (["principality"], "principality"), (["island"], "island"), (["junta"], "military-rule"),
        (["military", "government"], "military-rule"), (["military", "regime"], "military-rule"),
    ]
    /// The last words of ``descriptions``: a sentence holding one may describe a party.
    static let descriptionNouns = Set(descriptions.map { $0.words[$0.words.count - 1] })

    /// The description ending at `i` ("the junta", "the military government": its last word), and the
    /// state it stands for: the one state it fits among the parties named before it in the sentence and
    /// those of the previous sentence of the paragraph; `nil` when none fits or two do (two kingdoms just
    /// named leave "the kingdom" unread). A capitalised noun after a lowercase "the" is a name's ("the
    /// Island Council"), and one before "of" is followed by its own name ("the kingdom of Bhutan", a
    /// mention of its own).
    /// - Returns: The state, and where the description starts ("the").
    func describedState(at i: Int, _ tokens: [Token], named: ArraySlice<Party>, context: CodedContext)
        -> (state: Int, start: Int)?
    {
        guard !tokens[i].isCapitalised, i + 1 == tokens.count || tokens[i + 1].key != "of",
            let d = Self.descriptions.first(where: { d in
                let n = d.words.count
                return i >= n && d.words[n - 1] == tokens[i].key && tokens[i - n].key == "the"
                    && (0..<n - 1).allSatisfy { tokens[i - n + 1 + $0].key == d.words[$0] }
                    && (i - n + 1...i).allSatisfy { tokens[$0].punctuationBefore == .none }
            }),
            let fitting = referenceTables.describedStates[d.tag]
        else { return nil }
        let start = i - d.words.count
        var fits: [Int] = []
        for p in named where p.end <= start && fitting.contains(p.actor) && !fits.contains(p.actor) {
            fits.append(p.actor)
        }
        for a in context.previous where fitting.contains(a) && !fits.contains(a) { fits.append(a) }
        return fits.count == 1 ? (fits[0], start) : nil
    }

    /// Numbers that count the states a plural noun stands for: "the three states", "all four countries"
    /// ("the two countries" is a pair: ``pairReferences``).
    static let countWords: [String: Int] = ["three": 3, "four": 4, "five": 5]
    /// Plural nouns a number before them makes the states just named.
    static let countedNouns: Set<String> = [
        "states", "countries", "governments", "nations", "neighbours", "neighbors",
        "capitals", "juntas",
    ]
    /// Words before a number that make its noun phrase definite.
    static let countDeterminers: Set<String> = ["the", "all", "these", "those"]

    /// "The three states", "all four countries" at `i` (the number): the last that many states named before
    /// it in the sentence, never the party that opens its own clause alone; else the previous sentence's
    /// states when they are that many ("Mali and Burkina Faso welcomed the move [Niger's]. The three
    /// states …"; a body among them is left out), or, for a plural of ``descriptions`` ("juntas"), when that
    /// many of them fit its tag. `nil` when none holds.
    func countedStates(at i: Int, _ tokens: [Token], named: ArraySlice<Party>, context: CodedContext) -> [Int]? {
        guard i > 0, i + 1 < tokens.count, let n = Self.countWords[tokens[i].key],
            Self.countDeterminers.contains(tokens[i - 1].key), Self.countedNouns.contains(tokens[i + 1].key),
            tokens[i + 1].punctuationBefore == .none
        else { return nil }
        let subject = clauseSubject(before: i, tokens, named)
        var states: [Int] = []
        for p in named.reversed()
        where p.end <= i && actors.kind(p.actor) == .state && !states.contains(p.actor)
            && p.actor != subject
        {
            states.insert(p.actor, at: 0)
            if states.count == n { return states }
        }
        // (A body named with them is no state: "Mali, Burkina Faso and Niger left ECOWAS. The three juntas …";
        // a noun of ``descriptions`` counts the states it describes: "… shot down Mali's drone over Algeria. The
        // three juntas" are the three states under military rule.)
        let previous = context.previous.filter { actors.kind($0) == .state }
        if previous.count == n { return previous }
        guard previous.count > n, let tag = Self.countedTags[tokens[i + 1].key],
              let fitting = referenceTables.describedStates[tag] else { return nil }
        let described = previous.filter { fitting.contains($0) }
        return described.count == n ? described : nil
    }

    /// The plurals of the one-word ``descriptions`` (``Morphology/plurals(of:)``: "principalities") with their
    /// tags: "the three juntas" counts states tagged `military-rule` (of them, only the plurals of
    /// `countedNouns` are read).
    static let countedTags: [String: String] = Dictionary(
        descriptions.filter { $0.words.count == 1 }.flatMap { description in
            Morphology.plurals(of: description.words[0]).dropFirst().map { ($0, description.tag) }
        }, uniquingKeysWith: { a, _ in a })

    /// The event types of verbs that take a stance on an event: "condemned the raids", "backed the strikes".
    static let stanceTypes: Set<String> = ["protest", "support", "oppose", "reject", "accuse"]
    /// Words right after an event noun that name its own parties ("the raids by X", "the talks between"):
    /// such a noun is not read as the previous sentence's event.
    static let eventArgumentWords: Set<String> = ["by", "of", "between", "with", "from", "among", "involving"]

    /// Determiners that make an event noun after them one already told of: "the raids", "that view".
    static let eventDeterminers: WordSet = ["the", "that", "this", "these", "those"]
    /// The type under which ``recordEvents(_:ends:referred:parties:tokens:into:)`` leaves a sentence's one agent, for
    /// the lexicon's set `EVENTS` (``ReferenceTables/genericEventNouns``): nouns that name an event without its type
    /// ("welcomed the move", "condemned the drills").
    static let anyEvent = ""
    /// The type the lexicon's set `ACCUSATIONS` ("the charge", "the claims") reads as, whatever the noun's own cue:
    /// the accusation told last (`eventReferences`), kept two sentences on (`GraphBuilder`).
    static let accusationType = "accuse"

    /// Whether the sentence has a verb form of ``stanceTypes`` (the word list `stanceVerbs`), then one of
    /// ``eventDeterminers``, then one of ``ReferenceTables/eventNouns`` (the first words of the lexicon's nouns and
    /// verb forms) or of ``ReferenceTables/genericEventNouns``: only then may it refer to an earlier event, and only
    /// then are its cues looked up for it.
    func mayReferToEvent(_ tokens: [Token], _ words: SentenceWords) -> Bool {
        guard words.any(.stanceVerbs) else { return false }
        return tokens.indices.dropLast(2).contains {
            words.on($0, .stanceVerbs) && Self.eventDeterminers.contains(tokens[$0 + 1])
                && (referenceTables.eventNouns.contains(tokens[$0 + 2])
                    || referenceTables.genericEventNouns.contains(tokens[$0 + 2])
                    || referenceTables.accusationNouns.contains(tokens[$0 + 2]))
        }
    }

    /// Definite event nouns that stand for the party that did the event: a noun of the lexicon (or a verb's form read
    /// as its noun) after "the" (or "that", "this": ``eventDeterminers``), right after a verb of stance
    /// (``stanceTypes``), naming none of its own parties (``eventArgumentWords``), whose event type the previous
    /// sentence states with one party doing it ("Israeli aircraft struck targets in Lebanon. The Lebanese government
    /// condemned the raids": the raids are Israel's, and Lebanon protests against Israel), or that the sentence itself
    /// tells before the verb, done by the party that opens that event's clause alone (``clauseSubject(before:_:_:)``).
    /// A symmetric event ("the talks") has no one owner; two parties doing it, or a party named right after the noun
    /// ("the attack on Kyiv"), leave the noun unread. A noun of accusation (the lexicon's set `ACCUSATIONS`:
    /// "rejected the charge", "dismissed the claims") is the accusation told last: one earlier in the sentence, whose
    /// agent is the party after its "by" when it is passive ("was accused by X of …; Y rejected the charge"), else
    /// one of the previous sentence, else of the two before it in the paragraph; with none, a noun that is a cue of
    /// its own ("the claims") is read as that cue.
    /// - Returns: The spans of the nouns read (their cues are no events of this sentence), with their types and
    ///   owners; a party for each is appended to `parties`.
    func eventReferences(
        _ tokens: [Token], cues: [(cue: Lexicon.Cue, start: Int, end: Int)], context: CodedContext,
        parties: inout [Party]
    ) -> [(span: Range<Int>, type: String, owner: Int)] {
        var found: [(span: Range<Int>, type: String, owner: Int)] = []
        for v in cues
        where v.cue.isVerb && Self.stanceTypes.contains(v.cue.eventType ?? "") && v.end + 1 < tokens.count
            && Self.eventDeterminers.contains(tokens[v.end])
        {
            // (After "the", a verb's form is the noun of that form: "the raids", "the strikes". "The move"
            // is any event.)
            let generic = referenceTables.genericEventNouns.contains(tokens[v.end + 1])
            let own = generic ? nil : cues.first(where: { $0.start == v.end + 1 })
            // ("rejected the charge": the accusation told last, read before the noun's own cue, "the claims".)
            if referenceTables.accusationNouns.contains(tokens[v.end + 1]),
                let owner = accusationOwner(of: v, tokens, cues: cues, context: context, parties: parties[...])
            {
                parties.append(Party(actor: owner, start: v.end, end: v.end + 2, standsForEvent: true))
                found.append((v.end + 1..<v.end + 2, Self.accusationType, owner))
                continue
            }
            let noun: (cue: Lexicon.Cue, start: Int, end: Int)? = generic ? (v.cue, v.end + 1, v.end + 2) : own
            guard let n = noun, generic || !n.cue.isSymmetric, let type = generic ? Self.anyEvent : n.cue.eventType,
                n.end == tokens.count || tokens[n.end].punctuationBefore != .none
                    || !Self.eventArgumentWords.contains(tokens[n.end].key),
                !parties.contains(where: { $0.start < n.end && v.end < $0.end }),
                // ("condemned the attack on X": a noun naming a party of its own is its own event.)
                !parties.contains(where: { p in
                    p.start >= n.end && p.start - n.end <= 2
                        && (n.end...p.start).allSatisfy { tokens[$0].punctuationBefore == .none }
                })
            else { continue }
            var owners: [Int] = []
            // An event of its type told earlier in the sentence is the nearer: its agent is the party that
            // opens its clause alone ("Russian drones struck Odesa, and Kyiv condemned the attacks").
            if !generic,
                let earlier = cues.last(where: { $0.end <= v.start && $0.cue.eventType == type && !$0.cue.isSymmetric }
                ),
                let agent = clauseSubject(before: earlier.start, tokens, parties[...])
            {
                owners.append(agent)
            } else {
                owners = Self.eventOwners(of: type, in: context)
            }
            guard owners.count == 1 else { continue }
            parties.append(Party(actor: owners[0], start: v.end, end: n.end, standsForEvent: true))
            found.append((n.start..<n.end, type, owners[0]))
        }
        if !found.isEmpty { parties.sort { ($0.start, $0.end) < ($1.start, $1.end) } }
        return found
    }

    /// The party whose accusation the noun of accusation after stance verb `v` ("rejected the charge") stands for
    /// (`eventReferences`): that of an accusation earlier in the sentence (the party
    /// after its "by" when passive, else the one opening its clause alone), else the one owner of the previous
    /// sentence's accusations, else of the nearest of the two sentences before it; `nil` when none is one party, or
    /// the noun names a party of its own ("the charge by X", "the claims of X").
    func accusationOwner(of v: (cue: Lexicon.Cue, start: Int, end: Int), _ tokens: [Token],
                         cues: [(cue: Lexicon.Cue, start: Int, end: Int)], context: CodedContext,
                         parties: ArraySlice<Party>) -> Int? {
        let after = v.end + 2
        guard after == tokens.count || tokens[after].punctuationBefore != .none
                || !Self.eventArgumentWords.contains(tokens[after].key) else { return nil }
        if let earlier = cues.last(where: { $0.end <= v.start && $0.cue.eventType == Self.accusationType }) {
            // ("was accused by the junta of …": the agent after "by", with or without "the".)
            let by = earlier.end
            if by + 1 < tokens.count, tokens[by].key == "by", tokens[by].punctuationBefore == .none {
                let first = by + 1 < tokens.count && tokens[by + 1].key == "the" ? by + 2 : by + 1
                return parties.first(where: { $0.start == first || $0.start == by + 1 })?.actor
            }
            return clauseSubject(before: earlier.start, tokens, parties)
        }
        let owners = Self.eventOwners(of: Self.accusationType, in: context, readsEarlier: true)
        return owners.count == 1 ? owners[0] : nil
    }

    /// The events a sentence's ties state with the party that does each (its source: a directed tie's,
    /// not a person's), and those its event nouns refer to, into `events` for the next sentence; with
    /// them, under ``anyEvent``, the sentence's one agent when it has one (``sentenceAgent``).
    func recordEvents(
        _ ties: [Found], ends: [(source: Int, target: Int)],
        referred: [(span: Range<Int>, type: String, owner: Int)], parties: [Party], tokens: [Token],
        into events: inout [(type: String, owner: Int)]
    ) {
        for (k, f) in ties.enumerated() where !f.isSymmetric {
            guard let type = f.eventType, actors.kind(ends[k].source) != .person,
                !events.contains(where: { $0.type == type && $0.owner == ends[k].source })
            else { continue }
            events.append((type, ends[k].source))
        }
        for r in referred where !events.contains(where: { $0.type == r.type && $0.owner == r.owner }) {
            events.append((r.type, r.owner))
        }
        if let agent = sentenceAgent(ties, ends: ends, parties: parties, tokens: tokens) {
            events.append((Self.anyEvent, agent))
        }
    }

    /// The one party that acts in every tie of a sentence: the source of each directed tie and an end of
    /// each mutual one, which opens the sentence alone ("The junta signed a memorandum with Moscow": the
    /// junta) when a tie is mutual; `nil` when two parties act.
    func sentenceAgent(_ ties: [Found], ends: [(source: Int, target: Int)], parties: [Party], tokens: [Token]) -> Int? {
        guard !ties.isEmpty else { return nil }
        var agent: Int?
        for (k, f) in ties.enumerated() where !f.isSymmetric && actors.kind(ends[k].source) != .person {
            if agent == nil { agent = ends[k].source } else if agent != ends[k].source { return nil }
        }
        if ties.contains(where: \.isSymmetric) {
            // (The subject: the first party, at the sentence's start or after its "The", not coordinated.)
            guard let first = parties.first, first.start == 0 || (first.start == 1 && tokens[0].key == "the"),
                first.end == tokens.count || !["and", "or"].contains(tokens[first.end].key),
                agent == nil || agent == first.actor
            else { return nil }
            agent = first.actor
            for (k, f) in ties.enumerated()
            where f.isSymmetric && ends[k].source != first.actor && ends[k].target != first.actor {
                return nil
            }
        }
        return agent
    }
}

/// The tables the reference rules read, made once from the gazetteer and the lexicon, in one object so that
/// the extractor (a struct of many tables) carries one reference for them all.
final class ReferenceTables: Sendable {
    /// For each tag of ``TieExtractor/descriptions``, the states the gazetteer tags so, as `ActorTable`
    /// indices ("kingdom": the states tagged `kingdom`).
    let describedStates: [String: [Int]]
    /// The first words of the lexicon's forms, nouns and verbs: after "the", one may refer to an earlier event.
    let eventNouns: WordSet
    /// The lexicon's set `EVENTS`: nouns that name an event without its type ("the move", "the drills").
    let genericEventNouns: WordSet
    /// The lexicon's set `SUMMARIES`: nouns that, in an apposition, sum up the clause before them ("…, a request
    /// backed by X", `summaryStances`).
    let summaryNouns: WordSet
    /// The lexicon's set `HELD`: the last parts of "Houthi-held", "rebel-controlled".
    let heldSuffixes: Set<String>
    /// The lexicon's set `ACCUSATIONS`: nouns that, after a verb of stance, stand for the accusation told last
    /// ("rejected the charge").
    let accusationNouns: WordSet

    init(gazetteer: Graph, lexicon: Lexicon) {
        var described: [String: [Int]] = [:]
        for (_, tag) in TieExtractor.descriptions where described[tag] == nil {
            described[tag] = gazetteer.actors.indices.filter {
                gazetteer.actors[$0].kind == .state && gazetteer.actors[$0].hasTag(tag)
            }
        }
        describedStates = described
        eventNouns = WordSet(Set(lexicon.cues.compactMap(\.keys.first)))
        genericEventNouns = WordSet(Set(lexicon.sets["EVENTS"] ?? []))
        summaryNouns = WordSet(Set(lexicon.sets["SUMMARIES"] ?? []))
        heldSuffixes = Set(lexicon.sets["HELD"] ?? [])
        accusationNouns = WordSet(Set(lexicon.sets["ACCUSATIONS"] ?? []))
    }
}
