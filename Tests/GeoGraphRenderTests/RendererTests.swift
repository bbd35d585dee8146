import Foundation
import GeoGraph
import Testing

@testable import GeoGraphRender

/// These tests run in parallel with each other and with the rest of the suite: the renderer's
/// process-wide owner must serialise Graphviz, or the process crashes.
@Suite struct RendererTests {
    let dot: String

    init() throws { dot = DOTWriter().dot(.overview(of: try Fixtures.region())) }

    @Test(arguments: LayoutEngine.allCases)
    func everyLayoutEngineRendersSVG(layout: LayoutEngine) throws {
        let svg = String(decoding: try GraphvizRenderer.render(dot: dot, layout: layout, format: .svg), as: UTF8.self)
        #expect(svg.contains("<svg"))
        #expect(svg.contains(">Uzbekistan</text>"))
    }

    @Test(arguments: [
        (RenderFormat.svg, Array("<?xml".utf8)), (.png, [0x89, 0x50, 0x4E, 0x47]), (.pdf, Array("%PDF".utf8)),
        (.dot, Array("digraph".utf8)), (.xdot, Array("digraph".utf8)), (.json, Array("{".utf8)),
    ])
    func everyFormatHasItsSignature(format: RenderFormat, signature: [UInt8]) throws {
        let data = try GraphvizRenderer.render(dot: dot, layout: .dot, format: format, dpi: 72)
        #expect(Array(data.prefix(signature.count)) == signature)
    }

    @Test func manyConcurrentRendersDoNotCrash() async throws {
        let dot = self.dot
        let sizes = try await withThrowingTaskGroup(of: Int.self) { group in
            for i in 0..<24 {
                group.addTask {
                    let layout = LayoutEngine.allCases[i % LayoutEngine.allCases.count]
                    return try GraphvizRenderer.render(dot: dot, layout: layout, format: .svg).count
                }
            }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(sizes.count == 24)
        #expect(sizes.allSatisfy { $0 > 1000 })
    }

    @Test func syntaxErrorIsThrownWithItsLine() throws {
        let error = try #require(throws: RenderError.self) {
            try GraphvizRenderer.render(dot: "digraph {\n a -> b\n c -> ;\n}\n", layout: .dot, format: .svg)
        }
        guard case .syntax(let line, let message) = error else {
            Issue.record("expected a syntax error, got \(error)")
            return
        }
        #expect(line == 3)
        #expect(message.contains("syntax error"))
    }

    @Test func aGoodGraphParsesAfterABadOne() throws {
        #expect(throws: RenderError.self) { try GraphvizRenderer.parse(dot: "digraph { a -> }") }
        #expect(try GraphvizRenderer.parse(dot: "digraph { a -> b }").edges.count == 1)
    }

    @Test func bitmapResolutionIsClampedTo600DPI() throws {
        let png = try GraphvizRenderer.render(dot: "digraph { dpi=20000; a -> b }", layout: .dot, format: .png)
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let reference = try GraphvizRenderer.render(dot: "digraph { a -> b }", layout: .dot, format: .png, dpi: 600)
        #expect(width == reference[16..<20].reduce(0) { $0 << 8 | Int($1) })
        #expect(width < 2000)
    }

    @Test func absurdSizeIsRefused() {
        #expect(throws: RenderError.tooLarge(reason: "size \"10000,10000!\" exceeds 200 inches")) {
            try GraphvizRenderer.render(dot: "digraph { size=\"10000,10000!\"; a -> b }", layout: .dot, format: .svg)
        }
    }

    @Test func renderingTheSameDOTTwiceGivesTheSameSVG() throws {
        let a = try GraphvizRenderer.render(dot: dot, layout: .neato, format: .svg)
        let b = try GraphvizRenderer.render(dot: dot, layout: .neato, format: .svg)
        #expect(a == b)
    }

    /// Whatever wrote the DOT, the renderer refuses what would make Graphviz read a file or link out.
    @Test(arguments: [
        ("digraph { a [image=\"/etc/passwd\"]; a -> b }", "image"),
        ("digraph { node [shapefile=\"/etc/passwd\"]; a -> b }", "shapefile"),
        ("digraph { imagepath=\"/etc\"; a -> b }", "imagepath"),
        ("digraph { fontpath=\"/etc\"; a -> b }", "fontpath"),
        ("digraph { stylesheet=\"http://x/s.css\"; a -> b }", "stylesheet"),
        ("digraph { a -> b [URL=\"javascript:alert(1)\"] }", "URL"),
        ("digraph { a [href=\"file:///etc/passwd\"] }", "href"),
        ("digraph { a -> b [labelURL=\"x\"] }", "labelURL"),
        ("digraph { subgraph cluster_x { fontname=\"/etc/passwd\"; a } }", "fontname"),
        ("digraph { a [fontname=\"..\\\\evil\"] }", "fontname"),
        ("digraph { a [label=<<TABLE><TR><TD><IMG SRC=\"/etc/passwd\"/></TD></TR></TABLE>>] }", "label"),
        ("digraph { a -> b [xlabel=<<img src=\"/etc/passwd\"/>>] }", "xlabel"),
    ])
    func attributesThatReadFilesAreRefused(dot: String, attribute: String) throws {
        let error = try #require(throws: RenderError.self) {
            try GraphvizRenderer.render(dot: dot, layout: .dot, format: .svg)
        }
        guard case .unsafeAttribute(let name, _) = error else {
            Issue.record("expected an unsafe attribute, got \(error)")
            return
        }
        #expect(name == attribute)
    }

    @Test func aPlainLabelThatMentionsAnImageIsDrawn() throws {
        let svg = try GraphvizRenderer.render(dot: "digraph { a [label=\"<IMG SRC=x>\"] }", layout: .dot, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("&lt;IMG SRC=x&gt;"))
    }
}
