extension WeightedDigraph {
    /// Closeness centrality as `networkx.closeness_centrality` with `wf_improved=True`: for a node u
    /// reached by r − 1 others, (r − 1) / Σ d(v, u), scaled by (r − 1)/(n − 1) (Wasserman and Faust's
    /// form for graphs that are not strongly connected). Directed distances run *to* u, as NetworkX.
    /// - Parameters:
    ///   - weighted: Edge length 1/weight when true, one hop when false.
    ///   - threads: Worker threads; the result is identical for any count.
    ///   - progress: Told how many of the n sources have been searched.
    /// - Complexity: O(*n* *m*) unweighted, O(*n* *m* log *n*) weighted.
    public func closeness(weighted: Bool = false, threads: Int = 1, progress: ProgressHandler? = nil) -> [Double] {
        let n = nodeCount
        let runner = PerSourceRunner(nodeCount: n, threads: threads, progress: progress)
        return runner.run(
            makeState: { ShortestPathSearch(graph: self, weighted: weighted, reversed: true) },
            work: { source, search, accumulator in
                search.run(from: source, countPaths: false)
                var total = 0.0
                for v in search.settledOrder { total += search.distance[Int(v)] }
                let reached = Double(search.orderCount - 1)
                guard total > 0, n > 1 else { return }
                accumulator[source] = (reached / total) * (reached / Double(n - 1))
            })
    }

    /// Harmonic centrality as `networkx.harmonic_centrality`: Σ 1/d(v, u) over the nodes v that
    /// reach u, distances running *to* u.
    /// - Parameters:
    ///   - weighted: Edge length 1/weight when true, one hop when false.
    ///   - threads: Worker threads; the result is identical for any count.
    ///   - progress: Told how many of the n sources have been searched.
    /// - Complexity: as ``closeness(weighted:threads:progress:)``.
    public func harmonic(weighted: Bool = false, threads: Int = 1, progress: ProgressHandler? = nil) -> [Double] {
        let runner = PerSourceRunner(nodeCount: nodeCount, threads: threads, progress: progress)
        return runner.run(
            makeState: { ShortestPathSearch(graph: self, weighted: weighted, reversed: true) },
            work: { source, search, accumulator in
                search.run(from: source, countPaths: false)
                var total = 0.0
                for v in search.settledOrder where Int(v) != source { total += 1 / search.distance[Int(v)] }
                accumulator[source] = total
            })
    }
}
