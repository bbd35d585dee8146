import GeoGraph

/// The parties of a sentence: the actors its mentions stand for when they act or are acted on (not
/// places, not quoted analysts, not a country's people), and what its references point back to.
extension TieExtractor {
    /// What the sentences before this one leave for its references.
    public struct Context: Sendable {
        /// The two parties of the previous sentence of the paragraph, for "the two countries" (`GraphBuilder`
        /// passes those of the sentence before a paragraph break too, to a sentence that may refer to them).
        public var pair: [String]?
        /// Every party of the previous sentence of the paragraph, in order, for "the country".
        public var previous: [String]
        /// The region the document has named, for "the region" and "regional states".
        public var region: String?
        /// The last leader named within two sentences, for "he" and "she".
        public var speaker: String?
        /// The document's date (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`): a leader, an official or an agent
        /// stands for its state only on a date within its terms of office (`Actor.terms`); without a
        /// date, always.
        public var date: String?
        /// The events the previous sentence of the paragraph states, each an event type and the party that
        /// does it, for "condemned the raids" (`eventReferences(_:cues:context:parties:)`).
        public var events: [EventOwner]
        /// The events of the two sentences of the paragraph before the previous one, the nearer first, for a
        /// noun naming an event without its type ("the move") or an accusation ("the charge") that the previous
        /// sentence leaves unowned (``TieExtractor/Context/events``).
        public var earlierEvents: [[EventOwner]]
        /// The two states the document has named most so far, each in more sentences than any other state:
        /// what "both capitals" stands for when neither its sentence nor the previous one names a pair.
        public var dyad: [String]?

        public init(pair: [String]? = nil, previous: [String] = [], region: String? = nil, speaker: String? = nil,
                    date: String? = nil, events: [EventOwner] = [], earlierEvents: [[EventOwner]] = [],
                    dyad: [String]? = nil) {
            self.pair = pair
            self.previous = previous
            self.region = region
            self.speaker = speaker
            self.date = date
            self.events = events
            self.earlierEvents = earlierEvents
            self.dyad = dyad
        }
    }

    /// An event a sentence states and the party that does it: "Israel struck targets in Lebanon" leaves
    /// (`assault`, Israel) for "Beirut condemned the raids".
    public struct EventOwner: Sendable, Equatable {
        /// The event type (`Graphs/event-types.yaml`).
        public var type: String
        /// The actor id of the party that does it.
        public var owner: String

        public init(type: String, owner: String) {
            self.type = type
            self.owner = owner
        }
    }

    /// A ``Context`` with its ids as ``ActorTable`` indices, as the rules read it; ``GraphBuilder`` keeps
    /// one from sentence to sentence without making an id string.
    struct CodedContext: Sendable {
        /// The two parties of the previous sentence of the paragraph (as `Context.pair`: the first two
        /// are read, and "the two countries" needs two).
        var pair: [Int]?
        var previous: [Int]
        var region: Int?
        var speaker: Int?
        /// The document's date as the days it spans (``ActorTable/days(_:)``).
        var date: ClosedRange<Int>?
        /// The events the previous sentence states, with the parties that do them.
        var events: [(type: String, owner: Int)] = []
        /// The events of the two sentences of the paragraph before the previous one, each with how many
        /// sentences back it was told (2 or 3): read only for `anyEvent` (`eventOwners(of:in:)`) and for accusations
        /// (`accusationOwner`) when `events` has none of the type; `GraphBuilder` keeps only those.
        var earlier: [(type: String, owner: Int, back: Int)] = []
        /// The two states the document has named most so far (``Context/dyad``).
        var dyad: [Int]?
        /// The content layers of the last agreement the document's cues told ("a security pact"), for a
        /// definite agreement noun with no content of its own after it ("the pact"): empty when that
        /// agreement named none, or no agreement was told (`agreementLayers`).
        var agreement: [Layer] = []
        /// The ids the context names that ``ActorTable`` does not know, by index past its `ids` (a
        /// caller's `Context` may name any id; one equal (`==`) to an earlier one is carried as that one).
        var extras: [String] = []

        init(pair: [Int]? = nil, previous: [Int] = [], region: Int? = nil, speaker: Int? = nil,
             date: ClosedRange<Int>? = nil, events: [(type: String, owner: Int)] = [],
             earlier: [(type: String, owner: Int, back: Int)] = [], dyad: [Int]? = nil) {
            self.pair = pair
            self.previous = previous
            self.region = region
            self.speaker = speaker
            self.date = date
            self.events = events
            self.earlier = earlier
            self.dyad = dyad
        }

        /// `context` with its ids as indices.
        init(_ context: Context, actors: ActorTable) {
            var extras: [String] = []
            pair = context.pair.map { $0.map { actors.code(of: $0, extras: &extras) } }
            previous = context.previous.map { actors.code(of: $0, extras: &extras) }
            region = context.region.map { actors.code(of: $0, extras: &extras) }
            speaker = context.speaker.map { actors.code(of: $0, extras: &extras) }
            date = context.date.flatMap(ActorTable.days)
            events = context.events.map { ($0.type, actors.code(of: $0.owner, extras: &extras)) }
            earlier = context.earlierEvents.prefix(2).enumerated().flatMap { k, sentence in
                sentence.map { ($0.type, actors.code(of: $0.owner, extras: &extras), k + 2) }
            }
            dyad = context.dyad.map { $0.map { actors.code(of: $0, extras: &extras) } }
            self.extras = extras
        }
    }

    static let locatives: WordSet = ["in", "at", "to", "from", "near", "into", "via", "through", "toward", "towards",
                                         "outside", "across", "inside", "around"]
    /// Prepositions through which a cue points at a seat ("a visit to Paris", "investment from Moscow").
    static let pointers: WordSet = ["to", "from", "toward", "towards", "into"]
    static let pronouns: WordSet = ["he", "she", "him", "her", "his"]
    static let reportingVerbs: WordSet = ["said", "says", "told", "tells", "added", "adds", "noted", "notes",
                                              "believes", "thinks", "argued", "argues", "explained", "stated", "wrote",
                                              "writes", "claims", "claimed", "recalled", "suggested", "suggests"]
    static let leaderTitles: WordSet = ["president", "leader"]
    static let peopleNouns: WordSet = ["experts", "expert", "analysts", "analyst", "scholars", "researchers",
                                           "observers", "journalists", "media", "bloggers", "citizens", "people",
                                           "public", "society", "migrants", "workers", "students", "tourists", "voters",
                                           "businessmen", "commentators", "propagandists"]
    static let nonParties: Set<String> = ["analyst", "journalist"]
    /// Head nouns of institutions named after a city ("the Carnegie Berlin Center", "the Moscow Times"),
    /// as word keys.
    static let institutionNouns: Set<String> = ["center", "centre", "institute", "university", "college", "school",
                                                "academy", "post", "times", "journal", "herald", "tribune", "forum",
                                                "club", "foundation", "museum", "conservatory", "observer", "review"]
    /// The tag of a region that is a place, not an actor (the conventions: sub-national or contested
    /// places are not actors): a province, an autonomous or breakaway region ("Xinjiang", "Transnistria").
    static let placeTag = "place"
    static let pairReferences: [[String]] = [["two", "countries"], ["both", "countries"], ["two", "states"], ["both", "sides"],
                                             ["two", "sides"], ["two", "powers"], ["both", "powers"], ["both", "states"],
                                             ["those", "ties"], ["these", "ties"], ["their", "relationship"],
                                             ["the", "relationship"], ["the", "partnership"], ["these", "countries"],
                                             ["those", "countries"], ["these", "states"], ["those", "states"],
                                             ["two", "capitals"], ["both", "capitals"], ["two", "governments"],
                                             ["both", "governments"], ["two", "neighbours"], ["two", "neighbors"],
                                             ["both", "neighbours"], ["both", "neighbors"], ["two", "nations"],
                                             ["both", "nations"]]
    /// The last words of ``pairReferences`` that name states: the pair named before them in the sentence is
    /// one of states.
    static let stateNouns: Set<String> = ["capitals", "governments", "neighbours", "neighbors", "nations"]
    /// The last words of ``pairReferences`` that may stand for the document's two most named states (``Context/dyad``)
    /// with no pair named just before: "both sides", "the two governments". ("The two countries", "the
    /// relationship" with no pair just named stand for none: in the reference corpus they named another pair.)
    static let dyadNouns: Set<String> = stateNouns.union(["sides"])
    /// "the country" and its kin: the last actor of that kind named before, in this sentence or the last.
    static let kindReferences: [(words: [String], kind: ActorKind)] = [
        (["the", "country"], .state), (["this", "country"], .state), (["the", "state"], .state),
        (["the", "organization"], .organisation), (["the", "organisation"], .organisation),
        (["the", "bloc"], .organisation), (["the", "alliance"], .organisation),
    ]
    /// "regional states": the document's region.
    static let regionalNouns: WordSet = ["states", "countries", "governments", "leaders", "capitals"]
    /// Words after which the listed parties are left out: "all regional states except Tajikistan".
    static let exclusions: WordSet = ["except", "excluding"]
    /// Prefixes of a hyphenated word that change its sense: "pro-Kremlin" is not the Kremlin acting.
    static let stancePrefixes: Set<String> = ["pro", "anti", "non", "post", "ex", "neo", "former"]
    /// Words before a region that make it the scene ("in Central Asia").
    static let regionScenes: WordSet = ["in", "across", "throughout", "within"]
    /// Words that may join the parties an exclusion lists.
    static let listWords: WordSet = ["and", "or", "the"]
    /// "Russia-led": the named actor leads the party that follows.
    static let leadSuffixes: Set<String> = ["led"]
    /// "Turkish-made drones": the actor named makes or supplies what follows, and stays a party.
    static let makerSuffixes: Set<String> = ["made", "built", "supplied", "manufactured", "funded", "financed", "owned"]
    /// Nouns a region may qualify and still act through: "Arctic states", "Sahel leaders".
    static let regionOrgans: Set<String> = ["states", "countries", "governments", "leaders", "capitals", "nations",
                                            "members", "neighbours", "neighbors", "ministers", "presidents"]

    /// Whether a region named at `start..<end` only qualifies the noun after it: "funding for Arctic research
    /// stations", "new Arctic defence spending". The noun is lowercase and not a verb's form (no auxiliary,
    /// preposition, conjunction, relative or "-ed" word), the word before is a lowercase word that is no
    /// conjunction ("Russia and Central Asia signed" keeps the region). The region's organs act for it:
    /// "Sahel states" (``regionOrgans``), and a name ending in one after "the" ("the Baltic governments") is no
    /// modifier.
    func isRegionModifier(_ tokens: [Token], _ words: SentenceWords, start: Int, end: Int) -> Bool {
        guard start > 0, end < tokens.count else { return false }
        let next = tokens[end], before = tokens[start - 1]
        guard next.punctuationBefore == .none, !next.isCapitalised, tokens[start].punctuationBefore == .none,
              !before.isCapitalised, !words.on(start - 1, .conjunctions), !words.on(start - 1, .relatives) else { return false }
        let key = next.key
        if Self.regionOrgans.contains(key) || key.hasSuffix("ed") || key.count < 3 { return false }
        // ("which the Baltic governments blame": "the" and a region named by its organs make a whole noun
        // phrase, a subject, not a modifier.)
        if before.key == "the", Self.regionOrgans.contains(tokens[end - 1].key) { return false }
        return !words.on(end, [.auxiliaries, .clauseVerbs, .speechVerbs, .reportingVerbs, .objectWords, .conjunctions,
                               .relatives, .placeWords, .negations, .hedges])
    }

    /// "the Iran-backed Houthis": the actor named backs the party that follows (security aid).
    static let backSuffixes: Set<String> = ["backed", "supported", "sponsored", "funded", "armed", "trained", "aligned"]

    /// Every word that may stand for a party without naming it: pronouns, "region",
    /// "country", the last words of "the two countries" and its kin.
    static let references: WordSet = {
        var words = pronouns.words.union(["region", "regional", "they"])
        for (reference, _) in kindReferences { words.insert(reference[1]) }
        return WordSet(words)
    }()
    /// The first words of "the two countries" and its kin.
    static let pairOpeners = WordSet(Set(pairReferences.map { $0[0] }))
    /// The last words of "the two countries" and its kin.
    static let pairWords = WordSet(Set(pairReferences.map { $0[$0.count - 1] }))


    /// Words that open a sentence standing for a party of the one before ("It accused …", "Its army …").
    static let itWords: WordSet = ["it", "its"]
    /// Words after a sentence's "It" that make it impersonal ("It is unclear …", "It remains to be seen …").
    static let impersonalAfterIt: WordSet = ["is", "was", "remains", "remained", "seems", "seemed", "appears", "appeared",
                                             "isn't", "wasn't", "may", "might", "would", "could", "will", "has", "had"]

    /// The actor a sentence's opening "It" or "Its" stands for: the first party the previous sentence of the
    /// paragraph named, when it is a state or a body ("Ethiopia rejected the plan. It accused Somalia …", "Its
    /// foreign ministry said …"); `nil` for an impersonal "It" ("It is unclear whether …", "It will take years").
    func itReference(_ tokens: [Token], context: CodedContext) -> Int? {
        guard tokens.count > 2, Self.itWords.contains(tokens[0]), let actor = context.previous.first,
              [.state, .organisation].contains(actors.kind(actor)),
              tokens[0].key == "its" || !Self.impersonalAfterIt.contains(tokens[1]) else { return nil }
        return actor
    }

    /// Whether a sentence with these mentions may have two parties: a reference or a hyphenated name
    /// ("Kyrgyz-Tajik") may add some.
    func mayHaveTwoParties(_ tokens: [Token], _ words: SentenceWords, mentions: [ActorMatcher.Mention],
                           context: CodedContext) -> Bool {
        if mentions.count >= 2 { return true }
        if mentions.count == 1, itReference(tokens, context: context) != nil { return true }
        if context.pair != nil, words.any(.pairWords) { return true }
        // ("both capitals" with the document's two most named states: only a pair reference itself.)
        if context.dyad != nil, words.any(.pairWords), tokens.indices.dropFirst().contains(where: { i in
            words.on(i, .pairWords) && isPairByWords[Int(words.word(i - 1)) * 64 + Int(words.word(i))]
                && Self.dyadNouns.contains(tokens[i].key)
        }) { return true }
        guard words.any(.references) || words.hyphenated > 0 else { return false }
        var resolvable = mentions.count
        for i in tokens.indices where words.on(i, .references) || tokens[i].isHyphenatedName {
            // (A hyphenated word may name two: "Kyrgyz-Tajik"; so may "they".)
            resolvable += tokens[i].isHyphenatedName || (i == 0 && tokens[i].key == "they") ? 2 : 1
            if resolvable >= 2 { return true }
        }
        return false
    }

    /// The parties of a sentence, left to right, in `parties` (emptied first).
    /// - Parameters:
    ///   - context: What earlier sentences leave for "the two countries", "the country", "the region", "he".
    ///   - cues: The sentence's cues: a seat or region right after a cue and a preposition is what the cue
    ///     points at ("owe billions to Beijing", "influence in Central Asia").
    ///   - compounds: The sentence's ``compounds(_:_:mentions:)``.
    func parties(_ tokens: [Token], _ words: SentenceWords, context: CodedContext, mentions: [ActorMatcher.Mention],
                 cues: [(cue: Lexicon.Cue, start: Int, end: Int)], compounds: [Party], into parties: inout [Party]) {
        parties.removeAll(keepingCapacity: true)
        // (Each mention read in place: a copy would retain its id.)
        for k in mentions.indices {
            let m = (start: mentions[k].start, end: mentions[k].end, role: mentions[k].role)
            let a = mentions[k].actorIndex
            let kind = actors.kinds[a]
            // Quoted analysts, and sub-national or contested places ("a crackdown in Xinjiang"): never parties.
            if actors.isNonParty[a] { continue }
            // Metonymy: "Moscow warned" is Russia acting; "talks in Moscow" is a place. Regions after
            // "in", "across" or "throughout" are the scene, not a party. Either is a party when a cue
            // points at it: "a visit to Paris", "debts to Beijing", "influence in Central Asia".
            func pointedAt() -> Bool { m.start > 0 && cues.contains { $0.end <= m.start && m.start - $0.end <= 4 } }
            if m.role == .seat, m.start > 0, words.on(m.start - 1, .locatives),
               !(words.on(m.start - 1, .pointers) && pointedAt()) { continue }
            if kind == .region, m.start > 0, words.on(m.start - 1, .regionScenes), !pointedAt() { continue }
            // (A region's demonym owns what follows: "Central Asian labour migrants".)
            if kind == .region, m.role != .demonym, isRegionModifier(tokens, words, start: m.start, end: m.end) { continue }
            // "the Carnegie Berlin Center", "the Moscow Times": a seat before an institution's head noun is
            // part of the institution's name, and the institution (a think tank, a paper) is no actor.
            if m.role == .seat, m.end < tokens.count, tokens[m.end].punctuationBefore == .none,
               tokens[m.end].isCapitalised, Self.institutionNouns.contains(tokens[m.end].key) { continue }
            if m.start > 1, words.is(m.start - 1, .to, in: tokens), words.is(m.start - 2, .according, in: tokens) {
                continue
            }
            // "old Soviet border posts": a historical state's demonym dates a thing, it names no party.
            if m.role == .demonym, actors.isHistorical[a] { continue }
            // "in Houthi-held parts of Yemen", "rebel-controlled Idlib": a place held by another is a scene.
            if isHeldPlace(tokens, words, start: m.start) { continue }
            // "Russian experts", "Kazakh citizens": people of a country, not the state acting.
            if m.role == .demonym, m.end < tokens.count, words.on(m.end, .peopleNouns) { continue }
            // A leader, an official or an agent ("Wagner", the Taliban) stands for its state while in
            // office on the document's date, through every step ("a Taliban minister": Afghanistan).
            let id = actors.represents[a] == nil ? a : actors.standsFor(a, on: context.date)
            var person = id == a || kind != .person ? nil : a
            // "the Russian president", "the president of Kyrgyzstan": the state's leader on the date.
            if person == nil, kind == .state,
               (m.end < tokens.count && words.on(m.end, .leaderTitles))
                || (m.start >= 2 && words.is(m.start - 1, .of, in: tokens) && words.on(m.start - 2, .leaderTitles)) {
                person = actors.leader(of: id, on: context.date)
            }
            parties.append(Party(actor: id, start: m.start, end: m.end, person: person, isDemonym: m.role == .demonym))
        }
        if !compounds.isEmpty { parties += compounds }
        pronouns(tokens, words, speaker: context.speaker, date: context.date, parties: &parties)
        references(tokens, words, context: context, parties: &parties)
        // A stable sort leaves parties in order as they are: most sentences' are.
        if zip(parties, parties.dropFirst()).contains(where: { ($1.start, $1.end) < ($0.start, $0.end) }) {
            parties.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        }
        // "the Russia-led CIS": the leader qualifies the bloc; the bloc is the party of the sentence.
        if parties.contains(where: \.leads) {
            let starts = parties.map(\.start)
            parties.removeAll { $0.leads && starts.contains($0.end) }
        }
        if words.any(.exclusions) { excluding(tokens, words, &parties) }
        if !ownerAgents.isEmpty { extendOverAgents(tokens, &parties) }
    }

    /// A party followed by a role noun of the agents table stands for what that body does: "Iraqi
    /// security forces attacked", "Japan's foreign ministry protested". The party is extended over
    /// the noun, so that the body's act is read as the state's (its owner right before the verb).
    func extendOverAgents(_ tokens: [Token], _ parties: inout [Party]) {
        for k in parties.indices {
            let end = parties[k].end
            guard end < tokens.count, ownerAgentFirstWords.contains(tokens[end]), !parties.contains(where: { $0.start == end }),
                  let agent = ownerAgents.first(where: { words in
                      end + words.count <= tokens.count && words.indices.allSatisfy { tokens[end + $0].key == words[$0] }
                  }) else { continue }
            // (Only over words no other party starts in.)
            let newEnd = end + agent.count
            if parties.contains(where: { $0.start > end && $0.start < newEnd }) { continue }
            parties[k].end = newEnd
        }
    }

    /// Actors inside hyphenated words: "the Kyrgyz-Tajik border" (a pair), "the Russia-led CIS" (Russia,
    /// marked as leading what follows). A word a mention already covers ("Kassym-Jomart") is left alone.
    func compounds(_ tokens: [Token], _ words: SentenceWords, mentions: [ActorMatcher.Mention]) -> [Party] {
        var found: [Party] = []
        guard words.hyphenated > 0 else { return found }
        for (i, token) in tokens.enumerated() where token.isHyphenatedName
            && !mentions.contains(where: { $0.start <= i && i < $0.end }) {
            let parts = token.text.split(separator: "-").map(String.init)
            guard parts.count >= 2, !Self.stancePrefixes.contains(parts[0].lowercased()) else { continue }
            // "a near-Arctic state", "Soviet-era bases": a lowercase prefix or head word makes the name a
            // modifier of the word, not a party ("Russia-led" and "Turkish-made" name who leads or makes).
            let lastPart = parts[parts.count - 1]
            if !Token.isCapitalised(parts[0]) { continue }
            if !Token.isCapitalised(lastPart), !Self.leadSuffixes.contains(lastPart), !Self.backSuffixes.contains(lastPart),
               !Self.makerSuffixes.contains(lastPart),
               // ("Houthi-held parts of Yemen": the holder, of the lexicon's set `HELD`, stays a party; the
               // place held is a scene, `isHeldPlace`.)
               !referenceTables.heldSuffixes.contains(lastPart) { continue }
            // "along the Tajik-Afghan border": a place, not two parties.
            if i + 1 < tokens.count, words.on(i + 1, .borderWords) { continue }
            let joined = parts.joined(separator: " ")
            let wordTokens = Tokenizer.tokens(Array(joined.unicodeScalars)[...])
            let inWord = wordTokens.count
            // The last part may open a name of several words: "the Philippines-United States treaty"
            // (the words after the hyphenated one are read with it; a name ending past it covers them).
            let following = tokens[(i + 1)..<min(tokens.count, i + 3)]
            let partTokens = following.isEmpty || following.first!.punctuationBefore != .none ? wordTokens
                : Tokenizer.tokens(Array((joined + " " + following.map(\.text).joined(separator: " ")).unicodeScalars)[...])
            let leads = Self.leadSuffixes.contains(parts.last!.lowercased())
            let backs = Self.backSuffixes.contains(parts.last!.lowercased())
            // ("Soviet-built", "USSR-made": a historical state before a lowercase head dates the thing, as its
            // demonym does; it names no party.)
            let modifier = !Token.isCapitalised(lastPart)
            for m in matcher.mentions(partTokens) where actors.kinds[m.actorIndex] != .person && m.start < inWord
                && !(modifier && actors.isHistorical[m.actorIndex]) {
                found.append(Party(actor: m.actorIndex, start: i, end: i + 1 + max(0, m.end - inWord), leads: leads || backs,
                                   backs: backs))
            }
        }
        return found
    }

    /// "he", "she", "him", "her", "his" stand for the first leader named before them in the sentence,
    /// else the last one named in the paragraph; never before a reporting verb ("he said": a source).
    /// Appends them to `parties`, which holds the sentence's other parties so far.
    func pronouns(_ tokens: [Token], _ words: SentenceWords, speaker: Int?, date: ClosedRange<Int>? = nil,
                  parties: inout [Party]) {
        guard words.any(.pronouns) else { return }
        let named = parties.count
        var firstNamed: Party?
        for p in parties where p.person != nil && p.start < (firstNamed?.start ?? Int.max) { firstNamed = p }
        for i in tokens.indices where words.on(i, .pronouns) {
            let lastPerson = firstNamed.flatMap { $0.start <= i ? $0.person : nil } ?? speaker
            guard !parties[..<named].contains(where: { $0.start <= i && i < $0.end }),
                  !(i + 1 < tokens.count && words.on(i + 1, .reportingVerbs)),
                  // "X and his counterpart Y": "his" points at the counterpart, not a party of its own.
                  !tokens[(i + 1)..<min(tokens.count, i + 3)].contains(where: { Self.startsWithCounterpart($0.key) }),
                  let id = lastPerson, id < actors.gazetteerCount, actors.represents[id] != nil else { continue }
            // (Only while in office on the date: a former leader's "he" is no state's act.)
            let state = actors.standsFor(id, on: date)
            guard state != id else { continue }
            parties.append(Party(actor: state, start: i, end: i + 1, person: id))
        }
    }

    /// The actor of the party that opens the clause holding token `i` and stands alone before it: the
    /// nearest party before `i`, with no punctuation between them, starting the sentence or a clause
    /// (after punctuation, or after "and", "but" or "while" that follow punctuation), not coordinated
    /// with another party; `nil` when there is none ("Kyrgyzstan and Armenia agreed that these
    /// countries …" has none: its nearest party is coordinated).
    func clauseSubject(before i: Int, _ tokens: [Token], _ parties: ArraySlice<Party>) -> Int? {
        guard let p = parties.filter({ $0.end <= i }).max(by: { $0.start < $1.start }),
              (p.end..<i).allSatisfy({ tokens[$0].punctuationBefore == .none }) else { return nil }
        let opens = Self.opensClause(at: p.start, tokens)
        let coordinated = parties.contains { $0.actor != p.actor && $0.end < p.start && p.start - $0.end <= 2
            && tokens[$0.end..<p.start].contains { ["and", "or"].contains($0.lower) } }
        return opens && !coordinated ? p.actor : nil
    }

    /// The actors of the coordinated parties that open the clause holding token `i` right before it ("Chile and
    /// Peru sent …", ", while Chile and Peru sent …"): the nearest party before `i` with no punctuation between,
    /// and the parties joined to it by "and", "or" or a comma, the first of them opening the sentence or a clause
    /// as in ``clauseSubject(before:_:_:)``; empty unless two or more actors are so coordinated.
    func coordinatedSubjects(before i: Int, _ tokens: [Token], _ parties: ArraySlice<Party>) -> [Int] {
        guard var p = parties.filter({ $0.end <= i }).max(by: { $0.start < $1.start }),
              (p.end..<i).allSatisfy({ tokens[$0].punctuationBefore == .none }) else { return [] }
        var actors = [p.actor]
        while let q = parties.last(where: { q in
            q.end <= p.start && (q.end == p.start ? tokens[p.start].punctuationBefore == .comma
                : q.end + 1 == p.start && ["and", "or"].contains(tokens[q.end].lower)
                    && [.none, .comma].contains(tokens[q.end].punctuationBefore)
                    && tokens[p.start].punctuationBefore == .none)
        }) {
            if !actors.contains(q.actor) { actors.insert(q.actor, at: 0) }
            p = q
        }
        return Self.opensClause(at: p.start, tokens) && actors.count >= 2 ? actors : []
    }

    /// Conjunctions that open a clause after punctuation: ", and Russia …".
    static let clauseConjunctions: Set<String> = ["and", "but", "while", "whereas", "yet"]

    /// Whether a party starting at `start` (after "the" at most) opens its clause: at the sentence's start,
    /// after punctuation, or after a word of `clauseConjunctions` that follows punctuation (", and Russia …").
    static func opensClause(at start: Int, _ tokens: [Token]) -> Bool {
        var s = start
        if s > 0, tokens[s - 1].lower == "the", tokens[s].punctuationBefore == .none { s -= 1 }
        return s == 0 || tokens[s].punctuationBefore != .none
            || (clauseConjunctions.contains(tokens[s - 1].lower) && (s == 1 || tokens[s - 1].punctuationBefore != .none))
    }

    /// `key.hasPrefix("counterpart")`, asked only when the key's bytes start so (equivalent: a string
    /// whose first characters are those letters starts with their bytes).
    @inline(__always) static func startsWithCounterpart(_ key: String) -> Bool {
        key.utf8.first == UInt8(ascii: "c") && key.utf8.starts(with: "counterpart".utf8) && key.hasPrefix("counterpart")
    }

    /// References to earlier sentences: "the region" and "regional states" (the document's region),
    /// "the two countries" (the previous sentence's pair), "the country" (the last state named).
    /// Appends them to `parties`, which holds the sentence's other parties.
    func references(_ tokens: [Token], _ words: SentenceWords, context: CodedContext, parties: inout [Party]) {
        let named = parties.count
        if words.any([.references, .regionalNouns]) {
            func free(_ i: Int) -> Bool { !parties[..<named].contains { $0.start <= i && i < $0.end } }
            for i in tokens.indices.dropFirst()
            where words.on(i, [.references, .regionalNouns]) && free(i) && free(i - 1) {
                if let region = context.region,
                   (words.is(i - 1, .the, in: tokens) && words.is(i, .region, in: tokens))
                    || (words.is(i - 1, .regional, in: tokens) && words.on(i, .regionalNouns)
                        && Self.regionalNouns.contains(tokens[i].key)) {
                    parties.append(Party(actor: region, start: i - 1, end: i + 1))
                }
                if let kind = kindByWords[Int(words.word(i - 1)) * 64 + Int(words.word(i))],
                   words.is(i - 1, TieWords.Word(rawValue: words.word(i - 1))!, in: tokens),
                   words.is(i, TieWords.Word(rawValue: words.word(i))!, in: tokens) {
                    let earlier = parties[..<named].last { $0.end <= i - 1 && actors.kind($0.actor) == kind }?.actor
                    if let actor = earlier ?? context.previous.last(where: { actors.kind($0) == kind }) {
                        parties.append(Party(actor: actor, start: i - 1, end: i + 1))
                    }
                }
            }
        }
        if words.any(.descriptions) {
            func free(_ i: Int) -> Bool { !parties[..<named].contains { $0.start <= i && i < $0.end } }
            for i in tokens.indices.dropFirst() where words.on(i, .descriptions) && free(i) && free(i - 1) {
                // "the three states": as many states just named.
                if Self.countWords[tokens[i].key] != nil,
                   let states = countedStates(at: i, tokens, named: parties[..<named], context: context) {
                    for s in states { parties.append(Party(actor: s, start: i, end: i + 2)) }
                }
                // "the junta", "the kingdom": the one state just named that the noun fits.
                if Self.descriptionNouns.contains(tokens[i].key),
                   let d = describedState(at: i, tokens, named: parties[..<named], context: context),
                   free(d.start) {
                    parties.append(Party(actor: d.state, start: d.start, end: i + 1))
                }
            }
        }
        // "They announced a joint statement", opening a sentence: the states and bodies the previous
        // sentence of the paragraph named, when it named two or more and nothing else acts before.
        if let first = tokens.first, first.key == "they", context.previous.count >= 2,
           context.previous.allSatisfy({ [.state, .organisation].contains(actors.kind($0)) }) {
            for actor in context.previous { parties.append(Party(actor: actor, start: 0, end: 1)) }
        }
        if let actor = itReference(tokens, context: context) {
            parties.append(Party(actor: actor, start: 0, end: 1))
        }
        if words.any(.pairOpeners) {
            for i in tokens.indices where words.on(i, .pairOpeners) && i + 2 <= tokens.count
                && isPairByWords[Int(words.word(i)) * 64 + Int(words.word(i + 1))]
                && words.is(i, TieWords.Word(rawValue: words.word(i))!, in: tokens)
                && words.is(i + 1, TieWords.Word(rawValue: words.word(i + 1))!, in: tokens) {
                // "these countries" are the last two named before them in the sentence ("Kyrgyzstan and
                // Armenia ... these countries"), else the previous sentence's pair.
                // Nor is the subject of the reference's own clause one of them ("..., and Russia may sway
                // both states"): a party cannot act on a pair that holds itself.
                // (Nor a coordinated subject: "Chile and Peru sent envoys to both capitals".)
                let subjects = clauseSubject(before: i, tokens, parties[..<named]).map { [$0] }
                    ?? coordinatedSubjects(before: i, tokens, parties[..<named])
                // ("the two governments", "both capitals" name states: "IGAD, chaired by Djibouti, urged the
                // two governments" is not IGAD and Djibouti.)
                let states = Self.stateNouns.contains(tokens[i + 1].key)
                var named2: [Int] = []
                for p in parties[..<named].reversed()
                where p.end <= i && !named2.contains(p.actor) && !subjects.contains(p.actor)
                    && (!states || actors.kind(p.actor) == .state) {
                    named2.insert(p.actor, at: 0)
                    if named2.count == 2 { break }
                }
                // (Else the document's two most named states, when the reference's own subject is neither.)
                let dyad = Self.dyadNouns.contains(tokens[i + 1].key)
                    ? context.dyad.flatMap({ d in subjects.contains(where: d.contains) ? nil : d }) : nil
                guard let pair = named2.count == 2 ? named2 : context.pair ?? dyad else { continue }
                parties.append(Party(actor: pair[0], start: i, end: i + 2))
                parties.append(Party(actor: pair[1], start: i, end: i + 2))
            }
        }
        // "A and his counterpart B met; the former agreed to …": "the former" and "the latter" before a
        // verb are the first and the second of the last two parties named before them (of the last two
        // persons, when two are named).
        for i in tokens.indices.dropFirst() where words.is(i - 1, .the, in: tokens) {
            let key = tokens[i].key
            guard key == "former" || key == "latter", i + 1 < tokens.count, tokens[i + 1].punctuationBefore == .none,
                  words.on(i + 1, .auxiliaries) || tokens[i + 1].key.hasSuffix("ed") else { continue }
            let before = parties[..<named].filter { $0.end < i }.sorted { $0.start < $1.start }
            let persons = before.filter { $0.person != nil }
            var two: [Party] = []
            for p in (persons.count >= 2 ? persons : before).reversed()
            where !two.contains(where: { $0.actor == p.actor && $0.person == p.person }) {
                two.insert(p, at: 0)
                if two.count == 2 { break }
            }
            guard two.count == 2 else { continue }
            let meant = two[key == "former" ? 0 : 1]
            parties.append(Party(actor: meant.actor, start: i - 1, end: i + 1, person: meant.person))
        }
    }

    /// Drops the parties an exclusion names and, when it follows a region ("all regional states except
    /// Tajikistan and Turkmenistan"), stands the region's other member states in for the region.
    func excluding(_ tokens: [Token], _ words: SentenceWords, _ parties: inout [Party]) {
        guard let e = tokens.indices.first(where: { words.on($0, .exclusions) }) else { return }
        var excluded: [Party] = []
        var cursor = e + 1
        for p in parties where p.start >= cursor {
            guard (cursor..<p.start).allSatisfy({ words.on($0, .listWords) }) else { break }
            excluded.append(p)
            cursor = p.end
        }
        guard !excluded.isEmpty else { return }
        var kept = parties.filter { p in !excluded.contains { $0.start == p.start && $0.actor == p.actor } }
        if let whole = kept.lastIndex(where: { $0.end <= e && e - $0.end <= 1 && actors.kind($0.actor) == .region }) {
            let r = kept[whole]
            kept.remove(at: whole)
            kept += actors.members[r.actor].filter { m in !excluded.contains { $0.actor == m } }
                .map { Party(actor: $0, start: r.start, end: r.end) }
            kept.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        }
        parties = kept
    }
}
