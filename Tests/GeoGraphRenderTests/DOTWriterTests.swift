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
        var figure = Figure(
            graph: try Graph(actors: actors, ties: chain), actorIDs: actors.map(\.id), ties: chain, title: "chain",
            layout: .neato)
        figure.edgeDrawing = .ties
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

    /// A chain (a path) ranks the figure by its own edges, drawn along it; every other edge is faint,
    /// thin and left out of the ranking.
    @Test func aChainRanksByItsOwnEdgesAndFadesTheRest() throws {
        var figure = Figure.overview(of: try Fixtures.region(), layout: .dot)
        let hop = try #require(figure.edges.first)
        figure.chain = [hop.head, hop.tail]
        figure.highlighted = Set(hop.ties.map { figure.ties[$0].key })
        let edges = figure.edges
        let lines = edgeLines(writer.dot(figure))
        #expect(lines.count == edges.count)
        for (line, edge) in zip(lines, edges) {
            if figure.isOnChain(edge) {
                #expect(line.hasPrefix("  \"\(hop.head)\" -> \"\(hop.tail)\""))
                #expect(!line.contains("constraint="))
            } else {
                #expect(line.contains("constraint=\"false\"") && line.contains("penwidth=\"0.8\""))
            }
        }
        #expect(edges.contains { !figure.isOnChain($0) })
    }

    /// Several ties of one pair and layer are one edge: a double line for both polarities, and at
    /// each end the heads of the ties that point at it.
    @Test func tiesOfOnePairAndLayerAreOneEdge() throws {
        let actors = ["a", "b"].map { Actor(id: $0, name: $0.uppercased(), kind: .state) }
        let ties = [
            Tie(source: "a", target: "b", layer: .economic, polarity: .cooperation, weight: 0.5),
            Tie(source: "b", target: "a", layer: .economic, polarity: .tension, weight: 0.4),
            Tie(source: "a", target: "b", layer: .security, polarity: .tension, weight: 0.3, isSymmetric: true),
        ]
        let graph = try Graph(actors: actors, ties: ties)
        var figure = Figure.overview(of: graph)
        let lines = edgeLines(writer.dot(figure))
        #expect(lines.count == 2)
        let economic = try #require(lines.first { $0.contains("layer=\"economic\"") })
        #expect(economic.hasPrefix("  \"a\" -> \"b\""))
        #expect(economic.contains("color=\"#0072B2:#0072B2\"") && economic.contains("dir=\"both\""))
        #expect(economic.contains("arrowhead=\"normal\"") && economic.contains("arrowtail=\"tee\""))
        let security = try #require(lines.first { $0.contains("layer=\"security\"") })
        #expect(security.contains("style=\"dashed\"") && security.contains("arrowhead=\"tee\"") && security.contains("arrowtail=\"tee\""))
        figure.edgeDrawing = .ties
        #expect(edgeLines(writer.dot(figure)).count == 3)
    }

    @Test func actorKindSetsShape() throws {
        let dot = try overviewDOT()
        #expect(dot.contains("\"csto\" [label=\"CSTO\", shape=\"box\""))
        #expect(dot.contains("\"tokayev\" [label=\"Kassym-Jomart\\nTokayev\", name=\"Kassym-Jomart Tokayev\", shape=\"note\""))
        #expect(dot.contains("\"central-asia\" [label=\"Central\\nAsia\", name=\"Central Asia\", shape=\"hexagon\""))
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
        #expect(dot.contains("&#160;security") && dot.contains("&#160;economic") && dot.contains("&#160;diplomatic"))
        // Wrapped to the legend's width.
        #expect(dot.contains("Sources: Wire One, 2024-01; Wire &amp; &lt;Two&gt;,<BR/>2023-05-02."))
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
