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
