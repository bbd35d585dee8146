/// The graph packed for queries: actors indexed `0..<n`, one CSR adjacency per layer, out and in.
///
/// Built once per graph. Each layer keeps its ties as directed edges (a symmetric tie gives one
/// edge each way) in contiguous arrays: target, weight, polarity sign and the index of the tie it
/// came from, so every answer can be traced back to its evidence. Views (``GraphView``) select and
/// combine layers without copying these arrays.
public struct CompactGraph: Sendable {
    /// Actor ids by index.
    public let ids: [String]
    /// Actor kinds by index.
    public let kinds: [ActorKind]
    /// Actor tags by index.
    public let tags: [[String]]
    /// The ties edges point back to (empty for graphs loaded from a TSV edge list without provenance).
    public let ties: [Tie]
    /// One adjacency per layer, in `Layer.allCases` order.
    public let layers: [LayerAdjacency]

    let index: [String: Int32]

    /// The number of actors.
    public var count: Int { ids.count }

    /// The index of an actor id.
    public func index(of id: String) -> Int? { index[id].map(Int.init) }

    /// The adjacency of one layer.
    public func adjacency(_ layer: Layer) -> LayerAdjacency { layers[Layer.allCases.firstIndex(of: layer)!] }

    /// Packs a graph.
    /// - Complexity: O(*n* + *m* log *m*).
    public init(_ graph: Graph) {
        ids = graph.actors.map(\.id)
        kinds = graph.actors.map(\.kind)
        tags = graph.actors.map(\.tags)
        ties = graph.ties
        var index: [String: Int32] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { index[id] = Int32(i) }
        self.index = index
        var edges = [[RawEdge]](repeating: [], count: Layer.allCases.count)
        for (t, tie) in graph.ties.enumerated() {
            let l = Layer.allCases.firstIndex(of: tie.layer)!
            let s = index[tie.source]!, d = index[tie.target]!
            let sign = Int8(tie.polarity.sign)
            edges[l].append(RawEdge(source: s, target: d, weight: tie.weight, sign: sign, tie: Int32(t)))
            if tie.isSymmetric {
                edges[l].append(RawEdge(source: d, target: s, weight: tie.weight, sign: sign, tie: Int32(t)))
            }
        }
        let n = ids.count
        layers = edges.map { LayerAdjacency(nodeCount: n, edges: $0) }
    }

    /// Packs raw edges (the fast path for large TSV edge lists).
    init(ids: [String], index: [String: Int32], edges: [[RawEdge]]) {
        self.ids = ids
        self.index = index
        kinds = [ActorKind](repeating: .state, count: ids.count)
        tags = [[String]](repeating: [], count: ids.count)
        ties = []
        let n = ids.count
        layers = edges.map { LayerAdjacency(nodeCount: n, edges: $0) }
    }
}

/// One directed edge before packing.
struct RawEdge: Sendable {
    var source: Int32
    var target: Int32
    var weight: Double
    var sign: Int8
    var tie: Int32
}

/// One layer's edges in compressed sparse row form, outgoing and incoming.
public struct LayerAdjacency: Sendable {
    /// `outOffsets[u]..<outOffsets[u+1]` are u's outgoing edges.
    public let outOffsets: [Int]
    public let outTargets: [Int32]
    public let outWeights: [Double]
    public let outSigns: [Int8]
    /// The tie each outgoing edge came from (`-1` when unknown).
    public let outTies: [Int32]
    /// `inOffsets[v]..<inOffsets[v+1]` index `inEdges`, the positions in the out arrays of v's incoming edges.
    public let inOffsets: [Int]
    public let inSources: [Int32]
    public let inEdges: [Int]

    /// The number of directed edges.
    public var edgeCount: Int { outTargets.count }

    init(nodeCount n: Int, edges: [RawEdge]) {
        var outCount = [Int](repeating: 0, count: n + 1)
        var inCount = [Int](repeating: 0, count: n + 1)
        for e in edges {
            outCount[Int(e.source) + 1] += 1
            inCount[Int(e.target) + 1] += 1
        }
        for i in 0..<n {
            outCount[i + 1] += outCount[i]
            inCount[i + 1] += inCount[i]
        }
        var targets = [Int32](repeating: 0, count: edges.count)
        var weights = [Double](repeating: 0, count: edges.count)
        var signs = [Int8](repeating: 0, count: edges.count)
        var tieIndex = [Int32](repeating: -1, count: edges.count)
        var cursor = outCount
        // Stable: edges keep their input order within a source.
        for e in edges {
            let p = cursor[Int(e.source)]
            cursor[Int(e.source)] += 1
            targets[p] = e.target
            weights[p] = e.weight
            signs[p] = e.sign
            tieIndex[p] = e.tie
        }
        var sources = [Int32](repeating: 0, count: edges.count)
        var positions = [Int](repeating: 0, count: edges.count)
        var inCursor = inCount
        for u in 0..<n {
            for p in outCount[u]..<outCount[u + 1] {
                let v = Int(targets[p])
                let q = inCursor[v]
                inCursor[v] += 1
                sources[q] = Int32(u)
                positions[q] = p
            }
        }
        outOffsets = outCount
        outTargets = targets
        outWeights = weights
        outSigns = signs
        outTies = tieIndex
        inOffsets = inCount
        inSources = sources
        inEdges = positions
    }
}
