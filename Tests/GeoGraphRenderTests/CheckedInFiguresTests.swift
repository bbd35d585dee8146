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
            #expect(parsed.edges.count == item.figure.ties.count, "\(item.name)")
        }
        let overview = try #require(items.first)
        #expect(overview.figure.ties.count == graph.ties.count)
        #expect(overview.figure.actorIDs == Array(Set(graph.ties.flatMap { [$0.source, $0.target] })).sorted())
    }

    /// The figures go straight into a report: no edge may be drawn across an actor's label, and none
    /// across any label at all in the overview. (The balance figure labels each of the parallel ties
    /// between a pair with its evidence count; Graphviz puts those labels on the fan of sibling
    /// edges, so they are not held to this: see RenderingFigures.md in the GeoGraphRender
    /// documentation, "Edge routing".)
    @Test func noEdgeOfAnyStandardFigureCrossesAnActorsLabel() throws {
        let (_, items) = try Self.referenceSet()
        let writer = DOTWriter(
            style: try FigureStyle.load(path: Self.root.appendingPathComponent("Graphs/style.yaml").path))
        for item in items {
            let json = try GraphvizRenderer.render(item.figure, writer: writer, format: .json)
            let crossings = try LabelClearance.crossings(inLayout: json).filter { crossing in
                if case .edge = crossing.owner { return item.name == "overview" }
                return true
            }
            #expect(crossings.isEmpty, "\(item.name): \(crossings.map(\.description).joined(separator: "; "))")
        }
    }

    @Test func checkedInDOTIsWhatTheWriterWritesToday() throws {
        let (_, items) = try Self.referenceSet()
        let writer = DOTWriter(
            style: try FigureStyle.load(path: Self.root.appendingPathComponent("Graphs/style.yaml").path))
        for item in items {
            let path = Self.root.appendingPathComponent("Graphs/figures/\(item.name).dot").path
            #expect(
                try String(contentsOfFile: path, encoding: .utf8) == writer.dot(item.figure),
                "Graphs/figures/\(item.name).dot is out of date: run geograph figures")
        }
    }
}
