import GeoGraph

extension Evaluation {
    /// Why a tie of one graph is not in the other: a miss (a reference tie the extracted graph lacks)
    /// or a false hit (an extracted tie the reference lacks), seen from the other graph. The first kind
    /// that holds is the one given, in this order:
    ///
    /// - term `reversed`: the other graph has the pair, layer and polarity, pointing the other way;
    /// - term `otherSign`: it has the pair on this layer with the other polarity;
    /// - term `otherLayer`: it has the pair on another layer only;
    /// - term `endNeverTied`: an end of the tie is in none of the other graph's ties (for a miss, an actor
    ///   the extractor never found or never tied: a gazetteer or agents gap, or no cue near it);
    /// - term `sentenceTiedOthers`: the pair is not in the other graph, but a sentence the tie cites
    ///   gives the other graph ties between other actors (for a miss, a sentence read with the wrong
    ///   parties; for a false hit, a sentence the reference reads differently);
    /// - term `sentenceTiedNothing`: the pair is not in the other graph and no sentence the tie cites
    ///   gives it any tie (for a miss, an event the extractor did not see at all; for a false hit, a
    ///   sentence the reference holds no tie in: a hedge, a prediction, a negation, a mere mention).
    public enum ErrorKind: String, CaseIterable, Sendable {
        case reversed = "reversed"
        case otherSign = "other sign"
        case otherLayer = "other layer"
        case endNeverTied = "an end never tied"
        case sentenceTiedOthers = "sentence tied others"
        case sentenceTiedNothing = "sentence tied nothing"
    }

    /// How many ties of `byKind` (``missesByKind`` or ``falseHitsByKind``) are of each kind: every kind, in
    /// `ErrorKind` order, zero for a kind with none.
    public static func counts(_ byKind: [(kind: ErrorKind, labels: [String])]) -> [(kind: ErrorKind, count: Int)] {
        ErrorKind.allCases.map { kind in (kind, byKind.first { $0.kind == kind }?.labels.count ?? 0) }
    }

    /// Sorts `items` (ties of one graph not in `other`) into error kinds, in `ErrorKind` order.
    static func sorted(_ items: [Item], against other: [Item]) -> [(kind: ErrorKind, labels: [String])] {
        var byPair: [String: [Item]] = [:]
        var tied: Set<String> = [], sentences: Set<String> = []
        for item in other {
            byPair[item.pair, default: []].append(item)
            tied.formUnion([item.source, item.target])
            sentences.formUnion(item.sentences)
        }
        var kinds: [ErrorKind: [String]] = [:]
        for item in items {
            kinds[kind(of: item, samePair: byPair[item.pair] ?? [], tied: tied, sentences: sentences), default: []].append(item.label)
        }
        return ErrorKind.allCases.compactMap { kind in kinds[kind].map { (kind, $0) } }
    }

    static func kind(of item: Item, samePair: [Item], tied: Set<String>, sentences: Set<String>) -> ErrorKind {
        let sameLayer = samePair.filter { $0.layer == item.layer }
        if sameLayer.contains(where: { $0.polarity == item.polarity }) { return .reversed }
        if !sameLayer.isEmpty { return .otherSign }
        if !samePair.isEmpty { return .otherLayer }
        if !tied.contains(item.source) || !tied.contains(item.target) { return .endNeverTied }
        return item.sentences.isDisjoint(with: sentences) ? .sentenceTiedNothing : .sentenceTiedOthers
    }
}
