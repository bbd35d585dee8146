extension WeightedDigraph {
    /// Degree centrality as NetworkX's `in_degree_centrality` / `out_degree_centrality`: the number
    /// of neighbours divided by n − 1 (1 for a single node, as NetworkX).
    /// - Complexity: O(*n*).
    public func degreeCentrality(incoming: Bool) -> [Double] {
        let n = nodeCount
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let offsets = incoming ? inOffsets : outOffsets
        let scale = 1 / Double(n - 1)
        return (0..<n).map { Double(offsets[$0 + 1] - offsets[$0]) * scale }
    }

    /// Strength: the sum of incoming or outgoing weights (the degree when `weighted` is false), as
    /// NetworkX's `G.in_degree(weight="weight")`.
    /// - Complexity: O(*n* + *m*).
    public func strength(incoming: Bool, weighted: Bool = true) -> [Double] {
        let offsets = incoming ? inOffsets : outOffsets
        let weights = incoming ? inWeights : outWeights
        return (0..<nodeCount).map { u in
            weighted ? weights[offsets[u]..<offsets[u + 1]].reduce(0, +) : Double(offsets[u + 1] - offsets[u])
        }
    }
}
