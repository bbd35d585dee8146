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
            + ": hedging index \(number(p.index))" + (p.leadingPole.map { ", leaning to \(name($0))" } ?? "") + "\n\n"
        var table = TextTable(["pole"] + context.layers.map(\.rawValue) + ["all", "cooperation", "tension"])
        for pole in poles {
            table.add([pole] + context.layers.map { percent(p.shares[pole]?[$0] ?? 0) }
                      + [percent(p.overall[pole] ?? 0), number(p.cooperation[pole] ?? 0), number(p.tension[pole] ?? 0)])
        }
        out += table.rendered() + "\n"
        out += findingsText(analysis.findings.filter { $0.actor == actor })
        return out
    }

    func json(_ analysis: BalanceAnalysis, focus: String?) -> JSONValue {
        let profiles = analysis.profiles.filter { focus == nil || $0.actor == focus }
        let findings = analysis.findings.filter { focus == nil || $0.actor == focus }
        return .object([
            ("poles", .array(poles.map(JSONValue.string))),
            ("profiles", .array(profiles.map(BalanceAnalysis.json))),
            ("findings", .array(findings.map(\.json))),
        ])
    }

    func structuralText(_ b: StructuralBalance, _ s: FrustrationSplit, _ g: SignedGraph) -> String {
        var out = "Signed graph: \(g.nodes.count) actors, \(g.edges.count) pairs "
            + "(\(g.edges.filter { $0.sign > 0 }.count) positive, \(g.edges.filter { $0.sign < 0 }.count) negative)\n"
        out += "Triad census: +++ \(b.census[0]), ++- \(b.census[1]), +-- \(b.census[2]), --- \(b.census[3]) (\(b.triangleCount) triangles)\n"
        out += "Degree of balance: \(number(b.degree)) (weighted \(number(b.weightedDegree)))\n"
        if !b.unbalancedTies.isEmpty {
            out += "Ties most often in unbalanced triads:\n"
            for t in b.unbalancedTies.prefix(8) { out += "  \(t.a) \(t.sign > 0 ? "+" : "-") \(t.b): \(t.count)\n" }
        }
        out += "Two camps (\(s.isExact ? "exact" : "local search; may be above the minimum")): frustration \(s.frustration) "
            + "of \(g.edges.count) pairs (weight \(number(s.weightedFrustration)))\n"
        for camp in 0...1 {
            let members = g.nodes.indices.filter { s.camps[$0] == camp }.map { g.nodes[$0] }
            out += "  camp \(camp == 0 ? "A" : "B") (\(members.count)): " + members.joined(separator: ", ") + "\n"
        }
        if !s.frustratedTies.isEmpty {
            out += "  frustrated: " + s.frustratedTies.map { "\($0.a) \($0.sign > 0 ? "+" : "-") \($0.b)" }.joined(separator: "; ") + "\n"
        }
        return out
    }

    func structuralJSON(_ b: StructuralBalance, _ s: FrustrationSplit, _ g: SignedGraph) -> JSONValue {
        .object([
            ("census", .object([("+++", .int(b.census[0])), ("++-", .int(b.census[1])), ("+--", .int(b.census[2])), ("---", .int(b.census[3]))])),
            ("degree", .number(b.degree)), ("weighted_degree", .number(b.weightedDegree)),
            ("unbalanced_ties", .array(b.unbalancedTies.map { .object([("a", .string($0.a)), ("b", .string($0.b)), ("sign", .int($0.sign)), ("count", .int($0.count))]) })),
            ("frustration", .int(s.frustration)), ("weighted_frustration", .number(s.weightedFrustration)), ("exact", .bool(s.isExact)),
            ("camps", .array((0...1).map { camp in .array(g.nodes.indices.filter { s.camps[$0] == camp }.map { .string(g.nodes[$0]) }) })),
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
