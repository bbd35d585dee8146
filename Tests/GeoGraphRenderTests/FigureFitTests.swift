import GeoGraph
import Testing

@testable import GeoGraphRender

/// `FigureFit` on the reference graph: why the overview leaves out the actors with one tie.
@Suite struct FigureFitTests {
    static func reference() throws -> Graph {
        try GraphFileReader.load(
            path: CheckedInFiguresTests.root.appendingPathComponent("Graphs/central-asia.yaml").path)
    }

    @Test func theStandardOverviewReadsOnAPageWithNoCrossing() throws {
        let overview = try #require(FigureSet.standard(for: try Self.reference()).first).figure
        let result = try FigureFit.fit(overview, writer: DOTWriter())
        #expect(result.passes, "\(result.crossings.count) crossings, labels \(result.fit.smallestActorLabel ?? 0) pt")
        #expect(
            result.fit.width <= PageFit.a4TextWidth * Double(FigureFontSizes.standard.actor) / PageFit.minimumActorLabel
        )
    }

    /// Every actor with a tie (46 on the reference graph): no candidate layout is both narrow enough
    /// and free of crossings, and the best one's labels are under 8 pt at 16 cm.
    @Test func theWholeReferenceGraphDoesNotReadOnAPage() throws {
        let whole = Figure.overview(of: try Self.reference())
        #expect(whole.actorIDs.count > FigureSet.overviewActors)
        let result = try FigureFit.fit(whole, writer: DOTWriter())
        #expect(!result.passes)
    }

    /// Without the page check the first layout with no crossing is kept: on the small region, the
    /// first candidate (DOTWriter's own spread and separation).
    @Test func offThePageTheFirstLayoutWithNoCrossingIsKept() throws {
        let figure = Figure.overview(of: try Fixtures.region())
        let result = try FigureFit.fit(figure, writer: DOTWriter(), onAPage: false)
        #expect(result.crossings.isEmpty)
        #expect(result.figure.spread == nil && result.figure.separation == nil)
    }

    /// The SVG a fit returns is the layout kept, byte for byte as rendering the fitted figure again
    /// gives it, and its crossings are those of that layout's JSON: callers write it as it is.
    @Test func theFitsSVGIsTheKeptLayoutRendered() throws {
        let overview = try #require(FigureSet.standard(for: try Self.reference()).first).figure
        let result = try FigureFit.fit(overview, writer: DOTWriter())
        let svg = try GraphvizRenderer.render(result.figure, writer: DOTWriter(), format: .svg)
        let json = try GraphvizRenderer.render(result.figure, writer: DOTWriter(), format: .json)
        #expect(result.svg == svg)
        #expect(result.crossings == (try LabelClearance.crossings(inLayout: json)))
    }

    /// One layout drawn in several formats gives each format's bytes as drawing it alone does.
    @Test(arguments: [[RenderFormat.svg, .json], [.json, .svg, .xdot]])
    func oneLayoutInSeveralFormatsMatchesOneFormatAtATime(formats: [RenderFormat]) throws {
        let figure = Figure.overview(of: try Fixtures.region())
        let together = try GraphvizRenderer.render(figure, formats: formats)
        let alone = try formats.map { try GraphvizRenderer.render(figure, format: $0) }
        #expect(together == alone)
    }
}
