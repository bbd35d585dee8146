/// Offset: beside its dominant pole A on a layer, an actor brings in a third party C on the same
/// layer (Tajikistan asking India for help on border security besides Russia).
///
/// A is the leading pole on the layer, with at least half of the actor's cooperation with the poles
/// there; C is a state that is not a pole, with which the actor starts a cooperative tie on that
/// layer (the actor is the source, or the tie is mutual). The score is C's share of the two,
/// w_C / (w_C + w_A): 0.5 when C weighs as much as A. The sentence quotes the cue words of the
/// evidence for C's leg.
public enum OffsetPattern {
    public static func find(actor: String, poles: [String], context: BalanceContext) -> [BalanceFinding] {
        var findings: [BalanceFinding] = []
        for layer in context.layers {
            guard let lead = DivisionOfLabourPattern.leader(actor, layer: layer, poles: poles, context: context),
                  lead.share >= 0.5 else { continue }
            let leadWeight = context.weight(between: actor, and: lead.pole, layer: layer, polarity: .cooperation)
            let started = context.ties(of: actor).filter {
                $0.layer == layer && $0.polarity == .cooperation && ($0.source == actor || ($0.isSymmetric && $0.target == actor))
            }
            let thirdParties = Set(started.map { $0.otherEnd(from: actor) }).subtracting(poles + [actor])
            for c in thirdParties.sorted() {
                guard let other = context.graph.actor(c), other.kind == .state else { continue }
                let w = context.weight(between: actor, and: c, layer: layer, polarity: .cooperation)
                let score = w / (w + leadWeight)
                let sentence = "\(context.name(actor)) offsets \(context.name(lead.pole)), its leading \(layer.rawValue) partner "
                    + "(weight \(BalanceContext.format(leadWeight))), by adding \(context.name(c)) "
                    + "(weight \(BalanceContext.format(w))) on the same layer" + cueNote(actor, c, layer: layer, context: context) + "."
                let evidence = context.pointers(actor, c, layer: layer, polarity: .cooperation)
                    + context.pointers(actor, lead.pole, layer: layer, polarity: .cooperation)
                findings.append(BalanceFinding(kind: .offset, actor: actor, partners: [lead.pole, c], layers: [layer],
                                               score: score, sentence: sentence, evidence: BalanceFinding.ordered(evidence)))
            }
        }
        return findings
    }

    /// " (cues: …)" with the cue words of the actor's cooperative ties to `c` on `layer`, sorted,
    /// so the sentence says what the evidence is about (border security, arms, training); empty when none.
    static func cueNote(_ actor: String, _ c: String, layer: Layer, context: BalanceContext) -> String {
        let cues = Set(context.ties(between: actor, and: c, layer: layer, polarity: .cooperation)
            .flatMap { $0.evidence.flatMap(\.cues) }).sorted()
        return cues.isEmpty ? "" : " (cues: " + cues.joined(separator: ", ") + ")"
    }
}
