extension Graph {
    /// The union of graphs that use the same actor ids: documents and actors of each (an actor listed
    /// twice keeps its first definition), ties of the same key merged by ``Tie/merge(_:)`` — so a tie
    /// read in documents and counted in event data becomes one tie whose weight combines both.
    ///
    /// Event data has no mutual relations: every coded event has an actor and a recipient, so it gives
    /// directed ties only. Where some graph holds a symmetric tie of a pair on a layer and polarity
    /// (documents said the relation is mutual: "the two held talks", "they signed a trade deal"), the
    /// directed event ties of that pair, layer and polarity — in either direction — are reports of
    /// that relation and merge into it (``mutualKeys(_:)``); their evidence keeps each event's type
    /// and id. Directed ties read in documents are left as the extractor made them, and event ties of
    /// a pair no symmetric tie names stay directed.
    /// - Throws: ``GraphError`` when a tie cannot be added (it cannot, for ties read from valid graphs).
    public static func merging(_ graphs: [Graph], title: String? = nil) throws -> Graph {
        var merged = Graph(title: title ?? graphs.first?.title)
        for g in graphs {
            for d in g.documents where merged.document(d.file) == nil { merged.add(d) }
            for a in g.actors where !merged.contains(actor: a.id) { try merged.add(a) }
        }
        merged.reserveCapacity(ties: graphs.reduce(0) { $0 + $1.ties.count })
        let mutual = mutualKeys(graphs)
        for g in graphs {
            for t in g.ties {
                if let folded = t.foldedIntoMutual(mutual) {
                    try merged.add(folded, documentsChecked: true)
                } else {
                    try merged.add(t, documentsChecked: true)
                }
            }
        }
        return merged
    }

    /// The keys of the symmetric ties of the graphs: (pair in id order, layer, polarity).
    public static func mutualKeys(_ graphs: [Graph]) -> Set<TieKey> {
        var keys = Set<TieKey>()
        for g in graphs {
            for t in g.ties where t.isSymmetric { keys.insert(t.key) }
        }
        return keys
    }
}
