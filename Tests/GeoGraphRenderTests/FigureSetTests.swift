import GeoGraph
import Testing

@testable import GeoGraphRender

@Suite struct FigureSetTests {
    @Test func standardSetHasOverviewLayersAndOneEgoPerCentralAsianState() throws {
        let names = FigureSet.standard(for: try Fixtures.region()).map(\.name)
        #expect(
            names == [
                "overview", "layer-security", "layer-economic", "layer-diplomatic",
                "ego-kazakhstan", "ego-uzbekistan",
            ])
    }

    @Test func everyFigureReparsesWithCountsEqualToItsGraph() throws {
        let graph = try Fixtures.region()
        for item in FigureSet.standard(for: graph) {
            let parsed = try GraphvizRenderer.parse(dot: DOTWriter().dot(item.figure))
            #expect(parsed.nodes.count == item.figure.actorIDs.count, "\(item.name)")
            #expect(parsed.edges.count == item.figure.edges.count, "\(item.name)")
            #expect(Set(parsed.nodes.map(\.name)) == Set(item.figure.actorIDs))
        }
        let overview = try #require(FigureSet.standard(for: graph).first)
        #expect(overview.figure.ties.count == graph.ties.count)
        #expect(overview.figure.actorIDs.count == graph.actors.count)
    }

    @Test func measureReachesEveryFigure() throws {
        let measure = NodeMeasure(name: "PageRank", values: ["russia": 1])
        #expect(
            FigureSet.standard(for: try Fixtures.region(), measure: measure).allSatisfy { $0.figure.measure == measure }
        )
    }
}

@Suite struct QueryFigureTests {
    static func reference() throws -> Graph {
        try GraphFileReader.load(path: CheckedInFiguresTests.root.appendingPathComponent("Graphs/central-asia.yaml").path)
    }

    @Test func balanceFigureDrawsTheActorBetweenItsPolesWithEvidenceCounts() throws {
        let graph = try Self.reference()
        let figure = Figure.balance("tajikistan", poles: ["russia", "china"], of: graph)
        #expect(Set(figure.actorIDs) == ["tajikistan", "russia", "china"])
        #expect(figure.labelsEvidenceCounts)
        let dot = DOTWriter(style: .standard).dot(figure)
        let pair = figure.ties.filter { Set([$0.source, $0.target]) == ["china", "tajikistan"] }
        let total = pair.reduce(0) { $0 + $1.evidence.count }
        #expect(total >= 10, "the ten pieces of evidence of the China–Tajikistan security tie, and more")
        #expect(dot.replacingOccurrences(of: "<BR/>", with: " ").contains("China–Tajikistan \(total)"))
        #expect(!dot.contains("label=\"\(total)\""), "the counts stand in the legend, not on the edges")
        #expect(!figure.highlighted.isEmpty)
    }

    @Test func strongestPathsFigureKeepsOneTiePerHop() throws {
        let graph = try Self.reference()
        let item = try #require(FigureSet.strongestPaths(for: graph, poles: ["russia", "china"]))
        #expect(item.figure.ties.count == item.figure.highlighted.count)
        #expect(Set(["kazakhstan", "kyrgyzstan", "tajikistan", "uzbekistan", "turkmenistan"]).isSubset(of: Set(item.figure.actorIDs)))
    }
}
