import GeoGraph

/// Finds the ties one sentence states: its parties (actors acting, not places or quoted analysts),
/// its cues (from the lexicon: verbs by lemma, nouns, phrases, each of an event type), its clauses
/// (`ClauseSplitter`), and who does what to whom inside each clause by voice ("attacked by X"),
/// prepositions, possessives, compounds and position, with negation, refusals, hedges and forecasts
/// taken into account. The grammar is described in the ExtractionGrammar article.
///
/// **How it runs.** The rules carry each party's actor as an index (`ActorTable`) and ask the
/// sentence's words by one table lookup per token (`SentenceWords`); groups are ranges of one array
/// of parties, and the arrays a sentence needs are kept from sentence to sentence (`TieBuffers`).
/// Strings are made only for the ``Found`` ties.
public struct TieExtractor: Sendable {
    public let matcher: ActorMatcher
    public let lexicon: Lexicon

    /// A tie found in a sentence, before aggregation.
    public struct Found: Sendable, Hashable {
        public var source: String
        public var target: String
        public var layer: Layer
        public var polarity: Polarity
        public var strength: Double
        public var isSymmetric: Bool
        public var cues: [String]
        public var confidence: Double
        /// The event type of the cue (`Graphs/event-types.yaml`), when the lexicon gives one.
        public var eventType: String? = nil
    }

    /// A party mention: the actor it stands for (a leader stands for their state) and where it is,
    /// the actors as `ActorTable` indices.
    struct Party: Sendable, Equatable {
        var actor: Int
        var start: Int
        var end: Int
        /// The leader or official named, when the party is a state they speak for.
        var person: Int? = nil
        /// Named in "X-led": the party leads the one that follows ("the Russia-led CIS").
        var leads = false
        /// Named in "X-backed": the party backs the one that follows ("the Iran-backed Houthis"); `leads` is set too.
        var backs = false
        /// Named by a demonym ("North Korean", "Chinese"): it may own a nominal event a few modifiers on
        /// ("North Korean missile threats").
        var isDemonym = false
        /// Read from a definite event noun after a verb of stance ("condemned the raids": who made them):
        /// the verb's object, never an agent or partner in the sentence's other acts.
        var standsForEvent = false
    }

    /// Words between a state and the person who speaks for it ("Tajik president Emomali Rahmon").
    static let titleWords: WordSet = ["president", "leader", "prime", "minister", "foreign", "chancellor", "premier",
                                          "security", "council",
                                          "former", "deputy", "chairman", "chief", "head", "official", "counterpart",
                                          "his", "her", "the", "of", "state", "defence", "defense", "envoy", "ambassador"]
    static let membershipCues: Set<String> = ["member", "member of", "members", "membership", "join", "joined"]

    /// What the rules ask of each actor, by index.
    let actors: ActorTable
    /// The rules' word lists, by word code.
    let words: TieWords
    /// The kind "the country", "the bloc" and their kin stand for, by their two ``TieWords/Word``s
    /// (``kindReferences``), and whether two words are one of ``pairReferences`` ("the two countries").
    let kindByWords: [ActorKind?]
    let isPairByWords: [Bool]

    /// The event types of relation nouns that layer adjectives qualify ("security and economic ties").
    /// (A list: asked for every cue, three short strings compared cost a tenth of one hashed.)
    static let relationTypes: [String] = ["cooperate", "trade", "agree"]
    /// Adjectives that name a layer.
    static let layerAdjectives: [String: Layer] = [
        "economic": .economic, "trade": .economic, "energy": .economic, "financial": .economic, "commercial": .economic,
        "security": .security, "military": .security, "defence": .security, "defense": .security,
        "political": .diplomatic, "diplomatic": .diplomatic,
    ]

    /// The layers of a relation cue at `start`: its own, and those of the layer adjectives coordinated
    /// before it ("diplomatic, security and economic ties": the cue "economic ties" and the two before).
    static func coordinatedLayers(before start: Int, in tokens: [Token], default layer: Layer, applies: Bool) -> [Layer] {
        guard applies, start > 0 else { return [layer] }
        var layers = [layer]
        var i = start - 1
        // The cue's own first word may be an adjective ("economic ties"): look before it.
        while i >= 0, i >= start - 8 {
            let key = tokens[i].key
            if let l = layerAdjectives[key] {
                if !layers.contains(l) { layers.append(l) }
            } else if key != "and" && key != "or" && key != "strong" && key != "close" {
                break
            }
            i -= 1
        }
        return layers
    }

    /// Words that make a clause they open a condition.
    static let conditionals: WordSet = ["if", "unless"]
    /// The clause grammar (`ClauseSplitter`), with the lexicon's reporting verbs.
    let clauseSplitter: ClauseSplitter
    /// The agents table's role nouns that stand for the state named right before them ("Iraqi security
    /// forces", "Japan's foreign ministry"), as word keys, longest first.
    let ownerAgents: [[String]]
    let ownerAgentFirstWords: WordSet
    /// The lexicon's set `GUESTS`: nouns that name a military guest or installation ("hosted US troops").
    let militaryGuests: Set<String>
    /// The lexicon's set `ENDINGS`: verbs that end the relation named right after them ("downgraded ties").
    let endingWords: WordSet
    /// The lexicon's set `WORSENING`: words that say a relation went bad ("ties soured", "strained relations").
    let worseningWords: WordSet
    /// The lexicon's set `DENIALS`: verbs of denial that negate the predicate right after them.
    let denialWords: WordSet
    /// The lexicon's set `FLOWS`: goods in transit a refusal may halt ("halted the loading of crude").
    let flowWords: Set<String>
    /// The lexicon's set `UNDOING`: words that undo a penalty ("sanctions on X were lifted").
    let undoingWords: Set<String>
    /// The lexicon's set `VERDICTS` as word keys: verdicts that name an act a wrong ("null and void").
    let verdictPhrases: [[String]]
    /// The first words of `verdictPhrases`, answered by word code.
    let verdictFirstWords: WordSet
    /// The lexicon's set `BORDER`: nouns of a border ("sent troops to the Chadian border").
    let borderNouns: Set<String>
    /// The lexicon's set `ENERGY`: goods a flow carries ("oil", "gas", "grain").
    let energyWords: Set<String>
    /// The lexicon's set `WEAPON`, one or two words each ("missiles", "fighter jets").
    let weaponWords: Set<String>
    /// The lexicon's sets `TROOPS` and `MILITARY`: nouns of armed forces ("soldiers", "army").
    let armedWords: Set<String>
    /// The lexicon's set `WITHDRAWING`: forms of the verbs of a troop withdrawal ("withdrew", "pulled").
    let withdrawingWords: WordSet
    /// The lexicon's set `HOMEWARD`: forms of verbs that withdraw troops only with "home" ("brought").
    let homewardWords: WordSet
    /// The lexicon's sets `SECURITY_TOPICS` and `ECONOMIC_TOPICS`, each with its layer, in that order: the fields
    /// talks may be on (`talksTopicLayers`), read once here rather than looked up for each cue.
    let topicSets: [(layer: Layer, words: Set<String>)]
    /// The forms of the verb ``hostLemma`` the lexicon generates ("host", "hosts", "hosting", "hosted").
    let hostForms: Set<String>
    /// The forms of the verbs of the lexicon's set `OBJECT_ONLY` ("press", "pressed", "formed" …), read once
    /// here rather than looked up for each verb cue.
    let objectOnlyForms: Set<String>
    /// What the reference rules read (``ReferenceTables``), in one object: a copy of the extractor retains it once.
    let referenceTables: ReferenceTables
    /// What the economic rules read (`EconomyTables`): noun forms of economic verbs, firms and dealings.
    let economyTables: EconomyTables
    /// What the agreement rule reads (`AgreementTables`): agreement nouns and the layers of their content.
    let agreementTables: AgreementTables
    /// What the offer rule reads (`OfferTables`): verbs of offering and the goods an offer may name.
    let offerTables: OfferTables

    public init(matcher: ActorMatcher, lexicon: Lexicon) {
        self.matcher = matcher
        self.lexicon = lexicon
        clauseSplitter = ClauseSplitter(reporting: WordSet(lexicon.reporting))
        ownerAgents = lexicon.agents.filter { $0.actor == nil }.map { Tokenizer.keys($0.words) }
            .sorted { $0.count > $1.count }
        ownerAgentFirstWords = WordSet(Set(ownerAgents.compactMap(\.first)))
        militaryGuests = Set(lexicon.sets["GUESTS"] ?? [])
        endingWords = WordSet(Set(lexicon.sets["ENDINGS"] ?? []))
        worseningWords = WordSet(Set(lexicon.sets["WORSENING"] ?? []))
        denialWords = WordSet(Set(lexicon.sets["DENIALS"] ?? []))
        flowWords = Set(lexicon.sets["FLOWS"] ?? [])
        undoingWords = Set(lexicon.sets["UNDOING"] ?? [])
        verdictPhrases = (lexicon.sets["VERDICTS"] ?? []).map(Tokenizer.keys).sorted { $0.count > $1.count }
        verdictFirstWords = WordSet(Set(verdictPhrases.compactMap(\.first)))
        borderNouns = Set(lexicon.sets["BORDER"] ?? [])
        energyWords = Set(lexicon.sets["ENERGY"] ?? [])
        weaponWords = Set(lexicon.sets["WEAPON"] ?? [])
        armedWords = Set((lexicon.sets["TROOPS"] ?? []) + (lexicon.sets["MILITARY"] ?? []))
        withdrawingWords = WordSet(Set(lexicon.sets["WITHDRAWING"] ?? []))
        homewardWords = WordSet(Set(lexicon.sets["HOMEWARD"] ?? []))
        topicSets = [(.security, Set(lexicon.sets["SECURITY_TOPICS"] ?? [])), (.economic, Set(lexicon.sets["ECONOMIC_TOPICS"] ?? []))]
        hostForms = Set(lexicon.verbForms[Self.hostLemma] ?? [])
        objectOnlyForms = Set((lexicon.sets["OBJECT_ONLY"] ?? []).flatMap { lexicon.verbForms[$0] ?? [] })
        referenceTables = ReferenceTables(gazetteer: matcher.gazetteer, lexicon: lexicon)
        economyTables = EconomyTables(lexicon: lexicon)
        agreementTables = AgreementTables(lexicon: lexicon, armedForms: armedWords.union(weaponWords), topics: topicSets)
        offerTables = OfferTables(lexicon: lexicon)
        actors = ActorTable(gazetteer: matcher.gazetteer)
        typealias L = TieWords.Lists
        let lists: [(WordSet, L)] = [
            (Self.titleWords, .titles), (Self.locatives, .locatives), (Self.pointers, .pointers),
            (Self.pronouns, .pronouns), (Self.reportingVerbs, .reportingVerbs), (Self.leaderTitles, .leaderTitles),
            (Self.peopleNouns, .peopleNouns), (Self.regionalNouns, .regionalNouns), (Self.exclusions, .exclusions),
            (Self.regionScenes, .regionScenes), (Self.listWords, .listWords), (Self.references, .references),
            (Self.pairOpeners, .pairOpeners), (Self.pairWords, .pairWords), (Self.placeWords, .placeWords),
            (Self.objectWords, .objectWords), (Self.relatives, .relatives), (Self.auxiliaries, .auxiliaries),
            (Self.speechVerbs, .speechVerbs), (Self.clauseBreaks, .clauseBreaks), (Self.circumstances, .circumstances),
            (Self.determinerWords, .determiners), (Self.sceneOrPointerWords, .sceneOrPointerWords),
            (Self.clauseJoins, .clauseJoins), (Self.withinLeads, .withinLeads), (Self.mutualWords, .mutualWords),
            (Self.mutualLeads, .mutualLeads), (WordSet(borderNouns), .borderWords), (Self.counterpartWords, .counterpartWords),
            (Self.clauseVerbs, .clauseVerbs), (Self.exampleWords, .exampleWords), (Self.conjunctions, .conjunctions),
            (lexicon.negationWords, .negations), (lexicon.hedgeWords, .hedges), (lexicon.predictionWords, .predictions),
            (WordSet(Self.descriptionNouns.union(Self.countWords.keys)), .descriptions),
            // (The last words of the lexicon's verb forms of ``stanceTypes``: "condemned", "side with".)
            (WordSet(Set(lexicon.cues.filter { $0.isVerb && Self.stanceTypes.contains($0.eventType ?? "") }
                .compactMap(\.keys.last))), .stanceVerbs),
            (WordSet(Set(lexicon.sets["ACQUIRE"] ?? [])), .acquisitions),
        ]
        words = TieWords(lists: lists.map { ($0.0.words, $0.1) })
        func word(_ text: String) -> Int {
            guard let w = TieWords.Word.allCases.first(where: { $0.text == text }) else {
                preconditionFailure("'\(text)' is not a named word of TieWords")
            }
            return Int(w.rawValue)
        }
        var kinds = [ActorKind?](repeating: nil, count: 64 * 64)
        for (reference, kind) in Self.kindReferences { kinds[word(reference[0]) * 64 + word(reference[1])] = kind }
        kindByWords = kinds
        var pairs = [Bool](repeating: false, count: 64 * 64)
        for reference in Self.pairReferences {
            precondition(reference.count == 2, "a pair reference has two words")
            pairs[word(reference[0]) * 64 + word(reference[1])] = true
        }
        isPairByWords = pairs
    }

    /// Whether a cue form is one of ``membershipCues``: the set asked only when the form's first byte and
    /// length allow it (equivalent: the forms are ASCII, and an ASCII string equals only its own bytes).
    @inline(__always) static func isMembership(_ form: String) -> Bool {
        let utf8 = form.utf8
        guard utf8.count >= 4, utf8.count <= 10, let first = utf8.first,
              first == UInt8(ascii: "m") || first == UInt8(ascii: "j") else { return false }
        return membershipCues.contains(form)
    }

    /// The ties a sentence states, and its distinct parties (for the next sentence's references).
    /// - Parameters:
    ///   - tokens: The sentence's words (``Tokenizer``).
    ///   - previousPair: The two parties of the previous sentence of the paragraph, for "the two countries".
    ///   - region: The region the document has named, for "the region".
    ///   - speaker: The last leader named in the paragraph, for a sentence opening with "He" or "She".
    ///   - mentions: The sentence's actor mentions, when the caller has them already.
    public func extract(_ tokens: [Token], previousPair: [String]? = nil, region: String? = nil, speaker: String? = nil,
                        mentions: [ActorMatcher.Mention]? = nil) -> (ties: [Found], parties: [String]) {
        extract(tokens, context: Context(pair: previousPair, region: region, speaker: speaker), mentions: mentions)
    }

    /// The ties a sentence states, and its distinct parties (for the next sentence's references).
    /// - Parameters:
    ///   - tokens: The sentence's words (``Tokenizer``).
    ///   - context: What the sentences before leave for this one's references.
    ///   - mentions: The sentence's actor mentions, when the caller has them already.
    public func extract(_ tokens: [Token], context: Context, mentions: [ActorMatcher.Mention]? = nil)
        -> (ties: [Found], parties: [String]) {
        let coded = CodedContext(context, actors: actors)
        var buffers = TieBuffers()
        let ties = extract(tokens, context: coded, mentions: mentions ?? matcher.mentions(tokens), buffers: &buffers)
        return (ties, buffers.distinct.map { actors.id($0, extras: coded.extras) })
    }

    /// The ties a sentence states, with the arrays of `buffers`; its distinct parties (for the next
    /// sentence's references) are left in `buffers.distinct`, as `ActorTable` indices.
    func extract(_ tokens: [Token], context: CodedContext, mentions: [ActorMatcher.Mention], buffers: inout TieBuffers)
        -> [Found] {
        if !buffers.distinct.isEmpty { buffers.distinct.removeAll(keepingCapacity: true) }
        if !buffers.ends.isEmpty { buffers.ends.removeAll(keepingCapacity: true) }
        if !buffers.events.isEmpty { buffers.events.removeAll(keepingCapacity: true) }
        buffers.agreement = nil
        // Most sentences of the news name no actor or one, and refer to none: no tie can come of them.
        if mentions.isEmpty && context.pair == nil
            && !mayRefer(tokens, orTo: context.dyad == nil ? [] : .pairWords) { return [] }
        buffers.words.read(tokens, table: words)
        // A sentence that cannot have two parties has no tie; its parties are read without its cues.
        var alone = !mayHaveTwoParties(tokens, buffers.words, mentions: mentions, context: context)
        // ("The strikes, supported by Ghana, …": one agent, and the previous sentence's event for the other party.)
        let fronted = alone && !mentions.isEmpty && !context.events.isEmpty && tokens.count > 5
            && tokens[0].key == "the" && tokens[2].punctuationBefore == .comma && tokens[3].key == "by"
        if fronted { alone = false }
        let compounds = compounds(tokens, buffers.words, mentions: mentions)
        // The cues are looked up before the parties only when a party may depend on them (a seat or region
        // a cue points at): else the parties are the same without them, and a sentence with fewer than two
        // distinct parties needs no cues at all.
        var cuesFirst = !alone && mayBePointedAt(mentions, buffers.words)
        var early = cuesFirst ? self.cues(tokens, mentions: mentions) : []
        parties(tokens, buffers.words, context: context, mentions: mentions, cues: early, compounds: compounds,
                into: &buffers.parties)
        // "both NATO allies": the pair a body's member noun stands for.
        let bodyPairs = mentions.count >= 2 ? bodyPairs(tokens, context: context, parties: &buffers.parties) : []
        // "Beirut condemned the raids": an event told before, read as the party that did it.
        var referred: [(span: Range<Int>, type: String, owner: Int)] = []
        if !context.events.isEmpty || !context.earlier.isEmpty || !alone, mayReferToEvent(tokens, buffers.words) {
            if !cuesFirst { early = self.cues(tokens, mentions: mentions) }
            cuesFirst = true
            referred = eventReferences(tokens, cues: early, context: context, parties: &buffers.parties)
            if !referred.isEmpty { alone = false }
        }
        Self.distinct(buffers.parties, into: &buffers.distinct)
        // ("the junta" and "the three states" make a sentence's second party only once read.)
        if alone, buffers.distinct.count >= 2, buffers.words.any(.descriptions) { alone = false }
        // ("the Iran-backed Houthis" is a tie of its own, whatever else the sentence names.)
        let leadsAny = compounds.contains(where: \.leads)
        guard (!alone && buffers.distinct.count >= 2) || leadsAny || (fronted && !buffers.distinct.isEmpty) else {
            if !referred.isEmpty {
                recordEvents([], ends: [], referred: referred, parties: [], tokens: tokens, into: &buffers.events)
            } else if buffers.distinct.count == 1, let first = buffers.parties.first {
                // ("Chile struck rebel bases": one party, and an event the next sentence may refer to.)
                loneEvents(tokens, mentions: mentions, cues: cuesFirst ? early : nil, party: first,
                           into: &buffers.events)
            }
            return []
        }
        var cues = cuesFirst ? early : self.cues(tokens, mentions: mentions)
        if !referred.isEmpty { cues.removeAll { c in referred.contains { $0.span.contains(c.start) } } }
        // "the alliance", "the bloc" standing for a body named before are a party, not a relation cue.
        // (The table read through a local: a closure over `self` copied the whole extractor for each sentence.)
        let kindByWords = self.kindByWords
        func namesBody(_ p: Party) -> Bool {
            p.end - p.start == 2 && p.start + 1 < tokens.count
                && kindByWords[Int(buffers.words.word(p.start)) * 64 + Int(buffers.words.word(p.start + 1))] != nil
        }
        if buffers.parties.contains(where: namesBody) {
            cues.removeAll { c in buffers.parties.contains { p in p.start <= c.start && c.end <= p.end && namesBody(p) } }
        }
        if cues.count >= 2 { Self.dropDoubleRefusals(&cues, tokens) }
        // No cue, no "X-led", no "C5+Japan", no "X's role within Y", no verb of acquiring and no verdict: no tie.
        let plusPair = hasPlusPair(buffers.parties, tokens)
        let within = tokens.indices.contains { buffers.words.is($0, .within, in: tokens) }
        let acquires = buffers.words.any(.acquisitions)
        // ("Peru called the accord null and void" has no cue: its verdict is one.)
        let mayJudge = mayPassVerdict(tokens)
        guard !cues.isEmpty || leadsAny || plusPair || within || acquires || mayJudge else { return [] }
        groups(buffers.parties, tokens, buffers.words, into: &buffers.grouped, joins: &buffers.joins,
               groups: &buffers.groups)
        let extras = context.extras
        let clauses = clauseSplitter.clauses(tokens, parties: buffers.parties.lazy.map { $0.start..<$0.end })
        var ties: [Found] = []
        // "the Russia-led Commonwealth of Independent States": the leader leads the bloc that follows.
        // ("the CSTO, the Russian-led military alliance,": the body a phrase set off after it names.)
        for p in compounds where p.leads {
            guard let next = buffers.parties.first(where: { $0.start == p.end }) ?? apposedHead(of: p, tokens, buffers.parties),
                  next.actor != p.actor else {
                continue
            }
            // Leading a security bloc (the CSTO, NATO) is a security tie, as membership of one is.
            let securityBloc = next.actor < actors.gazetteerCount && actors.isSecurityBloc[next.actor]
            buffers.ends.append((p.actor, next.actor))
            ties.append(Found(source: actors.id(p.actor, extras: extras), target: actors.id(next.actor, extras: extras),
                               layer: p.backs || securityBloc ? .security : .diplomatic, polarity: .cooperation, strength: 0.6,
                               isSymmetric: false, cues: [tokens[p.start].text], confidence: 0.8,
                               eventType: p.backs ? "aid" : "member"))
        }
        if plusPair { ties += formatTies(buffers.parties, tokens, extras: extras, ends: &buffers.ends) }
        // "the Brics group (Brazil, Russia, India and South Africa)": a list set off right after a body
        // names its members, each a member of it.
        for g in buffers.groups where buffers.groups.count >= 2 && g.count >= 2 && g.lowerBound > 0 {
            let body = buffers.grouped[g.lowerBound - 1], first = buffers.grouped[g.lowerBound]
            guard actors.kind(body.actor) == .organisation, first.start >= body.end, first.start - body.end <= 1,
                  [.clauseBreak, .quote, .parenthesis].contains(tokens[first.start].punctuationBefore),
                  buffers.grouped[g].allSatisfy({ actors.kind($0.actor) == .state }) else { continue }
            ties += membershipTies(of: onePerActor(buffers.grouped[g], extras: extras).map(\.actor), in: body.actor,
                                   strength: 0.9, cue: tokens[first.start].text, extras: extras, ends: &buffers.ends)
        }
        // ("both NATO allies": its words are no cue, and each of the pair is a member of the body.)
        if !bodyPairs.isEmpty {
            cues.removeAll { c in bodyPairs.contains { $0.span.contains(c.start) } }
            ties += bodyPairMemberships(bodyPairs, tokens: tokens, extras: extras, ends: &buffers.ends)
        }
        // "Chad bought Turkish drones": the maker a demonym names arms the buyer.
        if acquires { ties += acquiredArms(tokens, buffers.words, parties: buffers.parties, extras: extras, ends: &buffers.ends) }
        // "IGAD, chaired by Djibouti, …": the leaders a body's participle names.
        ties += ledBodies(buffers.grouped, groups: buffers.groups, tokens: tokens, extras: extras, ends: &buffers.ends)
        // "ASEAN members Vietnam and the Philippines": the members a bloc's member noun names.
        ties += premodifiedMembers(cues, grouped: buffers.grouped, groups: buffers.groups, tokens: tokens, extras: extras,
                                   ends: &buffers.ends)
        // "Turkey's role within NATO": the owner takes part in the body.
        if within { ties += participationWithin(buffers.grouped, tokens: tokens, extras: extras, ends: &buffers.ends) }
        // "Georgia and Moldova were within Russia's sphere of influence": the owner dominates the parties before.
        ties += enclosedBySphere(cues, grouped: buffers.grouped, groups: buffers.groups, tokens: tokens, clauses: clauses,
                                 extras: extras, ends: &buffers.ends)
        // "…, a request backed by Peru", "…, a step Togo opposes": a stance on the act an apposition sums up.
        ties += summaryStances(&cues, grouped: buffers.grouped, groups: buffers.groups, tokens: tokens, extras: extras,
                               ends: &buffers.ends)
        // "The strikes, supported by Canada, …": a stance on the event the previous sentence told.
        ties += frontedEventStances(&cues, grouped: buffers.grouped, groups: buffers.groups, tokens: tokens,
                                    context: context, extras: extras, ends: &buffers.ends)
        // "Russia, which the Baltic governments blame": a stance in an object relative clause on the party before it.
        ties += relativeStances(&cues, grouped: buffers.grouped, groups: buffers.groups, tokens: tokens, extras: extras,
                                ends: &buffers.ends)
        // "Lima called the pact signed by X and Y null and void": a verdict against an act's parties, whose
        // speaker is no party to the act.
        let verdicts = mayJudge ? findVerdicts(tokens: tokens, grouped: buffers.grouped, groups: buffers.groups, buffers.words) : []
        if !verdicts.isEmpty {
            ties += verdictStances(verdicts, cues: &cues, grouped: buffers.grouped, groups: buffers.groups, tokens: tokens,
                                   buffers.words, context: context, extras: extras, ends: &buffers.ends)
        }
        // "Turkey, along with Hungary, …": the groups that act with another party.
        let companions = companionGroups(tokens, groups: buffers.groups, buffers.grouped)
        // Where the last negated verb ended, while its object may follow.
        var negatedBefore: Int?
        // The end of the last nominal request ("applications to") and its agents, for the infinitive after it.
        var requested: (end: Int, agents: [Party])?
        // The last cue read as an ended relation ("ended its defence cooperation …"), for the agreement after it.
        var endedCue: Int?
        // "In Laos, China …": the scene a sentence opens with.
        let scene = frontedScene(tokens, buffers.grouped)
        for c in cues.indices {
            // (The cue copied once: each `cues[c].cue` read copied the whole match, with its strings.)
            let (cue, start, end) = cues[c]
            if cue.eventType == Lexicon.ignored { continue }
            // ("offered to host talks between A and B": talks not held tie A and B to nobody.)
            if talksOnlyOffered(c, of: cues, tokens: tokens) { continue }
            // "promised not to help X": a promise (an offer) not to act offers nothing; the negation is the act's.
            if end < tokens.count, buffers.words.on(end, .negations), offerTables.verbs.contains(tokens[start]) { continue }
            // A negation reaches the next cue only: "promised not to recognise Russia's annexation of Crimea"
            // negates the recognition, not the claims.
            let negation = (max(0, start - 5)..<start).last {
                buffers.words.on($0, .negations) || Self.endsInNot(tokens[$0].key)
            }
            // "not a single official has voiced support for X", "no state in the region has recognised X": a
            // negative quantifier on the subject negates its clause's predicate, farther than five words.
            let quantified = negation == nil ? negativeSubject(before: start, tokens: tokens, clauses: clauses) : nil
            // "Kigali denies supporting the rebels": a denial right before a predicate negates it.
            let negated = (negation ?? quantified).map { n in !cues.contains { $0.start >= n && $0.end <= start } } ?? false
                || (start > 0 && denialWords.contains(tokens[start - 1]))
            // "refused to send troops": an explicit refusal is a `reject` tie of its own (its cue), and
            // negates the act it refuses.
            // "suspended the treaty with X": a rejected agreement or cooperation is no cooperation.
            // ("halted Iranian oil imports": the goods' owner named between is no party to the refusal's object.)
            // ("banned wheat exports to X": a ban refuses the trade it names.)
            // ("ended its defence cooperation agreement with X": the agreement of an ended relation is ended too.)
            let refused = c > 0 && (cues[c - 1].cue.eventType == "reject"
                                    || (cues[c - 1].cue.eventType == "sanction" && cues[c - 1].cue.isVerb)
                                    || (endedCue == c - 1 && cues[c].cue.eventType == "agree"))
                && ((start - cues[c - 1].end == 1 && tokens[start - 1].key == "to")
                    || (cue.polarity == .cooperation && start - cues[c - 1].end <= 3
                        && !buffers.grouped.contains { $0.start >= cues[c - 1].end && $0.start < start && !$0.isDemonym }))
            // A negated event makes no tie, nor does its object ("did not sign the accord with Cuba"); nor
            // does a forecast or a condition ("would", "is likely to").
            let objectOfNegated = negatedBefore.map { verbEnd in
                start - verbEnd <= 3 && start >= verbEnd
                    && !buffers.grouped.contains { p in p.start >= verbEnd && p.start < start }
            } ?? false
            // "US tariffs hit Mexico's exports", "sanctions struck Venezuela": a verb of force whose subject is
            // a penalty is figurative; the penalty's own tie says what happened.
            let figurative = c > 0 && cue.isVerb && cue.eventType == "assault"
                && cues[c - 1].cue.eventType == "sanction" && !cues[c - 1].cue.isVerb && cues[c - 1].end == start
            if negated || refused || objectOfNegated || figurative {
                // (A negated noun that modifies the next cue's noun passes the negation on: "will not open
                // accession talks with X" holds no talks.)
                negatedBefore = cue.isVerb || (c + 1 < cues.count && cues[c + 1].start == end) ? end : nil
                continue
            }
            negatedBefore = nil
            // (A clause opened by "if" or "unless" is conditional throughout: "if X breaks the deal".)
            let clauseStart = (0..<start).last { clauses[$0] != clauses[start] }.map { $0 + 1 } ?? 0
            if (max(clauseStart, start - 6)..<start).contains(where: { buffers.words.on($0, .predictions) })
                || Self.conditionals.contains(tokens[clauseStart]) {
                negatedBefore = nil
                continue
            }
            // "threatened to annex X", "threatens sanctions against X": a threatened act is not done. A
            // harm threatened is a threat to whom it would harm; a threatened cooperation ("threatened to
            // move closer to X") ties nobody.
            // "Georgia was invaded in 2008", "firms accused of moving oil", "the detained leader": an act whose
            // agent the clause does not name ties nobody.
            if isAgentlessPassive(c, of: cues, tokens: tokens, clauses: clauses) || hasNoAgent(c, of: cues, tokens: tokens) {
                continue
            }
            // "ships blocked the boats": a verb that refuses only goods; "rejected the sanctions": a penalty spoken of.
            // ("the navy blocked the boats": armed forces blocking coerce, on the security layer.)
            let noFlow = refusesNoFlow(c, of: cues, tokens: tokens, clauses: clauses)
            let forcesBlock = noFlow && blockedByForces(c, of: cues, tokens: tokens, clauses: clauses)
            if (noFlow && !forcesBlock)
                || isSpokenOfPenalty(c, of: cues, tokens: tokens, buffers.grouped, clauses: clauses)
                || dependsPastParticiple(c, of: cues, tokens: tokens, buffers.grouped) {
                continue
            }
            let threatened = isThreatened(c, of: cues, tokens: tokens, buffers.grouped)
            if threatened && cue.polarity == .cooperation { continue }
            // "urged the two neighbours to settle their dispute through dialogue": what is asked for is not done.
            if isRequestedAct(c, of: cues, tokens: tokens, clauses: clauses) { continue }
            // "sent troops to the Chadian border", "sanctions on X were lifted", "downgraded diplomatic ties",
            // "relations have soured": words around the cue that turn its type and sign (`CueTurn`).
            let turn = cueTurn(c, of: cues, tokens: tokens, clauses: clauses, buffers.grouped)
            let ended = turn == .ended
            endedCue = ended ? c : nil
            let turnedType: String? = turn?.eventType ?? (forcesBlock ? "coerce" : nil)
            let polarity: Polarity = turn?.polarity ?? cue.polarity
            var strength = cue.strength
            // ("in May", "May 5": the month is no hedge.)
            let hedged = (max(0, start - 6)..<start).contains { buffers.words.on($0, .hedges) && !Self.namesMonth($0, tokens) }
            if hedged { strength = min(strength, 0.3) }
            let confidence = (hedged ? 0.5 : 1) * 0.8
            let membership = cue.eventType.map { $0 == "member" } ?? Self.isMembership(cue.form)
            // "a partnership to defeat X": a cooperation for a security purpose is security cooperation.
            // ("agreed to step up joint patrols", "agreed to expand trade": a verb and a particle may come
            // between "to" and the purpose; an economic purpose is a cooperation.)
            let purpose = purposeLayer(c, of: cues, tokens: tokens, buffers.grouped)
            // "asked X for help in securing its border": a request is on the layer of the help it asks for.
            let asked: Layer? = {
                guard cue.eventType == "request", c + 1 < cues.count, cues[c + 1].start > end,
                      cues[c + 1].start - end <= 8, cues[c + 1].cue.layer == .security,
                      let f = (end..<cues[c + 1].start).first(where: { tokens[$0].key == "for" }),
                      !buffers.grouped.contains(where: { $0.start > f && $0.start < cues[c + 1].start }) else { return nil }
                return .security
            }() ?? (asksForEconomicHelp(c, of: cues, tokens: tokens, buffers.grouped) ? .economic : nil)
                // "offered Borduria a loan": an offer is on the layer of what it offers.
                ?? offeredLayer(c, of: cues, tokens: tokens, clauses: clauses)
            // "strong diplomatic, security and economic ties": a relation noun after coordinated layer
            // adjectives is a relation on each of their layers.
            let layers = Self.coordinatedLayers(before: start, in: tokens, default: cue.layer,
                                                applies: Self.relationTypes.contains(cue.eventType ?? ""))
            // "supported Russia in its invasion of Ukraine": support for a party's war is security aid.
            let warSupport = cue.eventType == "support" && c + 1 < cues.count && cues[c + 1].start > end
                && cues[c + 1].start - end <= 5 && cues[c + 1].cue.eventType == "assault"
                && (end..<cues[c + 1].start).contains { tokens[$0].key == "in" }
            // "a deal brokered by China", "talks mediated by Qatar": the mediator consults each party.
            let mediation = end < tokens.count && buffers.words.is(end, .by, in: tokens)
                && Self.mediationForms.contains(cue.keys.first ?? "")
            // "Iceland hosted US patrol aircraft": a host of military guests is in security cooperation with
            // their state, as clear as stationing troops.
            let hostsForces = hostsMilitaryGuests(c, of: cues, tokens: tokens)
            if hostsForces && !hedged { strength = max(strength, 0.6) }
            directions(cue: c, of: cues, membership: membership, start: start, end: end, groups: buffers.groups,
                       buffers.grouped, tokens: tokens, buffers.words, clauses: clauses, extras: extras,
                       mediation: mediation, into: &buffers.pairs)
            // "talks hosted by Ecuador and brokered by Brazil" after "Chile and Peru agreed …": each mediator
            // acts on the talks' parties, the sentence's subject.
            if let mediated = mediatedPairs(cue: c, of: cues, groups: buffers.groups, buffers.grouped, tokens: tokens,
                                            extras: extras) {
                buffers.pairs = mediated
            }
            // "to counter raids by X": the subject mobilises against X, whose raids do not target it.
            readCounteredAttack(c, of: cues, tokens: tokens, clauses: clauses, buffers.grouped, pairs: &buffers.pairs)
            if buffers.pairs.isEmpty, let scene,
               let pair = sceneTie(cues[c], scene: scene, buffers.grouped, tokens: tokens, clauses: clauses) {
                buffers.pairs.append(pair)
            }
            if !companions.isEmpty {
                withCompanions(companions, cueStart: start, cueEnd: end, clauses: clauses, groups: buffers.groups,
                               buffers.grouped, extras: extras, pairs: &buffers.pairs)
            }
            // "sanctioned six firms for buying Iranian oil": the sanctioner acts on the goods' owner too.
            if !buffers.pairs.isEmpty,
               let owner = dealtGoodsOwner(c, of: cues, tokens: tokens, buffers.grouped, clauses: clauses) {
                Self.addGoodsOwner(owner, to: &buffers.pairs)
            }
            // "Tehran condemned the strikes": who objects to an act is not its agent.
            dropObjectors(cue: c, of: cues, tokens: tokens, clauses: clauses, buffers.grouped, pairs: &buffers.pairs)
            if !verdicts.isEmpty { dropVerdictSpeakers(cue: c, of: cues, verdicts, pairs: &buffers.pairs) }
            // (An ended relation is the ender's act, one-sided, as a refusal is: "X ended its ties with Y".)
            if ended { for k in buffers.pairs.indices { buffers.pairs[k].2 = false } }
            // "X and Y submitted applications to join NATO": the infinitive of a nominal request is done by
            // the request's agents (not by a party named before: "amid Z's invasion of W").
            inheritRequestAgents(c, of: cues, tokens: tokens, requested: &requested, pairs: &buffers.pairs)
            // "applications to join NATO": a request to join a security bloc is on the security layer, as
            // membership of one is.
            let requestsMembership = cue.eventType == "request" && c + 1 < cues.count
                && cues[c + 1].start - end <= 1 && cues[c + 1].start >= end
                && (cues[c + 1].cue.eventType.map { $0 == "member" } ?? Self.isMembership(cues[c + 1].cue.form))
                && (cue.keys.last == "to" || tokens[cues[c + 1].start - 1].key == "to")
            // "revoked a security agreement with X", "suspended imports of Taiwanese fish": a refusal takes
            // the layer of the cooperation it refuses (which makes no tie of its own, above).
            let refusedLayer: Layer? = {
                guard cue.eventType == "reject", c + 1 < cues.count else { return nil }
                let next = cues[c + 1]
                // (Its object, not an infinitive: "refused to send tanks" stays a diplomatic refusal.)
                guard next.cue.polarity == .cooperation, next.start >= end, next.start - end <= 3,
                      !(end..<next.start).contains(where: { tokens[$0].key == "to" }),
                      !buffers.grouped.contains(where: { $0.start >= end && $0.start < next.start }) else { return nil }
                return next.cue.layer
            }()
            // "suspended defence consultations with X": talks named military are refused on the security
            // layer as well.
            // "scrapped its military pact with X": an agreement with content is refused on that content's layer only.
            let refusedContent = refusedLayer == nil ? nil : refusedAgreementContent(c, of: cues, tokens: tokens,
                                                                                     clauses: clauses, buffers.grouped)
            let refusedLayers: [Layer]? = refusedContent ?? refusedLayer.map { layer in
                let next = cues[c + 1]
                return layer == .diplomatic && Self.layerAdjectives[tokens[next.start - 1].key] == .security
                    ? [layer, .security] : [layer]
            }
            // A mediator's tie is diplomatic whatever the cue's layer; a threat is a security tie.
            // A refusal halting a flow of goods is economic, and an agreement refused that names a supply
            // ("suspended the Nile Waters Treaty") is refused on its own layer too.
            let flowLayers: [Layer]? = refusesFlow(c, of: cues, tokens: tokens, clauses: clauses)
                || protestsGoods(c, of: cues, tokens: tokens, clauses: clauses)
                ? [.economic] + (refusedLayer.map { $0 == .economic ? [] : [$0] } ?? []) : nil
            // "called for sanctions against X": a demanded act is the speaker's diplomatic pressure.
            let demanded = isDemanded(c, of: cues, tokens: tokens, buffers.grouped)
            if demanded { strength = min(strength, 0.6) }
            // "supplies the group with missile parts": weapons supplied are security aid, not trade.
            let armsFlow = !mediation && !demanded && !threatened && suppliesWeapons(c, of: cues, tokens: tokens, clauses: clauses)
            // "signed a security deal", "a memorandum on military cooperation", "agreed to share water": an
            // agreement is on the layer of its content only.
            // ("The pact was signed by X and Y" after "a defence pact": a definite agreement with no content of its
            // own is the last one told.)
            let contentLayers: [Layer]? = domainLayer(c, of: cues, tokens: tokens, buffers.grouped).map { [$0] }
                ?? agreementLayers(c, of: cues, tokens: tokens, clauses: clauses, buffers.grouped,
                                   antecedent: buffers.agreement ?? context.agreement, apposed: buffers.agreement != nil)
                ?? agreementContentLayer(c, of: cues, tokens: tokens, clauses: clauses).map { [$0] }
                ?? objectFieldLayer(c, of: cues, tokens: tokens, clauses: clauses).map { [$0] }
            if Self.isPlainAgreement(cue) {
                buffers.agreement = contentLayers ?? []
            }
            var cueLayers = mediation || demanded ? [Layer.diplomatic] : threatened || armsFlow || forcesBlock ? [Layer.security]
                : flowLayers ?? refusedLayers ?? contentLayers ?? layers
            // "talks on Tehran's nuclear programme", "trade talks": talks on a security or economic field tie on it too.
            if !mediation, !demanded {
                for l in talksTopicLayers(c, of: cues, tokens: tokens, clauses: clauses) where !cueLayers.contains(l) {
                    cueLayers.append(l)
                }
            }
            let firstOfCue = ties.count
            for (sp, tp, symmetric) in buffers.pairs where sp.actor != tp.actor {
                let (s, t) = (sp.actor, tp.actor)
                // ("an alliance treaty with the Soviet Union": a bygone state's ties are background.)
                if actors.isRegionAndMember(s, t) || actors.isBygone(s) || actors.isBygone(t) { continue }
                // "troops backed by Burundian soldiers": support lent by a party's soldiers is armed help.
                let armedSupport = cue.eventType == "support" && isArmedSupporter(sp, tokens)
                /// One tie `x -> y`, a symmetric pair in id order. Joining or being a member of a security
                /// bloc (NATO, the CSTO) is a security tie.
                func add(_ x: Int, _ y: Int, layer cueLayer: Layer) {
                    guard x != y else { return }
                    // One is a member of a body, never of a state: "Ghana became a member of the council
                    // alongside Peru", "Egypt joined the talks between Sudan and Chad" tie no two states.
                    if membership, cue.eventType == nil || cue.eventType == "member",
                       actors.kind(x) == .state, actors.kind(y) == .state { return }
                    let (a, b) = symmetric && actors.precedes(y, x, extras: extras) ? (y, x) : (x, y)
                    let bloc = y < actors.gazetteerCount && actors.isSecurityBloc[y]
                    // (Freezing one's membership of a security bloc is a security tie too.)
                    let leaving = bloc && cue.eventType == "reject"
                        && cue.keys.contains { $0 == "membership" || $0 == "participation" }
                    let layer = (membership || requestsMembership) && bloc || leaving || warSupport || hostsForces || armedSupport
                        ? .security : purpose ?? asked ?? cueLayer
                    buffers.ends.append((a, b))
                    ties.append(Found(source: actors.id(a, extras: extras), target: actors.id(b, extras: extras),
                                      layer: layer, polarity: polarity, strength: strength, isSymmetric: symmetric,
                                      cues: [cue.form], confidence: confidence,
                                      eventType: mediation ? "consult" : turnedType ?? (warSupport || hostsForces || armedSupport || armsFlow ? "aid"
                                        : membership && cue.eventType == nil ? "member" : cue.eventType)))
                }
                for l in cueLayers { add(s, t, layer: l) }
                // A leader acting in person (a visit, a meeting, an award) keeps a leader-level tie
                // beside the state's; only on the diplomatic layer, and only when the leader acts.
                // An organisation has no counterpart in person: no leader-level tie with it.
                if let person = sp.person, cue.layer == .diplomatic, !hostsForces, actors.kind(t) != .organisation {
                    add(person, tp.person ?? t, layer: cueLayers[0])
                }
            }
            // "American and British warplanes struck X": attackers striking together cooperate.
            if !threatened && !hedged {
                for (a, b) in jointAttackers(c, of: cues, pairs: buffers.pairs, groups: buffers.groups, buffers.grouped) {
                    let (x, y) = actors.precedes(b.actor, a.actor, extras: extras) ? (b.actor, a.actor) : (a.actor, b.actor)
                    buffers.ends.append((x, y))
                    ties.append(Found(source: actors.id(x, extras: extras), target: actors.id(y, extras: extras),
                                      layer: .security, polarity: .cooperation, strength: 0.6, isSymmetric: true,
                                      cues: [cue.form], confidence: confidence, eventType: "cooperate"))
                }
            }
            // "provided X with shells in exchange for food": what is given back is the recipient's supply.
            if let exchange = exchangedGoods(c, of: cues, tokens: tokens, clauses: clauses) {
                for (sp, tp, symmetric) in buffers.pairs where !symmetric && sp.actor != tp.actor {
                    buffers.ends.append((tp.actor, sp.actor))
                    ties.append(Found(source: actors.id(tp.actor, extras: extras), target: actors.id(sp.actor, extras: extras),
                                      layer: .economic, polarity: .cooperation, strength: strength, isSymmetric: false,
                                      cues: [exchange], confidence: confidence, eventType: "supply"))
                }
            }
            if threatened {
                for k in firstOfCue..<ties.count {
                    ties[k].eventType = "threaten"
                    ties[k].strength = min(ties[k].strength, 0.6)
                }
            }
        }
        recordEvents(ties, ends: buffers.ends, referred: referred, parties: buffers.parties, tokens: tokens,
                     into: &buffers.events)
        // "American and British warplanes struck radar sites": an event with no party to reach still has owners.
        for e in untiedEventOwners(cues, ties: ties, grouped: buffers.grouped, groups: buffers.groups, tokens: tokens,
                                   extras: extras)
        where !buffers.events.contains(where: { $0.type == e.type && $0.owner == e.owner }) {
            buffers.events.append(e)
        }
        return ties
    }

    /// Where a negative quantifier opens the subject of the clause of a cue at `start`, up to ten words before
    /// it: "no" (not after "there is", which denies an object), "none of", "not a single", "not one".
    func negativeSubject(before start: Int, tokens: [Token], clauses: [Int]) -> Int? {
        (max(0, start - 10)..<start).first { i in
            guard clauses[i] == clauses[start], Self.negativeQuantifiers.contains(tokens[i]) else { return false }
            switch tokens[i].key {
            case "no": return !(i > 0 && ["is", "was", "are", "were", "be"].contains(tokens[i - 1].key))
            case "none": return i + 1 < start && tokens[i + 1].key == "of"
            case "not":
                guard i + 1 < start else { return false }
                return tokens[i + 1].key == "one" || (i + 2 < start && tokens[i + 1].key == "a" && tokens[i + 2].key == "single")
            default: return false
            }
        }
    }

    /// The words that open a negative quantifier (`negativeSubject(before:tokens:clauses:)`), asked by word code first.
    static let negativeQuantifiers: WordSet = ["no", "none", "not"]

    /// Whether cue `c` names the act a threat verb right before it threatens: "threatened to annex X"
    /// (only "to" between), "threatens sanctions against X", "threatened new tariffs on X" (a word or two
    /// between), "threatened X with an embargo" (the threatened party, then "with").
    func isThreatened(_ c: Int, of cues: [(cue: Lexicon.Cue, start: Int, end: Int)], tokens: [Token],
                      _ parties: [Party]) -> Bool {
        guard c > 0, cues[c - 1].cue.isVerb, cues[c - 1].cue.eventType == "threaten",
              cues[c - 1].cue.polarity == .tension else { return false }
        let (verbEnd, start) = (cues[c - 1].end, cues[c].start)
        guard start >= verbEnd, start - verbEnd <= 6,
              (verbEnd...start).allSatisfy({ tokens[$0].punctuationBefore == .none }) else { return false }
        var (i, words, named) = (verbEnd, 0, false)
        while i < start {
            if let p = parties.first(where: { $0.start == i }) {
                // Only the party threatened, right after the verb and before "with".
                guard !named, i == verbEnd, p.end < start, tokens[p.end].key == "with" else { return false }
                (i, named) = (p.end + 1, true)
                continue
            }
            (i, words) = (i + 1, words + 1)
        }
        return words <= 2
    }

    /// The sentence's cues, without those inside an actor's name ("Collective Security Treaty
    /// Organization": the cue is part of the name).
    func cues(_ tokens: [Token], mentions: [ActorMatcher.Mention]) -> [(cue: Lexicon.Cue, start: Int, end: Int)] {
        var found = lexicon.matches(tokens)
        if !mentions.isEmpty { found.removeAll { c in mentions.contains { $0.start < c.end && c.start < $0.end } } }
        // "the press", "a pressing issue": a verb that is a noun too is the verb only before its object.
        found.removeAll { lacksObject($0, tokens, mentions: mentions) }
        // "ratified the accession of X to the Alliance": a relation noun capitalised after a lowercase
        // "the" in running text (not a title-case headline: the next word is not capitalised) names a
        // body, as a proper noun, and states no relation.
        found.removeAll { c in
            !c.cue.isVerb && c.start > 0 && tokens[c.start].isCapitalised && tokens[c.start - 1].text == "the"
                && (c.end == tokens.count || !tokens[c.end].isCapitalised)
        }
        // "her visit signified ...", "Tehran's offer": a word right after a possessive determiner or an
        // owner's "'s" heads a noun phrase; a verb's form there is the noun of that form, not the clause's
        // verb (its subject is no agent of it).
        for k in found.indices where found[k].cue.isVerb && found[k].start > 0 {
            let before = tokens[found[k].start - 1]
            if before.isPossessive || Self.possessiveDeterminers.contains(lowerOf: before) { found[k].cue.isVerb = false }
        }
        // "Belarus faces EU sanctions": an economic verb form that is a plural noun too, with no party after it,
        // is the noun.
        for k in found.indices where readsAsNoun(found[k], tokens, mentions: mentions) { found[k].cue.isVerb = false }
        // "a Chinese-financed port in X": the work is the financer's investment.
        financedWorks(tokens, into: &found)
        // "withdrew its last troops from X": a retreat read as grammar, not the aid of "troops from X".
        troopWithdrawals(tokens, mentions: mentions, into: &found)
        return found
    }

    /// Determiners that make the word after them a noun: "her visit", "their offer".
    static let possessiveDeterminers: WordSet = ["his", "her", "its", "their", "our", "my", "your"]

    /// Whether a mention is a seat after a locative that may point at it ("a visit to Paris") or a region
    /// after a scene word ("influence in Central Asia"): the only parties whose being one depends on the
    /// sentence's cues (``parties(_:_:context:mentions:cues:compounds:into:)`` asks the cues for no other).
    func mayBePointedAt(_ mentions: [ActorMatcher.Mention], _ words: SentenceWords) -> Bool {
        mentions.indices.contains { k in
            let start = mentions[k].start
            guard start > 0 else { return false }
            return (mentions[k].role == .seat && words.on(start - 1, .locatives) && words.on(start - 1, .pointers))
                || (actors.kinds[mentions[k].actorIndex] == .region && words.on(start - 1, .regionScenes))
        }
    }

    /// Whether a token may stand for a party without naming it (``references``, by the word table), close
    /// one of `lists` (the pair words, when the document has two most named states: "both capitals"), or
    /// name actors in a hyphenated word.
    func mayRefer(_ tokens: [Token], orTo lists: TieWords.Lists = []) -> Bool {
        let bits = TieWords.Lists.references.rawValue | lists.rawValue
        return tokens.withUnsafeBufferPointer { tokens in
            tokens.indices.contains { tokens[$0].isHyphenatedName || words.entry(of: tokens, at: $0) & bits != 0 }
        }
    }

    /// The distinct actors of `parties`, in order, appended to `distinct`.
    static func distinct(_ parties: [Party], into distinct: inout [Int]) {
        for p in parties where !distinct.contains(p.actor) { distinct.append(p.actor) }
    }

    /// `key.hasSuffix("n't")`, asked only when the key's last bytes are "n't" (equivalent: a string whose
    /// last three characters are "n", "'" and "t" ends in those bytes), or when its bytes cannot be read
    /// in place.
    @inline(__always) static func endsInNot(_ key: String) -> Bool {
        let endsSo = key.utf8.withContiguousStorageIfAvailable { b in
            b.count >= 3 && b[b.count - 1] == UInt8(ascii: "t") && b[b.count - 2] == UInt8(ascii: "'")
                && b[b.count - 3] == UInt8(ascii: "n")
        } ?? true
        return endsSo && key.hasSuffix("n't")
    }
}
