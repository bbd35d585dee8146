import GeoGraph

/// Formats signed blocs: each bloc with the ties that hold it together and the frustrated ties that
/// cross it, the frustration, whether it is exact, and its significance.
struct BlocsReport {
    let graph: Graph
    let signed: SignedGraph
    let blocs: SignedBlocs
    let significance: BlocSignificance?
    /// Ties listed per bloc and kind (0: all).
    let show: Int

    func number(_ x: Double) -> String { formatWeight((x * 100).rounded() / 100) }

    /// The pairs of bloc `b` (by its first member's bloc number): cohesive (cooperation inside),
    /// frustrated inside (tension inside) and frustrated across (cooperation to another bloc), strongest first.
    func ties(of b: Int) -> (holding: [String], tensionInside: [String], acrossCooperation: [String]) {
        var holding: [(Double, String)] = [], inside: [(Double, String)] = [], across: [(Double, String)] = []
        for e in signed.edges {
            let (bu, bv) = (blocs.blocs[e.u], blocs.blocs[e.v])
            let label = "\(signed.nodes[e.u]) \(e.sign > 0 ? "+" : "-") \(signed.nodes[e.v]) \(number(e.weight))"
            if bu == b && bv == b {
                if e.sign > 0 { holding.append((e.weight, label)) } else { inside.append((e.weight, label)) }
            } else if (bu == b || bv == b) && e.sign > 0 {
                across.append((e.weight, label + " (to bloc \((bu == b ? bv : bu) + 1))"))
            }
        }
        func sorted(_ list: [(Double, String)]) -> [String] {
            list.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }.map(\.1)
        }
        return (sorted(holding), sorted(inside), sorted(across))
    }

    func listed(_ items: [String]) -> String {
        if items.isEmpty { return "none" }
        let shown = show == 0 ? items : Array(items.prefix(show))
        return shown.joined(separator: "; ") + (items.count > shown.count ? "; +\(items.count - shown.count) more (raise --show)" : "")
    }

    var method: String {
        blocs.isExact ? "exact: branch and bound, every component at most \(SignedBlocs.exactLimit) actors"
            : "heuristic: local search (a component above \(SignedBlocs.exactLimit) actors or k above \(SignedBlocs.exactBlocs)); may be above the minimum"
    }

    var text: String {
        var out = "Signed graph: \(signed.nodes.count) actors, \(signed.edges.count) pairs "
            + "(\(signed.edges.filter { $0.sign > 0 }.count) cooperation, \(signed.edges.filter { $0.sign < 0 }.count) tension; "
            + "each pair's cooperation weight minus its tension weight)\n"
        out += "Blocs: at most \(blocs.k), \(method)\n"
        out += "Frustration \(number(blocs.frustration)) of \(number(blocs.totalWeight)) "
            + "(\(blocs.frustratedCount) of \(signed.edges.count) pairs: cooperation across blocs, tension inside one)\n"
        if let s = significance {
            out += "Significance: p = \(JSONValue.format((s.p * 1000).rounded() / 1000)) (\(s.samples.count) samples of the "
                + "Kirkley–Cantwell–Newman null model, signs shuffled over the same pairs, seed \(s.seed); "
                + "null frustration \(number(s.mean)) ± \(number(s.standardDeviation)), z = \(number(s.z)))\n"
        }
        for b in 0..<blocs.k {
            let ids = signed.nodes.indices.filter { blocs.blocs[$0] == b }.map { signed.nodes[$0] }
            guard !ids.isEmpty else { continue }
            let t = ties(of: b)
            out += "\nBloc \(b + 1) (\(ids.count)): \(ids.joined(separator: ", "))\n"
            out += "  held together by: \(listed(t.holding))\n"
            out += "  frustrated, tension inside: \(listed(t.tensionInside))\n"
            out += "  frustrated, cooperation across: \(listed(t.acrossCooperation))\n"
        }
        return out
    }

    var json: JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("k", .int(blocs.k)), ("exact", .bool(blocs.isExact)),
            ("frustration", .number(blocs.frustration)), ("frustrated_pairs", .int(blocs.frustratedCount)),
            ("total_weight", .number(blocs.totalWeight)),
        ]
        pairs.append(("blocs", .array((0..<blocs.k).compactMap { b in
            let ids = signed.nodes.indices.filter { blocs.blocs[$0] == b }.map { signed.nodes[$0] }
            guard !ids.isEmpty else { return nil }
            let t = ties(of: b)
            return .object([("bloc", .int(b + 1)), ("actors", .array(ids.map(JSONValue.string))),
                            ("holding", .array(t.holding.map(JSONValue.string))),
                            ("tension_inside", .array(t.tensionInside.map(JSONValue.string))),
                            ("cooperation_across", .array(t.acrossCooperation.map(JSONValue.string)))])
        })))
        if let s = significance {
            pairs.append(("significance", .object([("p", .number(s.p)), ("samples", .int(s.samples.count)), ("seed", .int(Int(s.seed))),
                                                   ("null_mean", .number(s.mean)), ("null_sd", .number(s.standardDeviation)), ("z", .number(s.z))])))
        }
        return .object(pairs)
    }
}
