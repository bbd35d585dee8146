import GeoGraph
import Testing

@testable import GeoGraphRender

/// `Figure.marksTies`: each edge names the tie it draws, for the explorer's script.
@Suite struct TieMarksTests {
    @Test func edgesCarryTheirTiePositionOnlyWhenAsked() throws {
        var figure = Figure.overview(of: try Fixtures.region())
        let plain = DOTWriter().dot(figure)
        #expect(!plain.contains("class="))
        figure.marksTies = true
        let marked = DOTWriter().dot(figure)
        let edgeLines = marked.split(separator: "\n").filter { $0.contains("\" -> \"") }
        let edges = figure.edges
        #expect(edgeLines.count == edges.count)
        for (line, edge) in zip(edgeLines, edges) {
            #expect(line.hasPrefix("  \"\(edge.tail)\" -> \"\(edge.head)\""))
            #expect(line.contains("class=\"\(edge.ties.map { "tie-\($0)" }.joined(separator: " "))\""))
            for index in edge.ties {
                let tie = figure.ties[index]
                #expect(Set([tie.source, tie.target]) == Set([edge.tail, edge.head]) && tie.layer == edge.layer)
            }
        }
        #expect(edges.flatMap(\.ties).sorted() == Array(figure.ties.indices))
    }
}
