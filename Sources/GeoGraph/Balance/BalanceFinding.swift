/// One balancing pattern found in the graph, as a sentence an analyst can paste, with the numbers
/// and the evidence behind every leg.
public struct BalanceFinding: Sendable, Hashable {
    /// The kinds of pattern.
    public enum Kind: String, CaseIterable, Sendable {
        /// Cooperation of comparable weight with two poles on one layer.
        case hedge
        /// The leading partner differs by layer.
        case division
        /// A third party beside the dominant partner on one layer.
        case offset
        /// Cooperation with one pole while in tension with its partner or rival.
        case wedge
    }

    public var kind: Kind
    /// The actor doing the balancing (or `central-asia`-style group for a regional pattern).
    public var actor: String
    /// The other parties, in the order the sentence names them.
    public var partners: [String]
    public var layers: [Layer]
    /// The pattern's strength in [0, 1] (see each pattern's definition).
    public var score: Double
    public var sentence: String
    /// Evidence pointers (`file#sentence`) behind every leg, by document then sentence number.
    public var evidence: [String]

    /// Evidence pointers without repeats, by document and then by sentence number (`a.txt#2` before `a.txt#10`).
    public static func ordered(_ pointers: [String]) -> [String] {
        func key(_ p: String) -> (String, Int) {
            guard let hash = p.lastIndex(of: "#"), let n = Int(p[p.index(after: hash)...]) else { return (p, -1) }
            return (String(p[..<hash]), n)
        }
        return Set(pointers).sorted { key($0) != key($1) ? key($0) < key($1) : $0 < $1 }
    }

    /// The finding as JSON: `{kind, actor, partners, layers, score, sentence, evidence}`.
    public var json: JSONValue {
        .object([
            ("kind", .string(kind.rawValue)), ("actor", .string(actor)),
            ("partners", .array(partners.map(JSONValue.string))), ("layers", .array(layers.map { .string($0.rawValue) })),
            ("score", .number(score)), ("sentence", .string(sentence)),
            ("evidence", .array(evidence.map(JSONValue.string))),
        ])
    }
}

extension BalanceContext {
    /// The display name of an actor.
    func name(_ id: String) -> String { graph.actor(id)?.name ?? id }

    /// The evidence pointers of the ties between two actors on a layer with a polarity.
    func pointers(_ a: String, _ b: String, layer: Layer? = nil, polarity: Polarity) -> [String] {
        ties(between: a, and: b, layer: layer, polarity: polarity).flatMap { $0.evidence.map(\.pointer) }
    }

    static func format(_ x: Double) -> String { String(format: "%.2f", x) }
}

import Foundation
