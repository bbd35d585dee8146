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
    /// The positions in ``ties`` of the ties between each pair of actors, either direction, built in
    /// the one pass over the ties: every lookup below reads only the pair's own ties, so an analysis
    /// costs O(ties + actors × poles²) instead of a scan of every tie per question.
    private let byPair: [ActorPair: [Int]]
    /// The positions in ``ties`` of the ties touching each actor.
    private let byActor: [String: [Int]]

    /// Two actor ids, in order, naming a pair whichever way round it is asked.
    private struct ActorPair: Hashable, Sendable {
        let first: String, second: String
        init(_ a: String, _ b: String) { (first, second) = a < b ? (a, b) : (b, a) }
    }

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
        var byPair: [ActorPair: [Int]] = [:], byActor: [String: [Int]] = [:]
        for (i, t) in result.enumerated() {
            byPair[ActorPair(t.source, t.target), default: []].append(i)
            byActor[t.source, default: []].append(i)
            byActor[t.target, default: []].append(i)
        }
        self.byPair = byPair
        self.byActor = byActor
    }

    /// The ties touching `actor`, in graph order.
    /// - Complexity: O(the actor's ties).
    public func ties(of actor: String) -> [Tie] { (byActor[actor] ?? []).map { ties[$0] } }

    static func lifted(_ id: String, in graph: Graph) -> String {
        guard let actor = graph.actor(id), actor.kind == .person, let r = actor.represents, graph.contains(actor: r) else {
            return id
        }
        return r
    }

    /// The ties between `a` and `b`, either direction, on `layer` (all layers when nil) with `polarity`.
    /// - Complexity: O(the pair's ties).
    public func ties(between a: String, and b: String, layer: Layer? = nil, polarity: Polarity) -> [Tie] {
        guard a != b else { return [] }
        return (byPair[ActorPair(a, b)] ?? []).map { ties[$0] }.filter {
            $0.polarity == polarity && (layer == nil || $0.layer == layer)
        }
    }

    /// The summed weight of those ties.
    public func weight(between a: String, and b: String, layer: Layer? = nil, polarity: Polarity) -> Double {
        ties(between: a, and: b, layer: layer, polarity: polarity).reduce(0) { $0 + $1.weight }
    }

    /// Every actor tied to `a` on `layer` with `polarity`, with the summed weight, strongest first.
    public func partners(of a: String, layer: Layer? = nil, polarity: Polarity) -> [(actor: String, weight: Double)] {
        var sums: [String: Double] = [:]
        for t in ties(of: a) where t.polarity == polarity && (layer == nil || t.layer == layer) {
            sums[t.otherEnd(from: a), default: 0] += t.weight
        }
        return sums.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
