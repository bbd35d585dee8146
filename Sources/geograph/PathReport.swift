import GeoGraph

/// Formats paths hop by hop, each hop with the ties behind it and their evidence pointers.
struct PathReport {
    let loaded: LoadedGraph
    let digraph: WeightedDigraph
    /// How a hop's ties combine into its weight (`--combine`).
    var combine: GraphView.Combine = .sum

    func id(_ node: Int) -> String { loaded.core.ids[Int(digraph.nodes[node])] }

    /// The ties behind one combined edge, strongest first.
    func ties(of edge: Int) -> [(layer: Layer, sign: Int8, weight: Double, tie: Tie?)] {
        digraph.provenance[digraph.provenanceOffsets[edge]..<digraph.provenanceOffsets[edge + 1]].map { ref in
            let adjacency = loaded.core.layers[Int(ref.layer)]
            let t = Int(adjacency.outTies[Int(ref.edge)])
            return (Layer.allCases[Int(ref.layer)], adjacency.outSigns[Int(ref.edge)], adjacency.outWeights[Int(ref.edge)],
                    t >= 0 ? loaded.core.ties[t] : nil)
        }.sorted { $0.weight > $1.weight }
    }

    func text(_ paths: [WeightedPath], mode: PathMode) -> String {
        var out = ""
        for (k, path) in paths.enumerated() {
            let route = path.nodes.map(id).joined(separator: " → ")
            let measure = mode == .widest
                ? "weakest link \(formatWeight(digraph.bottleneck(of: path)))"
                : "strength \(formatWeight(digraph.strength(of: path)))"
            out += "\(paths.count > 1 ? "\(k + 1). " : "")\(route)   (\(path.hops) hop\(path.hops == 1 ? "" : "s"), \(measure))\n"
            if mode != .widest, !path.edges.isEmpty { out += "   " + strengthExplained(path) + "\n" }
            for (i, e) in path.edges.enumerated() {
                out += "   \(id(path.nodes[i])) -> \(id(path.nodes[i + 1]))\n"
                for t in ties(of: e) {
                    let pointers = t.tie?.evidence.prefix(3).map(\.pointer).joined(separator: ", ") ?? "no evidence"
                    let more = (t.tie?.evidence.count ?? 0) > 3 ? " +\(t.tie!.evidence.count - 3) more" : ""
                    out += "      \(t.layer.rawValue) \(t.sign > 0 ? "cooperation" : "tension") \(formatWeight(t.weight))  [\(pointers)\(more)]\n"
                }
            }
        }
        return out
    }

    /// How the path's strength is computed, on screen: each hop's weight over the view's strongest
    /// edge, multiplied (`strength = 0.7/0.9 × 0.5/0.9 = 0.432`).
    func strengthExplained(_ path: WeightedPath) -> String {
        let top = digraph.maximumWeight
        let factors = path.edges.map { "\(formatWeight(digraph.outWeights[$0]))/\(formatWeight(top))" }.joined(separator: " × ")
        return "strength = \(factors) = \(formatWeight(digraph.strength(of: path)))"
            + " (each hop's weight — its ties' weights " + (combine == .sum ? "added" : "at their strongest")
            + " — over the view's strongest hop, \(formatWeight(top)), multiplied)"
    }

    func json(_ paths: [WeightedPath], mode: PathMode) -> JSONValue {
        .array(paths.map { path in
            .object([
                ("nodes", .array(path.nodes.map { .string(id($0)) })),
                ("hops", .int(path.hops)),
                ("strength", .number(digraph.strength(of: path))),
                ("weakest", .number(path.hops == 0 ? 1 : digraph.bottleneck(of: path))),
                ("steps", .array(path.edges.enumerated().map { i, e in
                    .object([
                        ("from", .string(id(path.nodes[i]))), ("to", .string(id(path.nodes[i + 1]))),
                        ("weight", .number(digraph.outWeights[e])),
                        ("ties", .array(ties(of: e).map { t in
                            .object([
                                ("layer", .string(t.layer.rawValue)),
                                ("polarity", .string(t.sign > 0 ? "cooperation" : "tension")),
                                ("weight", .number(t.weight)),
                                ("evidence", .array((t.tie?.evidence ?? []).map { .string($0.pointer) })),
                            ])
                        })),
                    ])
                })),
            ])
        })
    }
}
