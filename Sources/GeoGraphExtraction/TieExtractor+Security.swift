import GeoGraph

/// Security-layer readings. Arms and armed help: weapons a party supplies ("supplies the rebels with missile
/// parts") and support lent by a party's soldiers ("troops backed by Burundian soldiers") are security ties,
/// not trade or words; an agreement whose content is security is a security tie.
extension TieExtractor {
    /// Whether the word at `i` names a weapon of the lexicon's set `WEAPON`, in the plural or, as the
    /// first noun of a compound, in the singular ("missile parts", "drone components"); a member of two
    /// words is read with the word after `i` ("fighter jets").
    func namesWeapon(at i: Int, _ tokens: [Token]) -> Bool {
        let weapons = lexicon.sets["WEAPON"] ?? []
        let key = tokens[i].key
        if weapons.contains(key) || weapons.contains(key + "s") { return true }
        guard i + 1 < tokens.count, tokens[i + 1].punctuationBefore == .none else { return false }
        return weapons.contains(key + " " + tokens[i + 1].key)
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
        let military = Set((lexicon.sets["TROOPS"] ?? []) + (lexicon.sets["MILITARY"] ?? []))
        var i = party.start
        while i < min(tokens.count, party.end + 3) {
            if i >= party.end && tokens[i].punctuationBefore != .none { return false }
            if military.contains(tokens[i].key) || military.contains(tokens[i].lower) { return true }
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
    /// clause and with no punctuation between: a security cooperation noun (the next cue) right after a
    /// word of ``contentLeads``, or after a gerund that follows one ("aimed at bolstering security
    /// cooperation"). The agreement's content decides its layer (the annotation guide's alliances), so
    /// "signed a memorandum with Moscow on military cooperation" is security cooperation only. `nil`
    /// otherwise: "signed a defence pact with Kenya" is the pact's own tie beside the signing.
    func agreementContentLayer(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> Layer? {
        let (cue, start, end) = (cues[c].cue, cues[c].start, cues[c].end)
        guard cue.eventType == "agree", c + 1 < cues.count else { return nil }
        let next = cues[c + 1]
        guard next.cue.layer == .security, next.cue.polarity == .cooperation, !next.cue.isVerb,
              next.start > end, next.start - end <= 10, next.start >= 1, clauses[next.start] == clauses[start],
              (end..<next.end).allSatisfy({ $0 == end || tokens[$0].punctuationBefore == .none }) else { return nil }
        let before = tokens[next.start - 1].key
        if Self.contentLeads.contains(before) { return .security }
        if before.hasSuffix("ing"), next.start >= 2, Self.contentLeads.contains(tokens[next.start - 2].key) { return .security }
        return nil
    }
}
