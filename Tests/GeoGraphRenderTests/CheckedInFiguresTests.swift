import Foundation
import GeoGraph
import Testing

@testable import GeoGraphRender

/// The checked-in figure set against the reference graph.
@Suite struct CheckedInFiguresTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    static func referenceSet() throws -> (Graph, [FigureSet.Item]) {
        let graph = try GraphFileReader.load(path: root.appendingPathComponent("Graphs/central-asia.yaml").path)
        return (graph, FigureSet.standard(for: graph))
    }

    @Test func everyCheckedInDOTReparsesWithCountsEqualToItsFigure() throws {
        let (graph, items) = try Self.referenceSet()
        // Overview, three layers, five ego figures, the region between Russia and China, strongest paths.
        #expect(items.map(\.name).suffix(2) == ["balance-central-asia", "strongest-paths"])
        #expect(items.count == 11)
        for item in items {
            let path = Self.root.appendingPathComponent("Graphs/figures/\(item.name).dot").path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let parsed = try GraphvizRenderer.parse(dot: text)
            #expect(parsed.nodes.count == item.figure.actorIDs.count, "\(item.name)")
            // The DOT holds the edges drawn (one per pair and layer), not the ties.
            #expect(parsed.edges.count == item.figure.edges.count, "\(item.name)")
            #expect(item.figure.edges.flatMap(\.ties).sorted() == Array(item.figure.ties.indices), "\(item.name)")
        }
        // The overview: the actors with two or more ties and every tie among them; the actors with
        // one tie are named in its legend.
        let overview = try #require(items.first).figure
        var count: [String: Int] = [:]
        for tie in graph.ties { for end in [tie.source, tie.target] { count[end, default: 0] += 1 } }
        #expect(count.count > FigureSet.overviewActors)
        #expect(overview.actorIDs == count.keys.filter { count[$0]! >= 2 }.sorted())
        #expect(overview.leftOut == count.keys.filter { count[$0]! == 1 }.sorted())
        let drawn = Set(overview.actorIDs)
        #expect(
            overview.ties.map(\.key)
                == graph.ties.filter { drawn.contains($0.source) && drawn.contains($0.target) }.map(\.key).sorted())
        let dot = try String(
            contentsOf: Self.root.appendingPathComponent("Graphs/figures/overview.dot"), encoding: .utf8)
        #expect(dot.contains("Not shown, \(overview.leftOut.count) actors with one tie each: ASEAN,"))
    }

    /// The figure names of the standard set, for parameterised tests.
    static let names = [
        "overview", "layer-security", "layer-economic", "layer-diplomatic", "ego-kazakhstan", "ego-kyrgyzstan",
        "ego-tajikistan", "ego-turkmenistan", "ego-uzbekistan", "balance-central-asia", "strongest-paths",
    ]

    @Test func theNamesAreTheStandardSet() throws {
        #expect(try Self.referenceSet().1.map(\.name).sorted() == Self.names.sorted())
    }

    /// The figures go straight into a report: no edge may be drawn across any label (an actor's,
    /// another edge's, a cluster's or the legend), the balance figure's evidence counts included.
    @Test(arguments: names) func noEdgeCrossesALabel(name: String) throws {
        let (_, items) = try Self.referenceSet()
        let item = try #require(items.first { $0.name == name })
        let dot = try String(contentsOf: Self.root.appendingPathComponent("Graphs/figures/\(name).dot"), encoding: .utf8)
        let json = try GraphvizRenderer.render(dot: dot, layout: item.figure.layout, format: .json)
        let crossings = try LabelClearance.crossings(inLayout: json)
        #expect(crossings.isEmpty, "\(name): \(crossings.map(\.description).joined(separator: "; "))")
    }

    /// Scaled to 16 cm wide, every checked-in SVG keeps actor labels at 8 pt or more and the rest of
    /// its text at 7 pt or more.
    @Test(arguments: names) func checkedInSVGReadsOnAnA4Page(name: String) throws {
        let svg = try String(
            contentsOf: Self.root.appendingPathComponent("Graphs/figures/\(name).svg"), encoding: .utf8)
        let fit = try PageFit(svg: svg)
        let actor = try #require(fit.smallestActorLabel), legend = try #require(fit.smallestLegendText)
        #expect(actor >= PageFit.minimumActorLabel, "\(name): actor labels \(actor) pt at 16 cm")
        #expect(legend >= PageFit.minimumLegendText, "\(name): legend \(legend) pt at 16 cm")
    }

    /// The checked-in DOT with the layout `FigureFit` chose for it (its `overlap_scaling`, `sep` and `normalize`)
    /// is what the writer writes today: everything but the fitted layout is checked byte for byte.
    @Test func checkedInDOTIsWhatTheWriterWritesToday() throws {
        let (_, items) = try Self.referenceSet()
        let writer = DOTWriter(
            style: try FigureStyle.load(path: Self.root.appendingPathComponent("Graphs/style.yaml").path))
        for item in items {
            let path = Self.root.appendingPathComponent("Graphs/figures/\(item.name).dot").path
            let text = try String(contentsOfFile: path, encoding: .utf8)
            var figure = item.figure
            let graph = try GraphvizRenderer.parse(dot: text).attributes
            if let scaling = graph["overlap_scaling"].flatMap(Double.init), -scaling != DOTWriter.spread(figure) {
                figure.spread = -scaling
            }
            if let sep = graph["sep"].flatMap({ Int($0.dropFirst()) }), sep != DOTWriter.separation {
                figure.separation = sep
            }
            figure.rotation = graph["normalize"].flatMap { Int($0) }
            #expect(
                text == writer.dot(figure),
                "Graphs/figures/\(item.name).dot is out of date: run geograph figures")
        }
    }
}
