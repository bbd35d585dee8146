/// A partition of a signed graph into at most *k* blocs that minimises weighted frustration
/// (Doreian and Mrvar's generalised blockmodelling of signed networks, 1996 and 2009): the weight
/// of the positive edges between blocs plus the weight of the negative edges inside a bloc, the two
/// counted alike (their α = ½, up to a factor ½). A frustration of zero means the graph is
/// *k*-balanced: friends together, enemies apart.
///
/// Each connected component is partitioned on its own (no edge joins two, so their blocs combine
/// freely; bloc *j* of the whole is the union of each component's bloc *j*):
/// - exactly, by branch and bound, when *k* ≤ 3 and the component has at most ``exactLimit`` actors.
///   Actors are placed one by one in breadth-first order from the best-connected; an actor may open
///   at most one new bloc (blocs are unlabelled, so no partition is tried twice); a branch is cut
///   when its frustration so far plus, for every actor still to place, the least it must add against
///   the actors placed, reaches the best partition known (first found by the local search);
/// - otherwise by local search: from `restarts` starts (the first with every actor in one bloc, the
///   rest drawn with a ``SplitMix64`` of the given seed), each actor in turn moves to the bloc that
///   lowers the frustration most, until none does; the best partition found is kept. It is a local
///   minimum, deterministic for a seed, and said to be heuristic.
///
/// Blocs are numbered in the order their first actor appears in the graph's node order.
public struct SignedBlocs: Sendable {
    /// The largest component partitioned exactly.
    public static let exactLimit = 20
    /// The largest *k* partitioned exactly.
    public static let exactBlocs = 3

    /// The number of blocs asked for (some may stay empty).
    public let k: Int
    /// Each node's bloc, in `0..<k`, by index in the signed graph's `nodes`.
    public let blocs: [Int]
    /// The summed weight of the frustrated edges.
    public let frustration: Double
    /// How many edges are frustrated.
    public let frustratedCount: Int
    /// The summed weight of all edges: the frustration's upper bound.
    public let totalWeight: Double
    /// Whether every component was partitioned exactly.
    public let isExact: Bool

    /// Partitions `graph` into at most `k` blocs.
    /// - Parameters:
    ///   - graph: The signed graph (one edge per pair of actors).
    ///   - k: At least 1.
    ///   - seed: The local search's seed.
    ///   - restarts: The local search's starts, at least 1.
    ///   - exact: Whether small components are solved exactly (`false`: local search everywhere).
    ///   - progress: Told how many of the local search's starts are done, over every component it
    ///     searches (`restarts` each); not called when every component is solved exactly.
    public init(_ graph: SignedGraph, k: Int, seed: UInt64 = 1, restarts: Int = 64, exact: Bool = true,
                progress: ProgressHandler? = nil) {
        precondition(k >= 1 && restarts >= 1, "k and restarts must be at least 1")
        self.k = k
        let adjacency = graph.adjacency()
        var blocs = [Int](repeating: 0, count: graph.nodes.count)
        var allExact = true
        var random = SplitMix64(seed: seed)
        let components = SignedBlocs.components(adjacency)
        func solvedExactly(_ members: [Int]) -> Bool {
            exact && k <= SignedBlocs.exactBlocs && members.count <= SignedBlocs.exactLimit
        }
        let starts = components.filter { !solvedExactly($0) }.count * restarts
        var started = 0
        for members in components {
            let solved: [Int]
            let neighbours = SignedBlocs.neighbours(members, adjacency)
            if solvedExactly(members) {
                solved = SignedBlocs.exact(neighbours, k: k, random: &random)
            } else {
                allExact = false
                solved = SignedBlocs.localSearch(neighbours, k: k, restarts: restarts, random: &random) {
                    started += 1
                    progress?(started, starts)
                }
            }
            for (i, v) in members.enumerated() { blocs[v] = solved[i] }
        }
        blocs = SignedBlocs.canonical(blocs)
        self.blocs = blocs
        let cost = SignedBlocs.frustration(of: blocs, in: graph)
        frustration = cost.weight
        frustratedCount = cost.count
        totalWeight = graph.edges.reduce(0) { $0 + $1.weight }
        isExact = allExact || k == 1
    }

    /// The weighted frustration of a partition and the number of frustrated edges.
    public static func frustration(of blocs: [Int], in graph: SignedGraph) -> (weight: Double, count: Int) {
        var weight = 0.0, count = 0
        for e in graph.edges where isFrustrated(sign: e.sign, blocs[e.u], blocs[e.v]) {
            weight += e.weight
            count += 1
        }
        return (weight, count)
    }

    /// Whether an edge of this sign between actors in these blocs is frustrated.
    public static func isFrustrated(sign: Int, _ a: Int, _ b: Int) -> Bool { sign > 0 ? a != b : a == b }

    // MARK: Solvers

    typealias Adjacency = [[(node: Int, sign: Int, weight: Double)]]

    /// A component's neighbour lists, by position in `members`, with signed weights (+w cooperation,
    /// −w tension): what both solvers work on, built once per component.
    static func neighbours(_ members: [Int], _ adjacency: Adjacency) -> [[(Int, Double)]] {
        let local = Dictionary(uniqueKeysWithValues: members.enumerated().map { ($1, $0) })
        return members.map { v in adjacency[v].map { (local[$0.node]!, Double($0.sign) * $0.weight) } }
    }

    /// Connected components, each in breadth-first order from its best-connected actor (most
    /// neighbours, then lowest index); components in order of their lowest index.
    static func components(_ adjacency: Adjacency) -> [[Int]] {
        let n = adjacency.count
        var seen = [Bool](repeating: false, count: n)
        var result: [[Int]] = []
        for start in 0..<n where !seen[start] {
            var members = [start]
            seen[start] = true
            var head = 0
            while head < members.count {
                for (w, _, _) in adjacency[members[head]] where !seen[w] {
                    seen[w] = true
                    members.append(w)
                }
                head += 1
            }
            let root = members.max { (adjacency[$0].count, -$0) < (adjacency[$1].count, -$1) }!
            var ordered = [root]
            var placed: Set<Int> = [root]
            head = 0
            while head < ordered.count {
                for (w, _, _) in adjacency[ordered[head]].sorted(by: { $0.node < $1.node }) where !placed.contains(w) {
                    placed.insert(w)
                    ordered.append(w)
                }
                head += 1
            }
            result.append(ordered)
        }
        return result
    }

    /// The cost of putting actor `i` (position in `members`) in bloc `c`, against every neighbour placed.
    @inline(__always)
    static func cost(_ neighbours: [(Int, Double)], _ labels: [Int], _ c: Int) -> Double {
        var total = 0.0
        for (j, w) in neighbours where labels[j] >= 0 {
            if w > 0 { if labels[j] != c { total += w } } else if labels[j] == c { total -= w }
        }
        return total
    }

    /// Local search over one component (its ``neighbours(_:_:)``); returns a bloc per member.
    /// `afterStart` is called as each start's descent ends.
    static func localSearch(_ neighbours: [[(Int, Double)]], k: Int, restarts: Int,
                            random: inout SplitMix64, afterStart: () -> Void = {}) -> [Int] {
        let m = neighbours.count
        var best = [Int](repeating: 0, count: m)
        var bestCost = Double.infinity
        var labels = [Int](repeating: 0, count: m)
        var costs = [Double](repeating: 0, count: k)
        for start in 0..<restarts {
            for i in 0..<m { labels[i] = start == 0 ? 0 : Int(random.next(below: UInt64(k))) }
            var moved = true
            var passes = 0
            while moved && passes < 10_000 {
                moved = false
                passes += 1
                for i in 0..<m {
                    for c in 0..<k { costs[c] = 0 }
                    for (j, w) in neighbours[i] {
                        let lj = labels[j]
                        if w > 0 {
                            for c in 0..<k where c != lj { costs[c] += w }
                        } else {
                            costs[lj] -= w
                        }
                    }
                    var target = labels[i]
                    for c in 0..<k where costs[c] < costs[target] - 1e-12 { target = c }
                    if target != labels[i] {
                        labels[i] = target
                        moved = true
                    }
                }
            }
            var total = 0.0
            for i in 0..<m {
                for (j, w) in neighbours[i] where j > i && isFrustrated(sign: w > 0 ? 1 : -1, labels[i], labels[j]) { total += abs(w) }
            }
            if total < bestCost - 1e-12 {
                bestCost = total
                best = labels
            }
            afterStart()
        }
        return best
    }

    /// Exact branch and bound over one component (*k* ≤ 3, a few dozen actors at most).
    static func exact(_ neighbours: [[(Int, Double)]], k: Int, random: inout SplitMix64) -> [Int] {
        let m = neighbours.count
        var best = localSearch(neighbours, k: k, restarts: 16, random: &random)
        var bestCost = 0.0
        for i in 0..<m {
            for (j, w) in neighbours[i] where j > i && isFrustrated(sign: w > 0 ? 1 : -1, best[i], best[j]) { bestCost += abs(w) }
        }
        // partial[r * k + c]: what actor r adds in bloc c against the actors placed so far.
        var partial = [Double](repeating: 0, count: m * k)
        var labels = [Int](repeating: -1, count: m)
        func place(_ p: Int, _ cost: Double, _ used: Int) {
            if p == m {
                if cost < bestCost - 1e-12 {
                    bestCost = cost
                    best = labels
                }
                return
            }
            // The least every unplaced actor must still add against the placed ones.
            var bound = cost
            for r in p..<m {
                var least = partial[r * k]
                for c in 1..<max(k, 1) where partial[r * k + c] < least { least = partial[r * k + c] }
                bound += least
            }
            if bound >= bestCost - 1e-12 { return }
            let open = min(used + 1, k)
            // Try the cheapest blocs first, so good partitions come early.
            let order = (0..<open).sorted { (partial[p * k + $0], $0) < (partial[p * k + $1], $1) }
            for c in order {
                let added = partial[p * k + c]
                labels[p] = c
                for (r, w) in neighbours[p] where r > p {
                    if w > 0 {
                        for c2 in 0..<k where c2 != c { partial[r * k + c2] += w }
                    } else {
                        partial[r * k + c] -= w
                    }
                }
                place(p + 1, cost + added, max(used, c + 1))
                for (r, w) in neighbours[p] where r > p {
                    if w > 0 {
                        for c2 in 0..<k where c2 != c { partial[r * k + c2] -= w }
                    } else {
                        partial[r * k + c] += w
                    }
                }
                labels[p] = -1
            }
        }
        place(0, 0, 0)
        return best
    }

    /// Blocs renumbered in the order their first node appears.
    static func canonical(_ blocs: [Int]) -> [Int] {
        var map: [Int: Int] = [:]
        return blocs.map { b in
            if let x = map[b] { return x }
            map[b] = map.count
            return map.count - 1
        }
    }
}
