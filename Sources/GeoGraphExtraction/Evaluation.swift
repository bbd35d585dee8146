import GeoGraph

/// Scores an extracted graph against a reference graph: precision, recall and F1 for actors (those
/// in ties), undirected actor pairs, and directed ties keyed by (source, target, layer, polarity) —
/// a symmetric tie counts in both directions. `Scripts/annotation_agreement.py` scores two readings
/// the same way.
///
/// Ties are scored two ways:
/// - **rolled up** (the headline, at state level): each end that represents another actor — a person,
///   an agent such as Wagner, the Taliban from 2021-08-15 — is replaced by what it
///   `Actor.represents(on:)` on its evidence's date, followed to the end (a Taliban minister in 2022 is
///   Afghanistan), ties that meet are merged, and a tie that rolls up into a self-loop is dropped — "the president of Aland met the king of Borduria" scores the same
///   read as person ↔ person or state ↔ state;
/// - **raw**: the graphs' ties as they are, persons kept.
///
/// Beside the totals (rolled up): directed ties per layer, ties and pairs per region (the ties citing
/// a document of the region, from a `file → region` table such as `Graphs/dev-set.tsv`), per document,
/// and the **sign accuracy** on the pairs found: of the (pair, layer)s both graphs hold, the share whose
/// polarities (cooperation, tension, or both) are the same.
public struct Evaluation: Sendable {
    /// One score line.
    public struct Score: Sendable, Equatable {
        /// Extracted items that the reference has.
        public var correct: Int
        public var predicted: Int
        /// Reference items that were extracted.
        public var found: Int
        public var gold: Int
        public var precision: Double { predicted == 0 ? 0 : Double(correct) / Double(predicted) }
        public var recall: Double { gold == 0 ? 0 : Double(found) / Double(gold) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        public init(correct: Int, predicted: Int, found: Int, gold: Int) {
            self.correct = correct
            self.predicted = predicted
            self.found = found
            self.gold = gold
        }
    }

    /// Of the (pair, layer)s both graphs hold, how many have the same polarities.
    public struct SignAccuracy: Sendable, Equatable {
        public var same: Int
        public var compared: Int
        public var accuracy: Double { compared == 0 ? 0 : Double(same) / Double(compared) }
    }

    /// Scores of the ties citing one region's documents.
    public struct RegionScore: Sendable {
        public var region: String
        public var documents: Int
        public var ties: Score
        public var pairs: Score
    }

    /// Rolled up: persons and agents replaced by what they represent.
    public var actors: Score
    public var pairs: Score
    public var ties: Score
    /// Raw: the graphs' ties as they are.
    public var rawPairs: Score
    public var rawTies: Score
    /// Directed ties of each layer, rolled up, in `Layer` order.
    public var byLayer: [(layer: Layer, ties: Score)]
    public var signs: SignAccuracy
    /// Rolled-up scores per region, by region name; empty without a region table.
    public var byRegion: [RegionScore]
    /// Rolled-up scores per document file (the ties citing it).
    public var byDocument: [(file: String, ties: Score, pairs: Score)]
    /// Gold ties not found, and extracted ties not in the gold graph (rolled up), as "source -> target layer polarity".
    public var misses: [String]
    public var falseHits: [String]
    /// Why each miss was missed, and why each false hit is not in the reference: `misses` and
    /// `falseHits` sorted into ``ErrorKind``s, in `ErrorKind` order (kinds with none left out).
    public var missesByKind: [(kind: ErrorKind, labels: [String])]
    public var falseHitsByKind: [(kind: ErrorKind, labels: [String])]

    /// A tie as scored: ends, layer, polarity, symmetry, and the documents its evidence cites.
    struct Item {
        var source: String
        var target: String
        var layer: Layer
        var polarity: Polarity
        var isSymmetric: Bool
        var documents: Set<String>
        /// The sentences its evidence cites, as `document#sentence` pointers.
        var sentences: Set<String> = []

        var keys: Set<String> {
            var k: Set<String> = ["\(source)|\(target)|\(layer.rawValue)|\(polarity.rawValue)"]
            if isSymmetric { k.insert("\(target)|\(source)|\(layer.rawValue)|\(polarity.rawValue)") }
            return k
        }

        var pair: String { [source, target].sorted().joined(separator: "|") }

        var label: String { "\(source) \(isSymmetric ? "<->" : "->") \(target) \(layer.rawValue) \(polarity.rawValue)" }
    }

    /// The graph's ties as items; with `rollUp`, each evidence's ends rolled up to what they represent
    /// on its date, items that meet merged, self-loops dropped. Sorted by label.
    static func items(_ graph: Graph, rollUp: Bool) -> [Item] {
        var merged: [String: Item] = [:]
        // What an actor acts for on the date, followed to the end: a person's state, an agent's, a
        // minister of the Taliban's government Afghanistan's (person → taliban → afghanistan).
        func end(_ id: String, _ date: String?) -> String {
            guard rollUp else { return id }
            var seen = [id]
            while let actor = graph.actor(seen.last!), let next = actor.represents(on: date), !seen.contains(next) { seen.append(next) }
            return seen.last!
        }
        for t in graph.ties {
            let records = t.evidence.isEmpty
                ? [(document: "", date: String?.none, pointer: String?.none)]
                : t.evidence.map { ($0.document, $0.date ?? graph.document($0.document)?.date, Optional($0.pointer)) }
            for (document, date, pointer) in records {
                var (s, d) = (end(t.source, date), end(t.target, date))
                guard s != d else { continue }
                if t.isSymmetric, d < s { swap(&s, &d) }
                let key = "\(s)|\(d)|\(t.layer.rawValue)|\(t.polarity.rawValue)|\(t.isSymmetric)"
                merged[key, default: Item(source: s, target: d, layer: t.layer, polarity: t.polarity, isSymmetric: t.isSymmetric, documents: [])]
                    .documents.insert(document)
                if let pointer { merged[key]!.sentences.insert(pointer) }
            }
        }
        return merged.values.sorted { $0.label < $1.label }
    }

    static func score(predicted: [Item], gold: [Item]) -> (ties: Score, pairs: Score, actors: Score) {
        let goldKeys = gold.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
        let predictedKeys = predicted.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
        let hits = predicted.filter { !$0.keys.isDisjoint(with: goldKeys) }.count
        let found = gold.filter { !$0.keys.isDisjoint(with: predictedKeys) }.count
        let goldPairs = Set(gold.map(\.pair)), predictedPairs = Set(predicted.map(\.pair))
        let common = goldPairs.intersection(predictedPairs).count
        let goldActors = Set(gold.flatMap { [$0.source, $0.target] }), predictedActors = Set(predicted.flatMap { [$0.source, $0.target] })
        let actors = goldActors.intersection(predictedActors).count
        return (Score(correct: hits, predicted: predicted.count, found: found, gold: gold.count),
                Score(correct: common, predicted: predictedPairs.count, found: common, gold: goldPairs.count),
                Score(correct: actors, predicted: predictedActors.count, found: actors, gold: goldActors.count))
    }

    /// Each (pair, layer) with its set of polarities; the share of those both hold with the same set.
    static func signs(predicted: [Item], gold: [Item]) -> SignAccuracy {
        func cells(_ items: [Item]) -> [String: Set<Polarity>] {
            items.reduce(into: [:]) { $0[$1.pair + "|" + $1.layer.rawValue, default: []].insert($1.polarity) }
        }
        let p = cells(predicted), g = cells(gold)
        let shared = Set(p.keys).intersection(g.keys)
        return SignAccuracy(same: shared.filter { p[$0] == g[$0] }.count, compared: shared.count)
    }

    /// - Parameters:
    ///   - predicted: The extracted graph.
    ///   - gold: The reference graph.
    ///   - regions: Each document file's region (`Graphs/dev-set.tsv`); documents it does not list are
    ///     in no region.
    public init(predicted: Graph, gold: Graph, regions: [String: String] = [:]) {
        let p = Evaluation.items(predicted, rollUp: true), g = Evaluation.items(gold, rollUp: true)
        (ties, pairs, actors) = Evaluation.score(predicted: p, gold: g)
        let raw = Evaluation.score(predicted: Evaluation.items(predicted, rollUp: false), gold: Evaluation.items(gold, rollUp: false))
        (rawTies, rawPairs) = (raw.ties, raw.pairs)
        let goldKeys = g.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
        let predictedKeys = p.reduce(into: Set<String>()) { $0.formUnion($1.keys) }
        let missed = g.filter { $0.keys.isDisjoint(with: predictedKeys) }, extra = p.filter { $0.keys.isDisjoint(with: goldKeys) }
        misses = missed.map(\.label)
        falseHits = extra.map(\.label)
        missesByKind = Evaluation.sorted(missed, against: p)
        falseHitsByKind = Evaluation.sorted(extra, against: g)
        byLayer = Layer.allCases.compactMap { layer in
            let pl = p.filter { $0.layer == layer }, gl = g.filter { $0.layer == layer }
            return pl.isEmpty && gl.isEmpty ? nil : (layer, Evaluation.score(predicted: pl, gold: gl).ties)
        }
        signs = Evaluation.signs(predicted: p, gold: g)
        let files = Set(gold.documents.map(\.file)).union(predicted.documents.map(\.file)).sorted()
        byRegion = Set(files.compactMap { regions[$0] }).sorted().map { region in
            let inRegion = Set(files.filter { regions[$0] == region })
            let r = Evaluation.score(predicted: p.filter { !$0.documents.isDisjoint(with: inRegion) },
                                     gold: g.filter { !$0.documents.isDisjoint(with: inRegion) })
            return RegionScore(region: region, documents: inRegion.count, ties: r.ties, pairs: r.pairs)
        }
        byDocument = files.map { file in
            let r = Evaluation.score(predicted: p.filter { $0.documents.contains(file) }, gold: g.filter { $0.documents.contains(file) })
            return (file, r.ties, r.pairs)
        }
    }

    /// Reads a `file → region` table: tab-separated lines whose first column is a document file and
    /// whose column headed `region` (else the second) is its region; a header line starting `file` is skipped.
    public static func regions(tsv text: String) -> [String: String] {
        var column = 1
        var out: [String: String] = [:]
        for (n, line) in text.split(whereSeparator: \.isNewline).enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if n == 0, fields.first == "file" {
                column = fields.firstIndex(of: "region") ?? 1
                continue
            }
            guard fields.count > column, !fields[0].isEmpty, !fields[column].isEmpty else { continue }
            out[fields[0]] = fields[column]
        }
        return out
    }
}
