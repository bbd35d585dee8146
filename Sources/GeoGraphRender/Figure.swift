import GeoGraph

/// What one figure shows: a set of actors, the ties among them, a title and the emphasis.
///
/// A figure is a value the DOT writer turns into text; recipes (``overview(of:layout:)``,
/// ``layer(_:of:layout:)``, ``ego(_:depth:of:layout:)``) build the standard ones, and filters narrow any of them.
public struct Figure: Sendable {
    /// The graph the figure is drawn from (for actor metadata and documents).
    public var graph: Graph
    /// The ids of the actors drawn, sorted.
    public private(set) var actorIDs: [String]
    /// The ties drawn, sorted by key.
    public private(set) var ties: [Tie]
    /// The title above the figure.
    public var title: String
    /// The layout engine the DOT is tuned for (written as the graph's `layout` attribute).
    public var layout: LayoutEngine
    /// An optional number per actor, drawn as node fill.
    public var measure: NodeMeasure?
    /// Ties drawn heavier while the others fade (a path, a balance's legs).
    public var highlighted: Set<TieKey>
    /// Actors drawn with a heavy outline (the ego, the ends of a path).
    public var focus: Set<String>
    /// Whether actors are grouped in tag clusters (when the layout engine draws clusters).
    public var clustered = true
    /// Whether the legend lists the evidence behind each pair of actors (balance figures).
    public var labelsEvidenceCounts = false
    /// Whether each edge carries the class `tie-N`, N the position in ``ties`` of the tie it draws,
    /// which Graphviz writes into the SVG (`<g class="edge tie-3">`): the explorer's script finds the
    /// ties behind an edge by it. An edge that draws several ties carries each one's class.
    public var marksTies = false
    /// One edge per pair of actors and layer (the default) or one per tie.
    public var edgeDrawing = EdgeDrawing.pairs
    /// A path's actors in order, drawn by `dot` as one left-to-right chain: its edges point along
    /// the chain and alone set the ranks; every other edge bends around it (`constraint=false`).
    /// Empty for figures that are not a path.
    public var chain: [String] = []
    /// For force-directed layouts: how far apart the actors start before overlaps are removed, in
    /// average label sizes; `nil` for ``DOTWriter``'s rule. Set by ``FigureFit``.
    public var spread: Double?
    /// For force-directed layouts: the points kept between actors; `nil` for
    /// ``DOTWriter/separation``. Set by ``FigureFit``.
    public var separation: Int?
    /// For force-directed layouts: the angle, in degrees, the laid-out drawing is turned to
    /// (Graphviz's `normalize`: the first edge at that angle), `nil` to leave it as laid out. A
    /// force-directed layout has no up or down, so turning it changes only the drawing's width and
    /// height; labels stay upright. Set by ``FigureFit``.
    public var rotation: Int?
    /// The font sizes the figure is drawn with.
    public var fontSizes = FigureFontSizes.standard
    /// The ids of actors with ties that the figure leaves out, sorted; the legend names them. Set
    /// by ``keepingActors(withAtLeast:)``.
    public private(set) var leftOut: [String] = []
    /// The fewest ties an actor needed to be drawn when ``leftOut`` was set; 0 for none.
    public private(set) var minimumTies = 0

    /// The edges drawn: ``ties`` grouped as ``edgeDrawing`` says; an edge between neighbours on the
    /// ``chain`` points along it.
    public var edges: [FigureEdge] {
        let edges = FigureEdge.edges(drawing: ties, as: edgeDrawing)
        guard !chain.isEmpty else { return edges }
        let position = Dictionary(chain.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        return edges.map { edge in
            guard let t = position[edge.tail], let h = position[edge.head], t == h + 1 else { return edge }
            return edge.reversed
        }
    }

    /// Whether `edge` joins two neighbours on the ``chain``.
    public func isOnChain(_ edge: FigureEdge) -> Bool {
        zip(chain, chain.dropFirst()).contains { ($0 == edge.tail && $1 == edge.head) || ($0 == edge.head && $1 == edge.tail) }
    }

    /// A figure of `ties` and `actorIDs` from `graph`; ties whose ends are not drawn are left out.
    public init(
        graph: Graph, actorIDs: [String], ties: [Tie], title: String, layout: LayoutEngine,
        measure: NodeMeasure? = nil, highlighted: Set<TieKey> = [], focus: Set<String> = []
    ) {
        let drawn = Set(actorIDs.filter { graph.contains(actor: $0) })
        self.graph = graph
        self.actorIDs = drawn.sorted()
        // In ``TieKey`` order, compared as each end's rank among the sorted ids: sorting the ties by
        // `$0.key < $1.key` built two keys and compared strings per comparison, and moved whole ties
        // (perf: 40 % of refusing to lay out 100,000 ties).
        let rank = Dictionary(uniqueKeysWithValues: self.actorIDs.enumerated().map { ($1, $0) })
        let kept = ties.filter { drawn.contains($0.source) && drawn.contains($0.target) }
        let order = kept.map { tie -> (Int, Int, Layer, Polarity) in
            let key = tie.key
            return (rank[key.source]!, rank[key.target]!, key.layer, key.polarity)
        }
        self.ties = kept.indices.sorted { order[$0] < order[$1] }.map { kept[$0] }
        self.title = title
        self.layout = layout
        self.measure = measure
        self.highlighted = highlighted
        self.focus = focus
    }

    /// Every tie of the graph and every actor with a tie (an actor without ties, such as an analyst
    /// who is only quoted, says nothing in an influence diagram and is left out).
    public static func overview(of graph: Graph, layout: LayoutEngine = .neato) -> Figure {
        Figure(
            graph: graph, actorIDs: actors(touchedBy: graph.ties), ties: graph.ties,
            title: graph.title ?? "Overview", layout: layout)
    }

    /// The ties of one layer and the actors they touch.
    public static func layer(_ layer: Layer, of graph: Graph, layout: LayoutEngine = .neato) -> Figure {
        let ties = graph.ties.filter { $0.layer == layer }
        let base = graph.title.map { "\($0): " } ?? ""
        return Figure(
            graph: graph, actorIDs: actors(touchedBy: ties), ties: ties,
            title: "\(base)\(layer.rawValue) ties", layout: layout)
    }

    /// An actor and everyone within `depth` ties of it (either direction), with every tie among them.
    /// - Complexity: O(depth × ties).
    public static func ego(_ actor: String, depth: Int = 1, of graph: Graph, layout: LayoutEngine = .neato) -> Figure {
        var reached: Set<String> = [actor]
        var frontier: Set<String> = [actor]
        for _ in 0..<max(0, depth) {
            var next: Set<String> = []
            for tie in graph.ties where frontier.contains(tie.source) || frontier.contains(tie.target) {
                for end in [tie.source, tie.target] where !reached.contains(end) { next.insert(end) }
            }
            reached.formUnion(next)
            frontier = next
        }
        let name = graph.actor(actor)?.name ?? actor
        let hops = depth == 1 ? "direct ties" : "ties within \(depth) steps"
        return Figure(
            graph: graph, actorIDs: Array(reached),
            ties: graph.ties.filter { reached.contains($0.source) && reached.contains($0.target) },
            title: "\(name): \(hops)", layout: layout, focus: [actor])
    }

    /// This figure keeping only ties that satisfy `isIncluded`, and actors still touched by a tie or in focus.
    public func filteringTies(_ isIncluded: (Tie) -> Bool) -> Figure {
        let kept = ties.filter(isIncluded)
        var copy = self
        let touched = Set(Figure.actors(touchedBy: kept)).union(focus.filter { actorIDs.contains($0) })
        copy.actorIDs = touched.sorted()
        copy.ties = kept
        return copy
    }

    /// This figure without the actors that have fewer than `minimum` of its ties (those in
    /// ``focus`` stay), and without their ties. The actors left out go to ``leftOut`` and the legend
    /// names them, so that a reader knows what the figure does not show.
    ///
    /// The count is taken once, over the figure's ties: an actor kept may draw fewer ties than
    /// `minimum` when some of its ties went with an actor left out.
    public func keepingActors(withAtLeast minimum: Int) -> Figure {
        var count: [String: Int] = [:]
        for tie in ties {
            count[tie.source, default: 0] += 1
            count[tie.target, default: 0] += 1
        }
        let kept = Set(actorIDs.filter { count[$0, default: 0] >= minimum || focus.contains($0) })
        var copy = self
        copy.actorIDs = actorIDs.filter { kept.contains($0) }
        copy.ties = ties.filter { kept.contains($0.source) && kept.contains($0.target) }
        copy.leftOut = (leftOut + actorIDs.filter { !kept.contains($0) }).sorted()
        copy.minimumTies = max(minimumTies, minimum)
        return copy
    }

    /// The documents cited by the figure's ties, sorted by file; all of the graph's when none are cited.
    public var sources: [Document] {
        let cited = Set(ties.flatMap { $0.evidence.map(\.document) })
        let documents = graph.documents.filter { cited.contains($0.file) }
        return documents.isEmpty ? graph.documents : documents
    }

    static func actors(touchedBy ties: [Tie]) -> [String] {
        Array(Set(ties.flatMap { [$0.source, $0.target] })).sorted()
    }
}
