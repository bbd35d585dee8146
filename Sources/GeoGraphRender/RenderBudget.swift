/// How large a graph the renderer lays out before it refuses: Graphviz's layouts have no
/// cancellation, and their cost grows much faster than the graph.
///
/// `dot` (crossing minimisation), `neato` (an all-pairs distance matrix), `fdp`, `circo` and `twopi`,
/// drawn as our figures are (`splines=true` routes every edge around every node), take minutes to
/// hours and gigabytes beyond a few thousand actors, so they are held to ``maximumNodes`` and
/// ``maximumEdges``. `sfdp`, the multiscale layout meant for large graphs, gets ``sfdpFactor`` times
/// as much. A refusal suggests `--layout sfdp` or a filter; `--force` (a `nil` budget) renders anyway.
public struct RenderBudget: Sendable, Equatable {
    /// The default limit on actors for every engine but `sfdp`.
    public static let defaultMaximumNodes = 2_000
    /// The default limit on ties for every engine but `sfdp`.
    public static let defaultMaximumEdges = 20_000
    /// How many times the limits `sfdp` may draw.
    public static let sfdpFactor = 10

    /// The default budget.
    public static let standard = RenderBudget()

    /// The default limit on a layout's estimated time (``LayoutCost``), in seconds.
    public static let defaultMaximumSeconds = 30.0

    public var maximumNodes: Int
    public var maximumEdges: Int
    /// The longest a layout may be expected to take (``LayoutCost/estimatedSeconds(nodes:edges:layout:)``).
    public var maximumSeconds: Double

    public init(maximumNodes: Int = defaultMaximumNodes, maximumEdges: Int = defaultMaximumEdges,
                maximumSeconds: Double = defaultMaximumSeconds) {
        self.maximumNodes = maximumNodes
        self.maximumEdges = maximumEdges
        self.maximumSeconds = maximumSeconds
    }

    /// The limits for one engine: ``maximumNodes`` and ``maximumEdges``, times ``sfdpFactor`` for `sfdp`.
    public func limits(for layout: LayoutEngine) -> (nodes: Int, edges: Int) {
        let factor = layout == .sfdp ? Self.sfdpFactor : 1
        func scaled(_ limit: Int) -> Int { limit > Int.max / factor ? Int.max : limit * factor }
        return (scaled(maximumNodes), scaled(maximumEdges))
    }

    /// Checks a graph of `nodes` actors and `edges` ties against the limits for `layout`: the counts,
    /// then the estimated time, before any layout starts.
    /// - Throws: ``RenderError/overBudget(nodes:edges:layout:maximumNodes:maximumEdges:)``,
    ///   ``RenderError/overEstimate(nodes:edges:layout:seconds:maximumSeconds:)``.
    public func check(nodes: Int, edges: Int, layout: LayoutEngine) throws {
        let limit = limits(for: layout)
        guard nodes <= limit.nodes, edges <= limit.edges else {
            throw RenderError.overBudget(
                nodes: nodes, edges: edges, layout: layout, maximumNodes: limit.nodes, maximumEdges: limit.edges)
        }
        let seconds = LayoutCost.estimatedSeconds(nodes: nodes, edges: edges, layout: layout)
        guard seconds <= maximumSeconds else {
            throw RenderError.overEstimate(nodes: nodes, edges: edges, layout: layout, seconds: seconds, maximumSeconds: maximumSeconds)
        }
    }

    /// Checks a figure (its actors and ties) against the limits for its layout.
    /// - Throws: ``RenderError/overBudget(nodes:edges:layout:maximumNodes:maximumEdges:)``.
    public func check(_ figure: Figure) throws {
        try check(nodes: figure.actorIDs.count, edges: figure.ties.count, layout: figure.layout)
    }
}
