/// Division of labour: an actor's leading pole differs by layer (security mostly with A, the
/// economy mostly with B); across many actors, the pattern "A leads security, B leads the economy".
///
/// The leading pole on a layer is the pole with the most cooperative weight with the actor there.
/// The score is the smaller of the two leaders' shares on their layers.
public enum DivisionOfLabourPattern {
    /// The leading pole of `actor` on `layer` and its share of the actor's cooperation with poles there.
    static func leader(_ actor: String, layer: Layer, poles: [String], context: BalanceContext) -> (pole: String, share: Double)? {
        let weights = poles.filter { $0 != actor }.map { ($0, context.weight(between: actor, and: $0, layer: layer, polarity: .cooperation)) }
        let total = weights.reduce(0) { $0 + $1.1 }
        guard total > 0, let best = weights.max(by: { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }) else { return nil }
        return (best.0, best.1 / total)
    }

    public static func find(actor: String, poles: [String], context: BalanceContext) -> [BalanceFinding] {
        var findings: [BalanceFinding] = []
        let leaders = context.layers.compactMap { layer in leader(actor, layer: layer, poles: poles, context: context).map { (layer, $0) } }
        for (i, (l1, a)) in leaders.enumerated() {
            for (l2, b) in leaders[(i + 1)...] where a.pole != b.pole {
                let score = min(a.share, b.share)
                let sentence = "\(context.name(actor)) divides its partners by layer: \(l1.rawValue) mostly with "
                    + "\(context.name(a.pole)) (\(Int((a.share * 100).rounded()))% of its \(l1.rawValue) cooperation with the poles), "
                    + "\(l2.rawValue) mostly with \(context.name(b.pole)) (\(Int((b.share * 100).rounded()))%)."
                let evidence = context.pointers(actor, a.pole, layer: l1, polarity: .cooperation)
                    + context.pointers(actor, b.pole, layer: l2, polarity: .cooperation)
                findings.append(BalanceFinding(kind: .division, actor: actor, partners: [a.pole, b.pole], layers: [l1, l2],
                                               score: score, sentence: sentence, evidence: BalanceFinding.ordered(evidence)))
            }
        }
        return findings
    }

    /// The regional pattern: the group's cooperation with the poles summed over its members; when
    /// different poles lead on two layers, one finding names them, their shares of the group's
    /// cooperation with the poles on each layer, and the members for which the same split holds.
    /// The score is the smaller of the two shares. The finding's `actor` is `groupID`; when `groupID`
    /// is among `actors` (the region acting as a whole) its ties count in the sums but it is not
    /// listed as a member.
    public static func regional(actors: [String], group: String, groupID: String? = nil, poles: [String],
                                context: BalanceContext) -> [BalanceFinding] {
        let members = actors.filter { $0 != groupID }
        let size = members.count == actors.count ? "\(actors.count) actors" : "\(members.count) states and the region as a whole"
        var findings: [BalanceFinding] = []
        func groupLeader(_ layer: Layer) -> (pole: String, share: Double)? {
            let weights = poles.map { pole in
                (pole, actors.filter { $0 != pole }.reduce(0) { $0 + context.weight(between: $1, and: pole, layer: layer, polarity: .cooperation) })
            }
            let total = weights.reduce(0) { $0 + $1.1 }
            guard total > 0, let best = weights.max(by: { $0.1 != $1.1 ? $0.1 < $1.1 : $0.0 > $1.0 }) else { return nil }
            return (best.0, best.1 / total)
        }
        let layers = context.layers
        for (i, l1) in layers.enumerated() {
            for l2 in layers[(i + 1)...] {
                guard let a = groupLeader(l1), let b = groupLeader(l2), a.pole != b.pole else { continue }
                let agreeing = members.filter {
                    leader($0, layer: l1, poles: poles, context: context)?.pole == a.pole
                        && leader($0, layer: l2, poles: poles, context: context)?.pole == b.pole
                }
                let evidence = actors.flatMap {
                    context.pointers($0, a.pole, layer: l1, polarity: .cooperation) + context.pointers($0, b.pole, layer: l2, polarity: .cooperation)
                }
                var sentence = "Across \(group) (\(size)), \(context.name(a.pole)) leads \(l1.rawValue) cooperation "
                    + "(\(Int((a.share * 100).rounded()))% of the group's \(l1.rawValue) cooperation with the poles) and "
                    + "\(context.name(b.pole)) leads \(l2.rawValue) cooperation (\(Int((b.share * 100).rounded()))%)"
                sentence += agreeing.isEmpty ? "." : "; the same split holds for \(agreeing.map(context.name).joined(separator: ", ")) on its own."
                findings.append(BalanceFinding(kind: .division, actor: groupID ?? group, partners: [a.pole, b.pole], layers: [l1, l2],
                                               score: min(a.share, b.share), sentence: sentence,
                                               evidence: BalanceFinding.ordered(evidence)))
            }
        }
        return findings
    }
}
