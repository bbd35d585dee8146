/// The attribute names a page built by ``HTML`` may carry: a whitelist.
///
/// There is no event handler (`onclick`), no `style`, `href`, `src` or `xlink:href` among them: the
/// page's script attaches its handlers itself, and nothing on the page links or loads anything.
public enum HTMLAttribute: String, CaseIterable, Sendable {
    // HTML
    case id, `class`, lang, charset, name, content, type, value, placeholder, `for`, title, role
    case checked, selected, hidden, disabled, autocomplete, spellcheck, tabindex, size
    case ariaLabel = "aria-label", ariaLive = "aria-live", ariaPressed = "aria-pressed"
    case dataLayer = "data-layer", dataAction = "data-action"
    // SVG, as Graphviz writes it
    case viewBox, width, height, transform, points, d, cx, cy, rx, ry, r, x, y, x1, y1, x2, y2
    case fill, stroke, opacity
    case fillOpacity = "fill-opacity", strokeOpacity = "stroke-opacity", strokeWidth = "stroke-width"
    case strokeDasharray = "stroke-dasharray", strokeLinecap = "stroke-linecap"
    case strokeLinejoin = "stroke-linejoin", strokeMiterlimit = "stroke-miterlimit"
    case textAnchor = "text-anchor", fontFamily = "font-family", fontSize = "font-size"
    case fontWeight = "font-weight", fontStyle = "font-style", textDecoration = "text-decoration"
    case baselineShift = "baseline-shift", preserveAspectRatio
    case xlinkTitle = "xlink:title"

    /// The attributes ``SVGSanitizer`` keeps on SVG elements (no `id`: Graphviz's `node1`, `edge1`
    /// would say nothing and could clash with the page's own ids).
    public static let svgAttributes: Set<HTMLAttribute> = [
        .class, .viewBox, .transform, .points, .d, .cx, .cy, .rx, .ry, .r, .x, .y, .x1, .y1, .x2, .y2,
        .fill, .stroke, .opacity, .fillOpacity, .strokeOpacity, .strokeWidth, .strokeDasharray, .strokeLinecap,
        .strokeLinejoin, .strokeMiterlimit, .textAnchor, .fontFamily, .fontSize, .fontWeight, .fontStyle,
        .textDecoration, .baselineShift, .preserveAspectRatio, .xlinkTitle,
    ]
}
