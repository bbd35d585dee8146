/// Arms a party buys or receives, named by their maker's demonym: "Chad bought Turkish drones" and "Niger took
/// delivery of Chinese-made combat drones" are turkey → chad and china → niger security aid, as "drones bought
/// from Ankara" is (the lexicon's reverse phrases).
extension TieExtractor {
    /// The ties of arms acquired with their maker's demonym.
    ///
    /// For each word of the lexicon's set `ACQUIRE` ("bought", "received"; "delivery" only after a form of
    /// "take"), the buyer is the party that opens its clause alone right before it (`clauseSubject(before:_:_:)`),
    /// a state or an organisation; the seller is the first party after the verb, named by a demonym or a maker's compound
    /// (`madeBy(_:_:)`: "Turkish-made") at most six words after the verb, with no punctuation between, followed
    /// within three words by a weapon (`namesWeapon(at:_:)`). Each makes seller → buyer, security cooperation,
    /// of type `aid`.
    /// - Parameters:
    ///   - tokens: The sentence's words.
    ///   - words: The sentence's word lists.
    ///   - parties: The sentence's parties, in order.
    ///   - extras: The ids of actors the gazetteer lacks.
    ///   - ends: The ends of the sentence's ties, appended to.
    /// - Returns: The ties, one per verb that names such arms.
    func acquiredArms(
        _ tokens: [Token], _ words: SentenceWords, parties: [Party], extras: [String],
        ends: inout [(source: Int, target: Int)]
    ) -> [Found] {
        var found: [Found] = []
        for v in tokens.indices where words.on(v, .acquisitions) {
            var verb = v
            if tokens[v].key == "delivery" {
                guard v > 0, Self.takeForms.contains(tokens[v - 1].key) else { continue }
                verb = v - 1
            }
            guard let buyer = clauseSubject(before: verb, tokens, parties[...]),
                [.state, .organisation].contains(actors.kind(buyer)),
                let seller = parties.first(where: { $0.start > v }), seller.isDemonym || madeBy(seller, tokens),
                seller.actor != buyer,
                seller.start - v <= 6, (v + 1...seller.start).allSatisfy({ tokens[$0].punctuationBefore == .none }),
                seller.end < tokens.count,
                let weapon = (seller.end..<min(tokens.count, seller.end + 3)).first(where: {
                    namesWeapon(at: $0, tokens)
                }),
                (seller.end...weapon).allSatisfy({ [.none, .hyphen].contains(tokens[$0].punctuationBefore) })
            else { continue }
            ends.append((seller.actor, buyer))
            found.append(
                Found(
                    source: actors.id(seller.actor, extras: extras), target: actors.id(buyer, extras: extras),
                    layer: .security, polarity: .cooperation, strength: 0.6, isSymmetric: false,
                    cues: [tokens[verb...weapon].map(\.text).joined(separator: " ")], confidence: 0.8, eventType: "aid")
            )
        }
        return found
    }

    /// Whether `party` is named by a maker's compound: "Turkish-made", "Chinese-built" (`goodsMakerSuffixes`).
    func madeBy(_ party: Party, _ tokens: [Token]) -> Bool {
        guard party.end == party.start + 1, tokens[party.start].isHyphenatedName,
            let last = tokens[party.start].text.split(separator: "-").last
        else { return false }
        return Self.goodsMakerSuffixes.contains(last.lowercased())
    }

    /// Forms of "take" before "delivery": "took delivery of".
    static let takeForms: Set<String> = ["take", "takes", "took", "taken", "taking"]
}
