/// Actors ranked by a centrality measure, each with the ties that back its score.
public struct CentralityRanking: Sendable {
    /// One ranked actor.
    public struct Entry: Sendable {
        /// Competition rank: equal values share a rank (1, 2, 2, 4).
        public var rank: Int
        public var actor: String
        public var value: Double
        /// The actor's ties in the view, strongest first (indices into the graph's ties); empty for a
        /// graph read from a TSV edge list, which keeps no ``Tie`` values (see ``edges``).
        public var ties: [Int]
        /// The actor's ties in the view as layer edges, strongest first: the same ties as ``ties`` for
        /// a graph with provenance, and the only record of them for a TSV edge list.
        public var edges: [RankedEdge] = []
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
        var edgesOf = [Set<EdgeReference>](repeating: [], count: digraph.nodeCount)
        for u in 0..<digraph.nodeCount {
            for e in digraph.outOffsets[u]..<digraph.outOffsets[u + 1] {
                let v = Int(digraph.outTargets[e])
                for ref in digraph.provenance[digraph.provenanceOffsets[e]..<digraph.provenanceOffsets[e + 1]] {
                    edgesOf[u].insert(ref)
                    edgesOf[v].insert(ref)
                    let t = Int(core.layers[Int(ref.layer)].outTies[Int(ref.edge)])
                    guard t >= 0, !core.ties.isEmpty else { continue }
                    tiesOf[u].append(t)
                    tiesOf[v].append(t)
                }
            }
        }
        // The source of each layer edge, found once per layer touched (edges are stored by source).
        func rankedEdge(_ ref: EdgeReference, of actor: Int) -> RankedEdge {
            let layer = core.layers[Int(ref.layer)]
            let edge = Int(ref.edge)
            var low = 0, high = core.count  // the source: the last u with outOffsets[u] <= edge
            while high - low > 1 {
                let mid = (low + high) / 2
                if layer.outOffsets[mid] <= edge { low = mid } else { high = mid }
            }
            let source = low, target = Int(layer.outTargets[edge])
            let outgoing = source == actor
            return RankedEdge(other: core.ids[outgoing ? target : source], outgoing: outgoing,
                              layer: Layer.allCases[Int(ref.layer)], polarity: layer.outSigns[edge] < 0 ? .tension : .cooperation,
                              weight: layer.outWeights[edge])
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
            let edges = edgesOf[u].map { rankedEdge($0, of: node) }.sorted {
                ($0.weight, $1.other, $1.layer.rawValue) > ($1.weight, $0.other, $0.layer.rawValue)
            }
            entries.append(Entry(rank: rank, actor: core.ids[node], value: values[u], ties: ties, edges: edges))
        }
        self.entries = entries
    }
}
