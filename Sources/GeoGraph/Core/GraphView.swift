/// A selection of a ``CompactGraph``: which layers, which polarity, how strong, which actors, when.
///
/// A view is a small value; ``digraph(of:)`` materialises it as one ``WeightedDigraph`` with a
/// single edge per ordered pair of actors, the weights of the selected ties between them combined by
/// ``combine``. A single layer with no filters is materialised without merging.
public struct GraphView: Sendable, Hashable {
    /// Which signs of tie a view keeps.
    public enum PolarityFilter: String, CaseIterable, Sendable {
        /// Every tie (cooperation and tension alike count as connection).
        case all
        case cooperation
        case tension
    }

    /// How the weights of several ties between one ordered pair combine into one edge weight.
    public enum Combine: String, CaseIterable, Sendable {
        /// Add the weights: a pair tied on three layers is three times as connected. The default.
        case sum
        /// Keep the strongest tie: the pair is as connected as its strongest layer.
        case max
    }

    public var layers: Set<Layer>
    public var polarity: PolarityFilter
    /// Ties weaker than this are left out.
    public var minimumWeight: Double
    /// When set, only actors of these kinds take part.
    public var kinds: Set<ActorKind>?
    /// When set, only actors with at least one of these tags take part.
    public var tags: Set<String>?
    /// When set, only ties with evidence dated on or after this (`YYYY-MM` or `YYYY-MM-DD`).
    public var since: String?
    /// When set, only ties with evidence dated on or before this.
    public var until: String?
    public var combine: Combine
    /// Which evidence counts: sentences of documents, event data, or both (``Tie/selected(source:since:until:before:)``).
    public var source: TieSource
    /// Actors kept whatever ``kinds`` and ``tags`` say: the actors a question names, which a filter
    /// must never remove (`reach "Central Asia" --tag west` keeps Central Asia).
    public var named: Set<String> = []

    public init(
        layers: Set<Layer> = Set(Layer.allCases), polarity: PolarityFilter = .all, minimumWeight: Double = 0,
        kinds: Set<ActorKind>? = nil, tags: Set<String>? = nil, since: String? = nil, until: String? = nil,
        combine: Combine = .sum, source: TieSource = .all
    ) {
        self.layers = layers
        self.polarity = polarity
        self.minimumWeight = minimumWeight
        self.kinds = kinds
        self.tags = tags
        self.since = since
        self.until = until
        self.combine = combine
        self.source = source
    }

    /// Whether a date lies in the window. Partial dates compare by their prefix, so `2022-11`
    /// lies in a window from `2022-11-15`.
    public func dateIsInWindow(_ date: String) -> Bool {
        if let since, date < since, !since.hasPrefix(date) { return false }
        if let until, date > until, !date.hasPrefix(until) { return false }
        return true
    }

    func includesActor(_ i: Int, of core: CompactGraph) -> Bool {
        if !named.isEmpty, named.contains(core.ids[i]) { return true }
        if let kinds, !kinds.contains(core.kinds[i]) { return false }
        if let tags, !core.tags[i].contains(where: tags.contains) { return false }
        return true
    }

    /// Each tie's weight in this view (``Tie/selected(source:since:until:before:)``), `nil` for a tie
    /// the view leaves out; `nil` for the whole when the view selects no source or dates.
    func selectedWeights(of core: CompactGraph) -> [Double?]? {
        guard since != nil || until != nil || source != .all else { return nil }
        return core.ties.map { $0.selected(source: source, since: since, until: until)?.weight }
    }

    /// The view as a weighted digraph over the actors it keeps.
    /// - Complexity: O(*n* + *m*) for the selected layers.
    public func digraph(of core: CompactGraph) -> WeightedDigraph {
        let selected = Layer.allCases.enumerated().filter { layers.contains($0.element) }.map(\.offset)
        var local = [Int32](repeating: -1, count: core.count)
        var nodes: [Int32] = []
        for i in 0..<core.count where includesActor(i, of: core) {
            local[i] = Int32(nodes.count)
            nodes.append(Int32(i))
        }
        let n = nodes.count
        var offsets = [Int](repeating: 0, count: n + 1)
        var targets: [Int32] = []
        var weights: [Double] = []
        var provenanceOffsets: [Int] = [0]
        var provenance: [EdgeReference] = []
        var pending: [(target: Int32, weight: Double, ref: EdgeReference)] = []
        let selectedWeights = selectedWeights(of: core)
        for (u, coreU) in nodes.enumerated() {
            pending.removeAll(keepingCapacity: true)
            for l in selected {
                let adjacency = core.layers[l]
                for p in adjacency.outOffsets[Int(coreU)]..<adjacency.outOffsets[Int(coreU) + 1] {
                    let v = local[Int(adjacency.outTargets[p])]
                    guard v >= 0 else { continue }
                    var w = adjacency.outWeights[p]
                    if let selectedWeights {
                        let t = Int(adjacency.outTies[p])
                        guard t >= 0, t < selectedWeights.count, let selected = selectedWeights[t] else { continue }
                        w = selected
                    }
                    guard w >= minimumWeight else { continue }
                    switch polarity {
                    case .all: break
                    case .cooperation where adjacency.outSigns[p] < 0: continue
                    case .tension where adjacency.outSigns[p] > 0: continue
                    default: break
                    }
                    pending.append((v, w, EdgeReference(layer: Int8(l), edge: Int32(p))))
                }
            }
            // Stable by target, so parallel edges combine in layer order, then file order.
            if pending.count > 1 {
                pending = pending.enumerated().sorted { ($0.element.target, $0.offset) < ($1.element.target, $1.offset) }
                    .map(\.element)
            }
            var k = 0
            while k < pending.count {
                let target = pending[k].target
                var weight = pending[k].weight
                provenance.append(pending[k].ref)
                k += 1
                while k < pending.count, pending[k].target == target {
                    weight = combine == .sum ? weight + pending[k].weight : Swift.max(weight, pending[k].weight)
                    provenance.append(pending[k].ref)
                    k += 1
                }
                targets.append(target)
                weights.append(weight)
                provenanceOffsets.append(provenance.count)
            }
            offsets[u + 1] = targets.count
        }
        return WeightedDigraph(nodes: nodes, outOffsets: offsets, outTargets: targets, outWeights: weights,
                               provenanceOffsets: provenanceOffsets, provenance: provenance)
    }
}

/// A pointer from a combined edge back to one layer edge of the ``CompactGraph``.
public struct EdgeReference: Sendable, Hashable {
    /// The layer's position in `Layer.allCases`.
    public var layer: Int8
    /// The position of the edge in that layer's out arrays.
    public var edge: Int32
}
