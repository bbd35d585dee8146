/// Structural balance of a signed graph (Heider; Cartwright and Harary): the triad census, the
/// degree of balance and the ties that most often sit in unbalanced triads.
///
/// A triangle is balanced when it has an even number of negative edges (+++: friends of friends;
/// +−−: the enemy of my enemy is my friend) and unbalanced otherwise (++−, −−−).
public struct StructuralBalance: Sendable {
    /// Triangles by number of negative edges: [+++, ++−, +−−, −−−].
    public var census: [Int]
    /// Balanced triangles / all triangles (1 when there are none).
    public var degree: Double
    /// The same, each triangle weighted by the product of its edge weights.
    public var weightedDegree: Double
    /// Edges in unbalanced triangles, most often first: (a, b, sign, count).
    public var unbalancedTies: [(a: String, b: String, sign: Int, count: Int)]

    public var triangleCount: Int { census.reduce(0, +) }

    /// - Complexity: O(*m* · *d*) for maximum degree *d*.
    public init(_ graph: SignedGraph) {
        let adjacency = graph.adjacency()
        var sign: [Int: [Int: (Int, Double)]] = [:]
        for e in graph.edges {
            sign[e.u, default: [:]][e.v] = (e.sign, e.weight)
            sign[e.v, default: [:]][e.u] = (e.sign, e.weight)
        }
        var census = [0, 0, 0, 0]
        var balancedWeight = 0.0, totalWeight = 0.0
        var unbalanced: [Int: [Int: Int]] = [:]
        for e in graph.edges {
            for (w, s1, w1) in adjacency[e.u] where w > e.v {
                guard let (s2, w2) = sign[e.v]?[w] else { continue }
                let negatives = [e.sign, s1, s2].filter { $0 < 0 }.count
                census[negatives] += 1
                let product = e.weight * w1 * w2
                totalWeight += product
                if negatives % 2 == 0 {
                    balancedWeight += product
                } else {
                    for (a, b) in [(e.u, e.v), (e.u, w), (e.v, w)] { unbalanced[min(a, b), default: [:]][max(a, b), default: 0] += 1 }
                }
            }
        }
        self.census = census
        let total = census.reduce(0, +)
        degree = total == 0 ? 1 : Double(census[0] + census[2]) / Double(total)
        weightedDegree = totalWeight == 0 ? 1 : balancedWeight / totalWeight
        var list: [(a: String, b: String, sign: Int, count: Int)] = []
        for (a, row) in unbalanced {
            for (b, count) in row { list.append((graph.nodes[a], graph.nodes[b], sign[a]![b]!.0, count)) }
        }
        unbalancedTies = list.sorted { $0.count != $1.count ? $0.count > $1.count : ($0.a, $0.b) < ($1.a, $1.b) }
    }
}
