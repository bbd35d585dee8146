/// The centrality measures GeoGraph computes, each following NetworkX's definition and defaults.
public enum CentralityMeasure: String, CaseIterable, Sendable {
    /// Incoming edges / (n − 1): `networkx.in_degree_centrality`.
    case inDegree = "in-degree"
    /// Outgoing edges / (n − 1): `networkx.out_degree_centrality`.
    case outDegree = "out-degree"
    /// Sum of incoming weights: `G.in_degree(weight="weight")`.
    case inStrength = "in-strength"
    /// Sum of outgoing weights: `G.out_degree(weight="weight")`.
    case outStrength = "out-strength"
    /// `networkx.pagerank`: weighted, damping 0.85, dangling mass redistributed.
    case pageRank = "pagerank"
    /// `networkx.betweenness_centrality`, normalised; weighted with distance = 1/weight.
    case betweenness
    /// `networkx.closeness_centrality` (Wasserman–Faust), distances to the actor.
    case closeness
    /// `networkx.harmonic_centrality`, distances to the actor.
    case harmonic
    /// `networkx.eigenvector_centrality`, by in-edges.
    case eigenvector
    /// `networkx.katz_centrality`, alpha 0.1, beta 1, normalised.
    case katz
    /// `networkx.hits` hub scores.
    case hubs
    /// `networkx.hits` authority scores.
    case authorities

    /// Whether NetworkX weighs edges for this measure by default.
    public var weightedByDefault: Bool {
        switch self {
        case .inStrength, .outStrength, .pageRank, .hubs, .authorities: true
        default: false
        }
    }

    /// Whether the measure runs one shortest-path search per source (and so uses threads).
    public var isPerSource: Bool { self == .betweenness || self == .closeness || self == .harmonic }
}

/// Settings shared by the measures.
public struct CentralityOptions: Sendable {
    /// Whether edge weights count; `nil` keeps each measure's NetworkX default.
    public var weighted: Bool?
    /// PageRank's damping factor (`alpha` in NetworkX).
    public var damping: Double = 0.85
    /// Personalised PageRank: the restart distribution's support (node indices); `nil` for uniform.
    public var seeds: [Int]?
    /// Threads for the per-source measures; results do not depend on it.
    public var threads: Int = 1
    /// Katz's attenuation factor.
    public var katzAlpha: Double = 0.1
    /// Convergence tolerance of the iterative measures, as NetworkX's `tol`.
    public var tolerance: Double = 1e-6
    /// Iteration cap of the iterative measures.
    public var maxIterations: Int = 1000
    /// Told how many sources the per-source measures (``CentralityMeasure/isPerSource``) have
    /// searched; the others finish in O(iterations × m) and report nothing.
    public var progress: ProgressHandler?

    public init(weighted: Bool? = nil, damping: Double = 0.85, seeds: [Int]? = nil, threads: Int = 1) {
        self.weighted = weighted
        self.damping = damping
        self.seeds = seeds
        self.threads = threads
    }
}

/// An iterative measure that did not converge.
public enum CentralityError: Error, Equatable, Sendable, CustomStringConvertible {
    case noConvergence(measure: String, iterations: Int)

    public var description: String {
        switch self {
        case .noConvergence(let measure, let iterations):
            "\(measure) did not converge in \(iterations) iterations; try another layer selection or a larger --tolerance"
        }
    }
}

extension WeightedDigraph {
    /// The centrality of every node.
    /// - Throws: ``CentralityError`` when an iterative measure does not converge.
    public func centrality(_ measure: CentralityMeasure, options: CentralityOptions = CentralityOptions()) throws -> [Double] {
        let weighted = options.weighted ?? measure.weightedByDefault
        switch measure {
        case .inDegree: return degreeCentrality(incoming: true)
        case .outDegree: return degreeCentrality(incoming: false)
        case .inStrength: return strength(incoming: true, weighted: weighted)
        case .outStrength: return strength(incoming: false, weighted: weighted)
        case .pageRank:
            return try pageRank(damping: options.damping, seeds: options.seeds, weighted: weighted,
                                tolerance: options.tolerance, maxIterations: options.maxIterations)
        case .betweenness: return betweenness(weighted: weighted, threads: options.threads, progress: options.progress)
        case .closeness: return closeness(weighted: weighted, threads: options.threads, progress: options.progress)
        case .harmonic: return harmonic(weighted: weighted, threads: options.threads, progress: options.progress)
        case .eigenvector:
            return try eigenvector(weighted: weighted, tolerance: options.tolerance, maxIterations: options.maxIterations)
        case .katz:
            return try katz(alpha: options.katzAlpha, weighted: weighted, tolerance: options.tolerance,
                            maxIterations: options.maxIterations)
        case .hubs: return try hits(weighted: weighted, tolerance: options.tolerance * 1e-2, maxIterations: options.maxIterations).hubs
        case .authorities:
            return try hits(weighted: weighted, tolerance: options.tolerance * 1e-2, maxIterations: options.maxIterations).authorities
        }
    }
}
