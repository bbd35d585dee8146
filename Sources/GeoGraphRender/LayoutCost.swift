/// What a layout is expected to cost, per engine, before Graphviz is asked (finding F7 of the second
/// hostile review: `dot` on 2,000 actors and 19,999 ties died of memory after 22 s, while `neato`
/// drew 500 actors and 5,000 ties in under a second).
///
/// The engines grow at very different rates: `dot` ranks, orders and places every edge through
/// network simplex and crossing minimisation, `circo` lays out blocks and cycles; both grow much
/// faster than the force-directed engines. Each engine's time is modelled as
/// `seconds = scale × (actors + ties / 10)^exponent` (GeoGraph's default edge routing included), with
/// `scale` and `exponent` fitted to runs of `geograph render` on graphs from `geograph generate`
/// (`Scripts/calibrate-layout-cost.sh` reruns them; the GeoGraph catalogue's Performance article has the figures). The estimate
/// is meant to tell minutes from seconds, not to be exact: the budget refuses a layout whose estimate
/// passes ``RenderBudget/maximumSeconds``.
public enum LayoutCost {
    /// The fitted model of one engine.
    public struct Model: Sendable, Equatable {
        public var scale: Double
        public var exponent: Double
    }

    /// Each engine's model: fitted on 2026-12-07 to a release build on the shared two-core machine
    /// (load about 20), through the measured points nearest the default budget.
    public static func model(for layout: LayoutEngine) -> Model {
        switch layout {
        // Measured (size = actors + ties/10): 35 → 0.49 s, 75 → 2.0 s, 150 → 19 s; 300 (200/1,000) over 30 s.
        case .dot: Model(scale: 1.57e-6, exponent: 3.26)
        // 35 → 2.2 s; 75 (50/250) over 30 s.
        case .circo: Model(scale: 8.5e-6, exponent: 3.5)
        // 300 → 1.6 s, 1,000 → 5.4 s; 4,000 (2,000/20,000) over 40 s.
        case .neato: Model(scale: 8.6e-5, exponent: 1.6)
        // 300 → 1.2 s, 1,000 → 6.1 s, 4,000 → 36 s.
        case .fdp: Model(scale: 7.5e-4, exponent: 1.3)
        // 300 → 1.1 s, 1,000 → 3.1 s, 4,000 → 14 s.
        case .twopi: Model(scale: 1.51e-3, exponent: 1.1)
        // 300 → 1.1 s, 1,000 → 3.2 s, 4,000 → 12 s.
        case .sfdp: Model(scale: 3.05e-3, exponent: 1.0)
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
