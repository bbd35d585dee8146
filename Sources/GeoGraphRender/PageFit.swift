import Foundation

/// How large a rendered figure's text comes out on a page: every `<text>` of a Graphviz SVG, at the
/// size it has when the whole drawing is scaled to a given width.
///
/// Graphviz writes `width="Wpt"`, a `viewBox` and a `scale(s)` transform on the root group; a text
/// of `font-size` f is drawn at `f × s × W / viewBoxWidth` points, and at `pageWidth` points wide at
/// that times `pageWidth / W`. Texts inside a node's group are actor labels; every other text (the
/// title, the legend, cluster and edge labels) counts as legend.
public struct PageFit: Sendable, Equatable {
    /// The drawing's own width, in points (the SVG's `width`).
    public var width: Double
    /// The smallest actor label, in points at the page width; `nil` when the figure has none.
    public var smallestActorLabel: Double?
    /// The smallest other text (title, legend, cluster and edge labels), in points; `nil` for none.
    public var smallestLegendText: Double?

    /// The width a figure is read at: 16 cm (an A4 page less its margins), in points.
    public static let a4TextWidth = 16 / 2.54 * 72
    /// The smallest actor label a figure may have at ``a4TextWidth``, in points.
    public static let minimumActorLabel = 8.0
    /// The smallest legend text a figure may have at ``a4TextWidth``, in points.
    public static let minimumLegendText = 7.0

    /// Measures `svg` scaled to `pageWidth` points wide.
    /// - Throws: ``RenderError/renderFailed(format:message:)`` when `svg` lacks Graphviz's `width`,
    ///   `viewBox` or root `scale` (not a Graphviz SVG).
    public init(svg: String, pageWidth: Double = PageFit.a4TextWidth) throws {
        func fail(_ what: String) -> RenderError { .renderFailed(format: .svg, message: "the SVG has no \(what)") }
        guard let width = Self.number(in: svg, after: "<svg width=\"").flatMap(Double.init) else { throw fail("width") }
        guard let box = Self.number(in: svg, after: "viewBox=\"", through: "\"")?.split(separator: " "),
            box.count == 4, let boxWidth = Double(box[2]), boxWidth > 0, width > 0
        else { throw fail("viewBox") }
        guard let scale = Self.number(in: svg, after: "transform=\"scale(").flatMap(Double.init) else {
            throw fail("root scale transform")
        }
        let factor = scale * (width / boxWidth) * (pageWidth / width)
        var inNode = false
        var actor: Double?, legend: Double?
        for line in svg.split(separator: "\n") {
            // A top-level group names its kind (`class="node"`); the tooltip groups inside it do not.
            if line.hasPrefix("<g id="), line.contains("class=") { inNode = line.contains("class=\"node") }
            guard line.contains("<text"), let size = Self.number(in: String(line), after: "font-size=\"").flatMap(Double.init)
            else { continue }
            let shown = size * factor
            if inNode { actor = min(actor ?? shown, shown) } else { legend = min(legend ?? shown, shown) }
        }
        self.width = width
        smallestActorLabel = actor
        smallestLegendText = legend
    }

    /// Whether every actor label and every other text is at least its minimum.
    public var readsOnThePage: Bool {
        (smallestActorLabel ?? .infinity) >= Self.minimumActorLabel
            && (smallestLegendText ?? .infinity) >= Self.minimumLegendText
    }

    /// The text after the first `prefix` in `text`, up to `end` or the first character that cannot
    /// be part of a number.
    static func number(in text: String, after prefix: String, through end: Character? = nil) -> String? {
        guard let range = text.range(of: prefix) else { return nil }
        let rest = text[range.upperBound...]
        if let end { return rest.firstIndex(of: end).map { String(rest[..<$0]) } }
        return String(rest.prefix { $0.isNumber || $0 == "." || $0 == "-" })
    }
}
