extension Graph {
    /// The union of graphs that use the same actor ids: documents and actors of each (an actor listed
    /// twice keeps its first definition), ties of the same key merged by ``Tie/merge(_:)`` — so a tie
    /// read in documents and counted in event data becomes one tie whose weight combines both.
    /// - Throws: ``GraphError`` when a tie cannot be added (it cannot, for ties read from valid graphs).
    public static func merging(_ graphs: [Graph], title: String? = nil) throws -> Graph {
        var merged = Graph(title: title ?? graphs.first?.title)
        for g in graphs {
            for d in g.documents where merged.document(d.file) == nil { merged.add(d) }
            for a in g.actors where !merged.contains(actor: a.id) { try merged.add(a) }
        }
        merged.reserveCapacity(ties: graphs.reduce(0) { $0 + $1.ties.count })
        for g in graphs {
            for t in g.ties { try merged.add(t, documentsChecked: true) }
        }
        return merged
    }
}
