/// Who balances whom: hedging profiles of every state and region between the poles, the balancing
/// patterns, and the regional division of labour, on one balance context.
public struct BalanceAnalysis: Sendable {
    public var poles: [String]
    /// Profiles ranked from most hedged to most aligned (index descending, then id).
    public var profiles: [HedgingProfile]
    /// Findings grouped by kind (hedge, division, offset, wedge), strongest first within a kind.
    public var findings: [BalanceFinding]

    /// The actors tagged `great-power` that take part in the context's ties, in graph order.
    public static func defaultPoles(in context: BalanceContext) -> [String] {
        let active = Set(context.ties.flatMap { [$0.source, $0.target] })
        return context.graph.actors.filter { $0.hasTag("great-power") && active.contains($0.id) }.map(\.id)
    }

    /// - Parameters:
    ///   - context: The ties to read, indexed by actor.
    ///   - poles: The actors balanced between.
    ///   - ratio: The smallest weaker/stronger ratio that counts as a hedge.
    ///   - entropy: Use the entropy form of the hedging index.
    ///   - regionTag: The tag whose states (with the region actor of that id, if any) form the region
    ///     of the regional division pattern.
    public init(context: BalanceContext, poles: [String], ratio: Double = 0.5, entropy: Bool = false, regionTag: String = "central-asia") {
        self.poles = poles
        let candidates = context.graph.actors.filter { actor in
            !poles.contains(actor.id) && (actor.kind == .state || actor.kind == .region)
        }.map(\.id)
        profiles = candidates.compactMap { HedgingProfile(actor: $0, poles: poles, context: context, entropy: entropy) }
            .sorted { $0.index != $1.index ? $0.index > $1.index : $0.actor < $1.actor }
        var found: [BalanceFinding] = []
        for profile in profiles {
            found += HedgePattern.find(actor: profile.actor, poles: poles, context: context, ratio: ratio)
            found += DivisionOfLabourPattern.find(actor: profile.actor, poles: poles, context: context)
            found += OffsetPattern.find(actor: profile.actor, poles: poles, context: context)
            found += WedgePattern.find(actor: profile.actor, poles: poles, context: context)
        }
        // The region's states, plus the region actor itself (the states acting together, "the C5");
        // sub-regions that carry the tag (valleys, provinces) are places, not parties, and stay out.
        let regionActor = context.graph.actor(regionTag)
            ?? context.graph.actors.first { $0.kind == .region && $0.hasTag(regionTag) }
        let members = context.graph.actors.filter { $0.hasTag(regionTag) && $0.kind == .state && !poles.contains($0.id) }.map(\.id)
        if members.count > 1 {
            let whole = regionActor.map { [$0.id] } ?? []
            found += DivisionOfLabourPattern.regional(actors: whole + members, group: regionActor?.name ?? regionTag,
                                                      groupID: regionActor?.id ?? regionTag, poles: poles, context: context)
        }
        let order = BalanceFinding.Kind.allCases
        findings = found.sorted {
            $0.kind != $1.kind ? order.firstIndex(of: $0.kind)! < order.firstIndex(of: $1.kind)!
                : ($0.score != $1.score ? $0.score > $1.score : $0.sentence < $1.sentence)
        }
    }

    /// A profile as JSON: `{actor, index, shares: {pole: {layer: share}}}` plus overall shares and tension.
    public static func json(_ p: HedgingProfile) -> JSONValue {
        .object([
            ("actor", .string(p.actor)), ("index", .number(p.index)),
            ("shares", .object(p.poles.map { pole in
                (pole, .object(Layer.allCases.compactMap { l in p.shares[pole]?[l].map { (l.rawValue, JSONValue.number($0)) } }
                               + [("all", .number(p.overall[pole] ?? 0))]))
            })),
            ("tension", .object(p.poles.map { ($0, .number(p.tension[$0] ?? 0)) })),
        ])
    }
}
