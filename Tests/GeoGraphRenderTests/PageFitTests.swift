import Foundation
import GeoGraph
import Testing

@testable import GeoGraphRender

/// ``PageFit`` on SVGs written here, shaped as Graphviz writes them.
@Suite struct PageFitTests {
    /// A Graphviz-shaped SVG `width` points wide with a root scale, one node text and one legend text.
    static func svg(width: Double, viewBox: Double, scale: Double, actor: Double, legend: Double) -> String {
        """
        <svg width="\(width)pt" height="100pt"
         viewBox="0.00 0.00 \(viewBox) 100.00" xmlns="http://www.w3.org/2000/svg">
        <g id="graph0" class="graph" transform="scale(\(scale) \(scale)) rotate(0) translate(4 96)">
        <text text-anchor="start" x="10" y="-80" font-family="Helvetica,sans-Serif" font-size="\(legend)">Title</text>
        <g id="node1" class="node">
        <title>a</title>
        <g id="a_node1"><a xlink:title="A (state)">
        <ellipse fill="#ffffff" stroke="#333333" cx="50" cy="-20" rx="30" ry="18"/>
        <text text-anchor="middle" x="50" y="-16" font-family="Helvetica,sans-Serif" font-size="\(actor)">Alpha</text>
        </a>
        </g>
        </g>
        <g id="edge1" class="edge">
        <text text-anchor="middle" x="70" y="-40" font-family="Helvetica,sans-Serif" font-size="\(legend + 1)">3</text>
        </g>
        </g>
        </svg>
        """
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var width: Double, viewBox: Double, scale: Double, actor: Double, legend: Double
        var expectedActor: Double, expectedLegend: Double
        var testDescription: String { "\(width) pt wide, scale \(scale), fonts \(actor)/\(legend)" }
    }

    static let cases: [Case] = [
        // 453.5 pt wide: sizes unchanged.
        Case(width: 453.54, viewBox: 453.54, scale: 1, actor: 10, legend: 9, expectedActor: 10, expectedLegend: 9),
        // Twice the page: half size.
        Case(width: 907.09, viewBox: 907.09, scale: 1, actor: 16, legend: 14, expectedActor: 8, expectedLegend: 7),
        // Graphviz's `size` shrank the drawing: the root scale halves the text.
        Case(width: 453.54, viewBox: 453.54, scale: 0.5, actor: 16, legend: 14, expectedActor: 8, expectedLegend: 7),
        // A viewBox twice the width: user units are half a point.
        Case(width: 453.54, viewBox: 907.09, scale: 1, actor: 16, legend: 14, expectedActor: 8, expectedLegend: 7),
        // Narrower than the page: scaled up.
        Case(width: 226.77, viewBox: 226.77, scale: 1, actor: 5, legend: 4, expectedActor: 10, expectedLegend: 8),
    ]

    @Test(arguments: cases) func sizesAtSixteenCentimetres(_ c: Case) throws {
        let fit = try PageFit(
            svg: Self.svg(width: c.width, viewBox: c.viewBox, scale: c.scale, actor: c.actor, legend: c.legend))
        #expect(abs(try #require(fit.smallestActorLabel) - c.expectedActor) < 0.01)
        #expect(abs(try #require(fit.smallestLegendText) - c.expectedLegend) < 0.01)
    }

    @Test(arguments: [
        (actor: 16.0, legend: 14.0, reads: true), (actor: 15.0, legend: 14.0, reads: false),
        (actor: 16.0, legend: 13.0, reads: false),
    ])
    func aFigureTwiceThePageWidthReadsOnlyWithLargeFonts(actor: Double, legend: Double, reads: Bool) throws {
        let width = 2 * PageFit.a4TextWidth
        let fit = try PageFit(svg: Self.svg(width: width, viewBox: width, scale: 1, actor: actor, legend: legend))
        #expect(fit.readsOnThePage == reads)
    }

    @Test func aFileThatIsNotGraphvizSVGIsAnError() {
        #expect(throws: RenderError.self) { try PageFit(svg: "<svg><text font-size=\"9\">x</text></svg>") }
    }
}
