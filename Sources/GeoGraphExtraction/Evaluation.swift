import GeoGraph

/// Scores an extracted graph against a reference graph: precision, recall and F1 for actors (those
/// in ties), undirected actor pairs, and directed ties keyed by (source, target, layer, polarity) —
/// a symmetric tie counts in both directions — overall and per document.
public struct Evaluation: Sendable {
    /// One score line.
    public struct Score: Sendable {
        /// Extracted items that the reference has.
        public var correct: Int
        public var predicted: Int
        /// Reference items that were extracted.
        public var found: Int
        public var gold: Int
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(found) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
    }

    public var actors: Score
    public var pairs: Score
    public var ties: Score
    /// Tie scores per document file (ties citing it).
    public var byDocument: [(file: String, ties: Score, pairs: Score)]
    /// Gold ties not found, and extracted ties not in the gold graph, as "source -> target layer polarity".
    public var misses: [String]
    public var falseHits: [String]

    static func keys(_ t: Tie) -> Set<String> {
        var k: Set<String> = ["\(t.source)|\(t.target)|\(t.layer.rawValue)|\(t.polarity.rawValue)"]
        if t.isSymmetric { k.insert("\(t.target)|\(t.source)|\(t.layer.rawValue)|\(t.polarity.rawValue)") }
        return k
    }

    static func pair(_ t: Tie) -> String { [t.source, t.target].sorted().joined(separator: "|") }

    static func label(_ t: Tie) -> String {
        "\(t.source) \(t.isSymmetric ? "<->" : "->") \(t.target) \(t.layer.rawValue) \(t.polarity.rawValue)"
    }

    static func score(predicted: [Tie], gold: [Tie]) -> (ties: Score, pairs: Score, misses: [String], falseHits: [String]) {
        let goldKeys = gold.reduce(into: Set<String>()) { $0.formUnion(keys($1)) }
        let predictedKeys = predicted.reduce(into: Set<String>()) { $0.formUnion(keys($1)) }
        let hits = predicted.filter { !keys($0).isDisjoint(with: goldKeys) }.count
        let found = gold.filter { !keys($0).isDisjoint(with: predictedKeys) }.count
        let goldPairs = Set(gold.map(pair)), predictedPairs = Set(predicted.map(pair))
        let common = goldPairs.intersection(predictedPairs).count
        return (Score(correct: hits, predicted: predicted.count, found: found, gold: gold.count),
                Score(correct: common, predicted: predictedPairs.count, found: common, gold: goldPairs.count),
                gold.filter { keys($0).isDisjoint(with: predictedKeys) }.map(label).sorted(),
                predicted.filter { keys($0).isDisjoint(with: goldKeys) }.map(label).sorted())
    }

    public init(predicted: Graph, gold: Graph) {
        let result = Evaluation.score(predicted: predicted.ties, gold: gold.ties)
        ties = result.ties
        pairs = result.pairs
        misses = result.misses
        falseHits = result.falseHits
        let goldActors = Set(gold.ties.flatMap { [$0.source, $0.target] })
        let predictedActors = Set(predicted.ties.flatMap { [$0.source, $0.target] })
        let common = goldActors.intersection(predictedActors).count
        actors = Score(correct: common, predicted: predictedActors.count, found: common, gold: goldActors.count)
        let files = Set(gold.documents.map(\.file)).union(predicted.documents.map(\.file)).sorted()
        byDocument = files.map { file in
            let p = predicted.ties.filter { $0.evidence.contains { $0.document == file } }
            let g = gold.ties.filter { $0.evidence.contains { $0.document == file } }
            let r = Evaluation.score(predicted: p, gold: g)
            return (file, r.ties, r.pairs)
        }
    }
}
