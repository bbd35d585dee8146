/// Hedge: an actor keeps cooperative ties of comparable weight with two poles on the same layer.
///
/// For each layer and each pair of poles both tied to the actor, the score is the ratio of the
/// smaller cooperative weight to the larger; a hedge is reported when it is at least `ratio`.
public enum HedgePattern {
    public static func find(actor: String, poles: [String], context: BalanceContext, ratio: Double) -> [BalanceFinding] {
        var findings: [BalanceFinding] = []
        for layer in context.layers {
            for (i, a) in poles.enumerated() {
                for b in poles[(i + 1)...] where a != actor && b != actor {
                    let wa = context.weight(between: actor, and: a, layer: layer, polarity: .cooperation)
                    let wb = context.weight(between: actor, and: b, layer: layer, polarity: .cooperation)
                    guard wa > 0, wb > 0 else { continue }
                    let score = min(wa, wb) / max(wa, wb)
                    guard score >= ratio else { continue }
                    let (first, second, w1, w2) = wa >= wb ? (a, b, wa, wb) : (b, a, wb, wa)
                    let sentence = "\(context.name(actor)) hedges between \(context.name(first)) and \(context.name(second)) "
                        + "on the \(layer.rawValue) layer: cooperation weight \(BalanceContext.format(w1)) with "
                        + "\(context.name(first)) and \(BalanceContext.format(w2)) with \(context.name(second)) "
                        + "(ratio \(BalanceContext.format(score)))."
                    let evidence = (context.pointers(actor, first, layer: layer, polarity: .cooperation)
                        + context.pointers(actor, second, layer: layer, polarity: .cooperation))
                    findings.append(BalanceFinding(kind: .hedge, actor: actor, partners: [first, second], layers: [layer],
                                                   score: score, sentence: sentence, evidence: BalanceFinding.ordered(evidence)))
                }
            }
        }
        return findings
    }
}
