/// A reproducible scale-free, directed, weighted, multi-layer graph for benchmarks and tests.
///
/// Each edge's target is drawn by preferential attachment (probability proportional to in-degree
/// + 1), its source uniformly, its layer uniformly, its polarity cooperation with probability 0.8,
/// its weight uniformly from {0.001, …, 1}. Self-loops are redrawn.
public struct SyntheticGraph: Sendable {
    public var nodes: Int
    public var edges: Int
    public var seed: UInt64

    /// The most actors a synthetic graph may have: the generator holds a 4-byte token per actor and
    /// per edge, and actor ids must fit an `Int32` (ten million actors take about 40 MB).
    public static let maximumNodes = 10_000_000

    public init(nodes: Int, edges: Int, seed: UInt64) {
        self.nodes = nodes
        self.edges = edges
        self.seed = seed
    }

    /// The graph as a TSV edge list (see ``GraphFileReader/tsvHeader``).
    /// - Complexity: O(*n* + *m*).
    public func tsv() -> String {
        var random = SplitMix64(seed: seed)
        // Every node once, then every target again: drawing from this list is preferential attachment.
        var tokens = [Int32](0..<Int32(nodes))
        tokens.reserveCapacity(nodes + edges)
        let layers = Layer.allCases.map(\.rawValue)
        var out = GraphFileReader.tsvHeader + "\n"
        out.reserveCapacity(edges * 28)
        for _ in 0..<edges {
            let source = Int32(random.next(below: UInt64(nodes)))
            var target = tokens[Int(random.next(below: UInt64(tokens.count)))]
            while target == source { target = tokens[Int(random.next(below: UInt64(tokens.count)))] }
            tokens.append(target)
            let layer = layers[Int(random.next(below: 3))]
            let sign = random.next(below: 10) < 8 ? "+" : "-"
            let milli = random.next(below: 1000) + 1
            let weight = milli == 1000 ? "1" : "0." + String(milli).leftPadded(to: 3)
            out += "n\(source)\tn\(target)\t\(layer)\t\(sign)\t\(weight)\n"
        }
        return out
    }
}

/// SplitMix64: a small, fast, reproducible pseudo-random generator.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in `0..<bound`.
    public mutating func next(below bound: UInt64) -> UInt64 { next() % bound }
}
