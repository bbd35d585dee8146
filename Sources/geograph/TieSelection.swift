import ArgumentParser
import GeoGraph

/// The ties a listing command (`ties`, `find`, `explain`) shows: the view's evidence and event types,
/// the ties of the named actors, rolled up when the view rolls up, then the view's layers, sign,
/// weight, actors and window, the named actors kept whatever `--kind` and `--tag` say.
struct TieSelection {
    /// The graph the ties' ends are looked up in (with the view's evidence; not rolled up).
    var graph: Graph
    /// The selected ties, in graph order, each as the view sees it.
    var ties: [Tie]
    /// Each named actor's id as the ties show it (rolled up to its state when the view rolls up).
    var named: [String]

    /// Selects the ties of `actors` (every tie when empty) for `view` with `defaults`.
    init(graph full: Graph, actors names: [String], view: ViewOptions, _ defaults: ViewOptions.Defaults) throws {
        var base = view.source == .all ? full : full.selecting(source: view.source)
        if !view.types.isEmpty { base = base.selecting(eventTypes: Set(view.types)) }
        let ids = try names.map { try resolve($0, in: full).id }
        let rollUp = view.rollsUp(defaults)
        let rolled = rollUp ? ids.map { full.rolledUp($0, on: nil) } : ids
        // A tie is the named actors' when one end is one of them, before or after rolling up.
        func concerns(_ t: Tie) -> Bool { ids.isEmpty || ids.contains(where: t.involves) }
        var candidates: [Tie]
        if rollUp {
            candidates = base.rollingUp(base.ties.filter { t in
                concerns(t) || ids.isEmpty || base.rollingUp([t]).contains { r in rolled.contains(where: r.involves) }
            })
        } else {
            candidates = base.ties.filter(concerns)
        }
        if ids.count == 2 {
            // A pair: only the ties between the two.
            let pair = Set(rolled)
            candidates = candidates.filter { pair.contains($0.source) && pair.contains($0.target) }
        }
        graph = base
        ties = view.view(defaults, named: Set(ids + rolled)).selecting(candidates, in: base)
        named = rolled
    }

    /// The other end of a tie from the named actor (`nil` without one, or for a pair).
    func counterpart(of tie: Tie) -> String? {
        guard named.count == 1, let a = named.first else { return nil }
        return tie.involves(a) ? tie.otherEnd(from: a) : nil
    }

    /// The event types a tie's evidence reports, most frequent first: `consult×2, visit`.
    static func types(of tie: Tie) -> String {
        tie.eventTypes.map { $0.count > 1 ? "\($0.type)×\($0.count)" : $0.type }.joined(separator: ", ")
    }

    /// The tie as JSON (as graph files write it), with its counterpart when one actor is named.
    func json(_ tie: Tie) -> JSONValue {
        guard case .object(var pairs) = GraphFileWriter.tieJSON(tie) else { return GraphFileWriter.tieJSON(tie) }
        if let c = counterpart(of: tie) { pairs.append(("counterpart", .string(c))) }
        return .object(pairs)
    }
}
