extension WeightedDigraph {
    /// PageRank as `networkx.pagerank`: the stationary distribution of a walk that follows an
    /// out-edge with probability proportional to its weight, or with probability 1 − `damping`
    /// jumps to the restart distribution (uniform, or uniform over `seeds`); dangling nodes jump to
    /// the restart distribution.
    ///
    /// Iterates exactly as NetworkX does — start uniform, stop when the L1 change is below
    /// n × `tolerance` — so the values agree with it to the precision it stops at.
    /// - Parameters:
    ///   - damping: NetworkX's `alpha`.
    ///   - seeds: Node indices for personalised PageRank, or `nil`.
    ///   - weighted: Follow out-edges in proportion to their weight when true, evenly when false.
    ///   - tolerance: Stop when the L1 change is below n × `tolerance`.
    ///   - maxIterations: Give up (and throw) after this many iterations.
    /// - Throws: ``CentralityError/noConvergence(measure:iterations:)``.
    /// - Complexity: O(*m*) per iteration.
    public func pageRank(damping: Double = 0.85, seeds: [Int]? = nil, weighted: Bool = true,
                         tolerance: Double = 1e-6, maxIterations: Int = 100) throws -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var restart = [Double](repeating: 1 / Double(n), count: n)
        if let seeds, !seeds.isEmpty {
            restart = [Double](repeating: 0, count: n)
            for s in seeds { restart[s] += 1 / Double(seeds.count) }
        }
        var outSum = [Double](repeating: 0, count: n)
        for u in 0..<n {
            outSum[u] = weighted ? outWeights[outOffsets[u]..<outOffsets[u + 1]].reduce(0, +)
                : Double(outOffsets[u + 1] - outOffsets[u])
        }
        let dangling = (0..<n).filter { outSum[$0] == 0 }
        // In-edge transition weights w(u,v)/outSum(u), laid out along the in-CSR.
        var transition = [Double](repeating: 0, count: edgeCount)
        for v in 0..<n {
            for q in inOffsets[v]..<inOffsets[v + 1] {
                let u = Int(inSources[q])
                transition[q] = (weighted ? inWeights[q] : 1) / outSum[u]
            }
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            let danglingMass = dangling.reduce(0) { $0 + x[$1] }
            transition.withUnsafeBufferPointer { t in
                inSources.withUnsafeBufferPointer { src in
                    x.withUnsafeBufferPointer { xs in
                        for v in 0..<n {
                            var sum = 0.0
                            for q in inOffsets[v]..<inOffsets[v + 1] { sum += xs[Int(src[q])] * t[q] }
                            next[v] = damping * (sum + danglingMass * restart[v]) + (1 - damping) * restart[v]
                        }
                    }
                }
            }
            var error = 0.0
            for v in 0..<n { error += abs(next[v] - x[v]) }
            swap(&x, &next)
            if error < Double(n) * tolerance { return x }
        }
        throw CentralityError.noConvergence(measure: "pagerank", iterations: maxIterations)
    }
}
