import Foundation

/// Chooses, for a force-directed figure, the layout that reads on an A4 page: the first of a fixed
/// list of spreads, separations and rotations whose drawing has no edge across a label
/// (``LabelClearance``) and keeps its text large enough at 16 cm (``PageFit``).
///
/// `neato` with prism overlap removal has no knob for "this wide": how compact a figure comes out,
/// and whether a bundle of edges brushes a neighbour's label, changes with small changes of where
/// the actors start, and prism's overlap removal pushes wide labels apart sideways, so a dense figure
/// comes out wider than tall; turning the drawing (``Figure/rotation``) trades width for height with
/// upright labels. Trying a short, fixed list in order keeps the result deterministic (the same
/// graph and style give the same DOT) and never bends the checks: a layout is kept only when it
/// passes them as drawn. Layered and circular layouts are kept as they are, and so are figures too
/// large for edges routed around the actors (``DOTWriter/maximumRoutedTies``): their straight edges
/// cross labels whatever the spread, and each candidate would cost a full layout.
public enum FigureFit {
    /// What a fitted figure measured.
    public struct Result: Sendable {
        /// The figure with ``Figure/spread``, ``Figure/separation`` and ``Figure/rotation`` set
        /// (unchanged when no candidate was tried or none passed and the first was best).
        public var figure: Figure
        /// Its text sizes at 16 cm.
        public var fit: PageFit
        /// Its edges across labels.
        public var crossings: [LabelCrossing]
        /// The figure rendered as SVG: the very layout measured, so callers need not render it again.
        public var svg: Data
        /// Whether it passes both checks.
        public var passes: Bool { crossings.isEmpty && fit.readsOnThePage }
    }

    /// The candidates, in the order they are tried: `nil` spread is ``DOTWriter``'s rule.
    static let spreads: [Double?] = [nil, 0.85, 0.8, 0.9, 1.2, 1.5]
    static let separations = [DOTWriter.separation, 5, 7, 8]
    /// The rotations tried, with ``DOTWriter``'s spread and separation, right after the drawing as
    /// laid out: a half turn gives back the same width, so every 30° of one.
    static let rotations = [0, 30, 60, 90, 120, 150]

    /// The candidates in order: spread, separation (`nil` for ``DOTWriter``'s) and rotation.
    static func candidates(for figure: Figure) -> [(Double?, Int?, Int?)] {
        // Straight edges (a figure too large for routing) cross labels whatever the layout.
        guard [.neato, .fdp, .sfdp].contains(figure.layout), DOTWriter.routesAroundNodes(figure) else {
            return [(nil, nil, nil)]
        }
        let plain = spreads.flatMap { spread in
            separations.map { (spread, $0 == DOTWriter.separation ? nil : $0, nil as Int?) }
        }
        return [plain[0]] + rotations.map { (nil, nil, $0) } + plain.dropFirst()
    }

    /// The first candidate layout of `figure` that passes, else the one with the fewest crossings
    /// and, among those, the largest actor labels.
    /// - Parameters:
    ///   - figure: The figure to lay out.
    ///   - writer: Writes its DOT.
    ///   - budget: The most actors and ties a layout may take, as for ``GraphvizRenderer``.
    ///   - routing: Who routes curved ties; the fit holds for the figure drawn with the same routing.
    ///   - onAPage: Whether a layout must also read on an A4 page to be kept (``PageFit``); `false`
    ///     keeps the first with no edge across a label (the explorer, which a browser zooms).
    /// - Returns: The layout kept and what it measured.
    /// - Throws: ``RenderError`` when Graphviz fails or the figure is over the budget.
    public static func fit(
        _ figure: Figure, writer: DOTWriter, budget: RenderBudget? = .standard, routing: EdgeRouting = .geograph,
        onAPage: Bool = true
    ) throws -> Result {
        var best: Result?
        for (spread, separation, rotation) in candidates(for: figure) {
            var tried = figure
            tried.spread = spread
            tried.separation = separation
            tried.rotation = rotation
            let result = try measure(tried, writer: writer, budget: budget, routing: routing)
            if result.crossings.isEmpty, result.fit.readsOnThePage || !onAPage { return result }
            if best == nil || rank(result) < rank(best!) { best = result }
        }
        return best!
    }

    static func rank(_ r: Result) -> (Int, Double) { (r.crossings.count, -(r.fit.smallestActorLabel ?? 0)) }

    /// `figure` laid out once: its SVG, its page fit and its crossings.
    /// - Throws: ``RenderError`` when Graphviz fails or the figure is over the budget.
    public static func measure(
        _ figure: Figure, writer: DOTWriter, budget: RenderBudget? = .standard, routing: EdgeRouting = .geograph
    ) throws -> Result {
        // One layout, drawn as SVG (written and measured for page fit) and as JSON (for crossings).
        let drawn = try GraphvizRenderer.render(
            figure, writer: writer, formats: [.svg, .json], budget: budget, routing: routing)
        return Result(
            figure: figure, fit: try PageFit(svg: String(decoding: drawn[0], as: UTF8.self)),
            crossings: try LabelClearance.crossings(inLayout: drawn[1]), svg: drawn[0])
    }
}
