import GeoGraph

/// How figures look: colours, line styles, shapes and clusters, read from `Graphs/style.yaml`.
///
/// Every value is a closed choice (``NodeShape``, ``LineStyle``, ``ArrowShape``) or a checked
/// ``HexColor``, so a style file cannot smuggle arbitrary Graphviz attributes into a figure.
public struct FigureStyle: Sendable, Equatable, Codable {
    /// The font for every label.
    public var font: String
    /// One colour per layer, from one colour-blind-safe palette.
    public var layers: [Layer: HexColor]
    /// Line style and arrowhead per polarity.
    public var polarity: [Polarity: EdgeLook]
    /// The pen width of the weakest and the strongest tie; weights map linearly between them.
    public var penwidth: ClosedRange<Double>
    /// Node shape per actor kind.
    public var kinds: [ActorKind: NodeShape]
    /// Clusters, in priority order: an actor joins the first cluster whose tag it has.
    public var clusters: [ClusterStyle]
    /// The fill of a node whose measure is the largest; smaller values fade towards white.
    public var measureFill: HexColor
    /// The colour of highlighted ties (a path, a focus).
    public var highlight: HexColor

    /// A polarity's look.
    public struct EdgeLook: Sendable, Equatable, Codable {
        public var line: LineStyle
        public var arrowhead: ArrowShape
        public init(line: LineStyle, arrowhead: ArrowShape) {
            self.line = line
            self.arrowhead = arrowhead
        }
    }

    /// A cluster of actors sharing a tag.
    public struct ClusterStyle: Sendable, Equatable, Codable {
        public var tag: String
        public var label: String
        public var color: HexColor
        public init(tag: String, label: String, color: HexColor) {
            self.tag = tag
            self.label = label
            self.color = color
        }
    }

    public init(
        font: String, layers: [Layer: HexColor], polarity: [Polarity: EdgeLook], penwidth: ClosedRange<Double>,
        kinds: [ActorKind: NodeShape], clusters: [ClusterStyle], measureFill: HexColor, highlight: HexColor
    ) {
        self.font = font
        self.layers = layers
        self.polarity = polarity
        self.penwidth = penwidth
        self.kinds = kinds
        self.clusters = clusters
        self.measureFill = measureFill
        self.highlight = highlight
    }

    /// The built-in style.
    ///
    /// Okabe–Ito colours (Okabe & Ito 2008, "Color Universal Design"), tension
    /// dashed with a tee arrowhead, clusters for Central Asia, the great powers, the West and the Caucasus.
    /// `Graphs/style.yaml` repeats these values so they can be edited.
    public static let standard = FigureStyle(
        font: "Helvetica",
        layers: [
            .security: HexColor("#D55E00")!,  // vermillion
            .economic: HexColor("#0072B2")!,  // blue
            .diplomatic: HexColor("#009E73")!,  // bluish green
        ],
        polarity: [
            .cooperation: EdgeLook(line: .solid, arrowhead: .normal),
            .tension: EdgeLook(line: .dashed, arrowhead: .tee),
        ],
        penwidth: 0.8...4.0,
        kinds: [.state: .ellipse, .organisation: .box, .person: .note, .region: .hexagon],
        clusters: [
            ClusterStyle(tag: "central-asia", label: "Central Asia", color: HexColor("#E69F00")!),
            ClusterStyle(tag: "great-power", label: "Great powers", color: HexColor("#CC79A7")!),
            ClusterStyle(tag: "west", label: "The West", color: HexColor("#56B4E9")!),
            ClusterStyle(tag: "caucasus", label: "The Caucasus", color: HexColor("#F0E442")!),
        ],
        measureFill: HexColor("#999999")!,
        highlight: HexColor("#000000")!
    )

    /// The colour of a layer (black if the style leaves it out).
    public func color(of layer: Layer) -> HexColor { layers[layer] ?? HexColor("#000000")! }

    /// The look of a polarity (solid/normal if the style leaves it out).
    public func look(of polarity: Polarity) -> EdgeLook {
        self.polarity[polarity] ?? EdgeLook(line: .solid, arrowhead: .normal)
    }

    /// The pen width for a weight in (0, 1].
    public func penwidth(for weight: Double) -> Double {
        penwidth.lowerBound + (penwidth.upperBound - penwidth.lowerBound) * min(1, max(0, weight))
    }

    /// Whether `name` is a plain font family ("Helvetica", "DejaVu Sans"): letters, digits, spaces,
    /// hyphens and underscores, at most 64 characters. Graphviz takes a `fontname` with a slash as a
    /// font file to open, so a style file must not be able to name one.
    public static func isFontFamily(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || " -_".unicodeScalars.contains($0) }
    }

    /// The first cluster whose tag `actor` has, or `nil`.
    public func cluster(of actor: Actor) -> ClusterStyle? { clusters.first { actor.hasTag($0.tag) } }
}

/// The node shapes figures may use.
public enum NodeShape: String, CaseIterable, Sendable, Codable {
    case ellipse, box, note, hexagon, octagon, diamond, circle, house, component, tab, folder
}

/// The line styles figures may use.
public enum LineStyle: String, CaseIterable, Sendable, Codable {
    case solid, dashed, dotted, bold
}

/// The arrowheads figures may use.
public enum ArrowShape: String, CaseIterable, Sendable, Codable {
    case normal, tee, vee, dot, odot, diamond, odiamond, box, inv, none
}
