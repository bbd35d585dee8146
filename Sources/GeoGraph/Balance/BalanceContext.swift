/// The ties balance analysis reads: a graph's ties in a date window, on chosen layers, with leaders
/// and officials lifted to the state or organisation they represent.
///
/// Lifting counts a summit of two presidents as a tie between their states, which is what "who
/// balances whom" is about; a tie between a leader and their own state is dropped.
public struct BalanceContext: Sendable {
    public let graph: Graph
    /// The selected ties after lifting, in graph order.
    public let ties: [Tie]
    /// The layers in play.
    public let layers: [Layer]

    /// - Parameters:
    ///   - graph: The graph whose ties are read.
    ///   - layers: The layers to read (default: all).
    ///   - since: Keep ties with evidence dated on or after this (`YYYY-MM[-DD]`).
    ///   - until: Keep ties with evidence dated on or before this.
    ///   - before: Keep ties with evidence dated strictly before this (for `--diff --split`).
    ///   - lift: Lift persons to the actor they represent.
    public init(graph: Graph, layers: [Layer] = Layer.allCases, since: String? = nil, until: String? = nil,
                before: String? = nil, lift: Bool = true) {
        self.graph = graph
        self.layers = layers
        var result: [Tie] = []
        for tie in graph.ties where layers.contains(tie.layer) {
            // Evidence dated outside the window is dropped; event windows too, and their weight recomputed.
            guard var t = tie.selected(since: since, until: until, before: before) else { continue }
            if lift {
                t.source = BalanceContext.lifted(t.source, in: graph)
                t.target = BalanceContext.lifted(t.target, in: graph)
                if t.source == t.target { continue }
            }
            result.append(t)
        }
        ties = result
    }

    static func lifted(_ id: String, in graph: Graph) -> String {
        guard let actor = graph.actor(id), actor.kind == .person, let r = actor.represents, graph.contains(actor: r) else {
            return id
        }
        return r
    }

    /// The ties between `a` and `b`, either direction, on `layer` (all layers when nil) with `polarity`.
    public func ties(between a: String, and b: String, layer: Layer? = nil, polarity: Polarity) -> [Tie] {
        ties.filter {
            $0.polarity == polarity && (layer == nil || $0.layer == layer)
                && (($0.source == a && $0.target == b) || ($0.source == b && $0.target == a))
        }
    }

    /// The summed weight of those ties.
    public func weight(between a: String, and b: String, layer: Layer? = nil, polarity: Polarity) -> Double {
        ties(between: a, and: b, layer: layer, polarity: polarity).reduce(0) { $0 + $1.weight }
    }

    /// Every actor tied to `a` on `layer` with `polarity`, with the summed weight, strongest first.
    public func partners(of a: String, layer: Layer? = nil, polarity: Polarity) -> [(actor: String, weight: Double)] {
        var sums: [String: Double] = [:]
        for t in ties where t.polarity == polarity && (layer == nil || t.layer == layer) && t.involves(a) {
            sums[t.otherEnd(from: a), default: 0] += t.weight
        }
        return sums.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
