/// Wedge: an actor cooperates with pole A while in tension with pole B, where B is A's partner
/// (A and B cooperate) or A's rival (A and B are in tension).
///
/// The score is the smaller of the actor's cooperation with A and its tension with B, capped at 1.
public enum WedgePattern {
    public static func find(actor: String, poles: [String], context: BalanceContext) -> [BalanceFinding] {
        var findings: [BalanceFinding] = []
        for a in poles where a != actor {
            let cooperation = context.weight(between: actor, and: a, polarity: .cooperation)
            guard cooperation > 0 else { continue }
            for b in poles where b != a && b != actor {
                let tension = context.weight(between: actor, and: b, polarity: .tension)
                guard tension > 0 else { continue }
                let partners = context.weight(between: a, and: b, polarity: .cooperation)
                let rivals = context.weight(between: a, and: b, polarity: .tension)
                guard partners > 0 || rivals > 0 else { continue }
                let relation = partners >= rivals ? "partner" : "rival"
                let score = min(1, min(cooperation, tension))
                let sentence = "\(context.name(actor)) cooperates with \(context.name(a)) (weight \(BalanceContext.format(cooperation))) "
                    + "while in tension with \(context.name(b)) (weight \(BalanceContext.format(tension))), "
                    + "\(context.name(a))'s \(relation)."
                let evidence = context.pointers(actor, a, polarity: .cooperation) + context.pointers(actor, b, polarity: .tension)
                    + context.pointers(a, b, polarity: partners >= rivals ? .cooperation : .tension)
                findings.append(BalanceFinding(kind: .wedge, actor: actor, partners: [a, b],
                                               layers: context.layers, score: score, sentence: sentence,
                                               evidence: BalanceFinding.ordered(evidence)))
            }
        }
        return findings
    }
}
