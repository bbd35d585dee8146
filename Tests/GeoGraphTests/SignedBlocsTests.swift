import Testing
@testable import GeoGraph

/// Signed blocs: a hand-computed fixture, exact against brute force, exact against local search on
/// seeded random graphs, and the null-model significance.
@Suite struct SignedBlocsTests {
    static func signed(_ pairs: [(String, String, Double)]) -> SignedGraph { SignedGraph(pairs: pairs) }

    /// A triangle of friends (a, b, c), a pair of friends (d, e), c and d enemies, a and e enemies,
    /// and a weak friendship b–d: splitting {a, b, c} from {d, e} frustrates only b–d (0.3), and any
    /// other split frustrates at least a whole enemy pair or friend pair (1.0).
    static let fixture = signed([("a", "b", 1), ("b", "c", 1), ("a", "c", 1), ("d", "e", 1), ("c", "d", -1),
                                 ("a", "e", -1), ("b", "d", 0.3)])

    @Test(arguments: [2, 3])
    func handComputedFixture(k: Int) {
        let blocs = SignedBlocs(Self.fixture, k: k)
        #expect(abs(blocs.frustration - 0.3) < 1e-12)
        #expect(blocs.frustratedCount == 1)
        #expect(blocs.isExact)
        // nodes sorted: a b c d e
        #expect(blocs.blocs == [0, 0, 0, 1, 1])
    }

    /// Three mutual enemies: two blocs must put two of them together (frustration 1), three need not.
    @Test(arguments: [(1, 3.0), (2, 1.0), (3, 0.0)])
    func threeEnemies(k: Int, expected: Double) {
        let blocs = SignedBlocs(Self.signed([("x", "y", -1), ("y", "z", -1), ("x", "z", -1)]), k: k)
        #expect(abs(blocs.frustration - expected) < 1e-12)
    }

    /// A seeded random signed graph: `n` actors, about `density` × n pairs, a third of them tension,
    /// weights in (0, 1].
    static func random(n: Int, density: Double, seed: UInt64) -> SignedGraph {
        var random = SplitMix64(seed: seed)
        var pairs: [(String, String, Double)] = []
        var seen = Set<[Int]>()
        let target = Int(density * Double(n))
        while pairs.count < target {
            let a = Int(random.next(below: UInt64(n))), b = Int(random.next(below: UInt64(n)))
            guard a != b, seen.insert([min(a, b), max(a, b)]).inserted else { continue }
            let w = Double(random.next(below: 1000) + 1) / 1000
            pairs.append(("n\(a)", "n\(b)", random.next(below: 3) == 0 ? -w : w))
        }
        return signed(pairs)
    }

    /// The least frustration over every assignment of k blocs: the definition, for small graphs.
    static func bruteForce(_ graph: SignedGraph, k: Int) -> Double {
        let n = graph.nodes.count
        var labels = [Int](repeating: 0, count: n)
        var best = Double.infinity
        func go(_ i: Int) {
            if i == n {
                best = min(best, SignedBlocs.frustration(of: labels, in: graph).weight)
                return
            }
            for c in 0..<k {
                labels[i] = c
                go(i + 1)
            }
        }
        go(0)
        return best
    }

    @Test(arguments: [(6, UInt64(1)), (8, 2), (9, 3), (10, 4)])
    func exactIsTheMinimum(n: Int, seed: UInt64) {
        let graph = Self.random(n: n, density: 2, seed: seed)
        for k in 2...3 {
            let blocs = SignedBlocs(graph, k: k)
            #expect(blocs.isExact)
            #expect(abs(blocs.frustration - Self.bruteForce(graph, k: k)) < 1e-9, "n \(n) k \(k) seed \(seed)")
        }
    }

    @Test(arguments: [(8, UInt64(11)), (12, 12), (14, 13), (16, 14), (18, 15), (20, 16), (20, 17)])
    func exactAndLocalSearchAgree(n: Int, seed: UInt64) {
        let graph = Self.random(n: n, density: 2, seed: seed)
        for k in 2...3 {
            let exact = SignedBlocs(graph, k: k, seed: seed)
            let local = SignedBlocs(graph, k: k, seed: seed, restarts: 256, exact: false)
            #expect(exact.isExact && !local.isExact || graph.nodes.count < 2)
            #expect(abs(exact.frustration - local.frustration) < 1e-9,
                    "n \(n) k \(k): exact \(exact.frustration), local search \(local.frustration)")
            #expect(abs(SignedBlocs.frustration(of: exact.blocs, in: graph).weight - exact.frustration) < 1e-12)
        }
    }

    @Test func largeComponentsAreHeuristicAndSaidSo() {
        let graph = Self.random(n: 60, density: 3, seed: 5)
        let blocs = SignedBlocs(graph, k: 2)
        #expect(!blocs.isExact)
        #expect(blocs.frustration <= blocs.totalWeight)
        #expect(SignedBlocs(graph, k: 2).blocs == blocs.blocs, "deterministic for a seed")
    }

    /// Two camps of friends, enemies across: perfectly balanced, far less frustrated than the same
    /// pairs with their signs shuffled.
    @Test func balancedGraphIsSignificant() {
        var pairs: [(String, String, Double)] = []
        for i in 0..<6 {
            for j in (i + 1)..<6 { pairs.append(("a\(i)", "a\(j)", 1)); pairs.append(("b\(i)", "b\(j)", 1)) }
            pairs.append(("a\(i)", "b\(i)", -1))
            pairs.append(("a\(i)", "b\((i + 1) % 6)", -1))
        }
        let graph = Self.signed(pairs)
        let blocs = SignedBlocs(graph, k: 2)
        #expect(blocs.frustration == 0)
        let significance = BlocSignificance(graph, blocs: blocs, count: 60, seed: 3)
        #expect(significance.p < 0.05)
        #expect(significance.z > 2)
        #expect(BlocSignificance(graph, blocs: blocs, count: 60, seed: 3).samples == significance.samples)
    }

    /// A null-model sample made on the index form (`withSigns`) is the graph the ids would build
    /// with those signs: the same nodes, the same pairs in the same order, the weights kept; so the
    /// samples' partitions, and the significance, are those of rebuilding it from the ids.
    @Test(arguments: [(10, UInt64(21)), (30, 22)])
    func aSampleOnTheIndexFormIsTheGraphRebuiltFromItsIDs(n: Int, seed: UInt64) {
        let graph = Self.random(n: n, density: 2, seed: seed)
        var random = SplitMix64(seed: seed)
        let signs = graph.edges.map { _ in random.next(below: 2) == 0 ? -1 : 1 }
        let fast = graph.withSigns(signs)
        let rebuilt = SignedGraph(pairs: zip(graph.edges, signs).map { e, sign in
            (graph.nodes[e.u], graph.nodes[e.v], Double(sign) * e.weight)
        })
        #expect(fast.nodes == rebuilt.nodes)
        #expect(fast.edges.map { [$0.u, $0.v, $0.sign] } == rebuilt.edges.map { [$0.u, $0.v, $0.sign] })
        #expect(fast.edges.map(\.weight) == rebuilt.edges.map(\.weight))
        for k in [2, 4] {
            let a = SignedBlocs(fast, k: k, seed: seed), b = SignedBlocs(rebuilt, k: k, seed: seed)
            #expect(a.blocs == b.blocs && a.frustration == b.frustration)
        }
    }
}
