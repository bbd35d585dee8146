import GeoGraph

/// Troops withdrawn from a party, read as grammar rather than as the lexicon's fixed phrases: a verb of
/// withdrawing, an object whose head names armed forces, and "from" or "out of" the party ("withdrew its
/// last 1,500 soldiers from X", "pulled its remaining forces out of X", "brought its troops home from X").
extension TieExtractor {
    /// Words that may stand between the withdrawing verb and its object's head besides determiners,
    /// numbers and adjectives: none of these, for they end the object ("withdrew from talks and troops from").
    static let withdrawnObjectStops: WordSet = ["from", "to", "by", "that", "which", "who", "and", "or", "into", "in", "on", "at", "with", "for"]

    /// The most words between the withdrawing verb (and its particle) and the head of its object.
    static let withdrawnObjectWords = 5

    /// The retreat cues of `tokens` read as grammar (`withdrawnTroops(at:_:mentions:)`), each put in `found`
    /// in place of the cues it covers: "the last troops from X" is then no aid from X (the lexicon's phrase
    /// "&TROOPS from"), and the withdrawer retreats from X. An aid phrase "&TROOPS from" right after a
    /// retreat noun ("a drawdown of its troops from X") is dropped too: troops leaving X are no aid of X's.
    func troopWithdrawals(_ tokens: [Token], mentions: [ActorMatcher.Mention], into found: inout [CueMatch]) {
        guard !withdrawingWords.words.isEmpty || !homewardWords.words.isEmpty else { return }
        for i in tokens.indices where withdrawingWords.contains(tokens[i]) || homewardWords.contains(tokens[i]) {
            guard let end = withdrawnTroops(at: i, tokens, mentions: mentions) else { continue }
            let keys = tokens[i..<end].map(\.key)
            let cue = Lexicon.Cue(form: keys.joined(separator: " "), keys: keys, layer: .security, polarity: .cooperation,
                                  strength: 0.6, isSymmetric: false, eventType: "retreat", isVerb: true)
            found.removeAll { $0.start < end && i < $0.end }
            let at = found.firstIndex { $0.start > i } ?? found.count
            found.insert((cue, i, end), at: at)
        }
        // "a drawdown of its troops from X": troops from X after a retreat noun are leaving it.
        let armed = armedWords
        func troopsFrom(_ c: CueMatch) -> Bool {
            c.cue.eventType == "aid" && c.cue.isReverse && c.cue.keys.last == "from" && armed.contains(c.cue.keys.first ?? "")
        }
        guard found.contains(where: troopsFrom) else { return }
        let retreats = found.filter { $0.cue.eventType == "retreat" }.map(\.end)
        found.removeAll { c in
            troopsFrom(c) && retreats.contains { end in
                end <= c.start && c.start - end <= Self.withdrawnObjectWords
                    && (end...c.start).allSatisfy { tokens[$0].punctuationBefore == .none }
            }
        }
    }

    /// Whether a party is the object of the "from" or "out of" that ends at `end`: named right after it, over
    /// at most three lowercase words that are no preposition (`withdrawnPlaceStops`): "from the Central African
    /// Republic", "from northern Mali"; "from joint drills with Seoul" and "from bases near Iran" withdraw from
    /// neither Seoul nor Iran.
    static func partyFollows(_ end: Int, _ tokens: [Token], mentions: [ActorMatcher.Mention]) -> Bool {
        var k = end
        while k < tokens.count, k - end <= 3 {
            if k > end, tokens[k].punctuationBefore != .none { return false }
            if mentions.contains(where: { $0.start == k }) { return true }
            if tokens[k].isCapitalised || withdrawnPlaceStops.contains(tokens[k].key) { return false }
            k += 1
        }
        return false
    }

    /// Words between "from" and a party that make the party another noun's ("drills with X", "bases near X").
    static let withdrawnPlaceStops: Set<String> = ["with", "near", "of", "in", "on", "at", "to", "for", "by", "along",
                                                   "against", "between", "around", "inside", "outside"]

    /// The end of a troop withdrawal whose verb is token `verb` (a word of the lexicon's set `WITHDRAWING` or `HOMEWARD`):
    /// the verb, "out" or "home" right after it, at most five words of its object (no punctuation, no party
    /// but one owning the troops, "US troops", no word of `withdrawnObjectStops`), the object's head (a word of
    /// `TROOPS` or `MILITARY`, or two: "armed forces"), "home" or "back" after it, then "from" or "out of".
    /// A word of `HOMEWARD` needs "home" ("brought its soldiers home from X"). `nil` when the words are not so.
    func withdrawnTroops(at verb: Int, _ tokens: [Token], mentions: [ActorMatcher.Mention]) -> Int? {
        let bring = homewardWords.contains(tokens[verb])
        var i = verb + 1
        var home = false
        if i < tokens.count, ["out", "home"].contains(tokens[i].key) { home = tokens[i].key == "home"; i += 1 }
        let first = i
        while i < tokens.count, i - first <= Self.withdrawnObjectWords {
            // (A comma inside a number is none: "1,500 soldiers" is two words, "1" and "500".)
            if tokens[i].punctuationBefore != .none,
               !(tokens[i].punctuationBefore == .comma && i > first
                 && tokens[i].key.first?.isNumber == true && tokens[i - 1].key.first?.isNumber == true) {
                return nil
            }
            let key = tokens[i].key
            // The head: one word or two ("armed forces", "military advisers"), the last of the run ("army troops").
            var head = armedWords.contains(key) ? i + 1 : nil
            if i + 1 < tokens.count, armedWords.contains(key + " " + tokens[i + 1].key) { head = i + 2 }
            if let h = head, h < tokens.count, !(armedWords.contains(tokens[h].key)) {
                var j = h
                if j < tokens.count, ["home", "back"].contains(tokens[j].key) { home = home || tokens[j].key == "home"; j += 1 }
                guard j < tokens.count, tokens[j].punctuationBefore == .none, !bring || home else { return nil }
                var end: Int?
                if tokens[j].key == "from" { end = j + 1 }
                if tokens[j].key == "out", j + 1 < tokens.count, tokens[j + 1].key == "of" { end = j + 2 }
                guard let e = end, Self.partyFollows(e, tokens, mentions: mentions) else { return nil }
                return e
            }
            if Self.withdrawnObjectStops.contains(tokens[i]) { return nil }
            // (A party may own the troops, "withdrew US troops from X"; no other party stands in the object.)
            if let m = mentions.first(where: { $0.start == i }) {
                guard m.end < tokens.count, armedWords.contains(tokens[m.end].key) || !tokens[m.end].isCapitalised
                else { return nil }
                i = m.end
                continue
            }
            i += 1
        }
        return nil
    }
}
