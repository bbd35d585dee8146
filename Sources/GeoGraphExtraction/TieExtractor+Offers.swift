import GeoGraph

/// An offer is on the layer of what is offered (the annotation guide: an offer is a `request`, kept at
/// strength 1 as attempts are): "Aland offered Borduria a loan", "offered Borduria a 40 million dollar
/// package", "offered to help Borduria with fuel" are economic; "offered Borduria two battalions" is
/// security; "offered to mediate between A and B", with nothing of a field offered, stays diplomatic.
extension TieExtractor {
    /// What the offer rule reads, built once from the lexicon.
    struct OfferTables: Sendable {
        /// The lexicon's set `OFFERS`: the forms of the verbs of offering ("offered", "offers").
        let verbs: WordSet
        /// Goods and money an offer may name: the lexicon's sets `ENERGY`, `MONEY`, `EXCHANGED` and `AMOUNTS`
        /// ("million", "billion": a sum offered is money).
        let goods: Set<String>

        init(lexicon: Lexicon) {
            verbs = WordSet(Set(lexicon.sets["OFFERS"] ?? []))
            goods = Set(["ENERGY", "MONEY", "EXCHANGED", "AMOUNTS"].flatMap { lexicon.sets[$0] ?? [] })
        }
    }

    /// The layer of what offer cue `c` (a request verb of `OFFERS`) offers: among its first eight words, in
    /// its clause and with no punctuation but a hyphen between (a currency sign is none), a security or economic
    /// cooperation cue ("offered a loan", "offered troops"), a field word of `SECURITY_TOPICS` or
    /// `ECONOMIC_TOPICS`, armed forces or arms, or goods and money (`OfferTables.goods`, or a sum such as
    /// "$500m", `Lexicon.isSum(_:)`), the first found.
    /// A diplomatic cue other than help stops the search ("offered to host talks on trade" offers talks).
    /// `nil` for any other cue, or an offer of nothing of a field.
    func offeredLayer(_ c: Int, of cues: [CueMatch], tokens: [Token], clauses: [Int]) -> Layer? {
        let (cue, start, end) = (cues[c].cue, cues[c].start, cues[c].end)
        guard cue.isVerb, cue.eventType == "request", offerTables.verbs.contains(tokens[start]) else { return nil }
        let (tables, goods) = (agreementTables, offerTables.goods)
        var next = c + 1
        var i = end
        while i < min(tokens.count, end + 8), clauses[i] == clauses[start],
              i == end || tokens[i].punctuationBefore == .none || tokens[i].punctuationBefore == .hyphen {
            while next < cues.count, cues[next].start < i { next += 1 }
            if next < cues.count, cues[next].start == i {
                let offered = cues[next].cue
                if offered.polarity == .cooperation, offered.layer != .diplomatic { return offered.layer }
                if offered.layer == .diplomatic, offered.eventType != "support", offered.eventType != "aid" { return nil }
            }
            let key = tokens[i].key
            if let l = tables.layer(of: key) ?? (tables.armed.contains(key) ? .security : nil) { return l }
            if goods.contains(key) || Lexicon.isSum(key) { return .economic }
            i += 1
        }
        return nil
    }
}
