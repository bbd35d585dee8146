import GeoGraph

/// The parties of a sentence: the actors its mentions stand for when they act or are acted on (not
/// places, not quoted analysts, not a country's people), and what its references point back to.
extension TieExtractor {
    /// What the sentences before this one leave for its references.
    public struct Context: Sendable {
        /// The two parties of the previous sentence of the paragraph, for "the two countries".
        public var pair: [String]?
        /// Every party of the previous sentence of the paragraph, in order, for "the country".
        public var previous: [String]
        /// The region the document has named, for "the region" and "regional states".
        public var region: String?
        /// The last leader named within two sentences, for "he" and "she".
        public var speaker: String?

        public init(pair: [String]? = nil, previous: [String] = [], region: String? = nil, speaker: String? = nil) {
            self.pair = pair
            self.previous = previous
            self.region = region
            self.speaker = speaker
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
    static let pairReferences: [[String]] = [["two", "countries"], ["both", "countries"], ["two", "states"], ["both", "sides"],
                                             ["two", "sides"], ["two", "powers"], ["both", "powers"], ["both", "states"],
                                             ["those", "ties"], ["these", "ties"], ["their", "relationship"],
                                             ["the", "relationship"], ["the", "partnership"]]
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

    /// Every word that may stand for a party without naming it: pronouns, "region",
    /// "country", the last words of "the two countries" and its kin.
    static let references: WordSet = {
        var words = pronouns.words.union(["region", "regional"])
        for (reference, _) in kindReferences { words.insert(reference[1]) }
        return WordSet(words)
    }()
    /// The first words of "the two countries" and its kin.
    static let pairOpeners = WordSet(Set(pairReferences.map { $0[0] }))
    /// The last words of "the two countries" and its kin.
    static let pairWords = WordSet(Set(pairReferences.map { $0[$0.count - 1] }))

    /// Whether a sentence with these mentions may have two parties: a reference or a hyphenated name
    /// ("Kyrgyz-Tajik") may add some.
    func mayHaveTwoParties(_ tokens: [Token], mentions: [ActorMatcher.Mention], context: Context) -> Bool {
        if mentions.count >= 2 { return true }
        // The word lists are read once here, not at every token (a `static let` is a call each time).
        if context.pair != nil {
            let pairWords = Self.pairWords
            if tokens.contains(where: pairWords.contains) { return true }
        }
        var resolvable = mentions.count
        let references = Self.references
        for token in tokens where references.contains(token) || token.isHyphenatedName {
            resolvable += 1
            if resolvable >= 2 { return true }
        }
        return false
    }

    /// The parties of a sentence, left to right.
    /// - Parameters:
    ///   - context: What earlier sentences leave for "the two countries", "the country", "the region", "he".
    ///   - cueEnds: Where the sentence's cues end: a seat or region right after a cue and a preposition is
    ///     what the cue points at ("owe billions to Beijing", "influence in Central Asia").
    ///   - compounds: The sentence's ``compounds(_:mentions:)``, when the caller has them already.
    func parties(_ tokens: [Token], context: Context = Context(), mentions: [ActorMatcher.Mention]? = nil,
                 cueEnds: [Int] = [], compounds: [Party]? = nil) -> [Party] {
        let mentions = mentions ?? matcher.mentions(tokens)
        var parties: [Party] = []
        for m in mentions {
            guard let actor = profilesByIndex[m.actorIndex] else { continue }
            if actor.kind == .person, !actor.tags.isDisjoint(with: Self.nonParties) { continue }
            // Metonymy: "Moscow warned" is Russia acting; "talks in Moscow" is a place. Regions after
            // "in", "across" or "throughout" are the scene, not a party. Either is a party when a cue
            // points at it: "a visit to Paris", "debts to Beijing", "influence in Central Asia".
            let pointedAt = m.start > 0 && cueEnds.contains { $0 <= m.start && m.start - $0 <= 4 }
            if m.role == .seat, m.start > 0, Self.locatives.contains(tokens[m.start - 1]),
               !(pointedAt && Self.pointers.contains(tokens[m.start - 1])) { continue }
            if actor.kind == .region, m.start > 0, Self.regionScenes.contains(tokens[m.start - 1]),
               !pointedAt { continue }
            if m.start > 1, tokens[m.start - 1].key == "to", tokens[m.start - 2].key == "according" { continue }
            // "Russian experts", "Kazakh citizens": people of a country, not the state acting.
            if m.role == .demonym, m.end < tokens.count, Self.peopleNouns.contains(tokens[m.end]) { continue }
            let id = actor.kind == .person ? (actor.represents ?? m.actor) : m.actor
            var person = id == m.actor ? nil : m.actor
            // "the Russian president", "the president of Kyrgyzstan": the state's one current leader.
            let titled = (m.end < tokens.count && Self.leaderTitles.contains(tokens[m.end]))
                || (m.start >= 2 && tokens[m.start - 1].key == "of" && Self.leaderTitles.contains(tokens[m.start - 2]))
            if person == nil, actor.kind == .state, titled { person = leaders[id] }
            parties.append(Party(actor: id, start: m.start, end: m.end, person: person))
        }
        parties += compounds ?? self.compounds(tokens, mentions: mentions)
        parties += pronouns(tokens, parties: parties, speaker: context.speaker)
        parties += references(tokens, parties: parties, context: context)
        parties.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        // "the Russia-led CIS": the leader qualifies the bloc; the bloc is the party of the sentence.
        if parties.contains(where: \.leads) {
            let starts = Set(parties.map(\.start))
            parties.removeAll { $0.leads && starts.contains($0.end) }
        }
        return excluding(tokens, parties)
    }

    /// Actors inside hyphenated words: "the Kyrgyz-Tajik border" (a pair), "the Russia-led CIS" (Russia,
    /// marked as leading what follows). A word a mention already covers ("Kassym-Jomart") is left alone.
    func compounds(_ tokens: [Token], mentions: [ActorMatcher.Mention]) -> [Party] {
        var found: [Party] = []
        for (i, token) in tokens.enumerated() where token.isHyphenatedName
            && !mentions.contains(where: { $0.start <= i && i < $0.end }) {
            let parts = token.text.split(separator: "-").map(String.init)
            guard parts.count >= 2, !Self.stancePrefixes.contains(parts[0].lowercased()) else { continue }
            // "along the Tajik-Afghan border": a place, not two parties.
            if i + 1 < tokens.count, TieExtractor.borderWords.contains(tokens[i + 1]) { continue }
            let words = Tokenizer.tokens(Array(parts.joined(separator: " ").unicodeScalars)[...])
            let leads = Self.leadSuffixes.contains(parts.last!.lowercased())
            for m in matcher.mentions(words) {
                guard profiles[m.actor]?.kind != .person else { continue }
                found.append(Party(actor: m.actor, start: i, end: i + 1, leads: leads))
            }
        }
        return found
    }

    /// "he", "she", "him", "her", "his" stand for the first leader named before them in the sentence,
    /// else the last one named in the paragraph; never before a reporting verb ("he said": a source).
    func pronouns(_ tokens: [Token], parties: [Party], speaker: String?) -> [Party] {
        let firstNamed = parties.filter { $0.person != nil }.min { $0.start < $1.start }
        var resolved: [Party] = []
        let pronouns = Self.pronouns
        for i in tokens.indices where pronouns.contains(tokens[i]) {
            let lastPerson = firstNamed.flatMap { $0.start <= i ? $0.person : nil } ?? speaker
            guard !parties.contains(where: { $0.start <= i && i < $0.end }),
                  !(i + 1 < tokens.count && Self.reportingVerbs.contains(tokens[i + 1])),
                  // "X and his counterpart Y": "his" points at the counterpart, not a party of its own.
                  !tokens[(i + 1)..<min(tokens.count, i + 3)].contains(where: { $0.key.hasPrefix("counterpart") }),
                  let id = lastPerson, let state = profiles[id]?.represents else { continue }
            resolved.append(Party(actor: state, start: i, end: i + 1, person: id))
        }
        return resolved
    }

    /// References to earlier sentences: "the region" and "regional states" (the document's region),
    /// "the two countries" (the previous sentence's pair), "the country" (the last state named).
    func references(_ tokens: [Token], parties: [Party], context: Context) -> [Party] {
        var found: [Party] = []
        func free(_ i: Int) -> Bool { !parties.contains { $0.start <= i && i < $0.end } }
        let references = Self.references, regionalNouns = Self.regionalNouns
        for i in tokens.indices.dropFirst() where (references.contains(tokens[i]) || regionalNouns.contains(tokens[i])) && free(i) && free(i - 1) {
            let pair = (tokens[i - 1].key, tokens[i].key)
            if let region = context.region, pair == ("the", "region") || (pair.0 == "regional" && Self.regionalNouns.contains(pair.1)) {
                found.append(Party(actor: region, start: i - 1, end: i + 1))
            }
            for (words, kind) in Self.kindReferences where words.count == 2 && pair.0 == words[0] && pair.1 == words[1] {
                let earlier = parties.last { $0.end <= i - 1 && profiles[$0.actor]?.kind == kind }?.actor
                let previous = context.previous.last { profiles[$0]?.kind == kind }
                if let actor = earlier ?? previous { found.append(Party(actor: actor, start: i - 1, end: i + 1)) }
            }
        }
        if let pair = context.pair {
            // Only a token that may open a reference (by its word code) is compared word by word.
            let openers = Self.pairOpeners
            for i in tokens.indices where openers.contains(tokens[i]) {
                for reference in Self.pairReferences where i + reference.count <= tokens.count
                    && (0..<reference.count).allSatisfy({ tokens[i + $0].key == reference[$0] }) {
                    found.append(Party(actor: pair[0], start: i, end: i + reference.count))
                    found.append(Party(actor: pair[1], start: i, end: i + reference.count))
                }
            }
        }
        return found
    }

    /// Drops the parties an exclusion names and, when it follows a region ("all regional states except
    /// Tajikistan and Turkmenistan"), stands the region's other member states in for the region.
    func excluding(_ tokens: [Token], _ parties: [Party]) -> [Party] {
        let exclusions = Self.exclusions
        guard let e = tokens.firstIndex(where: { exclusions.contains($0) }) else { return parties }
        var excluded: [Party] = []
        var cursor = e + 1
        for p in parties where p.start >= cursor {
            guard tokens[cursor..<p.start].allSatisfy({ Self.listWords.contains($0) }) else { break }
            excluded.append(p)
            cursor = p.end
        }
        guard !excluded.isEmpty else { return parties }
        let out = Set(excluded.map(\.actor))
        var kept = parties.filter { p in !excluded.contains { $0.start == p.start && $0.actor == p.actor } }
        if let whole = kept.lastIndex(where: { $0.end <= e && e - $0.end <= 1
                && profiles[$0.actor]?.kind == .region }) {
            let r = kept[whole]
            kept.remove(at: whole)
            kept += (members[r.actor] ?? []).filter { !out.contains($0) }.map { Party(actor: $0, start: r.start, end: r.end) }
            kept.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        }
        return kept
    }
}
