import Foundation
import GeoGraph

/// Formats centrality rankings for people (tables) and programs (JSON, CSV).
enum CentralityReport {
    static func value(_ v: Double) -> String {
        if v == 0 { return "0" }
        return abs(v) >= 1000 ? String(format: "%.1f", v) : String(format: "%.6f", v)
    }

    static func tieSummary(_ t: Tie, from actor: String) -> String {
        let arrow = t.isSymmetric ? "<->" : (t.source == actor ? "->" : "<-")
        let pointer = t.evidence.first.map { " " + $0.pointer } ?? ""
        return "\(arrow) \(t.otherEnd(from: actor)) \(t.layer.rawValue) \(t.polarity == .cooperation ? "+" : "-")\(pointer)"
    }

    /// For a tension view: each actor's main opponents, the actors whose tension toward it weighs most
    /// (at most three, strongest first, ties by id).
    static func opponents(_ digraph: WeightedDigraph, core: CompactGraph) -> [String: [String]] {
        var result: [String: [String]] = [:]
        for v in 0..<digraph.nodeCount {
            let incoming = (digraph.inOffsets[v]..<digraph.inOffsets[v + 1]).map {
                (id: core.ids[Int(digraph.nodes[Int(digraph.inSources[$0])])], weight: digraph.inWeights[$0])
            }
            result[core.ids[Int(digraph.nodes[v])]] = incoming
                .sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.id < $1.id }.prefix(3).map(\.id)
        }
        return result
    }

    /// An actor's ties in the view: its ``Tie`` values, or for a TSV edge list (which has none) its layer edges.
    static func tieCount(_ e: CentralityRanking.Entry, core: CompactGraph) -> Int {
        core.ties.isEmpty ? e.edgeCount : e.ties.count
    }

    /// A tie of a TSV edge list, which carries no evidence: direction, other end, layer, sign, weight.
    static func edgeSummary(_ e: CentralityRanking.RankedEdge) -> String {
        "\(e.outgoing ? "->" : "<-") \(e.other) \(e.layer.rawValue) \(e.polarity == .cooperation ? "+" : "-") \(JSONValue.format(e.weight))"
    }

    static func single(_ ranking: CentralityRanking, top: Int, format: OutputFormat, core: CompactGraph, graph: Graph?,
                       opponents: [String: [String]]? = nil) -> String {
        let entries = top > 0 ? Array(ranking.entries.prefix(top)) : ranking.entries
        switch format {
        case .csv:
            return "rank,actor,value\n" + entries.map { "\($0.rank),\($0.actor),\(JSONValue.format($0.value))\n" }.joined()
        case .json:
            return JSONValue.array(entries.map { e in
                .object([
                    ("rank", .int(e.rank)), ("actor", .string(e.actor)), ("value", .number(e.value)),
                    ("ties", .int(tieCount(e, core: core))),
                    ("evidence", .array(e.ties.prefix(3).flatMap { core.ties[$0].evidence.prefix(1).map { .string($0.pointer) } })),
                ])
            }).rendered() + "\n"
        case .table:
            if let opponents {
                var table = TextTable(["rank", "actor", ranking.measure.rawValue, "ties", "opposed most by"])
                for e in entries {
                    table.add([String(e.rank), e.actor, value(e.value), String(tieCount(e, core: core)),
                               (opponents[e.actor] ?? []).joined(separator: ", ")])
                }
                return table.rendered()
            }
            var table = TextTable(["rank", "actor", ranking.measure.rawValue, "ties", "strongest tie (evidence)"])
            for e in entries {
                let strongest = e.ties.first.map { tieSummary(core.ties[$0], from: e.actor) }
                    ?? e.strongestEdge.map(edgeSummary) ?? ""
                table.add([String(e.rank), e.actor, value(e.value), String(tieCount(e, core: core)), strongest])
            }
            return table.rendered()
        }
    }

    static func byLayer(all: CentralityRanking, perLayer: [Layer: [String: Double]], top: Int, format: OutputFormat,
                        graph: Graph?) -> String {
        let entries = top > 0 ? Array(all.entries.prefix(top)) : all.entries
        func cell(_ layer: Layer, _ actor: String) -> Double { perLayer[layer]?[actor] ?? 0 }
        switch format {
        case .csv:
            return "actor,security,economic,diplomatic,all\n" + entries.map { e in
                ([e.actor] + Layer.allCases.map { JSONValue.format(cell($0, e.actor)) } + [JSONValue.format(e.value)])
                    .joined(separator: ",") + "\n"
            }.joined()
        case .json:
            return JSONValue.array(entries.map { e in
                .object([("rank", .int(e.rank)), ("actor", .string(e.actor))]
                        + Layer.allCases.map { ($0.rawValue, .number(cell($0, e.actor))) } + [("all", .number(e.value))])
            }).rendered() + "\n"
        case .table:
            var table = TextTable(["rank", "actor", "security", "economic", "diplomatic", "all", "ties"])
            for e in entries {
                table.add([String(e.rank), e.actor] + Layer.allCases.map { value(cell($0, e.actor)) } + [value(e.value), String(e.ties.isEmpty ? e.edgeCount : e.ties.count)])
            }
            return "\(all.measure.rawValue) by layer (ranked by all layers)\n" + table.rendered()
        }
    }
}
