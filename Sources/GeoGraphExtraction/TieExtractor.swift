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
        /// Named in "X-led": the party leads the one that follows ("the Russia-led CIS").
        var leads = false
    }

    /// Words between a state and the person who speaks for it ("Tajik president Emomali Rahmon").
    static let titleWords: WordSet = ["president", "leader", "prime", "minister", "foreign", "chancellor", "premier",
                                          "security", "council",
                                          "former", "deputy", "chairman", "chief", "head", "official", "counterpart",
                                          "his", "her", "the", "of", "state", "defence", "defense", "envoy", "ambassador"]
    static let membershipCues: Set<String> = ["member", "member of", "members", "membership", "join", "joined"]
    /// The one current leader (tag `leader`) of each state or organisation that has exactly one, for
    /// "the Russian president" and "the president of Kyrgyzstan".
    let leaders: [String: String]

    /// What the rules ask of an actor, looked up once per mention instead of copying the actor.
    struct Profile: Sendable {
        var kind: ActorKind
        var represents: String?
        var tags: Set<String>
    }

    /// Every gazetteer actor's profile, by id.
    let profiles: [String: Profile]
    /// The profile of each gazetteer actor by its index (a mention's `actorIndex`), as `profiles` gives it.
    let profilesByIndex: [Profile?]
    /// The member states of each region (the states tagged with the region's id), in gazetteer order.
    let members: [String: [String]]

    public init(matcher: ActorMatcher, lexicon: Lexicon) {
        self.matcher = matcher
        self.lexicon = lexicon
        var byState: [String: [String]] = [:]
        for a in matcher.gazetteer.actors where a.kind == .person && a.tags.contains("leader") {
            if let state = a.represents { byState[state, default: []].append(a.id) }
        }
        leaders = byState.compactMapValues { $0.count == 1 ? $0[0] : nil }
        var profiles: [String: Profile] = [:]
        var members: [String: [String]] = [:]
        for a in matcher.gazetteer.actors {
            profiles[a.id] = Profile(kind: a.kind, represents: a.represents, tags: Set(a.tags))
            if a.kind == .state { for tag in a.tags { members[tag, default: []].append(a.id) } }
        }
        self.profiles = profiles
        profilesByIndex = matcher.gazetteer.actors.map { profiles[$0.id] }
        self.members = members
    }

    /// A region actor stands for its states together: it has no tie with one of its own members
    /// ("Central Asian remittances ... of Kyrgyzstan's GDP" is not Central Asia acting on Kyrgyzstan).
    func isRegionAndMember(_ a: String, _ b: String) -> Bool {
        guard let x = profiles[a], let y = profiles[b] else { return false }
        return (x.kind == .region && y.tags.contains(a)) || (y.kind == .region && x.tags.contains(b))
    }

    /// The ties a sentence states, and its distinct parties (for the next sentence's references).
    /// - Parameters:
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
    ///   - context: What the sentences before leave for this one's references.
    ///   - mentions: The sentence's actor mentions, when the caller has them already.
    public func extract(_ tokens: [Token], context: Context, mentions: [ActorMatcher.Mention]? = nil)
        -> (ties: [Found], parties: [String]) {
        let mentions = mentions ?? matcher.mentions(tokens)
        // Most sentences of the news name no actor or one, and refer to none: no tie can come of them.
        if mentions.isEmpty && context.pair == nil
            && !tokens.contains(where: { [references = Self.references] in references.contains($0) || $0.isHyphenatedName }) {
            return ([], [])
        }
        if !mayHaveTwoParties(tokens, mentions: mentions, context: context) {
            var distinct: [String] = []
            for p in parties(tokens, context: context, mentions: mentions) where !distinct.contains(p.actor) { distinct.append(p.actor) }
            return ([], distinct)
        }
        // A cue inside an actor's name ("Collective Security Treaty Organization") is part of the name.
        let cues = lexicon.matches(tokens).filter { c in !mentions.contains { $0.start < c.end && c.start < $0.end } }
        let compounds = compounds(tokens, mentions: mentions)
        let parties = parties(tokens, context: context, mentions: mentions, cueEnds: cues.map(\.end), compounds: compounds)
        var distinct: [String] = []
        for p in parties where !distinct.contains(p.actor) { distinct.append(p.actor) }
        guard distinct.count >= 2 else { return ([], distinct) }
        let groups = groups(parties, tokens)
        var found: [Found] = []
        // "the Russia-led Commonwealth of Independent States": the leader leads the bloc that follows.
        for p in compounds where p.leads {
            guard let next = parties.first(where: { $0.start == p.end }), next.actor != p.actor else { continue }
            found.append(Found(source: p.actor, target: next.actor, layer: .diplomatic, polarity: .cooperation,
                               strength: 0.6, isSymmetric: false, cues: [tokens[p.start].text], confidence: 0.8))
        }
        for (cue, start, end) in cues {
            // A negation reaches the next cue only: "promised not to recognise Russia's annexation of Crimea"
            // negates the recognition, not the claims.
            let negation = (max(0, start - 5)..<start).last {
                lexicon.negationWords.contains(tokens[$0]) || tokens[$0].key.hasSuffix("n't")
            }
            let negated = negation.map { n in !cues.contains { $0.start >= n && $0.end <= start } } ?? false
            let hedged = tokens[max(0, start - 6)..<start].contains { lexicon.hedgeWords.contains($0) }
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
                      profiles[target]?.tags.contains("security-bloc") == true else { return cue.layer }
                return .security
            }
            for (sp, tp, symmetric) in pairs where sp.actor != tp.actor {
                let (s, t) = (sp.actor, tp.actor)
                if isRegionAndMember(s, t) { continue }
                var ends = [(s, t)]
                // A leader acting in person (a visit, a meeting, an award) keeps a leader-level tie
                // beside the state's; only on the diplomatic layer, and only when the leader acts.
                // An organisation has no counterpart in person: no leader-level tie with it.
                if let person = sp.person, cue.layer == .diplomatic, profiles[t]?.kind != .organisation {
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
