/// How an actor's cooperation is spread over the poles: per layer and overall.
///
/// The share of pole P on layer L is the cooperative tie weight between the actor and P on L (ties
/// in both directions counted) divided by the actor's cooperative weight with all poles on L. The
/// hedging index is 1 − the normalised Herfindahl index of the overall shares,
/// 1 − (Σ s² − 1/k)/(1 − 1/k) for k poles: 1 when cooperation is spread evenly over the poles,
/// 0 when it all goes to one. With `entropy`, it is the Shannon entropy of the shares divided by
/// ln k instead. Reference: the hedging literature's concentration measures (Herfindahl–Hirschman).
public struct HedgingProfile: Sendable {
    public var actor: String
    public var poles: [String]
    /// shares[pole][layer]; the `nil` layer key is not used: see ``overall``.
    public var shares: [String: [Layer: Double]]
    /// The overall share of each pole (all selected layers).
    public var overall: [String: Double]
    /// Cooperative weight with each pole, all layers.
    public var cooperation: [String: Double]
    /// Tension weight with each pole, all layers.
    public var tension: [String: Double]
    /// The hedging index in [0, 1].
    public var index: Double

    /// The pole with the largest overall share (ties broken by pole order).
    public var leadingPole: String? {
        poles.max { (overall[$0] ?? 0, -(poles.firstIndex(of: $0) ?? 0)) < (overall[$1] ?? 0, -(poles.firstIndex(of: $1) ?? 0)) }
            .flatMap { (overall[$0] ?? 0) > 0 ? $0 : nil }
    }

    /// The profile of `actor`, or `nil` when it has no cooperative tie with any pole.
    public init?(actor: String, poles: [String], context: BalanceContext, entropy: Bool = false) {
        self.actor = actor
        self.poles = poles
        var shares: [String: [Layer: Double]] = [:]
        for layer in context.layers {
            let weights = poles.map { context.weight(between: actor, and: $0, layer: layer, polarity: .cooperation) }
            let total = weights.reduce(0, +)
            for (pole, w) in zip(poles, weights) { shares[pole, default: [:]][layer] = total > 0 ? w / total : 0 }
        }
        let cooperation = Dictionary(uniqueKeysWithValues: poles.map {
            ($0, context.weight(between: actor, and: $0, polarity: .cooperation))
        })
        let total = cooperation.values.reduce(0, +)
        guard total > 0 else { return nil }
        self.shares = shares
        self.cooperation = cooperation
        overall = cooperation.mapValues { $0 / total }
        tension = Dictionary(uniqueKeysWithValues: poles.map { ($0, context.weight(between: actor, and: $0, polarity: .tension)) })
        index = HedgingProfile.index(Array(overall.values), entropy: entropy)
    }

    /// The hedging index of a share vector over k = `shares.count` poles.
    public static func index(_ shares: [Double], entropy: Bool = false) -> Double {
        let k = Double(shares.count)
        guard k > 1 else { return 0 }
        if entropy {
            let h = shares.filter { $0 > 0 }.reduce(0) { $0 - $1 * Foundation.log($1) }
            return h / Foundation.log(k)
        }
        let herfindahl = shares.reduce(0) { $0 + $1 * $1 }
        return 1 - (herfindahl - 1 / k) / (1 - 1 / k)
    }
}

import Foundation
