import Foundation
import Testing
@testable import GeoGraph

/// What a ranking keeps of each actor's layer edges: how many, and the strongest (weight, then the
/// other end's id, then the layer's name, outgoing before incoming), which the report prints for an
/// edge list that has no ties.
@Suite struct CentralityRankingTests {
    static func ranking(_ rows: [String]) throws -> CentralityRanking {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-test-\(UUID().uuidString).tsv")
        defer { try? FileManager.default.removeItem(at: file) }
        try (["source\ttarget\tlayer\tpolarity\tweight"] + rows).joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let core = try CompactGraph.loadTSV(path: file.path)
        let digraph = GraphView(polarity: .all).digraph(of: core)
        return CentralityRanking(measure: .inDegree, values: Array(repeating: 0, count: digraph.nodeCount), digraph: digraph, core: core)
    }

    static let rows = [
        "a\tb\teconomic\t+\t0.5", "c\tb\tsecurity\t-\t0.5", "b\tc\tdiplomatic\t+\t0.5", "a\tb\tsecurity\t+\t0.5",
        "x\ty\teconomic\t+\t0.3", "y\tx\teconomic\t+\t0.3", "x\tz\tsecurity\t+\t0.8",
    ]

    @Test(arguments: [
        // Four ends of equal weight: the other end's id first (a), then the layer's name.
        ("b", 4, CentralityRanking.RankedEdge(other: "a", outgoing: false, layer: .economic, polarity: .cooperation, weight: 0.5)),
        // One other end in two layers: diplomatic before security, whatever the direction.
        ("c", 2, CentralityRanking.RankedEdge(other: "b", outgoing: false, layer: .diplomatic, polarity: .cooperation, weight: 0.5)),
        // The heaviest wins over ids.
        ("x", 3, CentralityRanking.RankedEdge(other: "z", outgoing: true, layer: .security, polarity: .cooperation, weight: 0.8)),
        // Both directions of one layer between one pair: the outgoing one.
        ("y", 2, CentralityRanking.RankedEdge(other: "x", outgoing: true, layer: .economic, polarity: .cooperation, weight: 0.3)),
    ])
    func keepsTheCountAndTheStrongestEdge(actor: String, count: Int, strongest: CentralityRanking.RankedEdge) throws {
        let entry = try #require(try Self.ranking(Self.rows).entries.first { $0.actor == actor })
        #expect(entry.edgeCount == count)
        #expect(entry.strongestEdge == strongest)
        #expect(entry.ties.isEmpty, "an edge list keeps no Tie values")
    }

    @Test func aSignIsReadFromTheLayerEdge() throws {
        let entry = try #require(try Self.ranking(["c\tb\tsecurity\t-\t0.9", "a\tb\teconomic\t+\t0.5"]).entries.first { $0.actor == "b" })
        #expect(entry.strongestEdge?.polarity == .tension)
    }
}
