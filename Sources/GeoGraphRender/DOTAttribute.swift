/// The Graphviz attributes GeoGraph ever writes or imports: a whitelist.
///
/// The DOT writer can only emit attributes named here (its API takes this type, not strings), and the
/// importer drops every attribute outside ``importable``. Attributes that read local files (`image`,
/// `shapefile`, `fontpath`, `imagepath`), link out (`URL`, `href`) or pull in stylesheets are
/// deliberately absent (see `../shared/GRAPHVIZ.md`, "Security").
public enum DOTAttribute: String, CaseIterable, Sendable, Comparable {
    // Graph
    case bgcolor, center, fontname, fontsize, label, labeljust, labelloc, nodesep, outputorder, overlap
    case layout, pad, rankdir, ranksep, sep, splines, esep, K, model, concentrate, newrank, remincross, mindist
    case normalize
    case overlapScaling = "overlap_scaling"
    // Nodes
    case shape, style, color, fillcolor, fontcolor, width, height, margin, penwidth, peripheries
    case tooltip
    // Edges
    case arrowhead, arrowtail, arrowsize, dir, weight, len, constraint
    // SVG classes, for a page's script to find what an element draws (``Figure/marksTies``)
    case `class`
    // Domain attributes carried through DOT (read back by the importer)
    case layer, polarity, symmetric, name, kind, tags

    public static func < (lhs: DOTAttribute, rhs: DOTAttribute) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The attributes ``DOTImporter`` keeps; everything else in an imported file is dropped.
    public static let importable: Set<String> = [
        "layer", "polarity", "weight", "symmetric", "name", "kind", "tags", "label", "dir",
    ]
}

/// An ordered list of whitelisted attributes with their values, written as `[a="x", b="y"]`.
///
/// Every value is written through ``DOTEscaping/quoted(_:)``, except HTML-like labels, which come
/// only from ``HTMLLabel`` and are written between `<` and `>`.
public struct DOTAttributes: Sendable, Equatable {
    enum Value: Sendable, Equatable {
        case text(String)
        case html(HTMLLabel)
    }

    private(set) var pairs: [(DOTAttribute, Value)] = []

    public init() {}

    /// Sets `attribute` to a plain string value, replacing an earlier value.
    public mutating func set(_ attribute: DOTAttribute, _ value: String) {
        pairs.removeAll { $0.0 == attribute }
        pairs.append((attribute, .text(value)))
    }

    /// Sets `attribute` to a number with at most three decimals.
    public mutating func set(_ attribute: DOTAttribute, _ value: Double) {
        set(attribute, DOTAttributes.number(value))
    }

    /// Sets `attribute` to an HTML-like label.
    public mutating func set(_ attribute: DOTAttribute, html: HTMLLabel) {
        pairs.removeAll { $0.0 == attribute }
        pairs.append((attribute, .html(html)))
    }

    public var isEmpty: Bool { pairs.isEmpty }

    /// The attributes as DOT, `a="x", b="y"`, in the order they were set.
    public var rendered: String {
        pairs.map { attribute, value in
            switch value {
            case .text(let text): "\(attribute.rawValue)=\(DOTEscaping.quoted(text))"
            case .html(let label): "\(attribute.rawValue)=<\(label.markup)>"
            }
        }.joined(separator: ", ")
    }

    /// A number as DOT likes it: no exponent, at most three decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        let scaled = (value * 1000).rounded()
        let whole = Int(scaled) / 1000, fraction = abs(Int(scaled) % 1000)
        let sign = scaled < 0 && whole == 0 ? "-" : ""
        if fraction == 0 { return "\(sign)\(whole)" }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 3 - digits.count) + digits
        while digits.hasSuffix("0") { digits.removeLast() }
        return "\(sign)\(whole).\(digits)"
    }

    public static func == (lhs: DOTAttributes, rhs: DOTAttributes) -> Bool { lhs.rendered == rhs.rendered }
}
