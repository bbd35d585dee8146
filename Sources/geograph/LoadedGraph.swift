import GeoGraph

/// A graph loaded for queries: the full graph (when the file carries one) and its packed core.
struct LoadedGraph {
    var graph: Graph?
    var core: CompactGraph

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
    func name(_ id: String) -> String { graph?.actor(id)?.name ?? id }
}
