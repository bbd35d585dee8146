/// The elements a page built by ``HTML`` may contain: a whitelist, HTML's and the SVG subset that
/// Graphviz draws with.
///
/// Names come only from here, so no text can become an element; the SVG cases are also what
/// ``SVGSanitizer`` keeps of Graphviz's output (everything else, `script` and `foreignObject`
/// included, is dropped with its content).
public enum HTMLTag: String, CaseIterable, Sendable {
    // Document
    case html, head, body, meta, title, style, script, noscript
    // Sections and text
    case header, main, aside, section, nav, footer, div, span, p, h1, h2, h3, ul, ol, li, dl, dt, dd
    case blockquote, strong, em, code, small, mark, br
    // Forms
    case form, fieldset, legend, label, input, select, option, button, output
    // SVG, as Graphviz writes it
    case svg, g, path, polygon, polyline, ellipse, circle, rect, line, text, tspan, a

    /// Elements without content or end tag.
    var isVoid: Bool { [.meta, .input, .br].contains(self) }

    /// Elements whose content is raw text, written only through ``HTML/script(json:id:)``,
    /// ``HTML/script(_:)`` and ``HTML/style(_:)``.
    var isRawText: Bool { self == .script || self == .style }

    /// The SVG elements ``SVGSanitizer`` keeps (`title` and `a` are shared with HTML).
    public static let svgElements: Set<HTMLTag> = [
        .svg, .g, .title, .path, .polygon, .polyline, .ellipse, .circle, .rect, .line, .text, .tspan, .a,
    ]
}
