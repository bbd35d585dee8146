import GeoGraph

/// A graph loaded for queries: the full graph (when the file carries one) and its packed core.
struct LoadedGraph {
    var graph: Graph?
    var core: CompactGraph
    /// The graph as read, before a view rolled leaders up or selected evidence: where the names a
    /// user types are looked up (a rolled-up leader is no longer an actor of ``graph``).
    var original: Graph?

    init(graph: Graph?, core: CompactGraph, original: Graph? = nil) {
        self.graph = graph
        self.core = core
        self.original = original ?? graph
    }

    /// Loads the `--graph` file (or the bundled graph); TSV edge lists take the fast path straight into
    /// the packed core.
    static func load(_ options: GraphOptions) throws -> LoadedGraph {
        if let path = options.graphFile, GraphFileFormat(path: path) == .tsv {
            return LoadedGraph(graph: nil, core: try CompactGraph.loadTSV(path: path))
        }
        let graph = try options.load()
        return LoadedGraph(graph: graph, core: CompactGraph(graph))
    }

    /// An actor's display name.
    func name(_ id: String) -> String { graph?.actor(id)?.name ?? original?.actor(id)?.name ?? id }

    /// The id a typed name stands for in ``graph``: looked up by any alias in the graph as read, then
    /// rolled up when the view rolled leaders up (Tokayev stands for Kazakhstan). A TSV core takes
    /// the name as an id.
    func id(of name: String) throws -> String {
        guard let original else { return name }
        let id = try resolve(name, in: original).id
        guard let graph, !graph.contains(actor: id) else { return id }
        return original.rolledUp(id, on: nil)
    }
}
