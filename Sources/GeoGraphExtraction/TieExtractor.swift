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
    static let nonParties: Set<String> = ["analyst", "journalist"]
    static let membershipCues: Set<String> = ["member", "member of", "members", "membership", "join", "joined"]
    static let pairReferences: [[String]] = [["two", "countries"], ["both", "countries"], ["two", "states"], ["both", "sides"],
                                             ["two", "sides"], ["two", "powers"], ["both", "powers"]]

    public init(matcher: ActorMatcher, lexicon: Lexicon) {
        self.matcher = matcher
        self.lexicon = lexicon
    }

    /// The parties of a sentence; `previousPair` stands in for "the two countries".
    func parties(_ tokens: [Token], previousPair: [String]?, region: String? = nil, speaker: String? = nil,
                 mentions: [ActorMatcher.Mention]? = nil) -> [Party] {
        var parties: [Party] = []
        for m in mentions ?? matcher.mentions(tokens) {
            guard let actor = matcher.gazetteer.actor(m.actor) else { continue }
            if actor.kind == .person, actor.tags.contains(where: Self.nonParties.contains) { continue }
            // Metonymy: "Moscow warned" is Russia acting; "talks in Moscow" is a place. Regions after
            // "in", "across" or "throughout" are the scene, not a party.
            if m.role == .seat, m.start > 0, Self.locatives.contains(tokens[m.start - 1].key) { continue }
            if actor.kind == .region, m.start > 0, ["in", "across", "throughout", "within"].contains(tokens[m.start - 1].key) { continue }
            if m.start > 1, tokens[m.start - 1].key == "to", tokens[m.start - 2].key == "according" { continue }
            let id = actor.kind == .person ? (actor.represents ?? actor.id) : actor.id
            parties.append(Party(actor: id, start: m.start, end: m.end, person: id == actor.id ? nil : actor.id))
        }
        // A sentence opening with "He" or "She" continues the last leader named in the paragraph.
        if let speaker, let first = tokens.first, ["he", "she"].contains(first.key),
           let person = matcher.gazetteer.actor(speaker) {
            parties.insert(Party(actor: person.represents ?? person.id, start: 0, end: 1,
                                 person: person.represents == nil ? nil : person.id), at: 0)
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

    /// Parties joined by "and", "or" or listed together form one group ("Russia and China",
    /// "Uzbekistan, Turkmenistan, and Kazakhstan").
    func groups(_ parties: [Party], _ tokens: [Token]) -> [[Party]] {
        var groups: [[Party]] = []
        for p in parties {
            if let last = groups.last?.last {
                let between = tokens[last.end..<max(last.end, p.start)].map(\.key)
                if between.allSatisfy({ $0 == "and" || $0 == "or" }) && between.count <= 1 {
                    groups[groups.count - 1].append(p)
                    continue
                }
            }
            groups.append([p])
        }
        return groups
    }

    /// The ties a sentence states, and its distinct parties (for the next sentence's "the two countries").
    /// - Parameters:
    ///   - previousPair: The two parties of the previous sentence of the paragraph, for "the two countries".
    ///   - region: The region the document has named, for "the region".
    ///   - mentions: The sentence's actor mentions, when the caller has them already.
    ///   - speaker: The last leader named in the paragraph, for a sentence opening with "He" or "She".
    public func extract(_ tokens: [Token], previousPair: [String]? = nil, region: String? = nil, speaker: String? = nil,
                        mentions: [ActorMatcher.Mention]? = nil) -> (ties: [Found], parties: [String]) {
        let parties = parties(tokens, previousPair: previousPair, region: region, speaker: speaker, mentions: mentions)
        var distinct: [String] = []
        for p in parties where !distinct.contains(p.actor) { distinct.append(p.actor) }
        guard distinct.count >= 2 else { return ([], distinct) }
        let groups = groups(parties, tokens)
        var found: [Found] = []
        for (cue, start, end) in lexicon.matches(tokens) {
            let window = tokens[max(0, start - 5)..<start].map(\.key)
            let negated = window.contains(where: lexicon.negations.contains) || window.contains { $0.hasSuffix("n't") }
            let hedged = tokens[max(0, start - 6)..<start].contains { lexicon.hedges.contains($0.key) }
            let before = groups.last { $0.last!.end <= start }
            let afterIndex = groups.firstIndex { $0.first!.start >= end }
            let after = afterIndex.map { groups[$0] }
            var pairs: [(String, String, Bool)] = []  // (source, target, symmetric)
            func all(_ group: [Party]) -> [String] { Array(Set(group.map(\.actor))).sorted() }
            // The leader named for each state party of the sentence, to add the leader-level tie.
            var leader: [String: String] = [:]
            for p in parties { if let person = p.person { leader[p.actor] = leader[p.actor] ?? person } }
            func within(_ group: [Party]) {
                let members = all(group)
                for (i, a) in members.enumerated() { for b in members[(i + 1)...] { pairs.append((a, b, true)) } }
            }
            if let after, after.count >= 2, after.first!.start > 0, tokens[after.first!.start - 1].key == "between" {
                within(after)
            } else if let after, let afterIndex, after.first!.start > 0, tokens[after.first!.start - 1].key == "by", let before {
                for s in all(after) { for t in all(before) { pairs.append((s, t, cue.isSymmetric)) } }
                _ = afterIndex
            } else if let before, let after {
                let withTarget = after.first!.start > 0 && ["with", "between", "and"].contains(tokens[after.first!.start - 1].key)
                for s in all(before) { for t in all(after) { pairs.append((s, t, cue.isSymmetric || withTarget)) } }
                if cue.isSymmetric, before.count >= 2, pairs.isEmpty { within(before) }
            } else if let before, before.count >= 2, cue.isSymmetric {
                within(before)
            } else if after == nil, let last = groups.lastIndex(where: { $0.last!.end <= start }), last > 0,
                      end - groups[last].last!.end <= 2 {
                // "Turkey, an important NATO member": the cue right after the second of two parties.
                for s in all(groups[last - 1]) { for t in all(groups[last]) { pairs.append((s, t, cue.isSymmetric)) } }
            } else if let after, after.count >= 2, cue.isSymmetric {
                within(after)
            }
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
            for (s, t, symmetric) in pairs where s != t {
                var ends = [(s, t)]
                // A leader acting in person (a visit, a meeting, an award) keeps a leader-level tie
                // beside the state's; only on the diplomatic layer, and only when the leader acts.
                if let person = leader[s], cue.layer == .diplomatic { ends.append((person, leader[t] ?? t)) }
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
