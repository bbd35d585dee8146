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
            #expect(parsed.edges.count == item.figure.ties.count, "\(item.name)")
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
