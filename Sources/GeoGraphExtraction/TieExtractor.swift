import GeoGraph

/// Finds the ties one sentence states: its parties (actors acting, not places or quoted analysts),
/// its cues (from the lexicon), and who does what to whom by clause order, passive "by X",
/// "with X" and "between A and B", with negation and hedging taken into account.
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
    }

    /// A party mention: the actor it stands for (a leader stands for their state) and where it is.
    struct Party {
        var actor: String
        var start: Int
        var end: Int
        /// The leader or official named, when the party is a state they speak for.
        var person: String? = nil
    }

    static let locatives: Set<String> = ["in", "at", "to", "from", "near", "into", "via", "through", "toward", "towards",
                                         "outside", "across", "inside", "around"]
    /// Prepositions through which a cue points at a seat ("a visit to Paris", "investment from Moscow").
    static let pointers: Set<String> = ["to", "from", "toward", "towards", "into"]
    /// Words between a state and the person who speaks for it ("Tajik president Emomali Rahmon").
    static let titleWords: Set<String> = ["president", "leader", "prime", "minister", "foreign", "chancellor", "premier",
                                          "security", "council",
                                          "former", "deputy", "chairman", "chief", "head", "official", "counterpart",
                                          "his", "her", "the", "of", "state", "defence", "defense", "envoy", "ambassador"]
    static let pronouns: Set<String> = ["he", "she", "him", "her", "his"]
    static let reportingVerbs: Set<String> = ["said", "says", "told", "tells", "added", "adds", "noted", "notes",
                                              "believes", "thinks", "argued", "argues", "explained", "stated", "wrote",
                                              "writes", "claims", "claimed", "recalled", "suggested", "suggests"]
    static let leaderTitles: Set<String> = ["president", "leader"]
    static let peopleNouns: Set<String> = ["experts", "expert", "analysts", "analyst", "scholars", "researchers",
                                           "observers", "journalists", "media", "bloggers", "citizens", "people",
                                           "public", "society", "migrants", "workers", "students", "tourists", "voters",
                                           "businessmen", "commentators", "propagandists"]
    static let nonParties: Set<String> = ["analyst", "journalist"]
    static let membershipCues: Set<String> = ["member", "member of", "members", "membership", "join", "joined"]
    static let pairReferences: [[String]] = [["two", "countries"], ["both", "countries"], ["two", "states"], ["both", "sides"],
                                             ["two", "sides"], ["two", "powers"], ["both", "powers"], ["both", "states"],
                                             ["those", "ties"], ["these", "ties"], ["their", "relationship"],
                                             ["the", "relationship"], ["the", "partnership"]]

    /// The one current leader (tag `leader`) of each state or organisation that has exactly one, for
    /// "the Russian president" and "the president of Kyrgyzstan".
    let leaders: [String: String]

    public init(matcher: ActorMatcher, lexicon: Lexicon) {
        self.matcher = matcher
        self.lexicon = lexicon
        var byState: [String: [String]] = [:]
        for a in matcher.gazetteer.actors where a.kind == .person && a.tags.contains("leader") {
            if let state = a.represents { byState[state, default: []].append(a.id) }
        }
        leaders = byState.compactMapValues { $0.count == 1 ? $0[0] : nil }
    }

    /// The parties of a sentence; `previousPair` stands in for "the two countries".
    /// - Parameter cueEnds: Where the sentence's cues end: a seat or region right after a cue and a
    ///   preposition is what the cue points at ("owe billions to Beijing", "influence in Central Asia").
    func parties(_ tokens: [Token], previousPair: [String]?, region: String? = nil, speaker: String? = nil,
                 mentions: [ActorMatcher.Mention]? = nil, cueEnds: [Int] = []) -> [Party] {
        var parties: [Party] = []
        for m in mentions ?? matcher.mentions(tokens) {
            guard let actor = matcher.gazetteer.actor(m.actor) else { continue }
            if actor.kind == .person, actor.tags.contains(where: Self.nonParties.contains) { continue }
            // Metonymy: "Moscow warned" is Russia acting; "talks in Moscow" is a place. Regions after
            // "in", "across" or "throughout" are the scene, not a party. Either is a party when a cue
            // points at it: "a visit to Paris", "debts to Beijing", "influence in Central Asia".
            let pointedAt = m.start > 0 && cueEnds.contains { $0 <= m.start - 1 && m.start - 1 - $0 <= 3 }
            if m.role == .seat, m.start > 0, Self.locatives.contains(tokens[m.start - 1].key),
               !(pointedAt && Self.pointers.contains(tokens[m.start - 1].key)) { continue }
            if actor.kind == .region, m.start > 0, ["in", "across", "throughout", "within"].contains(tokens[m.start - 1].key),
               !pointedAt { continue }
            if m.start > 1, tokens[m.start - 1].key == "to", tokens[m.start - 2].key == "according" { continue }
            // "Russian experts", "Kazakh citizens": people of a country, not the state acting.
            if m.role == .demonym, m.end < tokens.count, Self.peopleNouns.contains(tokens[m.end].key) { continue }
            let id = actor.kind == .person ? (actor.represents ?? actor.id) : actor.id
            var person = id == actor.id ? nil : actor.id
            // "the Russian president", "the president of Kyrgyzstan": the state's one current leader.
            let titled = (m.end < tokens.count && Self.leaderTitles.contains(tokens[m.end].key))
                || (m.start >= 2 && tokens[m.start - 1].key == "of" && Self.leaderTitles.contains(tokens[m.start - 2].key))
            if person == nil, actor.kind == .state, titled { person = leaders[id] }
            parties.append(Party(actor: id, start: m.start, end: m.end, person: person))
        }
        // "he", "she", "him", "her", "his" stand for the first leader named before them in the sentence,
        // else the last one named in the paragraph; never before a reporting verb ("he said": a source).
        var lastPerson = speaker
        var named = false
        var resolved: [Party] = []
        for (i, token) in tokens.enumerated() {
            if !named, let p = parties.first(where: { $0.start == i }), let person = p.person {
                lastPerson = person
                named = true
            }
            guard Self.pronouns.contains(token.key), !parties.contains(where: { $0.start <= i && i < $0.end }),
                  !(i + 1 < tokens.count && Self.reportingVerbs.contains(tokens[i + 1].key)),
                  let id = lastPerson, let person = matcher.gazetteer.actor(id), let state = person.represents else { continue }
            resolved.append(Party(actor: state, start: i, end: i + 1, person: person.id))
        }
        if !resolved.isEmpty {
            parties += resolved
            parties.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        }
        // "the region" stands for the region the document has named (carried like "the two countries").
        if let region {
            for i in tokens.indices.dropFirst() where tokens[i].key == "region" && tokens[i - 1].key == "the"
                && !parties.contains(where: { $0.start <= i && i < $0.end }) {
                parties.append(Party(actor: region, start: i - 1, end: i + 1))
            }
            parties.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        }
        if let pair = previousPair {
            for i in tokens.indices {
                for reference in Self.pairReferences where i + reference.count <= tokens.count
                    && (0..<reference.count).allSatisfy({ tokens[i + $0].key == reference[$0] }) {
                    parties.append(Party(actor: pair[0], start: i, end: i + reference.count))
                    parties.append(Party(actor: pair[1], start: i, end: i + reference.count))
                }
            }
            parties.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        }
        return parties
    }

    /// A region actor stands for its states together: it has no tie with one of its own members
    /// ("Central Asian remittances ... of Kyrgyzstan's GDP" is not Central Asia acting on Kyrgyzstan).
    func isRegionAndMember(_ a: String, _ b: String) -> Bool {
        guard let x = matcher.gazetteer.actor(a), let y = matcher.gazetteer.actor(b) else { return false }
        return (x.kind == .region && y.tags.contains(x.id)) || (y.kind == .region && x.tags.contains(y.id))
    }

    /// Parties joined by "and", "or" or listed together form one group ("Russia and China",
    /// "Uzbekistan, Turkmenistan, and Kazakhstan").
    func groups(_ parties: [Party], _ tokens: [Token]) -> [[Party]] {
        var groups: [[Party]] = []
        var joins: [[Join]] = []
        for p in parties {
            if let last = groups.last?.last {
                let between = tokens[last.end..<max(last.end, p.start)]
                // "Kazakh President Qasym-Zhomart Toqaev", "Russia's foreign minister Sergei Lavrov": one
                // party, the state with the person who speaks for it.
                if last.actor == p.actor, between.count <= 4,
                   between.allSatisfy({ $0.isCapitalised || Self.titleWords.contains($0.key) }) {
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
                if between.allSatisfy({ $0.key == "and" || $0.key == "or" }) && between.count <= 1 {
                    groups[groups.count - 1].append(p)
                    joins[joins.count - 1].append(between.isEmpty ? .comma : .conjunction)
                    continue
                }
                // "China and other vectors including Turkey" (but "countries in the region, such as Tajikistan
                // and Kyrgyzstan, owe": the examples start their own group, the subject).
                if let last = between.last?.key, ["including", "notably", "especially", "particularly"].contains(last) {
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
        var split: [[Party]] = []
        for (group, join) in zip(groups, joins) {
            var current = [group[0]]
            for k in 1..<max(1, group.count) {
                let closed = join[(k - 1)...].contains(.conjunction)
                let pronoun = Self.pronouns.contains(tokens[group[k - 1].start].key) && join[k - 1] == .comma
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

    /// The ties a sentence states, and its distinct parties (for the next sentence's "the two countries").
    /// - Parameters:
    ///   - previousPair: The two parties of the previous sentence of the paragraph, for "the two countries".
    ///   - region: The region the document has named, for "the region".
    ///   - mentions: The sentence's actor mentions, when the caller has them already.
    ///   - speaker: The last leader named in the paragraph, for a sentence opening with "He" or "She".
    public func extract(_ tokens: [Token], previousPair: [String]? = nil, region: String? = nil, speaker: String? = nil,
                        mentions: [ActorMatcher.Mention]? = nil) -> (ties: [Found], parties: [String]) {
        let mentions = mentions ?? matcher.mentions(tokens)
        // A cue inside an actor's name ("Collective Security Treaty Organization") is part of the name.
        let cues = lexicon.matches(tokens).filter { c in !mentions.contains { $0.start < c.end && c.start < $0.end } }
        let parties = parties(tokens, previousPair: previousPair, region: region, speaker: speaker, mentions: mentions,
                              cueEnds: cues.map(\.end))
        var distinct: [String] = []
        for p in parties where !distinct.contains(p.actor) { distinct.append(p.actor) }
        guard distinct.count >= 2 else { return ([], distinct) }
        let groups = groups(parties, tokens)
        var found: [Found] = []
        for (cue, start, end) in cues {
            // A negation reaches the next cue only: "vowed not to recognise Russia's claims over Crimea"
            // negates the recognition, not the claims.
            let negation = (max(0, start - 5)..<start).last {
                lexicon.negations.contains(tokens[$0].key) || tokens[$0].key.hasSuffix("n't")
            }
            let negated = negation.map { n in !cues.contains { $0.start >= n && $0.end <= start } } ?? false
            let hedged = tokens[max(0, start - 6)..<start].contains { lexicon.hedges.contains($0.key) }
            let pairs = directions(cue: cue, start: start, end: end, groups: groups, tokens: tokens)
            var polarity = cue.polarity
            var strength = cue.strength
            if negated {
                if polarity == .tension { continue }
                polarity = .tension
                strength *= 0.8
            }
            if hedged { strength *= 0.5 }
            let confidence = (hedged ? 0.5 : 1) * (negated ? 0.7 : 1) * 0.8
            // Joining or being a member of a security bloc (NATO, the CSTO) is a security tie.
            func layer(toward target: String) -> Layer {
                guard Self.membershipCues.contains(cue.form),
                      matcher.gazetteer.actor(target)?.tags.contains("security-bloc") == true else { return cue.layer }
                return .security
            }
            for (sp, tp, symmetric) in pairs where sp.actor != tp.actor {
                let (s, t) = (sp.actor, tp.actor)
                if isRegionAndMember(s, t) { continue }
                var ends = [(s, t)]
                // A leader acting in person (a visit, a meeting, an award) keeps a leader-level tie
                // beside the state's; only on the diplomatic layer, and only when the leader acts.
                // An organisation has no counterpart in person: no leader-level tie with it.
                if let person = sp.person, cue.layer == .diplomatic, matcher.gazetteer.actor(t)?.kind != .organisation {
                    ends.append((person, tp.person ?? t))
                }
                for (x, y) in ends where x != y {
                    let (a, b) = symmetric && y < x ? (y, x) : (x, y)
                    found.append(Found(source: a, target: b, layer: layer(toward: y), polarity: polarity, strength: strength,
                                       isSymmetric: symmetric, cues: [cue.form], confidence: confidence))
                }
            }
        }
        return (found, distinct)
    }
}
