import ArgumentParser
import GeoGraph
import GeoGraphRender

extension Render {
    /// The best path from `from` to `to` drawn as one left-to-right chain (``Figure/chain``): the
    /// path's actors with every tie among them, the ties that make up the path drawn strong and the
    /// rest faint, or left out with `--path-ties only`. (Adding the actors tied to two path actors
    /// made figures through Russia or China unreadable.)
    func pathFigure(from: String, to: String, mode: PathMode, graph: Graph, layout: LayoutEngine) throws -> Figure {
        let a = try resolve(from, in: graph), b = try resolve(to, in: graph)
        let loaded = LoadedGraph(graph: graph, core: CompactGraph(graph))
        let view = GraphView(
            layers: layer.map { [$0] } ?? Set(Layer.allCases),
            polarity: polarity.map { $0 == .cooperation ? .cooperation : .tension } ?? .all,
            minimumWeight: minWeight)
        let digraph = view.digraph(of: loaded.core)
        func node(_ id: String) throws -> Int {
            // Every actor is in the view; one without a tie in it cannot start or end a path.
            guard let i = loaded.core.index(of: id), let local = digraph.nodes.firstIndex(of: Int32(i)),
                digraph.outOffsets[local + 1] > digraph.outOffsets[local] || digraph.inOffsets[local + 1] > digraph.inOffsets[local]
            else {
                throw ValidationError("'\(id)' has no ties in the selected layers")
            }
            return local
        }
        guard let path = digraph.bestPath(from: try node(a.id), to: try node(b.id), mode: mode) else {
            throw ValidationError("no path from \(a.name) to \(b.name) in the selected ties")
        }
        let report = PathReport(loaded: loaded, digraph: digraph)
        let onPath = path.nodes.map(report.id)
        let highlighted = Set(path.edges.flatMap { report.ties(of: $0).compactMap { $0.tie?.key } })
        let actors = Set(onPath)
        let names = onPath.map { graph.actor($0)?.name ?? $0 }
        var figure = Figure(
            graph: graph, actorIDs: Array(actors),
            ties: graph.ties.filter {
                actors.contains($0.source) && actors.contains($0.target)
                    && (pathTies == .all || highlighted.contains($0.key))
            },
            title: "\(mode.rawValue.capitalized) path: \(names.joined(separator: " → "))", layout: layout,
            highlighted: highlighted, focus: [a.id, b.id])
        // Clusters would split the path across boxes whose labels the path's edges cross.
        figure.clustered = false
        if layout == .dot { figure.chain = onPath }
        return figure
    }
}
