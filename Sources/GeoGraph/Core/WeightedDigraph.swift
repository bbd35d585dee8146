/// A simple weighted digraph in CSR form: the input of every path and centrality algorithm.
///
/// Node `i` is actor `nodes[i]` of the ``CompactGraph`` it was made from. There is at most one edge
/// per ordered pair, no self-loops, targets sorted within a source; the in-adjacency mirrors the out.
public struct WeightedDigraph: Sendable {
    /// The actor index of each node in the source ``CompactGraph``.
    public let nodes: [Int32]
    public let outOffsets: [Int]
    public let outTargets: [Int32]
    public let outWeights: [Double]
    public let inOffsets: [Int]
    public let inSources: [Int32]
    public let inWeights: [Double]
    /// `provenance[provenanceOffsets[e]..<provenanceOffsets[e+1]]` are the layer edges behind out-edge `e`.
    public let provenanceOffsets: [Int]
    public let provenance: [EdgeReference]

    /// The number of nodes.
    public var nodeCount: Int { nodes.count }
    /// The number of edges.
    public var edgeCount: Int { outTargets.count }

    public init(nodes: [Int32], outOffsets: [Int], outTargets: [Int32], outWeights: [Double],
                provenanceOffsets: [Int]? = nil, provenance: [EdgeReference] = []) {
        self.nodes = nodes
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.outWeights = outWeights
        self.provenanceOffsets = provenanceOffsets ?? [Int](repeating: 0, count: outTargets.count + 1)
        self.provenance = provenance
        let n = nodes.count
        var counts = [Int](repeating: 0, count: n + 1)
        for v in outTargets { counts[Int(v) + 1] += 1 }
        for i in 0..<n { counts[i + 1] += counts[i] }
        var sources = [Int32](repeating: 0, count: outTargets.count)
        var weights = [Double](repeating: 0, count: outTargets.count)
        var cursor = counts
        for u in 0..<n {
            for p in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(outTargets[p])
                sources[cursor[v]] = Int32(u)
                weights[cursor[v]] = outWeights[p]
                cursor[v] += 1
            }
        }
        inOffsets = counts
        inSources = sources
        inWeights = weights
    }

    /// The out-edge index from `u` to `v`, if there is one.
    /// - Complexity: O(log deg(u)).
    public func edge(from u: Int, to v: Int) -> Int? {
        var lo = outOffsets[u], hi = outOffsets[u + 1]
        while lo < hi {
            let mid = (lo + hi) / 2
            if Int(outTargets[mid]) < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < outOffsets[u + 1] && Int(outTargets[lo]) == v ? lo : nil
    }

    /// The graph with every edge reversed (provenance is dropped).
    public func reversed() -> WeightedDigraph {
        WeightedDigraph(nodes: nodes, outOffsets: inOffsets, outTargets: inSources, outWeights: inWeights)
    }

    /// The same graph with every weight replaced by `transform(weight)`.
    public func mapWeights(_ transform: (Double) -> Double) -> WeightedDigraph {
        WeightedDigraph(nodes: nodes, outOffsets: outOffsets, outTargets: outTargets,
                        outWeights: outWeights.map(transform), provenanceOffsets: provenanceOffsets,
                        provenance: provenance)
    }
}
