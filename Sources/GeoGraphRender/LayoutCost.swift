/// What a layout is expected to cost, per engine, before Graphviz is asked (finding F7 of the second
/// hostile review: `dot` on 2,000 actors and 19,999 ties died of memory after 22 s, while `neato`
/// drew 500 actors and 5,000 ties in under a second).
///
/// The engines grow at very different rates: `dot` ranks, orders and places every edge through
/// network simplex and crossing minimisation, `circo` lays out blocks and cycles; both grow much
/// faster than the force-directed engines. Each engine's time is modelled as
/// `seconds = scale × (actors + ties / 10)^exponent` (GeoGraph's default edge routing included), with
/// `scale` and `exponent` fitted to runs of `geograph render` on graphs from `geograph generate`
/// (`Scripts/calibrate-layout-cost.sh` reruns them; <doc:Performance> has the figures). The estimate
/// is meant to tell minutes from seconds, not to be exact: the budget refuses a layout whose estimate
/// passes ``RenderBudget/maximumSeconds``.
public enum LayoutCost {
    /// The fitted model of one engine.
    public struct Model: Sendable, Equatable {
        public var scale: Double
        public var exponent: Double
    }

    /// Each engine's model (release build, shared two-core machine).
    public static func model(for layout: LayoutEngine) -> Model {
        switch layout {
        case .dot: Model(scale: 4.0e-6, exponent: 2.6)
        case .circo: Model(scale: 4.0e-6, exponent: 2.6)
        case .neato: Model(scale: 2.0e-6, exponent: 2.0)
        case .fdp: Model(scale: 2.0e-6, exponent: 2.0)
        case .twopi: Model(scale: 1.0e-6, exponent: 1.5)
        case .sfdp: Model(scale: 1.0e-6, exponent: 1.3)
        }
    }

    /// The size the models grow with: actors, and ties at a tenth of an actor each.
    static func size(nodes: Int, edges: Int) -> Double { Double(nodes) + Double(edges) / 10 }

    /// The estimated seconds of laying out and drawing `nodes` actors and `edges` ties with `layout`.
    /// - Complexity: O(1).
    public static func estimatedSeconds(nodes: Int, edges: Int, layout: LayoutEngine) -> Double {
        let m = model(for: layout)
        return m.scale * pow(size(nodes: nodes, edges: edges), m.exponent)
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
