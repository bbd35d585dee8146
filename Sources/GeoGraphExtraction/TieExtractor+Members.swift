import GeoGraph

extension TieExtractor {
    /// Membership ties from each of `members` to `body` (type `member`, cooperation; a security tie for a
    /// security bloc, a diplomatic one otherwise), citing `cue`; a member that is the body itself is
    /// skipped. Each tie's two ends are appended to `ends`. The one writer of the membership rules' ties.
    func membershipTies(of members: [Int], in body: Int, strength: Double, cue: String, extras: [String],
                        ends: inout [(source: Int, target: Int)]) -> [Found] {
        let bloc = body < actors.gazetteerCount && actors.isSecurityBloc[body]
        var found: [Found] = []
        for m in members where m != body {
            ends.append((m, body))
            found.append(Found(source: actors.id(m, extras: extras), target: actors.id(body, extras: extras),
                               layer: bloc ? .security : .diplomatic, polarity: .cooperation, strength: strength,
                               isSymmetric: false, cues: [cue], confidence: 0.8, eventType: "member"))
        }
        return found
    }
}

extension TieExtractor {
    /// Words that may stand between a member noun and the members it names: "member countries".
    static let memberHeads: Set<String> = ["countries", "nations", "states", "governments"]

    /// Members named after the bloc and its member noun: "ASEAN members Vietnam and the Philippines",
    /// "NATO's member states Poland and Lithuania", "EU member Hungary", "the bloc's members Mali and
    /// Niger" (a body the sentence or the one before named). Each state of the list that follows the noun
    /// directly, no punctuation between, is a member of the body: a tie from the member to the body
    /// (type `member`, strong; a security tie for a security bloc, as ``extract(_:context:)`` makes
    /// membership). Each tie's two ends are appended to `ends`.
    func premodifiedMembers(_ cues: [(cue: Lexicon.Cue, start: Int, end: Int)], grouped: [Party],
                            groups: [Range<Int>], tokens: [Token], extras: [String],
                            ends: inout [(source: Int, target: Int)]) -> [Found] {
        var found: [Found] = []
        for cue in cues where cue.cue.eventType == "member" && !cue.cue.isVerb && cue.start > 0 {
            guard let noun = cue.cue.keys.first, noun.hasPrefix("member"), !noun.hasPrefix("membership"),
                  let body = grouped.last(where: { $0.end == cue.start }), actors.kind(body.actor) == .organisation
            else { continue }
            var listStart = cue.end
            if listStart < tokens.count, Self.memberHeads.contains(tokens[listStart].key),
               tokens[listStart].punctuationBefore == .none { listStart += 1 }
            guard listStart < tokens.count, tokens[listStart].punctuationBefore == .none,
                  let g = groups.first(where: { !$0.isEmpty && grouped[$0.lowerBound].start == listStart }),
                  grouped[g].allSatisfy({ actors.kind($0.actor) == .state }) else { continue }
            found += membershipTies(of: onePerActor(grouped[g], extras: extras).map(\.actor), in: body.actor, strength: 0.9,
                                    cue: cue.cue.form, extras: extras, ends: &ends)
        }
        return found
    }
}

extension TieExtractor {
    /// A party's act or role inside a body: "Hungary's stance within the EU", "Turkey's role within
    /// NATO", "Kazakhstan's initiative within the reformed CICA": the owner (a possessive right before
    /// one noun before "within") takes part in the body, a member tie of participation (type `member`,
    /// clear; a security tie for a security bloc; a leader's is the state's, as no person has a counterpart in a
    /// body). The body follows "within", "the" and one lowercase
    /// word at most. Each tie's two ends are appended to `ends`.
    func participationWithin(_ parties: [Party], tokens: [Token], extras: [String],
                             ends: inout [(source: Int, target: Int)]) -> [Found] {
        var found: [Found] = []
        for body in parties where actors.kind(body.actor) == .organisation && body.start >= 3 {
            var w = body.start - 1
            if !tokens[w].isCapitalised, tokens[w].key != "within", tokens[w].punctuationBefore == .none { w -= 1 }
            if w >= 0, tokens[w].key == "the", tokens[w].punctuationBefore == .none { w -= 1 }
            guard w >= 2, tokens[w].key == "within", tokens[w].punctuationBefore == .none,
                  tokens[w - 1].punctuationBefore == .none, !tokens[w - 1].isCapitalised, tokens[w - 2].isPossessive,
                  let owner = parties.last(where: { $0.end == w - 1 }), owner.actor != body.actor,
                  actors.kind(owner.actor) == .state else { continue }
            found += membershipTies(of: [owner.actor], in: body.actor, strength: 0.6, cue: "within", extras: extras, ends: &ends)
        }
        return found
    }
}
