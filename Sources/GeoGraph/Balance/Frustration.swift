/// The two-camp split of a signed graph that minimises frustration: the number of positive edges
/// between the camps plus negative edges inside a camp (Harary's frustration index; the line index
/// of balance). Zero exactly when the graph is balanced.
///
/// Each connected component is solved on its own: exactly, by branch and bound, when it has at
/// most ``exactLimit`` actors; otherwise by local search (single-actor moves that lower the
/// frustration, from 64 starts drawn with a fixed seed), which finds a local minimum.
public struct FrustrationSplit: Sendable {
    /// The largest component solved exactly.
    public static let exactLimit = 30

    /// Camp of each node (0 or 1), by index in the signed graph's `nodes`.
    public var camps: [Int]
    /// Frustrated edges in the best split found.
    public var frustration: Int
    /// Their summed weight.
    public var weightedFrustration: Double
    /// Whether every component was solved exactly.
    public var isExact: Bool
    /// The frustrated edges: (a, b, sign).
    public var frustratedTies: [(a: String, b: String, sign: Int)]

    public init(_ graph: SignedGraph, seed: UInt64 = 1) {
        let n = graph.nodes.count
        let adjacency = graph.adjacency()
        var camps = [Int](repeating: -1, count: n)
        var exact = true
        // Components in node order.
        var component = [Int](repeating: -1, count: n)
        var components: [[Int]] = []
        for start in 0..<n where component[start] < 0 {
            var members = [start]
            component[start] = components.count
            var head = 0
            while head < members.count {
                let v = members[head]
                head += 1
                for (w, _, _) in adjacency[v] where component[w] < 0 {
                    component[w] = components.count
                    members.append(w)
                }
            }
            components.append(members)
        }
        for members in components {
            let assignment: [Int]
            if members.count <= FrustrationSplit.exactLimit {
                assignment = FrustrationSplit.exact(members, adjacency)
            } else {
                exact = false
                assignment = FrustrationSplit.localSearch(members, adjacency, seed: seed)
            }
            for (k, v) in members.enumerated() { camps[v] = assignment[k] }
        }
        var frustrated: [(a: String, b: String, sign: Int)] = []
        var weight = 0.0
        for e in graph.edges where FrustrationSplit.isFrustrated(e.sign, camps[e.u], camps[e.v]) {
            frustrated.append((graph.nodes[e.u], graph.nodes[e.v], e.sign))
            weight += e.weight
        }
        self.camps = camps
        frustration = frustrated.count
        weightedFrustration = weight
        isExact = exact
        frustratedTies = frustrated
    }

    static func isFrustrated(_ sign: Int, _ a: Int, _ b: Int) -> Bool { sign > 0 ? a != b : a == b }

    /// Branch and bound over the component's actors in breadth-first order; the first is fixed to
    /// camp 0 (the split is symmetric).
    static func exact(_ members: [Int], _ adjacency: [[(node: Int, sign: Int, weight: Double)]]) -> [Int] {
        let m = members.count
        let local = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
        // Edges to earlier members only, so each edge is counted when its later end is placed.
        let earlier: [[(Int, Int)]] = members.enumerated().map { k, v in
            adjacency[v].compactMap { w, s, _ in local[w].flatMap { $0 < k ? ($0, s) : nil } }
        }
        var best = [Int](repeating: 0, count: m)
        var bestCost = Int.max
        var current = [Int](repeating: 0, count: m)
        // A greedy first solution gives the search a bound to prune against.
        for k in 0..<m {
            let cost0 = earlier[k].filter { isFrustrated($0.1, current[$0.0], 0) }.count
            let cost1 = earlier[k].filter { isFrustrated($0.1, current[$0.0], 1) }.count
            current[k] = k == 0 || cost0 <= cost1 ? 0 : 1
        }
        bestCost = (0..<m).reduce(0) { sum, k in sum + earlier[k].filter { isFrustrated($0.1, current[$0.0], current[k]) }.count }
        best = current
        func place(_ k: Int, _ cost: Int) {
            if cost >= bestCost { return }
            if k == m {
                bestCost = cost
                best = current
                return
            }
            for camp in (k == 0 ? [0] : [0, 1]) {
                current[k] = camp
                let added = earlier[k].reduce(0) { $0 + (isFrustrated($1.1, current[$1.0], camp) ? 1 : 0) }
                place(k + 1, cost + added)
            }
        }
        place(0, 0)
        return best
    }

    /// Local search: from each start, move single actors to the other camp while that lowers the
    /// frustration; keep the best split.
    static func localSearch(_ members: [Int], _ adjacency: [[(node: Int, sign: Int, weight: Double)]], seed: UInt64) -> [Int] {
        let m = members.count
        let local = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
        let neighbours: [[(Int, Int)]] = members.map { v in adjacency[v].compactMap { w, s, _ in local[w].map { ($0, s) } } }
        var random = SplitMix64(seed: seed)
        var best: [Int] = []
        var bestCost = Int.max
        for start in 0..<64 {
            var camp = (0..<m).map { _ in Int(random.next(below: 2)) }
            if start == 0 { camp = [Int](repeating: 0, count: m) }
            var improved = true
            while improved {
                improved = false
                for k in 0..<m {
                    var gain = 0
                    for (j, s) in neighbours[k] {
                        gain += (isFrustrated(s, camp[k], camp[j]) ? 1 : 0) - (isFrustrated(s, 1 - camp[k], camp[j]) ? 1 : 0)
                    }
                    if gain > 0 {
                        camp[k] = 1 - camp[k]
                        improved = true
                    }
                }
            }
            var cost = 0
            for k in 0..<m { for (j, s) in neighbours[k] where j > k && isFrustrated(s, camp[k], camp[j]) { cost += 1 } }
            if cost < bestCost || (cost == bestCost && camp.first == 0 && best.first != 0) {
                bestCost = cost
                best = camp
            }
        }
        if best.first == 1 { best = best.map { 1 - $0 } }
        return best
    }
}
