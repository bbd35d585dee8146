/// Who does what to whom: the direction rules that turn one cue and the sentence's party groups into
/// (source, target, symmetric) triples.
extension TieExtractor {
    /// Words after which a party is the scene ("in Kazakhstan"): it may be acted on, but does not act.
    static let placeWords: Set<String> = ["in", "at", "near", "outside", "across", "inside", "around", "within",
                                          "throughout"]

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
        func word(before group: [Party]) -> String? {
            let i = group[0].start - 1
            return i >= 0 ? tokens[i].key : nil
        }
        // The word that introduces a group, over titles and articles: "by the president of Kyrgyzstan".
        func lead(_ group: [Party]) -> String? {
            var i = group[0].start - 1
            while i >= 0, Self.titleWords.contains(tokens[i].key) || tokens[i].key == "a" { i -= 1 }
            return i >= 0 ? tokens[i].key : nil
        }
        func isPlace(_ group: [Party]) -> Bool { word(before: group).map(Self.placeWords.contains) ?? false }
        // One party per actor of a group, the one naming a leader when there is one.
        func all(_ group: [Party]) -> [Party] {
            var byActor: [String: Party] = [:]
            for p in group where byActor[p.actor]?.person == nil { byActor[p.actor] = p }
            return byActor.values.sorted { $0.actor < $1.actor }
        }
        var pairs: [(Party, Party, Bool)] = []
        func within(_ group: [Party]) {
            let members = all(group)
            for (i, a) in members.enumerated() { for b in members[(i + 1)...] { pairs.append((a, b, true)) } }
        }
        func link(_ sources: [Party], _ targets: [Party], mutual: Bool) {
            for s in all(sources) { for t in all(targets) { pairs.append((s, t, mutual)) } }
        }
        let earlier = groups.filter { $0.last!.end <= start }
        let afterIndex = groups.firstIndex { $0[0].start >= end }
        let after = afterIndex.map { groups[$0] }
        let before = earlier.last { !isPlace($0) } ?? earlier.last
        // "a NATO member" names the bloc, not an agent: membership keeps the subject as the member.
        let adjacent = Self.membershipCues.contains(cue.form) ? nil
            : earlier.last.flatMap { $0.last!.end == start && !isPlace($0) ? $0 : nil }
        let byIndex = afterIndex.flatMap { i in groups[i...].firstIndex { lead($0) == "by" } }
        if let after, after.count >= 2, word(before: after) == "between" {
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
            let owners = Set(adjacent.map(\.actor))
            let subject = earlier.dropLast().last { !isPlace($0) } ?? earlier.dropLast().last
            if let after, !Set(after.map(\.actor)).isSubset(of: owners) {
                link(adjacent, after, mutual: mutual || ["with", "and"].contains(word(before: after) ?? ""))
            } else if let subject {
                link(adjacent, subject, mutual: mutual)
            } else if mutual, adjacent.count >= 2 {
                within(adjacent)
            }
        } else if cue.isSymmetric, let before, before.count >= 2,
                  !["with", "and"].contains(after.flatMap { word(before: $0) } ?? "") {
            within(before)
        } else if let before, let after {
            let mutual = cue.isSymmetric || ["with", "between", "and"].contains(word(before: after) ?? "")
            link(before, after, mutual: mutual)
        } else if after == nil, earlier.count >= 2, end - earlier.last!.last!.end <= 2 {
            link(earlier[earlier.count - 2], earlier.last!, mutual: cue.isSymmetric)
        } else if let after, after.count >= 2, cue.isSymmetric {
            within(after)
        }
        guard cue.isReverse else { return pairs }
        return pairs.map { s, t, mutual in mutual ? (s, t, mutual) : (t, s, mutual) }
    }
}
