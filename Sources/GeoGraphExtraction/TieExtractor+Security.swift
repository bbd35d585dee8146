import GeoGraph

/// Security-layer readings. Arms and armed help: weapons a party supplies ("supplies the rebels with missile
/// parts") and support lent by a party's soldiers ("troops backed by Burundian soldiers") are security ties,
/// not trade or words; an agreement whose content is security is a security tie.
extension TieExtractor {
    /// Whether the word at `i` names a weapon of the lexicon's set `WEAPON`, in the plural or, as the
    /// first noun of a compound, in the singular ("missile parts", "drone components"); a member of two
    /// words is read with the word after `i` ("fighter jets").
    func namesWeapon(at i: Int, _ tokens: [Token]) -> Bool {
        let key = tokens[i].key
        if weaponWords.contains(key) || weaponWords.contains(key + "s") { return true }
        guard i + 1 < tokens.count, tokens[i + 1].punctuationBefore == .none else { return false }
        return weaponWords.contains(key + " " + tokens[i + 1].key)
    }

    /// Whether supply verb `c` supplies weapons: a weapon right before it ("rockets supplied by Tehran"),
    /// or its object followed, within eight words of the clause and before any punctuation, by "with" and
    /// a weapon at most three words on ("supplies the group with missile parts"). The supply is then
    /// security aid (the lexicon's reverse phrases read weapons bought: "drones bought from X").
    func suppliesWeapons(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> Bool {
        let (cue, start, end) = (cues[c].cue, cues[c].start, cues[c].end)
        guard cue.isVerb, cue.layer == .economic, cue.eventType == "supply", !cue.isReverse else { return false }
        if start >= 1, tokens[start].punctuationBefore == .none, namesWeapon(at: start - 1, tokens) { return true }
        var i = end
        while i < min(tokens.count, end + 8), clauses[i] == clauses[start] {
            if i > end && tokens[i].punctuationBefore != .none { return false }
            if tokens[i].key == "with" {
                return (i + 1..<min(tokens.count, i + 4)).contains { k in
                    (i + 1...k).allSatisfy { tokens[$0].punctuationBefore == .none } && namesWeapon(at: k, tokens)
                }
            }
            i += 1
        }
        return false
    }

    /// Whether `party`, the source of a support cue, is named as soldiers: a word of the lexicon's sets
    /// `TROOPS` or `MILITARY` in the party's own words or at most three words after it, before any
    /// punctuation ("backed by Burundian soldiers", "supported by the Saudi-led coalition forces"). Armed
    /// backing is security cooperation, not a diplomatic endorsement.
    func isArmedSupporter(_ party: Party, _ tokens: [Token]) -> Bool {
        var i = party.start
        while i < min(tokens.count, party.end + 3) {
            if i >= party.end && tokens[i].punctuationBefore != .none { return false }
            let key = tokens[i].key
            if armedWords.contains(key) { return true }
            i += 1
        }
        return false
    }
}

extension TieExtractor {
    /// Words that may open an agreement's content right before its noun: "a memorandum on military
    /// cooperation", "a deal for joint patrols", "an accord aimed at bolstering security cooperation".
    static let contentLeads: Set<String> = ["on", "for", "at", "over", "covering"]

    /// The security layer when agreement cue `c` names security content within ten words after it, in its
    /// clause and with no punctuation between: a security cooperation noun (the next cue but the
    /// agreement's own nouns, "a memorandum", a few words on) right after a
    /// word of ``contentLeads``, or after a gerund that follows one ("aimed at bolstering security
    /// cooperation"). An agreement is on the layer of its content only (`agreementLayers`), so "signed a
    /// memorandum with Moscow on military cooperation" ties on the security layer. `nil` otherwise: "signed a
    /// defence pact with Kenya" is read by its qualifiers (`agreementLayers`).
    func agreementContentLayer(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> Layer? {
        let (cue, start, end) = (cues[c].cue, cues[c].start, cues[c].end)
        guard cue.eventType == "agree", c + 1 < cues.count else { return nil }
        // (Over the agreement's own noun: "signed a memorandum with Moscow on military cooperation".)
        var n = c + 1
        while n + 1 < cues.count, cues[n].cue.eventType == "agree", cues[n].start - end <= 4 { n += 1 }
        let next = cues[n]
        guard next.cue.layer == .security, next.cue.polarity == .cooperation, !next.cue.isVerb,
              next.start > end, next.start - end <= 10, next.start >= 1, clauses[next.start] == clauses[start],
              (end..<next.end).allSatisfy({ $0 == end || tokens[$0].punctuationBefore == .none }) else { return nil }
        let before = tokens[next.start - 1].key
        if Self.contentLeads.contains(before) { return .security }
        if before.hasSuffix("ing"), next.start >= 2, Self.contentLeads.contains(tokens[next.start - 2].key) { return .security }
        return nil
    }
}

extension TieExtractor {
    /// The mobilize verb whose object is assault cue `a` named with its agent ("to counter raids by X",
    /// "countering the escalating attacks by X"): the verb at most three words before the assault, no
    /// punctuation between, and "by" right after the assault. `nil` otherwise.
    func counteringCue(before a: Int, of cues: [CueMatch], tokens: [Token]) -> Int? {
        guard a > 0, cues[a].cue.eventType == "assault", cues[a].end < tokens.count,
              tokens[cues[a].end].key == "by" else { return nil }
        let m = cues[a - 1]
        guard m.cue.isVerb, m.cue.eventType == "mobilize", m.end <= cues[a].start, cues[a].start - m.end <= 3,
              (m.end...cues[a].start).allSatisfy({ $0 == m.end || tokens[$0].punctuationBefore == .none })
        else { return nil }
        return a - 1
    }

    /// Reads a countered attack: "Nigeria deployed a brigade to counter raids by Boko Haram" is Nigeria
    /// mobilising against Boko Haram, and the raids' target is not Nigeria (the clause names none). For
    /// mobilize cue `c` the pairs become each party acting before the cue (those of its pairs, else the
    /// parties before it in its clause, else the party opening the sentence) against the attack's agent, the party right after "by"; for the
    /// assault cue after it, and any cue within it up to a word after its agent ("attacks by Houthi militants"),
    /// pairs whose target stands before the mobilize verb are dropped.
    func readCounteredAttack(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int], _ parties: [Party],
                             pairs: inout [(Party, Party, Bool)]) {
        // The countered attack, and any cue within it up to a word after its agent ("attacks by Houthi
        // militants"), names no target before the mobilize verb.
        if let m = counteringCue(before: c, of: cues, tokens: tokens) {
            pairs.removeAll { $0.1.start < cues[m].start }
            return
        }
        for a in cues.indices.dropFirst() where a < c && counteringCue(before: a, of: cues, tokens: tokens) != nil {
            let by = cues[a].end
            let close = parties.first(where: { $0.start > by && $0.start - by <= 3 }).map { $0.end + 1 } ?? by + 1
            if cues[c].start < close { pairs.removeAll { $0.1.start < cues[a - 1].start } }
        }
        guard c + 1 < cues.count, counteringCue(before: c + 1, of: cues, tokens: tokens) == c else { return }
        let by = cues[c + 1].end
        guard let agent = parties.first(where: { $0.start > by && $0.start - by <= 3 }),
              clauses[agent.start] == clauses[cues[c].start] || clauses[by] == clauses[cues[c].start] else { return }
        var subjects = pairs.flatMap { [$0.0, $0.1] }.filter { $0.start < cues[c].start && $0.actor != agent.actor }
        if subjects.isEmpty {
            subjects = parties.filter { $0.end <= cues[c].start && clauses[$0.start] == clauses[cues[c].start] }
        }
        // (Else the party opening the sentence: "The United States unveiled a mission aimed at countering …".)
        if subjects.isEmpty, let first = parties.first, first.start <= 1, first.end <= cues[c].start { subjects = [first] }
        var seen = Set<Int>()
        pairs = subjects.filter { seen.insert($0.actor).inserted }.map { ($0, agent, false) }
    }
}

extension TieExtractor {
    /// The pairs of attackers that strike together: the sources of assault cue `c`'s directed pairs when
    /// two or more states or bodies of one coordinated group ("American and British warplanes struck X",
    /// "France and Chad bombed X") act on the same target, none of them a target. Attacking a third party
    /// together is security cooperation between them (the annotation guide's joint acts are mutual).
    /// Mutual cues ("Aland and Borduria fought") and threatened acts have none.
    func jointAttackers(_ c: Int, of cues: [CueMatch], pairs: [(Party, Party, Bool)], groups: [Range<Int>],
                        _ parties: [Party]) -> [(Party, Party)] {
        guard cues[c].cue.eventType == "assault", !cues[c].cue.isSymmetric, pairs.count >= 2,
              pairs.allSatisfy({ !$0.2 }) else { return [] }
        var sources: [Party] = []
        for (s, _, _) in pairs where !sources.contains(where: { $0.actor == s.actor }) { sources.append(s) }
        let targets = Set(pairs.map(\.1.actor))
        guard sources.count >= 2, !sources.contains(where: { targets.contains($0.actor) }),
              sources.allSatisfy({ s in pairs.filter { $0.0.actor == s.actor }.count == targets.count }),
              groups.contains(where: { g in sources.allSatisfy { s in parties[g].contains { $0.start == s.start && $0.actor == s.actor } } })
        else { return [] }
        var joint: [(Party, Party)] = []
        for (i, a) in sources.enumerated() { for b in sources[(i + 1)...] { joint.append((a, b)) } }
        return joint
    }
}

extension TieExtractor {
    /// Prepositions that open the field of talks: "talks on security", "consultations over arms control".
    static let topicPrepositions: WordSet = ["on", "over", "about"]

    /// The layers of the fields meeting cue `c` (type `consult`) names talks on (the annotation guide's topics
    /// of talks): a layer adjective right before a meeting noun ("security talks", "trade talks", "energy
    /// consultations"), or, within eight words after the cue in its clause and before any punctuation, "on",
    /// "over" or "about" followed within three words by a word of the lexicon's set `SECURITY_TOPICS` ("talks
    /// with Washington on Tehran's nuclear programme") or `ECONOMIC_TOPICS` ("talks on a free-trade deal").
    /// Such talks also tie the parties on that layer, at the talks' strength. One rule, one topic set a layer.
    func talksTopicLayers(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> [Layer] {
        let (cue, start, end) = (cues[c].cue, cues[c].start, cues[c].end)
        guard cue.eventType == "consult", cue.layer == .diplomatic else { return [] }
        if !cue.isVerb, start >= 1, tokens[start].punctuationBefore == .none,
           let l = Self.layerAdjectives[tokens[start - 1].key], l != .diplomatic { return [l] }
        let topics = topicSets
        var i = end
        while i < min(tokens.count, end + 8), clauses[i] == clauses[start] {
            if i > end && tokens[i].punctuationBefore != .none { return [] }
            if Self.topicPrepositions.contains(tokens[i]) {
                return topics.compactMap { layer, words in
                    (i + 1..<min(tokens.count, i + 4)).contains { k in
                        tokens[k].punctuationBefore == .none && words.contains(tokens[k].key)
                            && (i + 1..<k).allSatisfy { tokens[$0].punctuationBefore == .none }
                    } ? layer : nil
                }
            }
            i += 1
        }
        return []
    }
}
