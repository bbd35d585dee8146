import Foundation
import GeoGraph
import Yams

/// An analyst's corrections kept apart from extraction, so a rebuild after new documents keeps them:
/// ties to add, drop or re-weight, each with a reason.
///
/// ```yaml
/// schema: geograph-curation/1
/// add:      [{source: a, target: b, layer: security, polarity: cooperation, weight: 0.7, reason: "…"}]
/// drop:     [{source: a, target: b, layer: economic, polarity: tension, reason: "…"}]
/// reweight: [{source: a, target: b, layer: diplomatic, polarity: cooperation, weight: 0.3, reason: "…"}]
/// ```
public struct Curation: Sendable {
    public struct Change: Sendable {
        public var tie: Tie
        public var reason: String
    }

    public var additions: [Change] = []
    public var drops: [Change] = []
    public var reweights: [Change] = []

    /// - Throws: ``DataFileError`` naming the file and line.
    public static func load(path: String) throws -> Curation {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DataFileError(path: path, line: 0, reason: "cannot read the file")
        }
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw DataFileError(path: path, line: 1, reason: "not valid YAML")
        }
        guard let map = root?.mapping, map["schema"]?.string == "geograph-curation/1" else {
            throw DataFileError(path: path, line: 1, reason: "expected 'schema: geograph-curation/1' at the top")
        }
        var curation = Curation()
        func changes(_ field: String, needsWeight: Bool) throws -> [Change] {
            try (map[field]?.sequence ?? []).map { node in
                let line = node.mark?.line ?? 0
                guard let m = node.mapping, let s = m["source"]?.string, let t = m["target"]?.string,
                      let layer = m["layer"]?.string.flatMap(Layer.init(rawValue:)),
                      let polarity = m["polarity"]?.string.flatMap(Polarity.init(rawValue:)) else {
                    throw DataFileError(path: path, line: line, reason: "a change needs source, target, layer and polarity")
                }
                guard let reason = m["reason"]?.string, !reason.isEmpty else {
                    throw DataFileError(path: path, line: line, reason: "every change needs a reason")
                }
                let weight = m["weight"]?.float ?? 0.5
                if needsWeight, m["weight"] == nil || !Tie.isValidWeight(weight) {
                    throw DataFileError(path: path, line: line, reason: "weight must be in (0, 1]")
                }
                return Change(tie: Tie(source: s, target: t, layer: layer, polarity: polarity, weight: weight,
                                       isSymmetric: m["symmetric"]?.bool ?? false), reason: reason)
            }
        }
        curation.additions = try changes("add", needsWeight: true)
        curation.drops = try changes("drop", needsWeight: false)
        curation.reweights = try changes("reweight", needsWeight: true)
        return curation
    }

    /// The graph with the changes applied: drops first, then re-weights, then additions.
    /// - Throws: ``GraphError`` when a change names an actor the graph does not have.
    public func apply(to graph: Graph) throws -> Graph {
        var g = graph
        for d in drops { g.removeTie(d.tie.key) }
        for r in reweights where g.tie(r.tie.key) != nil { try g.setWeight(r.tie.weight, of: r.tie.key) }
        for a in additions {
            if let existing = g.tie(a.tie.key) {
                try g.setWeight(max(existing.weight, a.tie.weight), of: a.tie.key)
            } else {
                try g.add(a.tie)
            }
        }
        return g
    }
}

