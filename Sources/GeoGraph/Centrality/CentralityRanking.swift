/// Actors ranked by a centrality measure, each with the ties that back its score.
public struct CentralityRanking: Sendable {
    /// One ranked actor.
    public struct Entry: Sendable {
        /// Competition rank: equal values share a rank (1, 2, 2, 4).
        public var rank: Int
        public var actor: String
        public var value: Double
        /// The actor's ties in the view, strongest first (indices into the graph's ties).
        public var ties: [Int]
    }

    public var measure: CentralityMeasure
    public var entries: [Entry]

    /// Ranks the nodes of `digraph` by `values`, highest first, ties broken by actor id.
    public init(measure: CentralityMeasure, values: [Double], digraph: WeightedDigraph, core: CompactGraph) {
        self.measure = measure
        var tiesOf = [[Int]](repeating: [], count: core.ties.isEmpty ? 0 : digraph.nodeCount)
        for u in 0..<(core.ties.isEmpty ? 0 : digraph.nodeCount) {
            for e in digraph.outOffsets[u]..<digraph.outOffsets[u + 1] {
                let v = Int(digraph.outTargets[e])
                for ref in digraph.provenance[digraph.provenanceOffsets[e]..<digraph.provenanceOffsets[e + 1]] {
                    let t = Int(core.layers[Int(ref.layer)].outTies[Int(ref.edge)])
                    guard t >= 0 else { continue }
                    tiesOf[u].append(t)
                    tiesOf[v].append(t)
                }
            }
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
            entries.append(Entry(rank: rank, actor: core.ids[Int(digraph.nodes[u])], value: values[u], ties: ties))
        }
        self.entries = entries
    }
}
