/// Actors ranked by a centrality measure, each with the ties that back its score.
public struct CentralityRanking: Sendable {
    /// One ranked actor.
    public struct Entry: Sendable {
        /// Competition rank: equal values share a rank (1, 2, 2, 4).
        public var rank: Int
        public var actor: String
        public var value: Double
        /// The actor's ties in the view, strongest first (indices into the graph's ties); empty for a
        /// graph read from a TSV edge list, which keeps no ``Tie`` values (see ``strongestEdge``).
        public var ties: [Int]
        /// How many layer edges the actor has in the view: its ties as the adjacency holds them, which
        /// for a TSV edge list (no ``ties``) is the only count of them.
        public var edgeCount = 0
        /// The actor's strongest layer edge in the view (highest weight, then the other end's id, then
        /// the layer's name, outgoing before incoming), or `nil` when it has none.
        public var strongestEdge: RankedEdge?
    }

    /// One tie of an actor, read from the layer adjacency (which every graph has).
    public struct RankedEdge: Sendable, Equatable {
        /// The other end's actor id.
        public var other: String
        /// Whether the actor is the tie's source.
        public var outgoing: Bool
        public var layer: Layer
        public var polarity: Polarity
        public var weight: Double
    }

    public var measure: CentralityMeasure
    public var entries: [Entry]

    /// Ranks the nodes of `digraph` by `values`, highest first, ties broken by actor id.
    public init(measure: CentralityMeasure, values: [Double], digraph: WeightedDigraph, core: CompactGraph) {
        self.measure = measure
        var tiesOf = [[Int]](repeating: [], count: core.ties.isEmpty ? 0 : digraph.nodeCount)
        let layers = Layer.allCases
        // Strongest first, then by the other end's id and the layer's name; outgoing before incoming.
        // Compared as plain values, the ids looked up only when weights are equal.
        func precedes(_ a: EdgeEnd, _ b: EdgeEnd) -> Bool {
            if a.weight != b.weight { return a.weight > b.weight }
            if a.other != b.other { return core.ids[Int(a.other)] < core.ids[Int(b.other)] }
            if a.ref.layer != b.ref.layer { return layers[Int(a.ref.layer)].rawValue < layers[Int(b.ref.layer)].rawValue }
            return a.outgoing && !b.outgoing
        }
        // Each node's count of layer edges and its strongest, in one pass: a digraph edge u → v is
        // made of layer edges stored under u, so u is their source and v their target.
        var edgeCounts = [Int](repeating: 0, count: digraph.nodeCount)
        var strongest = [EdgeEnd?](repeating: nil, count: digraph.nodeCount)
        func offer(_ end: EdgeEnd, to node: Int) {
            edgeCounts[node] += 1
            if let best = strongest[node], !precedes(end, best) { return }
            strongest[node] = end
        }
        for u in 0..<digraph.nodeCount {
            for e in digraph.outOffsets[u]..<digraph.outOffsets[u + 1] {
                let v = Int(digraph.outTargets[e])
                for ref in digraph.provenance[digraph.provenanceOffsets[e]..<digraph.provenanceOffsets[e + 1]] {
                    let weight = core.layers[Int(ref.layer)].outWeights[Int(ref.edge)]
                    offer(EdgeEnd(ref: ref, other: digraph.nodes[v], outgoing: true, weight: weight), to: u)
                    offer(EdgeEnd(ref: ref, other: digraph.nodes[u], outgoing: false, weight: weight), to: v)
                    let t = Int(core.layers[Int(ref.layer)].outTies[Int(ref.edge)])
                    guard t >= 0, !core.ties.isEmpty else { continue }
                    tiesOf[u].append(t)
                    tiesOf[v].append(t)
                }
            }
        }
        func rankedEdge(_ end: EdgeEnd) -> RankedEdge {
            let sign = core.layers[Int(end.ref.layer)].outSigns[Int(end.ref.edge)]
            return RankedEdge(other: core.ids[Int(end.other)], outgoing: end.outgoing, layer: layers[Int(end.ref.layer)],
                              polarity: sign < 0 ? .tension : .cooperation, weight: end.weight)
        }
        let order = (0..<digraph.nodeCount).sorted {
            values[$0] != values[$1] ? values[$0] > values[$1] : core.ids[Int(digraph.nodes[$0])] < core.ids[Int(digraph.nodes[$1])]
        }
        var entries: [Entry] = []
        for (position, u) in order.enumerated() {
            let rank = position > 0 && values[order[position - 1]] == values[u] ? entries[position - 1].rank : position + 1
            let ties = tiesOf.isEmpty ? [] : Array(Set(tiesOf[u])).sorted {
                core.ties[$0].weight != core.ties[$1].weight ? core.ties[$0].weight > core.ties[$1].weight : $0 < $1
            }
            let node = Int(digraph.nodes[u])
            entries.append(Entry(rank: rank, actor: core.ids[node], value: values[u], ties: ties,
                                 edgeCount: edgeCounts[u], strongestEdge: strongest[u].map(rankedEdge)))
        }
        self.entries = entries
    }
}

/// One layer edge as one of its ends sees it, kept as plain values while the strongest is sought.
private struct EdgeEnd {
    var ref: EdgeReference
    /// The other end's index in the core.
    var other: Int32
    /// Whether the end that sees it is the edge's source.
    var outgoing: Bool
    var weight: Double
}
