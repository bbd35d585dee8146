/// The undirected signed projection of a graph's ties: one edge per pair of actors, positive when
/// their cooperation outweighs their tension, negative when tension outweighs cooperation; pairs
/// where the two cancel exactly are left out. The edge weight is the absolute difference.
public struct SignedGraph: Sendable {
    /// Node ids, sorted.
    public let nodes: [String]
    /// Edges as (u, v, sign, weight) with u < v (indices into `nodes`), sorted.
    public let edges: [(u: Int, v: Int, sign: Int, weight: Double)]

    /// Projects the ties of a balance context.
    public init(context: BalanceContext) {
        var net: [String: [String: Double]] = [:]
        for t in context.ties {
            let (a, b) = t.source < t.target ? (t.source, t.target) : (t.target, t.source)
            net[a, default: [:]][b, default: 0] += Double(t.polarity.sign) * t.weight
        }
        var pairs: [(String, String, Double)] = []
        for (a, row) in net { for (b, w) in row where abs(w) > 1e-12 { pairs.append((a, b, w)) } }
        self.init(pairs: pairs)
    }

    /// Builds a signed graph from (a, b, net weight) pairs; the sign is the sign of the weight.
    public init(pairs: [(String, String, Double)]) {
        let ids = Array(Set(pairs.flatMap { [$0.0, $0.1] })).sorted()
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        nodes = ids
        edges = pairs.map { a, b, w in
            let (x, y) = (index[a]!, index[b]!)
            return (min(x, y), max(x, y), w > 0 ? 1 : -1, abs(w))
        }.sorted { ($0.u, $0.v) < ($1.u, $1.v) }
    }

    /// The same nodes and pairs with `signs[i]` (+1 or −1) for edge `i` and its weight kept: a
    /// sample of ``BlocSignificance``'s null model, made on the index form (no id is looked up).
    func withSigns(_ signs: [Int]) -> SignedGraph {
        SignedGraph(nodes: nodes, edges: zip(edges, signs).map { e, sign in (e.u, e.v, sign, e.weight) })
    }

    private init(nodes: [String], edges: [(u: Int, v: Int, sign: Int, weight: Double)]) {
        self.nodes = nodes
        self.edges = edges
    }

    /// Neighbour lists with the sign and weight of each edge (``StructuralBalance``, ``SignedBlocs``).
    func adjacency() -> [[(node: Int, sign: Int, weight: Double)]] {
        var adjacency = [[(node: Int, sign: Int, weight: Double)]](repeating: [], count: nodes.count)
        for e in edges {
            adjacency[e.u].append((e.v, e.sign, e.weight))
            adjacency[e.v].append((e.u, e.sign, e.weight))
        }
        return adjacency
    }
}
