import Foundation
import Testing
@testable import GeoGraph

/// Findings F5 and F6 of the second hostile review: `path --max-hops` answers "no path" in linear
/// time, lists the strongest paths (not the first found) and says when its work budget cut it short.
@Suite struct PathEnumerationTests {
    static func digraph(nodes: Int, edges: Int, seed: UInt64) throws -> WeightedDigraph {
        let core = try CompactGraph.decodeTSV(SyntheticGraph(nodes: nodes, edges: edges, seed: seed).tsv(), path: "g.tsv")
        return GraphView().digraph(of: core)
    }

    /// Every simple path, sorted as the enumeration sorts them: the reference to compare with.
    static func reference(_ g: WeightedDigraph, _ s: Int, _ t: Int, hops: Int) -> [WeightedPath] {
        g.simplePaths(from: s, to: t, maxHops: hops, limit: .max).sorted { a, b in
            let x = g.strength(of: a), y = g.strength(of: b)
            if abs(x - y) > 1e-12 * max(x, y) { return x > y }
            return a.hops != b.hops ? a.hops < b.hops : a.nodes.lexicographicallyPrecedes(b.nodes)
        }
    }

    /// With room for every path, the same paths as the plain enumeration; with a small limit, the
    /// strongest of them (the bound cuts only weaker branches).
    @Test(arguments: [(1 as UInt64, 3), (2, 4), (3, 5), (4, 3), (5, 4)])
    func f5TheStrongestPathsAreListedNotTheFirstFound(seed: UInt64, hops: Int) throws {
        let g = try Self.digraph(nodes: 30, edges: 120, seed: seed)
        for (s, t) in [(0, 1), (5, 2), (7, 3), (11, 0)] {
            let all = Self.reference(g, s, t, hops: hops)
            let everything = g.strongestSimplePaths(from: s, to: t, maxHops: hops, limit: 1_000_000)
            #expect(everything.found == all.count && !everything.truncated && !everything.boundCut)
            #expect(Set(everything.paths) == Set(all))
            for limit in [1, 3, 10] {
                let top = g.strongestSimplePaths(from: s, to: t, maxHops: hops, limit: limit)
                #expect(top.paths.count == min(limit, all.count))
                for (a, b) in zip(top.paths, all.prefix(limit)) {
                    #expect(abs(g.strength(of: a) - g.strength(of: b)) <= 1e-12, "seed \(seed) \(s)->\(t) limit \(limit)")
                }
            }
        }
    }

    @Test func f5ARunOutOfWorkSaysSoAndHowMuch() throws {
        let g = try Self.digraph(nodes: 200, edges: 4_000, seed: 1)
        let t = (0..<g.nodeCount).first { g.hops(to: $0, within: 8)[1] <= 8 && $0 != 1 } ?? 0
        let cut = g.strongestSimplePaths(from: 1, to: t, maxHops: 8, limit: 1_000_000, budget: 10_000)
        #expect(cut.truncated)
        #expect(cut.steps == 10_000 && cut.budget == 10_000)
        #expect(cut.found == cut.paths.count)
    }

    /// A target nothing reaches within the hops: answered before any search (no edge tried).
    @Test(arguments: [4, 8, 12])
    func f6NoPathIsAnsweredWithoutSearching(hops: Int) throws {
        let g = try Self.digraph(nodes: 200, edges: 4_000, seed: 1)
        let unreachable = try #require((0..<g.nodeCount).first { g.inOffsets[$0] == g.inOffsets[$0 + 1] })
        let source = unreachable == 0 ? 1 : 0
        let none = g.strongestSimplePaths(from: source, to: unreachable, maxHops: hops)
        #expect(none.paths.isEmpty && none.found == 0 && none.steps == 0 && !none.truncated)
        #expect(g.simplePaths(from: source, to: unreachable, maxHops: hops).isEmpty)
    }

    /// Avoided nodes cut reachability too: a target reached only through an avoided node has no path.
    @Test func f6AvoidedNodesCountInTheReachability() throws {
        let core = try CompactGraph.decodeTSV(
            "source\ttarget\tlayer\tpolarity\tweight\na\tb\teconomic\t+\t0.5\nb\tc\teconomic\t+\t0.5\na\td\teconomic\t+\t0.9\n", path: "g.tsv")
        let g = GraphView().digraph(of: core)
        func n(_ id: String) -> Int { g.nodes.firstIndex(of: Int32(core.index(of: id)!))! }
        #expect(g.strongestSimplePaths(from: n("a"), to: n("c"), maxHops: 3).paths.count == 1)
        #expect(g.strongestSimplePaths(from: n("a"), to: n("c"), maxHops: 3, avoiding: [n("b")]).steps == 0)
        #expect(g.strongestSimplePaths(from: n("a"), to: n("c"), maxHops: 1).paths.isEmpty)
    }
}
