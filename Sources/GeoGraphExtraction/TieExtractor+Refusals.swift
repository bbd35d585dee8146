import GeoGraph

/// A refused or ended agreement is refused on the layer of its content, as an agreement is made on it
/// (the annotation guide's agreements with content): "revoked its security pact with X", "terminated the
/// defence treaty with X" are security refusals only, not also diplomatic ones; "scrapped its trade deal
/// with X" is economic. An agreement with no content ("suspended its agreement with X") stays a diplomatic
/// refusal. The agreement itself makes no tie: the refusal's cue negates it (`refused` in the extractor's
/// loop), and so does an ended relation right before it ("ended its defence cooperation agreement with X").
extension TieExtractor {
    /// The content layers of the agreement refusal cue `c` refuses, the cue right after it when that cue is an
    /// agreement (type `agree`) whose qualifiers name a security or an economic field (`agreementLayers`);
    /// `nil` when the next cue is no agreement or names no content.
    func refusedAgreementContent(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int],
                                 _ parties: [Party]) -> [Layer]? {
        guard c + 1 < cues.count, cues[c + 1].cue.eventType == "agree" else { return nil }
        return agreementLayers(c + 1, of: cues, tokens: tokens, clauses: clauses, parties, antecedent: [])
    }
}

/// Armed forces blocking are a security act: "the navy blocked the supply boats", "Borduria's coast guard has
/// blocked Aland's fishing boats" are coercion on the security layer, where a "block" that halts no goods is
/// otherwise no refusal by its subject (`refusesNoFlow`).
extension TieExtractor {
    /// Whether refusal verb cue `c` has armed forces for its subject: a word of the lexicon's sets `MILITARY` or
    /// `TROOPS` ("navy", "coast guard", "border guards") among the four words before the verb, in its clause
    /// with no punctuation between (past an auxiliary and the craft they man: "coast guard ships have blocked").
    func blockedByForces(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> Bool {
        let start = cues[c].start
        var i = start - 1
        while i >= 0, i >= start - 4, clauses[i] == clauses[start], tokens[i + 1].punctuationBefore == .none {
            let key = tokens[i].key
            if armedWords.contains(key) || (i > 0 && armedWords.contains(tokens[i - 1].key + " " + key)) { return true }
            i -= 1
        }
        return false
    }
}

/// A refusal of a refusal is neither: "refused to rule out Chinese loans" keeps the loans open, as if no refusal
/// were there (the extractor's loop would read the first refusal's infinitive as refused, and its object too).
extension TieExtractor {
    /// Removes from `cues` each refusal verb followed by "to" and a second refusal ("refused to rule out",
    /// "declined to reject"), both of them.
    static func dropDoubleRefusals(_ cues: inout [CueMatch], _ tokens: [Token]) {
        var k = 0
        while k + 1 < cues.count {
            if cues[k].cue.eventType == "reject", cues[k + 1].cue.eventType == "reject", cues[k].cue.isVerb,
               cues[k + 1].start == cues[k].end + 1, tokens[cues[k].end].key == "to" {
                cues.removeSubrange(k...(k + 1))
            } else {
                k += 1
            }
        }
    }
}
