/// How unlikely a partition's frustration is by chance, by the null model of Kirkley, Cantwell and
/// Newman (2019, "Balance in signed networks", Phys. Rev. E 99, 012320): the network's structure is
/// kept (the same pairs, the same weights) and its signs are dealt out at random, so that the share
/// of tension edges stays what it is.
///
/// Each sample permutes the signs over the edges (a ``SplitMix64`` of the seed, Fisher–Yates) and is
/// partitioned by the same solver as the graph itself (``SignedBlocs``, the same *k*); the
/// significance is the one-sided empirical p-value (1 + the samples at most as frustrated) / (1 + the
/// samples), with the samples' mean and standard deviation and the z-score of the observed value.
/// A small p says that the graph is more balanced than its mix of signs alone would make it.
public struct BlocSignificance: Sendable {
    /// The graph's own frustration.
    public let observed: Double
    /// The samples' frustrations.
    public let samples: [Double]
    /// The samples' mean and (population) standard deviation.
    public let mean: Double, standardDeviation: Double
    /// (mean − observed) / standard deviation; 0 when the samples do not vary.
    public let z: Double
    /// (1 + samples ≤ observed) / (1 + samples).
    public let p: Double
    /// The seed the samples were drawn with.
    public let seed: UInt64

    /// Draws `count` samples of the null model for `graph` and compares `blocs`' frustration with them.
    /// - Parameters:
    ///   - graph: The signed graph `blocs` partitions.
    ///   - blocs: Its partition.
    ///   - count: The number of samples.
    ///   - seed: The seed of the shuffles and of each sample's local search.
    ///   - progress: Told how many of the `count` samples are done (each one is a full partition).
    /// - Complexity: `count` times the cost of ``SignedBlocs``.
    public init(_ graph: SignedGraph, blocs: SignedBlocs, count: Int, seed: UInt64 = 1, progress: ProgressHandler? = nil) {
        observed = blocs.frustration
        self.seed = seed
        var random = SplitMix64(seed: seed)
        var signs = graph.edges.map(\.sign)
        var drawn: [Double] = []
        drawn.reserveCapacity(count)
        for s in 0..<count {
            for i in stride(from: signs.count - 1, to: 0, by: -1) {
                signs.swapAt(i, Int(random.next(below: UInt64(i + 1))))
            }
            // The same nodes and pairs, in the same order, as the graph: only the signs move.
            let shuffled = graph.withSigns(signs)
            drawn.append(SignedBlocs(shuffled, k: blocs.k, seed: seed &+ UInt64(s) &+ 1).frustration)
            progress?(s + 1, count)
        }
        samples = drawn
        let n = Double(max(drawn.count, 1))
        let mean = drawn.reduce(0, +) / n
        let sd = (drawn.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n).squareRoot()
        let observed = blocs.frustration
        self.mean = mean
        standardDeviation = sd
        z = sd > 1e-12 ? (mean - observed) / sd : 0
        p = Double(1 + drawn.filter { $0 <= observed + 1e-9 }.count) / Double(1 + drawn.count)
    }
}
