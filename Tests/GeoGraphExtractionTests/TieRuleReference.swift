import GeoGraph
@testable import GeoGraphExtraction

// The tie rules and the builder's per-sentence loop as they were written before they carried actors by
// index and read each sentence's words once (main at bfc54ab): parties with id strings, groups as arrays,
// every word list asked by its `WordSet`. `TieRuleFastPathTests` compares `TieExtractor` and
// `GraphBuilder.reports(in:)` with these on generated sentences and documents.

/// The plain form of ``TieExtractor``: the same rules, with the parties' actors as id strings.
struct ReferenceTieExtractor: Sendable {
    let matcher: ActorMatcher
    let lexicon: Lexicon

    typealias Found = TieExtractor.Found

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

    init(matcher: ActorMatcher, lexicon: Lexicon) {
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
    func extract(_ tokens: [Token], previousPair: [String]? = nil, region: String? = nil, speaker: String? = nil,
                        mentions: [ActorMatcher.Mention]? = nil) -> (ties: [Found], parties: [String]) {
        extract(tokens, context: Context(pair: previousPair, region: region, speaker: speaker), mentions: mentions)
    }

    /// The ties a sentence states, and its distinct parties (for the next sentence's references).
    /// - Parameters:
    ///   - context: What the sentences before leave for this one's references.
    ///   - mentions: The sentence's actor mentions, when the caller has them already.
    func extract(_ tokens: [Token], context: Context, mentions: [ActorMatcher.Mention]? = nil)
        -> (ties: [Found], parties: [String]) {
        let mentions = mentions ?? matcher.mentions(tokens)
        // Most sentences of the news name no actor or one, and refer to none: no tie can come of them.
        if mentions.isEmpty && context.pair == nil
            && !tokens.contains(where: { [references = TieExtractor.references] in references.contains($0) || $0.isHyphenatedName }) {
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
                guard TieExtractor.membershipCues.contains(cue.form),
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


/// The parties of a sentence: the actors its mentions stand for when they act or are acted on (not
/// places, not quoted analysts, not a country's people), and what its references point back to.
extension ReferenceTieExtractor {
    typealias Context = TieExtractor.Context



    /// Whether a sentence with these mentions may have two parties: a reference or a hyphenated name
    /// ("Kyrgyz-Tajik") may add some.
    func mayHaveTwoParties(_ tokens: [Token], mentions: [ActorMatcher.Mention], context: Context) -> Bool {
        if mentions.count >= 2 { return true }
        // The word lists are read once here, not at every token (a `static let` is a call each time).
        if context.pair != nil {
            let pairWords = TieExtractor.pairWords
            if tokens.contains(where: pairWords.contains) { return true }
        }
        var resolvable = mentions.count
        let references = TieExtractor.references
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
            if actor.kind == .person, !actor.tags.isDisjoint(with: TieExtractor.nonParties) { continue }
            // Metonymy: "Moscow warned" is Russia acting; "talks in Moscow" is a place. Regions after
            // "in", "across" or "throughout" are the scene, not a party. Either is a party when a cue
            // points at it: "a visit to Paris", "debts to Beijing", "influence in Central Asia".
            let pointedAt = m.start > 0 && cueEnds.contains { $0 <= m.start && m.start - $0 <= 4 }
            if m.role == .seat, m.start > 0, TieExtractor.locatives.contains(tokens[m.start - 1]),
               !(pointedAt && TieExtractor.pointers.contains(tokens[m.start - 1])) { continue }
            if actor.kind == .region, m.start > 0, TieExtractor.regionScenes.contains(tokens[m.start - 1]),
               !pointedAt { continue }
            if m.start > 1, tokens[m.start - 1].key == "to", tokens[m.start - 2].key == "according" { continue }
            // "Russian experts", "Kazakh citizens": people of a country, not the state acting.
            if m.role == .demonym, m.end < tokens.count, TieExtractor.peopleNouns.contains(tokens[m.end]) { continue }
            let id = actor.kind == .person ? (actor.represents ?? m.actor) : m.actor
            var person = id == m.actor ? nil : m.actor
            // "the Russian president", "the president of Kyrgyzstan": the state's one current leader.
            let titled = (m.end < tokens.count && TieExtractor.leaderTitles.contains(tokens[m.end]))
                || (m.start >= 2 && tokens[m.start - 1].key == "of" && TieExtractor.leaderTitles.contains(tokens[m.start - 2]))
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
            guard parts.count >= 2, !TieExtractor.stancePrefixes.contains(parts[0].lowercased()) else { continue }
            // "along the Tajik-Afghan border": a place, not two parties.
            if i + 1 < tokens.count, TieExtractor.borderWords.contains(tokens[i + 1]) { continue }
            let words = Tokenizer.tokens(Array(parts.joined(separator: " ").unicodeScalars)[...])
            let leads = TieExtractor.leadSuffixes.contains(parts.last!.lowercased())
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
        let pronouns = TieExtractor.pronouns
        for i in tokens.indices where pronouns.contains(tokens[i]) {
            let lastPerson = firstNamed.flatMap { $0.start <= i ? $0.person : nil } ?? speaker
            guard !parties.contains(where: { $0.start <= i && i < $0.end }),
                  !(i + 1 < tokens.count && TieExtractor.reportingVerbs.contains(tokens[i + 1])),
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
        let references = TieExtractor.references, regionalNouns = TieExtractor.regionalNouns
        for i in tokens.indices.dropFirst() where (references.contains(tokens[i]) || regionalNouns.contains(tokens[i])) && free(i) && free(i - 1) {
            let pair = (tokens[i - 1].key, tokens[i].key)
            if let region = context.region, pair == ("the", "region") || (pair.0 == "regional" && TieExtractor.regionalNouns.contains(pair.1)) {
                found.append(Party(actor: region, start: i - 1, end: i + 1))
            }
            for (words, kind) in TieExtractor.kindReferences where words.count == 2 && pair.0 == words[0] && pair.1 == words[1] {
                let earlier = parties.last { $0.end <= i - 1 && profiles[$0.actor]?.kind == kind }?.actor
                let previous = context.previous.last { profiles[$0]?.kind == kind }
                if let actor = earlier ?? previous { found.append(Party(actor: actor, start: i - 1, end: i + 1)) }
            }
        }
        if let pair = context.pair {
            // Only a token that may open a reference (by its word code) is compared word by word.
            let openers = TieExtractor.pairOpeners
            for i in tokens.indices where openers.contains(tokens[i]) {
                for reference in TieExtractor.pairReferences where i + reference.count <= tokens.count
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
        let exclusions = TieExtractor.exclusions
        guard let e = tokens.firstIndex(where: { exclusions.contains($0) }) else { return parties }
        var excluded: [Party] = []
        var cursor = e + 1
        for p in parties where p.start >= cursor {
            guard tokens[cursor..<p.start].allSatisfy({ TieExtractor.listWords.contains($0) }) else { break }
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

/// Compound actors: which parties of a sentence act together.
extension ReferenceTieExtractor {
    /// Parties joined by "and", "or" or listed together form one group ("Russia and China",
    /// "Uzbekistan, Turkmenistan, and Kazakhstan").
    func groups(_ parties: [Party], _ tokens: [Token]) -> [[Party]] {
        var groups: [[Party]] = []
        var joins: [[Join]] = []
        groups.reserveCapacity(parties.count)
        joins.reserveCapacity(parties.count)
        for p in parties {
            if let last = groups.last?.last {
                let between = tokens[last.end..<max(last.end, p.start)]
                // "Kazakh President Qasym-Zhomart Toqaev", "Russia's foreign minister Sergei Lavrov": one
                // party, the state with the person who speaks for it.
                if last.actor == p.actor, between.count <= 4,
                   between.allSatisfy({ $0.isCapitalised || TieExtractor.titleWords.contains($0) }) {
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
                // "X and his counterpart Y", "X and her Uzbek counterpart, Y": the two act together.
                let counterpart = tokens[last.end..<min(tokens.count, p.end + 1)].contains { TieExtractor.counterpartWords.contains($0) }
                if between.first?.key == "and", counterpart, between.count <= 4 {
                    groups[groups.count - 1].append(p)
                    joins[joins.count - 1].append(.conjunction)
                    continue
                }
                // "join NATO, and Helsinki has been accepted": a new clause, not a list.
                let opensClause = p.end < tokens.count && TieExtractor.clauseVerbs.contains(tokens[p.end])
                if between.allSatisfy({ TieExtractor.conjunctions.contains($0) }) && between.count <= 1 && !(between.count == 1 && opensClause) {
                    groups[groups.count - 1].append(p)
                    joins[joins.count - 1].append(between.isEmpty ? .comma : .conjunction)
                    continue
                }
                // "China and other partners including Turkey" (but "several borrowers, such as Tajikistan and
                // Kyrgyzstan, owe": the examples start their own group, the subject).
                if let last = between.last, TieExtractor.exampleWords.contains(last) {
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
        let pronouns = TieExtractor.pronouns
        return Self.split(groups, joins) { pronouns.contains(tokens[$0.start]) }
    }

    /// Each group cut before a comma-joined party unless "and" or "or" closes the run after it, or the
    /// party before the comma is a pronoun (`isPronoun`). A group with no comma is kept as it is, not
    /// rebuilt party by party (most groups are one party; the plain form, kept in the tests, makes a new
    /// array for each).
    /// Generic in what a group holds: the fast-path tests split groups of indices with it.
    /// - Parameter joins: For each group, how each party after the first is joined to the one before.
    static func split<Member>(_ groups: [[Member]], _ joins: [[Join]], isPronoun: (Member) -> Bool) -> [[Member]] {
        var split: [[Member]] = []
        split.reserveCapacity(groups.count)
        for (group, join) in zip(groups, joins) {
            guard join.contains(.comma) else {
                split.append(group)
                continue
            }
            var current = [group[0]]
            for k in 1..<max(1, group.count) {
                let closed = join[(k - 1)...].contains(.conjunction)
                let pronoun = join[k - 1] == .comma && isPronoun(group[k - 1])
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

    typealias Join = TieExtractor.Join

    // The short word lists of the group rules, made once and asked by token (by its word code).
}

/// Who does what to whom: the direction rules that turn one cue and the sentence's party groups into
/// (source, target, symmetric) triples.
extension ReferenceTieExtractor {


    // The short word lists of the direction rules, made once (a literal in a rule is an array per use).

    /// The (source, target, symmetric) triples one cue states, in rule order:
    /// 1. "between A and B" — a mutual tie inside the group;
    /// 2. passive "by X" — X acts on the party before the cue (or, with none, on the next one after X);
    /// 3. a party right before the cue is its owner and agent ("Russian bases in Tajikistan",
    ///    "Chinese investments"): it acts on the next party, else on the subject before it;
    /// 4. a symmetric cue after a compound subject ("Russia and China conduct joint exercises")
    ///    ties the subject's members, not the scene that follows;
    /// 5. otherwise the nearest party before the cue that is not a place ("in Kazakhstan") acts on the
    ///    first party after it; "with X", "and X" make the tie mutual;
    /// 6. "Turkey, an important NATO member": a cue right after the second of two parties.
    /// A `reverse` cue ("owe", "dependence on") swaps source and target of directed ties.
    /// - Complexity: O(groups) per cue.
    func directions(cue: Lexicon.Cue, start: Int, end: Int, groups: [[Party]], tokens: [Token]) -> [(Party, Party, Bool)] {
        /// Whether the word right before the group is one of `words` (`false` at the sentence's start).
        func preceded(_ group: [Party], by words: WordSet) -> Bool {
            let i = group[0].start - 1
            return i >= 0 && words.contains(tokens[i])
        }
        func word(before group: [Party]) -> String? {
            let i = group[0].start - 1
            return i >= 0 ? tokens[i].key : nil
        }
        // The word that introduces a group, over titles and articles: "by the president of Kyrgyzstan".
        // Its index, so that the word lists answer for the token by its code rather than hash its key.
        func leadIndex(_ group: [Party]) -> Int? {
            var i = group[0].start - 1
            while i >= 0, TieExtractor.titleWords.contains(tokens[i]) || TieExtractor.determinerWords.contains(tokens[i]) { i -= 1 }
            return i >= 0 ? i : nil
        }
        func lead(_ group: [Party]) -> String? { leadIndex(group).map { tokens[$0].key } }
        /// Whether the group's lead word is one of `words` (`false` when it has none).
        func led(_ group: [Party], by words: WordSet) -> Bool { leadIndex(group).map { words.contains(tokens[$0]) } ?? false }
        func isPlace(_ group: [Party]) -> Bool { led(group, by: TieExtractor.placeWords) }
        // One party per actor of a group, the one naming a leader when there is one.
        func all(_ group: [Party]) -> [Party] { Self.onePerActor(group) }
        var pairs: [(Party, Party, Bool)] = []
        func within(_ group: [Party]) {
            let members = all(group)
            for (i, a) in members.enumerated() { for b in members[(i + 1)...] { pairs.append((a, b, true)) } }
        }
        func link(_ sources: [Party], _ targets: [Party], mutual: Bool) {
            for s in all(sources) { for t in all(targets) { pairs.append((s, t, mutual)) } }
        }
        let earlier = groups.filter { $0.last!.end <= start }
        // The cue's object: the first party after it, in its clause ("an external threat, while Russia ...
        // is another clause"), not a far-off scene ("coerces them ... at the UN General Assembly") and not
        // a place phrase ("on the border with Afghanistan").
        let clauseEnd = (end..<tokens.count).first { TieExtractor.clauseBreaks.contains(tokens[$0]) } ?? tokens.count
        let afterIndex = groups.firstIndex { g in
            guard g[0].start >= end, g[0].start < clauseEnd else { return false }
            if isPlace(g), g[0].start - end > 3 { return false }
            if word(before: g) == "with", g[0].start >= 2, TieExtractor.borderWords.contains(tokens[g[0].start - 2]) { return false }
            // "X is an artificial state and Russia could act": a new clause's subject.
            let next = g.last!.end
            if preceded(g, by: TieExtractor.clauseJoins), next < tokens.count, TieExtractor.auxiliaries.contains(tokens[next]) {
                return false
            }
            return true
        }
        let after = afterIndex.map { groups[$0] }
        // The agent is a subject: not a scene ("in Kazakhstan") and not a preposition's object
        // ("talks with the US, hoping to sell oil", "clashes between Kyrgyzstan and Tajikistan, ... a crackdown").
        // A relative clause makes even an object the subject ("is up to China itself, which runs joint
        // ventures"); "as for X" names the topic; a possessive owns what follows ("during Azerbaijan's shelling").
        func canAct(_ group: [Party]) -> Bool {
            let next = group.last!.end
            if tokens[next..<min(tokens.count, next + 2)].contains(where: { TieExtractor.relatives.contains($0) }) { return true }
            if lead(group) == "for", group[0].start >= 2, tokens[group[0].start - 2].key == "as" { return true }
            if tokens[group.last!.end - 1].isPossessive { return !isPlace(group) }
            return !isPlace(group) && !led(group, by: TieExtractor.objectWords)
        }
        let before = earlier.last(where: canAct)
        // The owner right before the cue, or a possessive a few adjectives before it ("Russia's unofficial
        // siding with Tajikistan"). "a NATO member" names the bloc, not an agent: membership keeps the
        // subject as the member.
        let adjacent: [Party]? = {
            guard !TieExtractor.membershipCues.contains(cue.form), let last = earlier.last, !isPlace(last) else { return nil }
            if last.last!.end == start { return last }
            let gap = tokens[last.last!.end..<start]
            guard tokens[last.last!.end - 1].isPossessive, gap.count <= 2,
                  gap.allSatisfy({ !$0.isCapitalised && !TieExtractor.objectWords.contains($0) }) else { return nil }
            return last
        }()
        // A mutual relation of a compound subject has no agent: "Saudi Arabia and Iran restored diplomatic
        // ties in a deal brokered by China" ties the two, not China.
        let byIndex = cue.isSymmetric && (before?.count ?? 0) >= 2 ? nil
            : afterIndex.flatMap { i in groups[i...].firstIndex { lead($0) == "by" && $0[0].start < clauseEnd } }
        // A cue that asks for an object ("ties with", "relations to") and finds none ties nobody:
        // "deepen pre-existing ties with other powers".
        let wantsObject = TieExtractor.objectCueEnds.contains(cue.keys.last ?? "")
        let objectNear = after.map { $0[0].start - end <= 3 } ?? false
        let respectively = tokens[end...].contains { $0.key == "respectively" }
        // A reverse cue names its own agent after it ("during the deployment of CSTO troops").
        let isCircumstance = tokens[max(0, start - 3)..<start].contains { TieExtractor.circumstances.contains($0) }
            && !(start > 0 && tokens[start - 1].isPossessive) && !cue.isReverse
        // "X said Y was an artificial state": the speaker acts on the one spoken of.
        let speech: (speaker: [Party], subject: [Party])? = {
            guard after == nil, let before, let b = earlier.firstIndex(where: { $0[0].start == before[0].start }), b > 0 else { return nil }
            let speaker = earlier[b - 1]
            let verb = speaker.last!.end
            guard verb < tokens.count, TieExtractor.speechVerbs.contains(tokens[verb]), verb + 1 <= before[0].start,
                  before[0].start - verb <= 2, canAct(speaker) else { return nil }
            return (speaker, before)
        }()
        let nextAfter = afterIndex.flatMap { i in i + 1 < groups.count && groups[i + 1][0].start < clauseEnd ? groups[i + 1] : nil }
        if cue.isReverse, !cue.isSymmetric, let after, let nextAfter, led(nextAfter, by: TieExtractor.sceneOrPointerWords) {
            // "the withdrawal of the US and NATO from Afghanistan", "deployment of X troops in Y":
            // the first party after the cue acts on the second (stored reversed, swapped back below).
            link(nextAfter, after, mutual: false)
        } else if let speech {
            link(speech.speaker, speech.subject, mutual: cue.isSymmetric)
        } else if let after, after.count >= 2, led(after, by: TieExtractor.withinLeads) {
            within(after)
        } else if let byIndex {
            // "a visit to Central Asia by Charles Michel", "attacked by X", "a visit by X to Y".
            let agent = groups[byIndex]
            let afterAgent = groups[(byIndex + 1)...].first { word(before: $0) == "to" }
            if let afterIndex, afterIndex < byIndex {
                link(agent, groups[afterIndex], mutual: cue.isSymmetric)
            } else if let target = afterAgent ?? before ?? groups[(byIndex + 1)...].first {
                link(agent, target, mutual: cue.isSymmetric)
            }
        } else if let adjacent {
            let mutual = cue.isSymmetric
            let subject = earlier.dropLast().last(where: canAct)
            let role = lexicon.roles.contains(cue.form) && tokens[adjacent.last!.end - 1].isPossessive
            if let after, !Self.actors(of: after, areAmong: adjacent), !role {
                link(adjacent, after, mutual: mutual || preceded(after, by: TieExtractor.mutualWords))
            } else if let subject, role {
                // "China is Kyrgyzstan's largest creditor": the subject plays the role for the owner.
                link(subject, adjacent, mutual: mutual)
            } else if let subject {
                link(adjacent, subject, mutual: mutual)
            } else if mutual, adjacent.count >= 2 {
                within(adjacent)
            }
        } else if let after, let afterIndex, after.count == 1, tokens[after[0].end - 1].isPossessive,
                  afterIndex + 1 < groups.count, groups[afterIndex + 1][0].start == after[0].end {
            // "a crackdown in Uzbekistan's Karakalpakstan": the owner acts on what it owns.
            link(after, groups[afterIndex + 1], mutual: cue.isSymmetric)
        } else if let before, let after, respectively, before.count == after.count, before.count >= 2 {
            // "Kyrgyzstan and Armenia see a threat from Tajikistan and Azerbaijan, respectively".
            for (s, t) in zip(before, after) { link([s], [t], mutual: cue.isSymmetric) }
        } else if let before, before.count >= 2, cue.isSymmetric || after.map({ Self.actors(of: $0, areAmong: before) }) == true,
                  !(after.map { preceded($0, by: TieExtractor.mutualWords) } ?? false), !(wantsObject && objectNear) {
            // "Russia and China conduct joint exercises"; "Mirziyoyev and Macron during a state visit to Paris".
            if !(wantsObject && !objectNear) { within(before) }
        } else if let before, let after, !isCircumstance {
            let mutual = cue.isSymmetric || preceded(after, by: TieExtractor.mutualLeads)
            link(before, after, mutual: mutual)
        } else if after == nil, TieExtractor.membershipCues.contains(cue.form), earlier.count >= 2, earlier.last!.last!.end == start {
            // "Turkey, an important NATO member".
            link(earlier[earlier.count - 2], earlier.last!, mutual: cue.isSymmetric)
        }
        guard cue.isReverse else { return pairs }
        return pairs.map { s, t, mutual in mutual ? (s, t, mutual) : (t, s, mutual) }
    }

    /// One party per actor of a group, sorted by actor: the first that names a leader, else the last.
    /// A group has a few parties: a linear search, where a dictionary by actor (``onePerActorByDictionary(_:)``,
    /// the plain form kept for the tests) hashes every id.
    static func onePerActor(_ group: [Party]) -> [Party] {
        var kept: [Party] = []
        kept.reserveCapacity(group.count)
        for p in group {
            if let k = kept.firstIndex(where: { $0.actor == p.actor }) {
                if kept[k].person == nil { kept[k] = p }
            } else {
                kept.append(p)
            }
        }
        kept.sort { $0.actor < $1.actor }
        return kept
    }

    /// Whether every actor of `group` is an actor of `others`: `Set(group.map(\.actor)).isSubset(of:
    /// Set(others.map(\.actor)))` without building the sets (groups have a few parties; ``actorsAreAmongBySets(_:_:)``
    /// is the plain form, kept for the tests).
    static func actors(of group: [Party], areAmong others: [Party]) -> Bool {
        group.allSatisfy { p in others.contains { $0.actor == p.actor } }
    }

    /// ``actors(of:areAmong:)`` by sets.
    static func actorsAreAmongBySets(_ group: [Party], _ others: [Party]) -> Bool {
        Set(group.map(\.actor)).isSubset(of: Set(others.map(\.actor)))
    }

    /// ``onePerActor(_:)`` by a dictionary.
    static func onePerActorByDictionary(_ group: [Party]) -> [Party] {
        var byActor: [String: Party] = [:]
        for p in group where byActor[p.actor]?.person == nil { byActor[p.actor] = p }
        return byActor.values.sorted { $0.actor < $1.actor }
    }
}

/// The plain form of ``GraphBuilder/reports(in:vocabulary:)``: the context passed on as id strings, the
/// paragraph found by counting every newline before each sentence.
enum ReferenceReports {
    static func reports(in doc: LoadedDocument, extractor: ReferenceTieExtractor) -> [(found: TieExtractor.Found, evidence: Evidence)] {
        var spans: [(Int, Range<Int>)] = []
        for (index, span) in SentenceSplitter().split(doc.scalars).enumerated() {
            if span.count <= GraphBuilder.maximumSentenceLength, !span.isEmpty {
                spans.append((index, span))
            } else {
                for piece in GraphBuilder.pieces(of: span, in: doc.scalars) { spans.append((index, piece)) }
            }
        }
        let debris = DebrisFilter.debrisRanges(doc.scalars)
        let actors = extractor.matcher.gazetteer.actors
        var reports: [(found: TieExtractor.Found, evidence: Evidence)] = []
        var previous: (line: Int, parties: [String])?
        var region: String?
        var speaker: (sentence: Int, id: String)?
        var line = 0, lineCursor = 0
        var debrisIndex = 0
        for (index, span) in spans {
            while debrisIndex < debris.count, debris[debrisIndex].upperBound < span.lowerBound { debrisIndex += 1 }
            if debrisIndex < debris.count, debris[debrisIndex].contains(span.lowerBound) { continue }
            let tokens = Tokenizer.tokens(doc.scalars[span])
            while lineCursor < span.lowerBound {
                if doc.scalars[lineCursor] == "\n" { line += 1 }
                lineCursor += 1
            }
            let pair = previous.flatMap { $0.line == line && $0.parties.count == 2 ? $0.parties : nil }
            let mentions = extractor.matcher.mentions(tokens)
            let context = TieExtractor.Context(
                pair: pair, previous: previous.flatMap { $0.line == line ? $0.parties : nil } ?? [], region: region,
                speaker: speaker.flatMap { index - $0.sentence <= 2 ? $0.id : nil })
            let (found, parties) = extractor.extract(tokens, context: context, mentions: mentions)
            if let leader = mentions.last(where: { actors[$0.actorIndex].kind == .person && actors[$0.actorIndex].represents != nil }) {
                speaker = (index, leader.actor)
            }
            if region == nil {
                region = mentions.first { actors[$0.actorIndex].kind == .region }?.actor
            }
            previous = (line, parties)
            let first = reports.count
            for f in found where !reports[first...].contains(where: {
                $0.found.source == f.source && $0.found.target == f.target && $0.found.layer == f.layer
                    && $0.found.polarity == f.polarity && $0.found.isSymmetric == f.isSymmetric
            }) {
                reports.append((f, Evidence(document: doc.document.file, sentence: index, span: span, cues: f.cues,
                                            date: doc.document.date, confidence: f.confidence)))
            }
        }
        return reports
    }
}
