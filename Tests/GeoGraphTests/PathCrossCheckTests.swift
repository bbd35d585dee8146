import Foundation
import Testing
@testable import GeoGraph

@Suite struct PathCrossCheckTests {
    @Test(arguments: CrossCheckData.graphs)
    func everyPathModeMatchesNetworkX(graph: String) throws {
        let (expected, core) = try CrossCheckData.load(graph)
        let digraph = GraphView().digraph(of: core)
        func node(_ id: String) throws -> Int {
            let i = try #require(core.index(of: id))
            return try #require(digraph.nodes.firstIndex(of: Int32(i)))
        }
        for p in expected.paths {
            let s = try node(p.source), t = try node(p.target)
            let fewest = digraph.bestPath(from: s, to: t, mode: .fewest)
            guard let hops = p.hops else {
                #expect(fewest == nil, "\(graph) \(p.source)->\(p.target) should have no path")
                continue
            }
            #expect(fewest?.hops == hops)
            let strongest = try #require(digraph.bestPath(from: s, to: t, mode: .strongest))
            #expect(abs(digraph.strength(of: strongest) - p.strongest!) <= 1e-9 * p.strongest!)
            let widest = try #require(digraph.bestPath(from: s, to: t, mode: .widest))
            #expect(abs(digraph.bottleneck(of: widest) - p.widest!) <= 1e-12)
            let k = digraph.kBestPaths(from: s, to: t, k: 3, mode: .strongest).map { digraph.strength(of: $0) }
            let want = p.k3!
            #expect(k.count == want.count)
            for (a, b) in zip(k, want) { #expect(abs(a - b) <= 1e-9 * b, "\(graph) k-best \(a) vs \(b)") }
            #expect(digraph.simplePaths(from: s, to: t, maxHops: 4).count == p.simple_paths_4)
        }
    }
}

@Suite struct PathTests {
    /// a→b→d strong (0.9, 0.9); a→c→d weak-then-strong (0.2, 1.0); a→d direct 0.5.
    func diamond() throws -> WeightedDigraph {
        var graph = Graph()
        for id in ["a", "b", "c", "d"] { try graph.add(Actor(id: id, name: id.uppercased(), kind: .state)) }
        for (s, t, w) in [("a", "b", 0.9), ("b", "d", 0.9), ("a", "c", 0.2), ("c", "d", 1.0), ("a", "d", 0.5)] {
            try graph.add(Tie(source: s, target: t, layer: .economic, polarity: .cooperation, weight: w))
        }
        return GraphView().digraph(of: CompactGraph(graph))
    }

    @Test func fewestHopsTakesTheDirectTie() throws {
        #expect(try diamond().bestPath(from: 0, to: 3, mode: .fewest)?.nodes == [0, 3])
    }

    @Test func strongestPathPrefersTwoStrongHopsOverOneWeak() throws {
        // 0.9 × 0.9 = 0.81 beats the direct 0.5 and 0.2 × 1.0.
        #expect(try diamond().bestPath(from: 0, to: 3, mode: .strongest)?.nodes == [0, 1, 3])
    }

    @Test func widestPathMaximisesTheWeakestLink() throws {
        let g = try diamond()
        let path = try #require(g.bestPath(from: 0, to: 3, mode: .widest))
        #expect(path.nodes == [0, 1, 3])
        #expect(g.bottleneck(of: path) == 0.9)
    }

    @Test func avoidingANodeReroutes() throws {
        #expect(try diamond().bestPath(from: 0, to: 3, mode: .strongest, avoiding: [1])?.nodes == [0, 3])
    }

    @Test func viaForcesTheIntermediate() throws {
        #expect(try diamond().bestPath(from: 0, via: 2, to: 3, mode: .strongest)?.nodes == [0, 2, 3])
    }

    @Test func yenListsLooplessPathsBestFirst() throws {
        let paths = try diamond().kBestPaths(from: 0, to: 3, k: 5, mode: .strongest)
        #expect(paths.map(\.nodes) == [[0, 1, 3], [0, 3], [0, 2, 3]])
    }

    @Test func noPathIsNil() throws {
        #expect(try diamond().bestPath(from: 3, to: 0, mode: .fewest) == nil)
    }

    @Test func reachCountsHopsForwardAndBackward() throws {
        let g = try diamond()
        #expect(g.reach(from: 0, hops: 1).map(\.node).sorted() == [1, 2, 3])
        #expect(g.reach(from: 3, hops: 1, reverse: true).map(\.node).sorted() == [0, 1, 2])
        #expect(g.reach(from: 3, hops: 5).isEmpty)
    }
}

@Suite struct WeightedSearchQueueTests {
    /// Lengths 1 and 10⁷ are too spread for the bucket queue, so the heap settles this search.
    @Test func widelySpreadLengthsFallBackToTheHeapWithTheSameAnswer() throws {
        var graph = Graph()
        for id in ["a", "b", "c"] { try graph.add(Actor(id: id, name: id, kind: .state)) }
        try graph.add(Tie(source: "a", target: "b", layer: .economic, polarity: .cooperation, weight: 1))
        try graph.add(Tie(source: "b", target: "c", layer: .economic, polarity: .cooperation, weight: 1e-7))
        let digraph = GraphView().digraph(of: CompactGraph(graph))
        let closeness = digraph.closeness(weighted: true)
        #expect(abs(closeness[2] - 2 / (2e7 + 1)) < 1e-18)
        #expect(abs(closeness[1] - 0.5) < 1e-12)
        #expect(digraph.betweenness(weighted: true) == [0, 0.5, 0])
    }
}
