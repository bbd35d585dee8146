import Foundation
import GeoGraph

/// Formats balance results for people (tables and sentences) and programs (JSON).
struct BalanceReport {
    let graph: Graph
    let poles: [String]

    func name(_ id: String) -> String { graph.actor(id)?.name ?? id }
    func percent(_ x: Double) -> String { x == 0 ? "-" : "\(Int((x * 100).rounded()))%" }
    func number(_ x: Double) -> String { String(format: "%.2f", x) }

    func text(_ analysis: BalanceAnalysis) -> String {
        var out = "Poles: " + poles.map(name).joined(separator: ", ") + "\n\n"
        out += "Hedging profiles, most hedged first (share of cooperative tie weight with each pole, all layers;\n"
        out += "index 1 = spread evenly, 0 = all with one pole; tension weight toward each pole after the bar)\n"
        var table = TextTable(["actor", "index"] + poles + ["|"] + poles.map { "-\($0)" })
        for p in analysis.profiles {
            table.add([p.actor, number(p.index)] + poles.map { percent(p.overall[$0] ?? 0) } + ["|"]
                      + poles.map { (p.tension[$0] ?? 0) > 0 ? number(p.tension[$0]!) : "-" })
        }
        out += table.rendered() + "\n" + findingsText(analysis.findings)
        return out
    }

    func findingsText(_ findings: [BalanceFinding]) -> String {
        var out = "Findings (\(findings.count))\n"
        for kind in BalanceFinding.Kind.allCases {
            let group = findings.filter { $0.kind == kind }
            guard !group.isEmpty else { continue }
            out += "\n\(kind.rawValue) (\(group.count))\n"
            for f in group {
                out += "  - \(f.sentence) [score \(number(f.score))]\n"
                let shown = f.evidence.prefix(4).joined(separator: ", ")
                out += "    evidence: \(shown)\(f.evidence.count > 4 ? " +\(f.evidence.count - 4) more" : "")\n"
            }
        }
        return out
    }

    func actorText(_ analysis: BalanceAnalysis, actor: String, context: BalanceContext) -> String {
        guard let p = analysis.profiles.first(where: { $0.actor == actor }) else {
            return "\(name(actor)) is a pole here; its partners are profiled in `geograph balance`.\n"
        }
        var out = "\(name(actor)) between " + poles.map(name).joined(separator: ", ")
            + ": hedging index \(number(p.index)) (how evenly its cooperation is spread over the poles)\n"
        out += leanText(p) + "\n\n"
        var table = TextTable(["pole"] + context.layers.map(\.rawValue) + ["all", "cooperation", "tension"])
        for pole in poles {
            table.add([pole] + context.layers.map { percent(p.shares[pole]?[$0] ?? 0) }
                      + [percent(p.overall[pole] ?? 0), number(p.cooperation[pole] ?? 0), number(p.tension[pole] ?? 0)])
        }
        out += table.rendered() + "\n"
        out += findingsText(analysis.findings.filter { $0.actor == actor })
        out += mixedText(actor, context: context)
        return out
    }

    /// The actors with both cooperation and tension with `actor`, as a table (empty when none).
    func mixedText(_ actor: String, context: BalanceContext) -> String {
        let mixed = BalanceLean.mixed(actor, context: context)
        guard !mixed.isEmpty else { return "" }
        var rows = TextTable(["actor", "cooperation", "tension"])
        for m in mixed { rows.add([m.actor, number(m.cooperation), number(m.tension)]) }
        return "\nMixed relations (cooperation and tension with the same actor, any actor):\n" + rows.rendered()
    }

    /// The lean, weighing tension against cooperation: the pole with the most cooperation net of
    /// tension, when any is above zero, and every pole where tension outweighs cooperation.
    func leanText(_ p: HedgingProfile) -> String {
        let lean = BalanceLean(p)
        var parts: [String] = []
        if let pole = lean.toward {
            parts.append("leans to \(name(pole)) (cooperation minus tension \(number(lean.net[pole] ?? 0)))")
        } else {
            parts.append("leans to no pole (with none does cooperation outweigh tension)")
        }
        for pole in lean.strained {
            parts.append("tension outweighs cooperation with \(name(pole)) (\(number(p.tension[pole] ?? 0)) against \(number(p.cooperation[pole] ?? 0)))")
        }
        return "Lean, weighing tension against cooperation: " + parts.joined(separator: "; ")
    }

    func json(_ analysis: BalanceAnalysis, focus: String?, context: BalanceContext) -> JSONValue {
        let profiles = analysis.profiles.filter { focus == nil || $0.actor == focus }
        let findings = analysis.findings.filter { focus == nil || $0.actor == focus }
        var pairs: [(String, JSONValue)] = [
            ("poles", .array(poles.map(JSONValue.string))),
            ("profiles", .array(profiles.map(BalanceAnalysis.json))),
            ("findings", .array(findings.map(\.json))),
        ]
        if let focus {
            let lean = profiles.first.map(BalanceLean.init)
            pairs.append(("focus", .object([
                ("actor", .string(focus)),
                ("lean", lean?.toward.map(JSONValue.string) ?? .null),
                ("strained", .array((lean?.strained ?? []).map(JSONValue.string))),
                ("net", .object(poles.map { ($0, .number(lean?.net[$0] ?? 0)) })),
                ("mixed", .array(BalanceLean.mixed(focus, context: context).map {
                    .object([("actor", .string($0.actor)), ("cooperation", .number($0.cooperation)), ("tension", .number($0.tension))])
                })),
            ])))
        }
        return .object(pairs)
    }

    func structuralText(_ b: StructuralBalance, _ s: SignedBlocs, _ g: SignedGraph) -> String {
        var out = "Signed graph: \(g.nodes.count) actors, \(g.edges.count) pairs "
            + "(\(g.edges.filter { $0.sign > 0 }.count) positive, \(g.edges.filter { $0.sign < 0 }.count) negative)\n"
        out += "Triad census: +++ \(b.census[0]), ++- \(b.census[1]), +-- \(b.census[2]), --- \(b.census[3]) (\(b.triangleCount) triangles)\n"
        out += "Degree of balance: \(number(b.degree)) (weighted \(number(b.weightedDegree)))\n"
        if !b.unbalancedTies.isEmpty {
            out += "Ties most often in unbalanced triads:\n"
            for t in b.unbalancedTies.prefix(8) { out += "  \(t.a) \(t.sign > 0 ? "+" : "-") \(t.b): \(t.count)\n" }
        }
        out += "Two camps (signed blocs, k = 2; "
            + (s.isExact ? "exact minimum: branch and bound, every component at most \(SignedBlocs.exactLimit) actors"
                : "heuristic: local search, may be above the minimum")
            + "): frustration \(number(s.frustration)) of \(number(s.totalWeight)) weight, \(s.frustratedCount) of \(g.edges.count) pairs\n"
        for camp in 0...1 {
            let members = g.nodes.indices.filter { s.blocs[$0] == camp }.map { g.nodes[$0] }
            out += "  camp \(camp == 0 ? "A" : "B") (\(members.count)): " + members.joined(separator: ", ") + "\n"
        }
        let frustrated = g.edges.filter { SignedBlocs.isFrustrated(sign: $0.sign, s.blocs[$0.u], s.blocs[$0.v]) }
        if !frustrated.isEmpty {
            out += "  frustrated: " + frustrated.map { "\(g.nodes[$0.u]) \($0.sign > 0 ? "+" : "-") \(g.nodes[$0.v])" }.joined(separator: "; ") + "\n"
        }
        out += "  (geograph blocs shows each camp's ties and the split's significance)\n"
        return out
    }

    func structuralJSON(_ b: StructuralBalance, _ s: SignedBlocs, _ g: SignedGraph) -> JSONValue {
        .object([
            ("census", .object([("+++", .int(b.census[0])), ("++-", .int(b.census[1])), ("+--", .int(b.census[2])), ("---", .int(b.census[3]))])),
            ("degree", .number(b.degree)), ("weighted_degree", .number(b.weightedDegree)),
            ("unbalanced_ties", .array(b.unbalancedTies.map { .object([("a", .string($0.a)), ("b", .string($0.b)), ("sign", .int($0.sign)), ("count", .int($0.count))]) })),
            ("frustration", .int(s.frustratedCount)), ("weighted_frustration", .number(s.frustration)), ("exact", .bool(s.isExact)),
            ("camps", .array((0...1).map { camp in .array(g.nodes.indices.filter { s.blocs[$0] == camp }.map { .string(g.nodes[$0]) }) })),
        ])
    }

    /// The change in hedging index, or nil when the actor has no profile in one of the windows
    /// (no cooperation with the poles there is not the same as an index of 0).
    func change(_ b: HedgingProfile?, _ a: HedgingProfile?) -> Double? {
        guard let b, let a else { return nil }
        return a.index - b.index
    }

    /// Actors in either window: those with a change first (largest move first), then those seen in one window only.
    func diffRows(_ before: BalanceAnalysis, _ after: BalanceAnalysis) -> [(String, HedgingProfile?, HedgingProfile?)] {
        let ids = Set(before.profiles.map(\.actor)).union(after.profiles.map(\.actor)).sorted()
        let rows = ids.map { id in (id, before.profiles.first { $0.actor == id }, after.profiles.first { $0.actor == id }) }
        func key(_ row: (String, HedgingProfile?, HedgingProfile?)) -> Double { change(row.1, row.2).map(abs) ?? -1 }
        return rows.sorted { key($0) != key($1) ? key($0) > key($1) : $0.0 < $1.0 }
    }

    func diffText(_ before: BalanceAnalysis, _ after: BalanceAnalysis, split: String) -> String {
        var table = TextTable(["actor", "index before", "index after", "change", "leading before", "leading after"])
        for (id, b, a) in diffRows(before, after) {
            let moved = change(b, a).map { ($0 >= 0 ? "+" : "") + number($0) } ?? "n/a"
            table.add([id, b.map { number($0.index) } ?? "-", a.map { number($0.index) } ?? "-",
                       moved, b?.leadingPole ?? "-", a?.leadingPole ?? "-"])
        }
        return "Hedging before and after \(split) (poles: \(poles.joined(separator: ", ")); evidence dated before / from the split;\n"
            + "n/a: no cooperation with the poles in one window)\n"
            + table.rendered()
    }

    func diffJSON(_ before: BalanceAnalysis, _ after: BalanceAnalysis, split: String) -> JSONValue {
        .object([
            ("split", .string(split)),
            ("actors", .array(diffRows(before, after).map { id, b, a in
                .object([("actor", .string(id)), ("before", b.map(BalanceAnalysis.json) ?? .null), ("after", a.map(BalanceAnalysis.json) ?? .null),
                         ("change", change(b, a).map(JSONValue.number) ?? .null)])
            })),
        ])
    }
}
