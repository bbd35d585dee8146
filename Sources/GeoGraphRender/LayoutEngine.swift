/// A Graphviz layout engine; the raw value is Graphviz's own spelling.
public enum LayoutEngine: String, CaseIterable, Sendable, Codable {
    /// `dot`: layered (hierarchical) drawing, left to right here; good for ego and path figures.
    case dot
    /// `neato`: spring model (stress majorisation); good for overviews of a few dozen actors.
    case neato
    /// `fdp`: force-directed placement with clusters; good for overviews grouped by region.
    case fdp
    /// `sfdp`: multiscale force-directed placement for hundreds of actors or more.
    case sfdp
    /// `circo`: circular layout; good for an actor balancing between poles.
    case circo
    /// `twopi`: radial layout; good for one actor at the centre.
    case twopi

    /// Whether the engine draws `cluster_…` subgraphs as boxes (`neato`, `circo`, `twopi` ignore them).
    public var drawsClusters: Bool { self == .dot || self == .fdp }
}

/// An output format of the renderer; the raw value is Graphviz's own spelling (`-T`).
public enum RenderFormat: String, CaseIterable, Sendable, Codable {
    /// Scalable vector graphics (core plugin).
    case svg
    /// A bitmap through cairo (needs the cairo plugin and fontconfig fonts).
    case png
    /// PDF through cairo.
    case pdf
    /// The laid-out graph as DOT, with positions.
    case dot
    /// DOT with drawing operations (`_draw_` attributes).
    case xdot
    /// The laid-out graph as JSON.
    case json

    /// The file-name extension for this format.
    public var fileExtension: String { rawValue }

    /// Whether the output is a bitmap, for which `dpi` matters.
    public var isBitmap: Bool { self == .png }
}
