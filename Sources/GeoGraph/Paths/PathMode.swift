/// What "best" means for a path of influence.
public enum PathMode: String, CaseIterable, Sendable {
    /// Fewest hops (breadth-first search).
    case fewest
    /// The largest product of tie strengths, each normalised to (0, 1] by the view's strongest
    /// edge: the shortest path on −log(w / w_max).
    case strongest
    /// The largest weakest link (maximin, or bottleneck, path).
    case widest
}

/// A path through a ``WeightedDigraph``: its nodes and the edges between them.
public struct WeightedPath: Sendable, Hashable {
    /// Node indices, source first.
    public var nodes: [Int]
    /// Out-edge indices, one per hop.
    public var edges: [Int]

    /// The number of hops.
    public var hops: Int { edges.count }
}

extension WeightedDigraph {
    /// The largest edge weight, used to normalise strengths to (0, 1].
    public var maximumWeight: Double { outWeights.max() ?? 1 }

    /// The product of the path's normalised edge weights.
    public func strength(of path: WeightedPath) -> Double {
        let top = maximumWeight
        return path.edges.reduce(1) { $0 * outWeights[$1] / top }
    }

    /// The weakest edge weight on the path (`infinity` for a path of no hops).
    public func bottleneck(of path: WeightedPath) -> Double {
        path.edges.map { outWeights[$0] }.min() ?? .infinity
    }

    /// The additive cost a mode minimises: hops, or Σ −log(w / w_max).
    func cost(of edge: Int, mode: PathMode, top: Double) -> Double {
        mode == .fewest ? 1 : -Foundation.log(outWeights[edge] / top)
    }
}

import Foundation
