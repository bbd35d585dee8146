/// Which pole an actor leans to, weighing tension against cooperation.
///
/// A hedging profile's shares count cooperation only, so the pole with the largest share is not a
/// lean when tension with it is heavier still ("leaning to Russia" beside blockades and threats).
/// The lean is the pole with the largest cooperation weight net of tension weight, when that net is
/// above zero; poles where tension outweighs cooperation are listed as strained.
public struct BalanceLean: Sendable {
    /// Cooperation weight minus tension weight, per pole.
    public let net: [String: Double]
    /// The pole leaned to, or `nil` when cooperation outweighs tension with none.
    public let toward: String?
    /// The poles where tension outweighs cooperation, in pole order.
    public let strained: [String]

    public init(_ profile: HedgingProfile) {
        var net: [String: Double] = [:]
        for pole in profile.poles { net[pole] = (profile.cooperation[pole] ?? 0) - (profile.tension[pole] ?? 0) }
        self.net = net
        var best: String?
        for pole in profile.poles where (net[pole] ?? 0) > 1e-12 {
            if best == nil || net[pole]! > net[best!]! + 1e-12 { best = pole }
        }
        toward = best
        strained = profile.poles.filter { (profile.tension[$0] ?? 0) > (profile.cooperation[$0] ?? 0) + 1e-12 }
    }

    /// The actors with both cooperation and tension with `actor` (either direction), any actor, not only
    /// the poles: strongest tension first.
    public static func mixed(_ actor: String, context: BalanceContext) -> [(actor: String, cooperation: Double, tension: Double)] {
        let cooperation = Dictionary(uniqueKeysWithValues: context.partners(of: actor, polarity: .cooperation).map { ($0.actor, $0.weight) })
        return context.partners(of: actor, polarity: .tension).compactMap { p in
            cooperation[p.actor].map { (actor: p.actor, cooperation: $0, tension: p.weight) }
        }
    }
}
