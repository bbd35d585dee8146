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
        /// The line of the change in its file, for errors.
        public var line: Int = 0
    }

    /// The file the changes came from, for errors.
    public var path: String = ""
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
        curation.path = path
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
                                       isSymmetric: m["symmetric"]?.bool ?? false), reason: reason, line: line)
            }
        }
        curation.additions = try changes("add", needsWeight: true)
        curation.drops = try changes("drop", needsWeight: false)
        curation.reweights = try changes("reweight", needsWeight: true)
        return curation
    }

    /// The graph with the changes applied: drops first, then re-weights, then additions. An added tie
    /// may name an actor the documents never mention: it is taken from `gazetteer`.
    /// - Returns: The curated graph and a note for each drop or re-weight that found no tie (extraction
    ///   may no longer produce it).
    /// - Throws: ``DataFileError`` naming the change's line when it names an actor neither the graph nor
    ///   the gazetteer has, or ties an actor to itself.
    public func apply(to graph: Graph, gazetteer: Graph? = nil) throws -> (graph: Graph, notes: [String]) {
        var g = graph
        var notes: [String] = []
        func label(_ t: Tie) -> String { "\(t.source) -> \(t.target) \(t.layer.rawValue) \(t.polarity.rawValue)" }
        for d in drops {
            if g.tie(d.tie.key) == nil { notes.append("\(path):\(d.line): nothing to drop: the graph has no tie \(label(d.tie))") }
            g.removeTie(d.tie.key)
        }
        for r in reweights {
            guard g.tie(r.tie.key) != nil else {
                notes.append("\(path):\(r.line): nothing to re-weight: the graph has no tie \(label(r.tie))")
                continue
            }
            try g.setWeight(r.tie.weight, of: r.tie.key)
        }
        for a in additions {
            guard a.tie.source != a.tie.target else {
                throw DataFileError(path: path, line: a.line, reason: "a tie from '\(a.tie.source)' to itself; a tie needs two different actors")
            }
            for id in [a.tie.source, a.tie.target] where g.actor(id) == nil {
                guard let actor = gazetteer?.actor(id) else {
                    let near = (gazetteer ?? g).suggestions(for: id)
                    throw DataFileError(path: path, line: a.line, reason: "no actor '\(id)' in the graph or the gazetteer"
                        + (near.isEmpty ? "" : "; did you mean \(near.joined(separator: ", "))?"))
                }
                try g.add(actor)
            }
            if let existing = g.tie(a.tie.key) {
                try g.setWeight(max(existing.weight, a.tie.weight), of: a.tie.key)
            } else {
                try g.add(a.tie)
            }
        }
        return (g, notes)
    }
}
