import GeoGraph

extension Figure {
    /// An actor between its poles: the actor, the poles it is tied to, its ties with them (the legs,
    /// highlighted, coloured by layer, labelled with their evidence counts) and the ties among the
    /// poles; circo places the actor and the poles on a circle.
    /// - Parameters:
    ///   - actor: The balancing actor.
    ///   - poles: The actors it balances between.
    ///   - members: Further actors drawn on the same side as `actor` (a region's states), optional.
    ///   - graph: The graph the actors and ties come from.
    ///   - layout: The Graphviz engine (circo by default).
    public static func balance(_ actor: String, poles: [String], members: [String] = [], of graph: Graph,
                               layout: LayoutEngine = .circo) -> Figure {
        let side = Set([actor] + members)
        let legs = graph.ties.filter { side.contains($0.source) && poles.contains($0.target) || side.contains($0.target) && poles.contains($0.source) }
        let among = graph.ties.filter { poles.contains($0.source) && poles.contains($0.target) }
        let drawnPoles = Set(legs.flatMap { [$0.source, $0.target] }).intersection(poles)
        let name = graph.actor(actor)?.name ?? actor
        var figure = Figure(
            graph: graph, actorIDs: Array(side.union(drawnPoles)), ties: legs + among,
            title: "\(name) between \(poles.filter(drawnPoles.contains).map { graph.actor($0)?.name ?? $0 }.joined(separator: ", "))",
            layout: layout, highlighted: Set(legs.filter { $0.polarity == .cooperation }.map(\.key)), focus: [actor])
        figure.clustered = false
        figure.labelsEvidenceCounts = true
        return figure
    }
}
