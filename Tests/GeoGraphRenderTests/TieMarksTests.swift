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
        #expect(edgeLines.count == figure.ties.count)
        for (index, (line, tie)) in zip(edgeLines, figure.ties).enumerated() {
            #expect(line.hasPrefix("  \"\(tie.source)\" -> \"\(tie.target)\""))
            #expect(line.contains("class=\"tie-\(index)\""))
        }
    }
}
