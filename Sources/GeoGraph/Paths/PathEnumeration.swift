import Foundation

/// The simple paths of at most a number of hops between two nodes, strongest first, found by a
/// bounded branch-and-bound search, and what bounded it.
///
/// Enumerating simple paths is exponential in the hops: 200 actors and 4,000 ties have billions of
/// paths of 8 hops. Three things keep the search in hand:
/// - **Reachability**, computed once: the hops from every node to the target (a breadth-first search
///   backwards). A partial path extends only to nodes that can still reach the target within the
///   hops left, so "no path" is answered in O(*n* + *m*) and no branch is entered that cannot end.
/// - **The strongest-path bound**, computed once: the strongest any path from each node to the target
///   can be (Dijkstra backwards on −log(w/w_max), ignoring the simple-path rule, so an upper bound).
///   Once `limit` paths are kept, a branch that cannot beat the weakest of them is cut, and edges are
///   tried in order of that bound, so the strong paths come first.
/// - **A work budget**: the search stops after `budget` edges tried, and says so (``truncated``).
public struct PathEnumeration: Sendable, Equatable {
    /// The paths kept, strongest first (fewer hops, then lower node indices, first among equals).
    public var paths: [WeightedPath]
    /// The complete paths met by the search (kept or not): every path when neither ``truncated`` nor
    /// ``boundCut`` is set, else a lower bound.
    public var found: Int
    /// Whether the strongest-path bound cut branches (only weaker paths than those kept were skipped).
    public var boundCut = false
    /// The edges the search tried: its work.
    public var steps: Int
    /// Whether the budget ran out before the search was complete: stronger paths than those listed
    /// may then exist.
    public var truncated: Bool
    /// The budget the search was given.
    public var budget: Int

    /// The default work budget: a few hundred milliseconds of search in a release build.
    public static let defaultBudget = 5_000_000
    /// The default number of paths kept.
    public static let defaultLimit = 1_000
}

extension WeightedDigraph {
    /// The hops from every node to `target` along edges (`Int.max` when farther than `maxHops` or
    /// cut off by `avoiding`): a breadth-first search over the incoming edges.
    /// - Complexity: O(*n* + *m*).
    public func hops(to target: Int, within maxHops: Int, avoiding: Set<Int> = []) -> [Int] {
        var distance = [Int](repeating: .max, count: nodeCount)
        guard !avoiding.contains(target) else { return distance }
        distance[target] = 0
        var queue = [target]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            guard distance[v] < maxHops else { continue }
            for p in inOffsets[v]..<inOffsets[v + 1] {
                let u = Int(inSources[p])
                if distance[u] != .max || avoiding.contains(u) { continue }
                distance[u] = distance[v] + 1
                queue.append(u)
            }
        }
        return distance
    }

    /// The least cost Σ −log(w/w_max) from every node to `target` (`infinity` when it cannot reach
    /// it): Dijkstra over the incoming edges.
    /// - Complexity: O(*m* + *n* log *n*).
    func strongestCost(to target: Int, avoiding: Set<Int>, top: Double) -> [Double] {
        var cost = [Double](repeating: .infinity, count: nodeCount)
        guard !avoiding.contains(target) else { return cost }
        var settled = [Bool](repeating: false, count: nodeCount)
        var heap = DistanceHeap(capacity: nodeCount)
        cost[target] = 0
        heap.push(0, Int32(target))
        while let (c, v32) = heap.pop() {
            let v = Int(v32)
            if settled[v] || c > cost[v] { continue }
            settled[v] = true
            for p in inOffsets[v]..<inOffsets[v + 1] {
                let u = Int(inSources[p])
                if settled[u] || avoiding.contains(u) { continue }
                let candidate = c - Foundation.log(inWeights[p] / top)
                if candidate < cost[u] {
                    cost[u] = candidate
                    heap.push(candidate, Int32(u))
                }
            }
        }
        return cost
    }

    /// The strongest simple paths from `source` to `target` of at most `maxHops` hops.
    /// - Parameters:
    ///   - source: The node the paths start from.
    ///   - target: The node the paths end at.
    ///   - maxHops: The longest path, in hops.
    ///   - avoiding: Nodes the paths may not pass through.
    ///   - limit: How many paths to keep (the strongest).
    ///   - budget: How many edges the search may try before it stops and says so.
    /// - Returns: The paths kept and the search's account of itself.
    /// - Complexity: O(*m* + *n* log *n*) before the search, which tries at most `budget` edges; a
    ///   source that cannot reach the target within `maxHops` costs only the first part.
    public func strongestSimplePaths(from source: Int, to target: Int, maxHops: Int, avoiding: Set<Int> = [],
                                     limit: Int = PathEnumeration.defaultLimit,
                                     budget: Int = PathEnumeration.defaultBudget) -> PathEnumeration {
        var result = PathEnumeration(paths: [], found: 0, steps: 0, truncated: false, budget: budget)
        let reach = hops(to: target, within: maxHops, avoiding: avoiding)
        guard source != target, limit > 0, !avoiding.contains(source), reach[source] <= maxHops else { return result }
        let top = maximumWeight
        let bound = strongestCost(to: target, avoiding: avoiding, top: top)
        func edgeCost(_ e: Int) -> Double { -Foundation.log(outWeights[e] / top) }

        // Each node's out-edges once, best bound first, leaving out edges to nodes that cannot reach the target.
        var order = [Int](), orderOffsets = [Int](repeating: 0, count: nodeCount + 1)
        for v in 0..<nodeCount {
            let useful = (outOffsets[v]..<outOffsets[v + 1]).filter { reach[Int(outTargets[$0])] != .max }
            order += useful.sorted {
                let a = edgeCost($0) + bound[Int(outTargets[$0])], b = edgeCost($1) + bound[Int(outTargets[$1])]
                return a != b ? a < b : $0 < $1
            }
            orderOffsets[v + 1] = order.count
        }

        // The kept paths as a max-heap on (cost, hops): the root is the weakest kept.
        var kept: [(cost: Double, path: WeightedPath)] = []
        func worse(_ a: (cost: Double, path: WeightedPath), _ b: (cost: Double, path: WeightedPath)) -> Bool {
            a.cost != b.cost ? a.cost > b.cost : a.path.hops != b.path.hops ? a.path.hops > b.path.hops
                : a.path.nodes.lexicographicallyPrecedes(b.path.nodes) == false && a.path.nodes != b.path.nodes
        }
        func siftUp(_ start: Int) {
            var i = start
            while i > 0, worse(kept[i], kept[(i - 1) / 2]) {
                kept.swapAt(i, (i - 1) / 2)
                i = (i - 1) / 2
            }
        }
        func siftDown() {
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var m = i
                if l < kept.count, worse(kept[l], kept[m]) { m = l }
                if r < kept.count, worse(kept[r], kept[m]) { m = r }
                if m == i { return }
                kept.swapAt(i, m)
                i = m
            }
        }

        var onPath = [Bool](repeating: false, count: nodeCount)
        var nodes = [source], edges: [Int] = []
        onPath[source] = true
        func visit(_ v: Int, cost: Double) {
            if v == target {
                result.found += 1
                let entry = (cost: cost, path: WeightedPath(nodes: nodes, edges: edges))
                if kept.count < limit {
                    kept.append(entry)
                    siftUp(kept.count - 1)
                } else if worse(kept[0], entry) {
                    kept[0] = entry
                    siftDown()
                }
                return
            }
            let left = maxHops - edges.count
            for p in orderOffsets[v]..<orderOffsets[v + 1] {
                if result.steps >= budget {
                    result.truncated = true
                    return
                }
                result.steps += 1
                let e = order[p], w = Int(outTargets[e])
                if onPath[w] || reach[w] > left - 1 || avoiding.contains(w) { continue }
                let next = cost + edgeCost(e)
                // Edges are in bound order: once one cannot beat the weakest kept path, none after it can.
                // (A relative slack keeps a path of equal strength, summed in another order, from being cut.)
                if kept.count == limit, next + bound[w] > kept[0].cost + 1e-9 * (1 + kept[0].cost) {
                    result.boundCut = true
                    break
                }
                onPath[w] = true
                nodes.append(w)
                edges.append(e)
                visit(w, cost: next)
                nodes.removeLast()
                edges.removeLast()
                onPath[w] = false
                if result.truncated { return }
            }
        }
        visit(source, cost: 0)
        result.paths = kept.sorted { worse($1, $0) }.map(\.path)
        return result
    }
}
