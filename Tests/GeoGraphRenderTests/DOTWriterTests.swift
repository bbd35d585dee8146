import Foundation
import GeoGraph
import Testing

@testable import GeoGraphRender

@Suite struct DOTWriterTests {
    let writer = DOTWriter()

    func overviewDOT(layout: LayoutEngine = .neato) throws -> String {
        writer.dot(Figure.overview(of: try Fixtures.region(), layout: layout))
    }

    /// The lines that draw edges.
    func edgeLines(_ dot: String) -> [String] {
        dot.split(separator: "\n").map(String.init).filter { $0.contains("\" -> \"") }
    }

    @Test func sameGraphGivesSameBytesWhateverTheInputOrder() throws {
        let a = writer.dot(.overview(of: try Fixtures.region()))
        let b = writer.dot(.overview(of: try Fixtures.region(reversed: true)))
        #expect(a == b)
        #expect(a == writer.dot(.overview(of: try Fixtures.region())))
    }

    /// Edges are routed around nodes up to DOTWriter.maximumRoutedTies ties; a larger figure gets
    /// straight edges, since routing is most of the layout's time (minutes for a few hundred actors).
    @Test(arguments: [(DOTWriter.maximumRoutedTies, "true"), (DOTWriter.maximumRoutedTies + 1, "false")])
    func largeFiguresGetStraightEdges(ties: Int, splines: String) throws {
        let actors = (0..<30).map { Actor(id: "a\($0)", name: "A\($0)", kind: .state) }
        let pairs = (0..<30).flatMap { i in (0..<30).filter { $0 != i }.map { (i, $0) } }
        let chain = pairs.prefix(ties).map {
            Tie(source: "a\($0.0)", target: "a\($0.1)", layer: .economic, polarity: .cooperation, weight: 0.5)
        }
        let figure = Figure(
            graph: try Graph(actors: actors, ties: chain), actorIDs: actors.map(\.id), ties: chain, title: "chain",
            layout: .neato)
        #expect(DOTWriter.routesAroundNodes(figure) == (splines == "true"))
        #expect(writer.dot(figure).contains("splines=\"\(splines)\""))
    }

    @Test func everyNodeAndEdgeIDIsQuoted() throws {
        let lines = try overviewDOT().split(separator: "\n").filter { $0.hasPrefix("  \"") || $0.hasPrefix("    \"") }
        #expect(lines.count == 7 + 7)
        for line in lines {
            let trimmed = line.drop { $0 == " " }
            #expect(trimmed.first == "\"")
        }
    }

    @Test func symmetricTieIsDrawnOnceWithBothEnds() throws {
        let lines = edgeLines(try overviewDOT()).filter { $0.contains("uzbekistan") }
        #expect(lines.count == 1)
        #expect(lines[0].contains("dir=\"both\""))
        #expect(lines[0].contains("arrowtail=\"tee\""))
    }

    @Test func parallelTiesOfDifferentLayersKeepTheirOwnColours() throws {
        let lines = edgeLines(try overviewDOT()).filter { $0.contains("\"russia\" -> \"kazakhstan\"") }
        #expect(lines.count == 2)
        #expect(lines.contains { $0.contains("color=\"#D55E00\"") && $0.contains("layer=\"security\"") })
        #expect(lines.contains { $0.contains("color=\"#0072B2\"") && $0.contains("layer=\"economic\"") })
    }

    @Test func tensionIsDashedWithATeeAndCooperationSolid() throws {
        let lines = edgeLines(try overviewDOT())
        let tension = try #require(lines.first { $0.contains("\"armenia\" -> \"csto\"") })
        #expect(tension.contains("style=\"dashed\"") && tension.contains("arrowhead=\"tee\""))
        let cooperation = try #require(lines.first { $0.contains("\"kazakhstan\" -> \"csto\"") })
        #expect(cooperation.contains("style=\"solid\"") && cooperation.contains("arrowhead=\"normal\""))
    }

    @Test(arguments: [(0.2, "1.44"), (0.5, "2.4"), (1.0, "4")])
    func weightSetsPenwidthLinearly(weight: Double, penwidth: String) {
        #expect(DOTAttributes.number(FigureStyle.standard.penwidth(for: weight)) == penwidth)
    }

    @Test func actorKindSetsShape() throws {
        let dot = try overviewDOT()
        #expect(dot.contains("\"csto\" [label=\"CSTO\", shape=\"box\""))
        #expect(dot.contains("\"tokayev\" [label=\"Kassym-Jomart Tokayev\", shape=\"note\""))
        #expect(dot.contains("\"central-asia\" [label=\"Central Asia\", shape=\"hexagon\""))
        #expect(dot.contains("\"russia\" [label=\"Russia\", shape=\"ellipse\""))
    }

    @Test func clustersByTagOnlyForEnginesThatDrawThem() throws {
        let fdp = try overviewDOT(layout: .fdp)
        #expect(fdp.contains("subgraph \"cluster_central-asia\""))
        #expect(fdp.contains("subgraph \"cluster_great-power\""))
        #expect(fdp.contains("subgraph \"cluster_caucasus\""))
        #expect(!fdp.contains("cluster_west"))
        #expect(!(try overviewDOT(layout: .neato)).contains("subgraph"))
    }

    @Test func legendNamesTitleLayersAndEscapedSources() throws {
        let dot = try overviewDOT()
        #expect(dot.contains("<B>Test region</B>"))
        #expect(dot.contains("security tie") && dot.contains("economic tie") && dot.contains("diplomatic tie"))
        #expect(dot.contains("Sources: Wire One, 2024-01; Wire &amp; &lt;Two&gt;, 2023-05-02."))
    }

    @Test func measureFillsNodesDarkestForTheLargest() throws {
        var figure = Figure.overview(of: try Fixtures.region())
        figure.measure = NodeMeasure(name: "PageRank", values: ["russia": 0.4, "kazakhstan": 0.2])
        let dot = writer.dot(figure)
        #expect(dot.contains("\"russia\" [label=\"Russia\", shape=\"ellipse\", fillcolor=\"#999999FF\""))
        #expect(dot.contains("\"kazakhstan\" [label=\"Kazakhstan\", shape=\"ellipse\", fillcolor=\"#9999998C\""))
        #expect(dot.contains("fill: PageRank (darker is higher)"))
    }

    @Test func highlightedTiesStayStrongAndOthersFade() throws {
        var figure = Figure.overview(of: try Fixtures.region())
        let path = try #require(figure.ties.first { $0.source == "armenia" })
        figure.highlighted = [path.key]
        let lines = edgeLines(writer.dot(figure))
        #expect(lines.filter { $0.contains("color=\"#D55E00\"") }.count == 1)
        #expect(
            lines.filter { $0.range(of: "color=\"#[0-9A-F]{6}4D\"", options: .regularExpression) != nil }.count == 6)
    }

    @Test func egoFigureKeepsTheNeighbourhoodAndFocusesTheActor() throws {
        let figure = Figure.ego("uzbekistan", depth: 1, of: try Fixtures.region())
        #expect(figure.actorIDs == ["kazakhstan", "uzbekistan"])
        #expect(figure.ties.count == 1)
        let two = Figure.ego("uzbekistan", depth: 2, of: try Fixtures.region())
        #expect(two.actorIDs == ["csto", "kazakhstan", "russia", "uzbekistan"])
        #expect(
            writer.dot(figure).contains("\"uzbekistan\" [label=\"Uzbekistan\", shape=\"ellipse\", penwidth=\"2.5\""))
    }

    @Test func filteringKeepsOnlyMatchingTiesAndTheirActors() throws {
        let figure = Figure.overview(of: try Fixtures.region()).filteringTies { $0.layer == .security }
        #expect(figure.ties.count == 3)
        #expect(figure.actorIDs == ["armenia", "csto", "kazakhstan", "russia"])
    }

    @Test func onlyWhitelistedAttributesAreEmitted() throws {
        let whitelist = Set(DOTAttribute.allCases.map(\.rawValue))
        for layout in LayoutEngine.allCases {
            let parsed = try GraphvizRenderer.parse(dot: try overviewDOT(layout: layout))
            let names = Set(parsed.attributes.keys).union(parsed.nodes.flatMap(\.attributes.keys))
                .union(parsed.edges.flatMap(\.attributes.keys))
            #expect(names.isSubset(of: whitelist), "\(names.subtracting(whitelist))")
        }
    }
}
