/// Who does what to whom: the direction rules that turn one cue and the sentence's party groups into
/// (source, target, symmetric) triples.
extension TieExtractor {
    /// Words after which a party is the scene ("in Kazakhstan"): it may be acted on, but does not act.
    static let placeWords: WordSet = ["in", "at", "near", "outside", "across", "inside", "around", "within",
                                          "throughout"]

    /// Prepositions whose object is acted on or is the scene, not the subject of a later cue.
    static let objectWords: WordSet = ["to", "with", "between", "for", "against", "toward", "towards", "over",
                                           "into", "from", "of", "on", "about", "beyond", "among", "amongst", "like",
                                           "than", "via", "through", "during", "amid", "amidst", "unlike", "despite"]

    static let relatives: WordSet = ["which", "who", "whose"]
    static let auxiliaries: WordSet = ["could", "would", "will", "may", "might", "should", "can", "must", "has", "have",
                                           "had", "is", "was", "were", "are", "does", "did"]
    /// Verbs of a party speaking about another: "Medvedev said Kazakhstan was an artificial state".
    static let speechVerbs: WordSet = ["said", "says", "called", "calls", "declared", "declares", "stated", "claimed",
                                           "claims", "announced", "suggested", "insisted", "argued"]
    /// Words that open a new clause: a cue's object does not lie beyond them.
    static let clauseBreaks: WordSet = ["while", "whereas", "although", "though", "but", "because", "whilst", "similar"]
    /// A cue introduced by one of these is a circumstance ("amid the war in Ukraine"): only its own
    /// owner or agent acts in it, not the sentence's subject.
    static let circumstances: WordSet = ["amid", "amidst", "during", "despite", "after", "before", "since", "following",
                                             "over"]
    // The short word lists of the direction rules, made once (a literal in a rule is an array per use).
    static let determinerWords: WordSet = ["a", "all", "their", "its"]
    static let sceneOrPointerWords = placeWords.union(["from", "to"])
    static let clauseJoins: WordSet = ["and", "but"]
    static let objectCueEnds = ["with", "to", "between"]
    static let withinLeads: WordSet = ["between", "of", "among", "included", "including", "involving"]
    static let mutualWords: WordSet = ["with", "and"]
    static let mutualLeads: WordSet = ["with", "between", "and"]
    /// "on the border with Afghanistan" names a place, not a partner.
    static let borderWords: WordSet = ["border", "borders", "frontier"]

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
            while i >= 0, Self.titleWords.contains(tokens[i]) || Self.determinerWords.contains(tokens[i]) { i -= 1 }
            return i >= 0 ? i : nil
        }
        func lead(_ group: [Party]) -> String? { leadIndex(group).map { tokens[$0].key } }
        /// Whether the group's lead word is one of `words` (`false` when it has none).
        func led(_ group: [Party], by words: WordSet) -> Bool { leadIndex(group).map { words.contains(tokens[$0]) } ?? false }
        func isPlace(_ group: [Party]) -> Bool { led(group, by: Self.placeWords) }
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
        let clauseEnd = (end..<tokens.count).first { Self.clauseBreaks.contains(tokens[$0]) } ?? tokens.count
        let afterIndex = groups.firstIndex { g in
            guard g[0].start >= end, g[0].start < clauseEnd else { return false }
            if isPlace(g), g[0].start - end > 3 { return false }
            if word(before: g) == "with", g[0].start >= 2, Self.borderWords.contains(tokens[g[0].start - 2]) { return false }
            // "X is an artificial state and Russia could act": a new clause's subject.
            let next = g.last!.end
            if preceded(g, by: Self.clauseJoins), next < tokens.count, Self.auxiliaries.contains(tokens[next]) {
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
            if tokens[next..<min(tokens.count, next + 2)].contains(where: { Self.relatives.contains($0) }) { return true }
            if lead(group) == "for", group[0].start >= 2, tokens[group[0].start - 2].key == "as" { return true }
            if tokens[group.last!.end - 1].isPossessive { return !isPlace(group) }
            return !isPlace(group) && !led(group, by: Self.objectWords)
        }
        let before = earlier.last(where: canAct)
        // The owner right before the cue, or a possessive a few adjectives before it ("Russia's unofficial
        // siding with Tajikistan"). "a NATO member" names the bloc, not an agent: membership keeps the
        // subject as the member.
        let adjacent: [Party]? = {
            guard !Self.membershipCues.contains(cue.form), let last = earlier.last, !isPlace(last) else { return nil }
            if last.last!.end == start { return last }
            let gap = tokens[last.last!.end..<start]
            guard tokens[last.last!.end - 1].isPossessive, gap.count <= 2,
                  gap.allSatisfy({ !$0.isCapitalised && !Self.objectWords.contains($0) }) else { return nil }
            return last
        }()
        // A mutual relation of a compound subject has no agent: "Saudi Arabia and Iran restored diplomatic
        // ties in a deal brokered by China" ties the two, not China.
        let byIndex = cue.isSymmetric && (before?.count ?? 0) >= 2 ? nil
            : afterIndex.flatMap { i in groups[i...].firstIndex { lead($0) == "by" && $0[0].start < clauseEnd } }
        // A cue that asks for an object ("ties with", "relations to") and finds none ties nobody:
        // "deepen pre-existing ties with other powers".
        let wantsObject = Self.objectCueEnds.contains(cue.keys.last ?? "")
        let objectNear = after.map { $0[0].start - end <= 3 } ?? false
        let respectively = tokens[end...].contains { $0.key == "respectively" }
        // A reverse cue names its own agent after it ("during the deployment of CSTO troops").
        let isCircumstance = tokens[max(0, start - 3)..<start].contains { Self.circumstances.contains($0) }
            && !(start > 0 && tokens[start - 1].isPossessive) && !cue.isReverse
        // "X said Y was an artificial state": the speaker acts on the one spoken of.
        let speech: (speaker: [Party], subject: [Party])? = {
            guard after == nil, let before, let b = earlier.firstIndex(where: { $0[0].start == before[0].start }), b > 0 else { return nil }
            let speaker = earlier[b - 1]
            let verb = speaker.last!.end
            guard verb < tokens.count, Self.speechVerbs.contains(tokens[verb]), verb + 1 <= before[0].start,
                  before[0].start - verb <= 2, canAct(speaker) else { return nil }
            return (speaker, before)
        }()
        let nextAfter = afterIndex.flatMap { i in i + 1 < groups.count && groups[i + 1][0].start < clauseEnd ? groups[i + 1] : nil }
        if cue.isReverse, !cue.isSymmetric, let after, let nextAfter, led(nextAfter, by: Self.sceneOrPointerWords) {
            // "the withdrawal of the US and NATO from Afghanistan", "deployment of X troops in Y":
            // the first party after the cue acts on the second (stored reversed, swapped back below).
            link(nextAfter, after, mutual: false)
        } else if let speech {
            link(speech.speaker, speech.subject, mutual: cue.isSymmetric)
        } else if let after, after.count >= 2, led(after, by: Self.withinLeads) {
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
                link(adjacent, after, mutual: mutual || preceded(after, by: Self.mutualWords))
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
                  !(after.map { preceded($0, by: Self.mutualWords) } ?? false), !(wantsObject && objectNear) {
            // "Russia and China conduct joint exercises"; "Mirziyoyev and Macron during a state visit to Paris".
            if !(wantsObject && !objectNear) { within(before) }
        } else if let before, let after, !isCircumstance {
            let mutual = cue.isSymmetric || preceded(after, by: Self.mutualLeads)
            link(before, after, mutual: mutual)
        } else if after == nil, Self.membershipCues.contains(cue.form), earlier.count >= 2, earlier.last!.last!.end == start {
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
