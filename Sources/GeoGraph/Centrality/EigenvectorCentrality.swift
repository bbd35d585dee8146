extension WeightedDigraph {
    /// Eigenvector centrality as `networkx.eigenvector_centrality`: power iteration of (A + I)ᵀ from a
    /// uniform start, normalised to unit length, so a node scores by the scores of those that point
    /// to it. Stops as NetworkX: when the L1 change falls below n × `tolerance`.
    /// - Throws: ``CentralityError/noConvergence(measure:iterations:)``.
    /// - Complexity: O(*m*) per iteration.
    public func eigenvector(weighted: Bool = false, tolerance: Double = 1e-6, maxIterations: Int = 1000) throws -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<maxIterations {
            var next = x
            for u in 0..<n {
                for p in outOffsets[u]..<outOffsets[u + 1] {
                    next[Int(outTargets[p])] += x[u] * (weighted ? outWeights[p] : 1)
                }
            }
            var norm = (next.reduce(0) { $0 + $1 * $1 }).squareRoot()
            if norm == 0 { norm = 1 }
            var error = 0.0
            for i in 0..<n {
                next[i] /= norm
                error += abs(next[i] - x[i])
            }
            x = next
            if error < Double(n) * tolerance { return x }
        }
        throw CentralityError.noConvergence(measure: "eigenvector", iterations: maxIterations)
    }

    /// Katz centrality as `networkx.katz_centrality`: x = α Aᵀ x + β, iterated from zero, then
    /// normalised to unit length. Converges when α is below 1/λ_max.
    /// - Throws: ``CentralityError/noConvergence(measure:iterations:)``.
    /// - Complexity: O(*m*) per iteration.
    public func katz(alpha: Double = 0.1, beta: Double = 1, weighted: Bool = false, tolerance: Double = 1e-6,
                     maxIterations: Int = 1000) throws -> [Double] {
        let n = nodeCount
        guard n > 0 else { return [] }
        var x = [Double](repeating: 0, count: n)
        for _ in 0..<maxIterations {
            var next = [Double](repeating: 0, count: n)
            for u in 0..<n {
                for p in outOffsets[u]..<outOffsets[u + 1] {
                    next[Int(outTargets[p])] += x[u] * (weighted ? outWeights[p] : 1)
                }
            }
            var error = 0.0
            for i in 0..<n {
                next[i] = alpha * next[i] + beta
                error += abs(next[i] - x[i])
            }
            x = next
            if error < Double(n) * tolerance {
                var norm = (x.reduce(0) { $0 + $1 * $1 }).squareRoot()
                if norm == 0 { norm = 1 }
                return x.map { $0 / norm }
            }
        }
        throw CentralityError.noConvergence(measure: "katz", iterations: maxIterations)
    }

    /// Hub and authority scores as `networkx.hits`: power iteration of AᵀA from a uniform start,
    /// scaled by its maximum each step, stopping when the L1 change falls below `tolerance`;
    /// authorities a, hubs h = A a, each normalised to sum 1.
    /// - Throws: ``CentralityError/noConvergence(measure:iterations:)``.
    /// - Complexity: O(*m*) per iteration.
    public func hits(weighted: Bool = true, tolerance: Double = 1e-8, maxIterations: Int = 1000) throws
        -> (hubs: [Double], authorities: [Double])
    {
        let n = nodeCount
        guard n > 0 else { return ([], []) }
        func multiplyA(_ a: [Double]) -> [Double] {  // (A a)[u] = Σ_v w(u,v) a[v]
            var out = [Double](repeating: 0, count: n)
            for u in 0..<n {
                for p in outOffsets[u]..<outOffsets[u + 1] { out[u] += (weighted ? outWeights[p] : 1) * a[Int(outTargets[p])] }
            }
            return out
        }
        func multiplyAT(_ h: [Double]) -> [Double] {  // (Aᵀ h)[v] = Σ_u w(u,v) h[u]
            var out = [Double](repeating: 0, count: n)
            for u in 0..<n {
                for p in outOffsets[u]..<outOffsets[u + 1] { out[Int(outTargets[p])] += (weighted ? outWeights[p] : 1) * h[u] }
            }
            return out
        }
        var x = [Double](repeating: 1 / Double(n), count: n)
        var converged = false
        for _ in 0..<maxIterations {
            var next = multiplyAT(multiplyA(x))
            let top = next.max() ?? 0
            if top > 0 { next = next.map { $0 / top } }
            var error = 0.0
            for i in 0..<n { error += abs(next[i] - x[i]) }
            x = next
            if error < tolerance {
                converged = true
                break
            }
        }
        guard converged else { throw CentralityError.noConvergence(measure: "hits", iterations: maxIterations) }
        var hubs = multiplyA(x)
        let hubSum = hubs.reduce(0, +), authoritySum = x.reduce(0, +)
        if hubSum > 0 { hubs = hubs.map { $0 / hubSum } }
        let authorities = authoritySum > 0 ? x.map { $0 / authoritySum } : x
        return (hubs, authorities)
    }
}
