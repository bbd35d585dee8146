import GeoGraph

/// The report's standard figures: the overview, one per layer, one ego figure per Central Asian state.
///
/// This is the extension point for figures from other queries: a balance figure or a strongest-paths
/// figure is one more ``Item`` built from a ``Figure`` with ``Figure/highlighted`` ties and a
/// ``Figure/measure`` (see <doc:ReadingAFigure>).
public enum FigureSet {
    /// One figure and the file stem it is written under (`overview` → `overview.dot`, `overview.svg`).
    public struct Item: Sendable {
        public var name: String
        public var figure: Figure
        public init(name: String, figure: Figure) {
            self.name = name
            self.figure = figure
        }
    }

    /// The tag and kind that select the ego figures.
    public static let egoTag = "central-asia"

    /// The most actors the overview draws before it leaves out those with a single tie.
    ///
    /// At 16 cm wide (``PageFit``) a force-directed drawing of more actors does not keep its labels
    /// at 8 pt with no edge across a label: the reference graph's 46 actors with ties came out at
    /// 7 pt. Leaving out the actors with one tie keeps the core of the graph readable; the legend
    /// names those left out, and every tie is still drawn in its layer figure.
    public static let overviewActors = 40

    /// The standard set for `graph`, in a fixed order.
    /// - Parameters:
    ///   - graph: The graph to draw.
    ///   - measure: An optional node measure drawn on every figure (PageRank…).
    /// - Returns: The overview (without the actors with a single tie when it has more than
    ///   ``overviewActors``), one figure per layer with ties, one ego figure per Central Asian state,
    ///   and, when the graph has Russia and China, the region between them and the strongest paths
    ///   from each to the Central Asian states.
    public static func standard(for graph: Graph, measure: NodeMeasure? = nil) -> [Item] {
        var overview = Figure.overview(of: graph)
        if overview.actorIDs.count > overviewActors { overview = overview.keepingActors(withAtLeast: 2) }
        var items = [Item(name: "overview", figure: overview)]
        for layer in Layer.allCases where graph.ties.contains(where: { $0.layer == layer }) {
            items.append(Item(name: "layer-\(layer.rawValue)", figure: .layer(layer, of: graph)))
        }
        let states = graph.actors.filter { $0.kind == .state && $0.hasTag(egoTag) && !graph.ties(of: $0.id).isEmpty }
        for state in states.sorted(by: { $0.id < $1.id }) {
            items.append(Item(name: "ego-\(state.id)", figure: .ego(state.id, depth: 1, of: graph)))
        }
        let poles = ["russia", "china"].filter { graph.contains(actor: $0) }
        if poles.count == 2 {
            if let balance = regionalBalance(for: graph, poles: poles) { items.append(balance) }
            if let paths = strongestPaths(for: graph, poles: poles) { items.append(paths) }
        }
        if let measure {
            for i in items.indices { items[i].figure.measure = measure }
        }
        return items
    }
}
