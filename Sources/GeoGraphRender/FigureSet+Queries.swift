import GeoGraph

extension FigureSet {
    /// The region between the great powers: every actor tagged `tag` (its states and the region
    /// actor) with its ties to the poles, legs labelled with evidence counts.
    public static func regionalBalance(for graph: Graph, tag: String = egoTag, poles: [String]) -> Item? {
        let members = graph.actors.filter { $0.hasTag(tag) && ($0.kind == .state || $0.kind == .region) }.map(\.id)
        guard let region = graph.actors.first(where: { $0.kind == .region && $0.hasTag(tag) }) ?? graph.actor(members.first ?? "") else {
            return nil
        }
        let tied = members.filter { m in graph.ties.contains { $0.involves(m) && poles.contains($0.otherEnd(from: m)) } }
        var figure = Figure.balance(region.id, poles: poles, members: tied, of: graph, layout: .circo)
        // The legs are the story here: leave out the ties among the poles themselves.
        figure = figure.filteringTies { !(poles.contains($0.source) && poles.contains($0.target)) }
        figure.title = "\(region.name) between \(poles.map { graph.actor($0)?.name ?? $0 }.joined(separator: ", ")): the region's ties to the poles"
        return Item(name: "balance-\(region.id)", figure: figure)
    }

    /// How influence travels from each pole to each state tagged `tag`: the strongest path (largest
    /// product of normalised tie strengths, all layers) from every pole to every such state, the
    /// strongest tie of every hop drawn.
    public static func strongestPaths(for graph: Graph, tag: String = egoTag, poles: [String]) -> Item? {
        let core = CompactGraph(graph)
        let digraph = GraphView().digraph(of: core)
        func node(_ id: String) -> Int? { core.index(of: id).flatMap { digraph.nodes.firstIndex(of: Int32($0)) } }
        let targets = graph.actors.filter { $0.hasTag(tag) && $0.kind == .state }.map(\.id)
        var actors: Set<String> = []
        var highlighted: Set<TieKey> = []
        for pole in poles {
            for target in targets {
                guard let s = node(pole), let t = node(target), let path = digraph.bestPath(from: s, to: t, mode: .strongest)
                else { continue }
                actors.formUnion(path.nodes.map { core.ids[Int(digraph.nodes[$0])] })
                // Each hop is drawn as its strongest tie (the path's weight sums all of them).
                for e in path.edges {
                    let ties = digraph.provenance[digraph.provenanceOffsets[e]..<digraph.provenanceOffsets[e + 1]]
                        .map { Int(core.layers[Int($0.layer)].outTies[Int($0.edge)]) }.filter { $0 >= 0 }
                    if let strongest = ties.max(by: { (core.ties[$0].weight, -$0) < (core.ties[$1].weight, -$1) }) {
                        highlighted.insert(core.ties[strongest].key)
                    }
                }
            }
        }
        guard !actors.isEmpty else { return nil }
        var figure = Figure(
            graph: graph, actorIDs: Array(actors),
            ties: graph.ties.filter { highlighted.contains($0.key) },
            title: "Strongest paths from \(poles.map { graph.actor($0)?.name ?? $0 }.joined(separator: " and ")) to the Central Asian states",
            layout: .dot, highlighted: highlighted, focus: Set(poles))
        figure.clustered = false
        return Item(name: "strongest-paths", figure: figure)
    }
}
