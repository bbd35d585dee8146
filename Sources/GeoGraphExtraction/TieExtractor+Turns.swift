import GeoGraph

/// Words around a cue that turn its event type, its sign or its layer: troops sent to a party's border,
/// sanctions that were lifted, a halt to a commodity's flow, a request for economic help. (Talks only
/// offered, "offered to host talks between A and B", are TieExtractor+Hosts' `talksOnlyOffered`.)
extension TieExtractor {
    typealias CueMatch = (cue: Lexicon.Cue, start: Int, end: Int)

    /// What the words around a cue turn it into, its event type and its sign.
    enum CueTurn {
        /// Troops sent to a party's border (`sendsTroopsToBorder`): a build-up against it.
        case buildUp
        /// A penalty lifted or eased (`isUndonePenalty`).
        case eased
        /// A relation ended or scaled down (`endsRelation`): a refusal, the ender's act alone.
        case ended
        /// A relation gone bad (`worsensRelation`).
        case worsened

        var eventType: String {
            switch self {
            case .buildUp: "mobilize"
            case .eased: "concede"
            case .ended: "reject"
            case .worsened: "oppose"
            }
        }
        var polarity: Polarity { self == .eased ? .cooperation : .tension }
    }

    /// The turn of cue `c`, the first of build-up, eased penalty, ended relation and worsened relation that
    /// holds; `nil` for none.
    func cueTurn(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int], _ parties: [Party]) -> CueTurn? {
        if sendsTroopsToBorder(c, of: cues, tokens: tokens, parties) { return .buildUp }
        if isUndonePenalty(c, of: cues, tokens: tokens, clauses: clauses) { return .eased }
        if endsRelation(c, of: cues, tokens: tokens, clauses: clauses, parties) { return .ended }
        if worsensRelation(c, of: cues, tokens: tokens, clauses: clauses) { return .worsened }
        return nil
    }

    /// Whether aid cue `c` sends troops to a party's border ("sent troops to the Chadian border", "moves
    /// soldiers to Niger's frontier"): a build-up against that party (`mobilize`, security tension), not
    /// help for it. The cue's object must be followed right after it by a word of the lexicon's set
    /// `BORDER` (its possessive "'s" is part of the party).
    func sendsTroopsToBorder(_ c: Int, of cues: [CueMatch], tokens: [Token], _ parties: [Party]) -> Bool {
        let (cue, end) = (cues[c].cue, cues[c].end)
        guard cue.eventType == "aid", cue.layer == .security, end < tokens.count else { return false }
        // The cue's own "to" ("sent troops to"), or the word right after it ("deployed soldiers to").
        let after = cue.keys.last == "to" ? end : tokens[end].key == "to" ? end + 1 : nil
        guard let after, let object = parties.first(where: { $0.start >= after }), object.start - after <= 2,
              object.end < tokens.count, tokens[object.end].punctuationBefore == .none,
              borderNouns.contains(tokens[object.end].key) else { return false }
        // (Only articles between "to" and the party: "to the Chadian border".)
        return (after..<object.start).allSatisfy { ["the", "its", "their"].contains(tokens[$0].key) }
    }

    /// Auxiliaries of the passive that may come between the penalty and its undoing.
    static let undoingAuxiliaries: Set<String> = ["was", "were", "is", "are", "been", "be", "being", "has", "have", "had"]

    /// Whether sanction noun `c` is undone in its own clause by a word of the lexicon's set `UNDOING`: "X's
    /// sanctions on Y were lifted", "the lifting of sanctions on Y", "eased sanctions on Y". The penalty is
    /// then eased (`concede`, cooperation).
    /// - Returns: `false` for verbs ("sanctioned"), and when a negation comes between ("were not lifted").
    func isUndonePenalty(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> Bool {
        let (cue, start, end) = (cues[c].cue, cues[c].start, cues[c].end)
        guard cue.eventType == "sanction", !cue.isVerb else { return false }
        // Before: "lifting of sanctions", "the easing of EU sanctions", "lifted the sanctions".
        for i in max(0, start - 4)..<start where clauses[i] == clauses[start] && undoingWords.contains(tokens[i].key) {
            return !(i..<start).contains { tokens[$0].key == "not" }
        }
        // After: "sanctions on Niger were lifted", "sanctions against Cuba have been eased".
        var i = end
        while i < min(tokens.count, end + 8), clauses[i] == clauses[start] {
            let key = tokens[i].key
            if undoingWords.contains(key), i > 0, Self.undoingAuxiliaries.contains(tokens[i - 1].key) { return true }
            if key == "not" || key == "never" { return false }
            i += 1
        }
        return false
    }

    /// Whether refusal cue `c` halts a flow of goods named after it (`namesGoods`: "halted the loading of
    /// crude", "suspended Iranian oil purchases", "suspended the Nile Waters Treaty"): the refusal is then
    /// economic, even of an agreement (a water or gas treaty is about a supply).
    func refusesFlow(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> Bool {
        let cue = cues[c].cue
        guard cue.eventType == "reject", cue.isVerb else { return false }
        return namesGoods(after: c, of: cues, tokens: tokens, clauses: clauses, stoppingAtCues: false)
    }

    /// Whether goods — a word of the lexicon's sets `FLOWS` or `ENERGY` (`energyWords`), or a plural of
    /// `ENERGY` — are named within four words after cue `c`, in its clause, with no punctuation, no "to"
    /// (an infinitive: "halted talks to …") and, when `stoppingAtCues`, no other cue between. "Water" before
    /// "cannon" is a weapon, not goods. What `refusesFlow` and `protestsGoods` read.
    func namesGoods(after c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int], stoppingAtCues: Bool) -> Bool {
        let (start, end) = (cues[c].start, cues[c].end)
        for i in end..<min(tokens.count, end + 4) {
            if clauses[i] != clauses[start] || (i > end && tokens[i].punctuationBefore != .none) { return false }
            if tokens[i].key == "to" || (stoppingAtCues && cues.contains(where: { $0.start == i })) { return false }
            // ("fired water cannon on the boats": a weapon, not water.)
            if i + 1 < tokens.count, tokens[i + 1].key.hasPrefix("cannon") { continue }
            let word = tokens[i].lower
            let singular = word.hasSuffix("s") ? String(word.dropLast()) : word
            if flowWords.contains(word) || energyWords.contains(word) || energyWords.contains(singular) { return true }
        }
        return false
    }

    /// Economic event types whose cue after a request names the help it asks for.
    static let economicHelp: Set<String> = ["aid", "lend", "invest", "trade", "supply"]

    /// Whether request cue `c` asks for economic help named within eight words, after "for" or an
    /// infinitive's "to" ("asked Tokyo for loans", "urged Seoul to double its assistance"): the request is
    /// then economic, like a request for security help is security.
    func asksForEconomicHelp(_ c: Int, of cues: [CueMatch], tokens: [Token], _ parties: [Party]) -> Bool {
        let (cue, end) = (cues[c].cue, cues[c].end)
        guard cue.eventType == "request", c + 1 < cues.count else { return false }
        let next = cues[c + 1]
        guard next.start > end, next.start - end <= 8, next.cue.layer == .economic, next.cue.polarity == .cooperation,
              Self.economicHelp.contains(next.cue.eventType ?? ""),
              let f = (end..<next.start).first(where: { ["for", "to"].contains(tokens[$0].key) }) else { return false }
        return !parties.contains { $0.start > f && $0.start < next.start }
    }
}

extension TieExtractor {
    /// Whether noun cue `c` lies in the infinitive of a request verb of its clause ("urged the two
    /// neighbours to settle their dispute through dialogue", "called on Kenya to sign a truce"): what is
    /// asked for is not done, and ties nobody (the request is its own tie). So is a verb cue right after the
    /// infinitive's "to" ("asked SADC to suspend Eswatini": SADC has not suspended it).
    func isRequestedAct(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> Bool {
        let start = cues[c].start
        let isVerb = cues[c].cue.isVerb
        guard !isVerb || (start > 0 && tokens[start - 1].key == "to") else { return false }
        return cues[..<c].contains { r in
            r.cue.eventType == "request" && r.cue.isVerb && r.end <= start && start - r.end <= 10
                // (An offer's infinitive is the offerer's own act: "offered to mediate between A and B".)
                && !offerTables.verbs.contains(tokens[r.start])
                && clauses[r.end < start ? r.end : start] == clauses[start]
                // (A verb only in the request's own infinitive, its first "to": not "urged X to wait,
                // prompting Y to summon Z".)
                && (isVerb ? (r.end..<start).first { tokens[$0].key == "to" } == start - 1
                    : (r.end..<start).contains { tokens[$0].key == "to" })
        }
    }
}

extension TieExtractor {
    /// Words that may stand between an ending verb and the relation it ends: articles, possessive
    /// determiners and the layer adjectives ("downgraded its diplomatic ties", "ended all security cooperation").
    static let endedRelationFillers: WordSet = ["the", "a", "an", "its", "their", "all", "bilateral", "joint"]

    /// Whether cooperation noun `c` is the object of a verb of the lexicon's set `ENDINGS` right before it,
    /// in its clause, with only articles, possessive determiners and layer adjectives between: "downgraded
    /// diplomatic ties", "ends security cooperation with X", "curtailed its military partnership". The
    /// relation is then ended: a refusal (`reject`, tension) on the relation's layer, not a cooperation.
    func endsRelation(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int], _ parties: [Party]) -> Bool {
        let (cue, start) = (cues[c].cue, cues[c].start)
        guard !cue.isVerb, cue.polarity == .cooperation, start > 0,
              Self.relationTypes.contains(cue.eventType ?? "") else { return false }
        let endings = endingWords
        var i = start - 1
        while i >= 0, i >= start - 4, clauses[i] == clauses[start] {
            // (A word of the cue's own is no filler: "security cooperation" may be one cue.)
            if endings.contains(tokens[i]) {
                return !parties.contains { $0.start > i && $0.start < start }
                    && !(i + 1...start).contains { tokens[$0].punctuationBefore != .none }
            }
            let key = tokens[i].key
            guard Self.endedRelationFillers.contains(tokens[i]) || Self.possessiveDeterminers.contains(tokens[i])
                    || Self.layerAdjectives[key] != nil else { return false }
            i -= 1
        }
        return false
    }
}

extension TieExtractor {
    /// Whether relation noun `c` ("relations", "ties") went bad: a word of the lexicon's set `WORSENING` right
    /// before it ("strained ties with X", "frosty relations") or, in its clause and within eight words after it
    /// with no other cue between, after it ("relations between X and Y have soured", "ties cooled sharply").
    /// The relation is then a tension (`oppose`), not a cooperation.
    func worsensRelation(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> Bool {
        let (cue, start, end) = (cues[c].cue, cues[c].start, cues[c].end)
        guard !cue.isVerb, cue.polarity == .cooperation, cue.eventType == "cooperate" else { return false }
        let worsening = worseningWords
        if start > 0, worsening.contains(tokens[start - 1]), tokens[start].punctuationBefore == .none { return true }
        var i = end
        while i < min(tokens.count, end + 8), clauses[i] == clauses[start] {
            // (Negated as the extractor negates: "have not soured", "haven't worsened".)
            if worsening.contains(tokens[i]) {
                return !(end..<i).contains { lexicon.negationWords.contains(tokens[$0]) || Self.endsInNot(tokens[$0].key) }
            }
            if cues.contains(where: { $0.start == i }) { return false }
            i += 1
        }
        return false
    }
}
