import GeoGraph

extension TieExtractor {
    /// Words that may stand between the parties a sphere of influence encloses and the sphere: "were
    /// within", "remain part of", "treated … as part of".
    static let sphereLinks: Set<String> = ["is", "are", "was", "were", "remain", "remains", "remained", "stay", "stays",
                                           "stayed", "fall", "falls", "fell", "lie", "lies", "lay", "within", "in",
                                           "inside", "into", "part", "of", "as", "firmly", "still", "long", "a"]

    /// Spheres of influence stated with the enclosed parties before them: "Georgia and Moldova were
    /// within Russia's sphere of influence", "Paris treated Chad as part of its zone of influence". The
    /// owner — a possessive party right before the noun, else (after "its" or "their") the clause's
    /// first party — dominates each party of the nearest group before the noun (the conventions:
    /// spheres of influence are tension), a diplomatic tie of the cue's type (`coerce`). Only linking
    /// words (``sphereLinks``) or the owner's possessive stand between the group and the noun; a
    /// quotation mark around the noun is no break. Each tie's two ends are appended to `ends`.
    func enclosedBySphere(_ cues: [(cue: Lexicon.Cue, start: Int, end: Int)], grouped: [Party], groups: [Range<Int>],
                          tokens: [Token], clauses: [Int], extras: [String],
                          ends: inout [(source: Int, target: Int)]) -> [Found] {
        var found: [Found] = []
        for cue in cues where cue.cue.eventType == "coerce" && cue.start > 0 {
            guard let noun = cue.cue.keys.first, noun.hasPrefix("sphere") || noun.hasPrefix("zone") else { continue }
            // The owner: "Russia's sphere", or the clause's first party for "its sphere".
            var owner: Party?
            var before = cue.start
            if let p = grouped.last(where: { $0.end == cue.start }), tokens[cue.start - 1].isPossessive {
                owner = p
                before = p.start
            } else if Self.possessiveDeterminers.contains(lowerOf: tokens[cue.start - 1]) {
                before = cue.start - 1
                owner = grouped.first { $0.end <= before && clauses[$0.start] == clauses[before] }
            }
            guard let owner else { continue }
            // The enclosed: the nearest group before, only linking words between.
            guard let g = groups.last(where: { g in
                      !g.isEmpty && grouped[g.upperBound - 1].end <= before && grouped[g.upperBound - 1].start != owner.start
                  }) else { continue }
            let last = grouped[g.upperBound - 1]
            guard before - last.end <= 5,
                  (last.end..<before).allSatisfy({ Self.sphereLinks.contains(tokens[$0].key)
                      && tokens[$0].punctuationBefore == .none }) else { continue }
            for m in onePerActor(grouped[g], extras: extras) where m.actor != owner.actor {
                guard !actors.isRegionAndMember(owner.actor, m.actor) else { continue }
                ends.append((owner.actor, m.actor))
                found.append(Found(source: actors.id(owner.actor, extras: extras), target: actors.id(m.actor, extras: extras),
                                   layer: cue.cue.layer, polarity: cue.cue.polarity, strength: cue.cue.strength,
                                   isSymmetric: false, cues: [cue.cue.form], confidence: 0.8, eventType: cue.cue.eventType))
            }
        }
        return found
    }
}
