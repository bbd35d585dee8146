extension WeightedDigraph {
    /// Betweenness centrality by Brandes' algorithm, as `networkx.betweenness_centrality` with
    /// `normalized=True` on a directed graph: for each node, the share of shortest paths between
    /// other pairs that pass through it, divided by (n − 1)(n − 2).
    ///
    /// Unweighted, paths are counted in hops; weighted, an edge's length is 1/weight, so strong ties
    /// are short. Equal-length paths are compared exactly, as NetworkX does.
    /// - Parameters:
    ///   - weighted: Edge length 1/weight when true, one hop when false.
    ///   - threads: Worker threads; the result is identical for any count.
    ///   - progress: Told how many of the n sources have been searched.
    /// - Complexity: O(*n* *m*) unweighted, O(*n* *m* log *n*) weighted.
    public func betweenness(weighted: Bool = false, threads: Int = 1, progress: ProgressHandler? = nil) -> [Double] {
        let n = nodeCount
        let runner = PerSourceRunner(nodeCount: n, threads: threads, progress: progress)
        var raw = runner.run(
            makeState: { (ShortestPathSearch(graph: self, weighted: weighted), [Double](repeating: 0, count: n)) },
            work: { source, state, accumulator in
                let search = state.0
                search.run(from: source, countPaths: true)
                let order = search.settledOrder
                state.1.withUnsafeMutableBufferPointer { delta in
                    for v in order { delta[Int(v)] = 0 }
                    for w32 in order.reversed() {
                        let w = Int(w32)
                        let coefficient = (1 + delta[w]) / search.sigma[w]
                        let base = search.predecessorOffsets[w]
                        for k in 0..<Int(search.predecessorCount[w]) {
                            let v = Int(search.predecessors[base + k])
                            delta[v] += search.sigma[v] * coefficient
                        }
                        if w != source { accumulator[w] += delta[w] }
                    }
                }
            })
        if n > 2 {
            let scale = 1 / (Double(n - 1) * Double(n - 2))
            for i in 0..<n { raw[i] *= scale }
        }
        return raw
    }
}
