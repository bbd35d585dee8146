extension GraphView {
    /// The ties of `graph` this view keeps, as whole ties with their evidence: a tie of a selected
    /// layer and polarity, at least ``GraphView/minimumWeight`` strong, between two actors of the selected kinds
    /// and tags (or ``GraphView/named``); with a date window, only ties with dated evidence inside it, their evidence narrowed
    /// to the records inside it (the weight stays the tie's own).
    ///
    /// The same selection ``GraphView/digraph(of:)`` makes from the packed core, for callers that show ties and
    /// evidence rather than compute on edges.
    /// - Parameter graph: The graph to read.
    /// - Returns: The kept ties, in the graph's order.
    /// - Complexity: O(*m* + *e*) for *m* ties with *e* evidence records.
    public func ties(of graph: Graph) -> [Tie] { selecting(graph.ties, in: graph) }

    /// ``ties(of:)`` over a list of ties whose ends are actors of `graph` (ties rolled up, or
    /// already narrowed to one actor), in their order.
    public func selecting(_ ties: [Tie], in graph: Graph) -> [Tie] {
        func keeps(_ id: String) -> Bool {
            guard let actor = graph.actor(id) else { return false }
            if named.contains(id) { return true }
            if let kinds, !kinds.contains(actor.kind) { return false }
            if let tags, !actor.tags.contains(where: tags.contains) { return false }
            return true
        }
        var kept: [Tie] = []
        for tie in ties where layers.contains(tie.layer) && tie.weight >= minimumWeight {
            switch polarity {
            case .all: break
            case .cooperation: guard tie.polarity == .cooperation else { continue }
            case .tension: guard tie.polarity == .tension else { continue }
            }
            guard keeps(tie.source), keeps(tie.target) else { continue }
            var narrowed = tie
            if since != nil || until != nil {
                narrowed.evidence = tie.evidence.filter { $0.date.map(dateIsInWindow) ?? false }
                if narrowed.evidence.isEmpty { continue }
            }
            kept.append(narrowed)
        }
        return kept
    }
}
