import Foundation
import Testing
@testable import GeoGraph

/// NetworkX's answers, stored by `Scripts/crosscheck.py`.
struct CrossCheckData: Decodable {
    var name: String
    var nodes: Int
    var edges: Int
    var katz_alpha: Double
    var tolerance: Double
    var measures: [String: [String: Double]]
    var paths: [PathExpectation]

    struct PathExpectation: Decodable {
        var source: String
        var target: String
        var hops: Int?
        var strongest: Double?
        var widest: Double?
        var k3: [Double]?
        var simple_paths_4: Int?
    }

    static let graphs = ["central-asia", "karate", "florentine", "lesmis", "random"]

    static func load(_ name: String) throws -> (CrossCheckData, CompactGraph) {
        let data = try Data(contentsOf: URL(fileURLWithPath: try fixturePath("crosscheck/\(name).json")))
        let expected = try JSONDecoder().decode(CrossCheckData.self, from: data)
        let core = name == "central-asia"
            ? CompactGraph(try GraphFileReader.load(path: Bundled.referencePath))
            : try CompactGraph.loadTSV(path: try fixturePath("crosscheck/\(name).tsv"))
        return (expected, core)
    }
}

struct MeasureCase: CustomTestStringConvertible, Sendable {
    var graph: String
    var key: String
    var testDescription: String { "\(graph) \(key)" }
}

let measureCases: [MeasureCase] = CrossCheckData.graphs.flatMap { graph in
    ["in-degree", "out-degree", "in-strength", "out-strength", "pagerank", "betweenness", "betweenness-weighted",
     "closeness", "closeness-weighted", "harmonic", "harmonic-weighted", "eigenvector", "katz", "hubs", "authorities"]
        .map { MeasureCase(graph: graph, key: $0) }
}

@Suite struct CentralityCrossCheckTests {
    @Test(arguments: CrossCheckData.graphs)
    func viewHasNetworkXsNodeAndEdgeCounts(graph: String) throws {
        let (expected, core) = try CrossCheckData.load(graph)
        let digraph = GraphView().digraph(of: core)
        #expect(digraph.nodeCount == expected.nodes)
        #expect(digraph.edgeCount == expected.edges)
    }

    @Test(arguments: measureCases)
    func measureMatchesNetworkX(_ c: MeasureCase) throws {
        let (expected, core) = try CrossCheckData.load(c.graph)
        guard let reference = expected.measures[c.key] else { return }  // NetworkX did not converge either
        let digraph = GraphView().digraph(of: core)
        let weighted = c.key.hasSuffix("-weighted")
        let name = c.key.replacingOccurrences(of: "-weighted", with: "")
        let measure = try #require(CentralityMeasure(rawValue: name))
        var options = CentralityOptions(weighted: weighted ? true : nil, threads: 2)
        options.tolerance = expected.tolerance
        options.maxIterations = 100_000
        options.katzAlpha = expected.katz_alpha
        let values = try digraph.centrality(measure, options: options)
        var ours: [String: Double] = [:]
        for (i, v) in values.enumerated() { ours[core.ids[Int(digraph.nodes[i])]] = v }
        for (id, want) in reference {
            let got = try #require(ours[id], "\(id) missing")
            #expect(abs(got - want) <= 1e-6 * abs(want) + 1e-9, "\(c.graph) \(c.key) \(id): \(got) vs NetworkX \(want)")
        }
        // Rank order: wherever NetworkX separates two actors, so do we, the same way round.
        let ids = reference.keys.sorted()
        for a in ids {
            for b in ids where reference[a]! > reference[b]! * (1 + 1e-6) + 1e-9 {
                #expect(ours[a]! > ours[b]!, "\(c.graph) \(c.key): \(a) should rank above \(b)")
            }
        }
    }

    @Test func betweennessIsIdenticalOnOneAndTwoThreads() throws {
        let (_, core) = try CrossCheckData.load("lesmis")
        let digraph = GraphView().digraph(of: core)
        for weighted in [false, true] {
            #expect(digraph.betweenness(weighted: weighted, threads: 1) == digraph.betweenness(weighted: weighted, threads: 2))
            #expect(digraph.closeness(weighted: weighted, threads: 1) == digraph.closeness(weighted: weighted, threads: 2))
        }
    }

    /// F16: progress is counted from both threads without changing the result; the counts only grow
    /// and end at every source (Scripts/sanitize.sh runs this under ThreadSanitizer).
    @Test(arguments: [CentralityMeasure.betweenness, .closeness, .harmonic])
    func progressOnTwoThreadsCountsEverySourceOnce(measure: CentralityMeasure) throws {
        let (_, core) = try CrossCheckData.load("lesmis")
        let digraph = GraphView().digraph(of: core)
        let seen = ProgressLog()
        var options = CentralityOptions(threads: 2)
        options.progress = { done, total in seen.record(done, total) }
        let counted = try digraph.centrality(measure, options: options)
        #expect(counted == (try digraph.centrality(measure, options: CentralityOptions(threads: 1))))
        let calls = seen.calls
        #expect(calls.last?.done == digraph.nodeCount && calls.allSatisfy { $0.total == digraph.nodeCount })
        #expect(calls.map(\.done) == calls.map(\.done).sorted() && Set(calls.map(\.done)).count == calls.count)
    }
}

/// The calls a ``ProgressHandler`` received, in order.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [(done: Int, total: Int)] = []
    func record(_ done: Int, _ total: Int) { lock.withLock { log.append((done, total)) } }
    var calls: [(done: Int, total: Int)] { lock.withLock { log } }
}
