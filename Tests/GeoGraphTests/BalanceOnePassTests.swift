import Foundation
import Testing
@testable import GeoGraph

/// Finding F8 of the second hostile review: balance read every tie for every question (2,000 actors
/// and 20,000 ties took 44 s). The context now indexes its ties once, by pair and by actor; these
/// tests hold the indexed answers to the scans they replace.
@Suite struct BalanceOnePassTests {
    static func graph() throws -> Graph {
        var graph = try GraphFileReader.decodeTSV(SyntheticGraph(nodes: 40, edges: 400, seed: 7).tsv(), path: "g.tsv")
        graph.title = "synthetic"
        return graph
    }

    @Test func f8PairAndActorLookupsMatchAScanOfEveryTie() throws {
        let context = BalanceContext(graph: try Self.graph())
        let ids = context.graph.actors.map(\.id)
        for a in ids.prefix(12) {
            for b in ids.suffix(12) {
                for polarity in Polarity.allCases {
                    for layer in [nil] + Layer.allCases.map(Optional.some) {
                        let scanned = context.ties.filter {
                            $0.polarity == polarity && (layer == nil || $0.layer == layer)
                                && (($0.source == a && $0.target == b) || ($0.source == b && $0.target == a))
                        }
                        #expect(context.ties(between: a, and: b, layer: layer, polarity: polarity) == scanned)
                    }
                }
            }
            #expect(context.ties(of: a) == context.ties.filter { $0.involves(a) })
        }
    }

    @Test func f8AnalysisOnALargerGraphFinishesAndFindsTheSameAsBefore() throws {
        let graph = try GraphFileReader.decodeTSV(SyntheticGraph(nodes: 300, edges: 3_000, seed: 3).tsv(), path: "g.tsv")
        let context = BalanceContext(graph: graph)
        let poles = ["n0", "n1", "n2"]
        let analysis = BalanceAnalysis(context: context, poles: poles)
        // Each profile's shares come from the pair lookups; recompute one from a scan.
        let profile = try #require(analysis.profiles.first)
        let scan = poles.map { pole in
            context.ties.filter {
                $0.polarity == .cooperation && (($0.source == profile.actor && $0.target == pole) || ($0.source == pole && $0.target == profile.actor))
            }.reduce(0) { $0 + $1.weight }
        }
        let total = scan.reduce(0, +)
        for (pole, w) in zip(poles, scan) { #expect(abs((profile.overall[pole] ?? 0) - w / total) < 1e-12) }
    }
}
