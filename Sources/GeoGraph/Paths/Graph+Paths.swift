extension WeightedDigraph {
    /// The best path from `source` to `target` under `mode`, or `nil` when there is none.
    ///
    /// Among equally good paths the one found first wins: neighbours are tried in node order, so the
    /// answer is deterministic.
    /// - Parameters:
    ///   - source: The node the path starts from.
    ///   - target: The node the path ends at.
    ///   - mode: What makes one path better than another.
    ///   - avoiding: Nodes the path may not pass through.
    ///   - bannedEdges: Edges the path may not use (Yen's algorithm bans them per spur).
    /// - Complexity: O(*m* + *n* log *n*).
    public func bestPath(from source: Int, to target: Int, mode: PathMode, avoiding: Set<Int> = [],
                         bannedEdges: Set<Int> = []) -> WeightedPath? {
        guard source != target, !avoiding.contains(source), !avoiding.contains(target) else {
            return source == target ? WeightedPath(nodes: [source], edges: []) : nil
        }
        let n = nodeCount
        var previousEdge = [Int](repeating: -1, count: n)
        var previousNode = [Int](repeating: -1, count: n)
        var settled = [Bool](repeating: false, count: n)
        // Scores: smaller is better (cost, or negated bottleneck for widest).
        var score = [Double](repeating: .infinity, count: n)
        var hops = [Int](repeating: Int.max, count: n)
        var heap = DistanceHeap(capacity: n)
        let top = maximumWeight
        score[source] = mode == .widest ? -Double.infinity : 0
        hops[source] = 0
        heap.push(score[source], Int32(source))
        while let (s, v32) = heap.pop() {
            let v = Int(v32)
            if settled[v] || s > score[v] { continue }
            settled[v] = true
            if v == target { break }
            for e in outOffsets[v]..<outOffsets[v + 1] {
                let w = Int(outTargets[e])
                if settled[w] || avoiding.contains(w) || bannedEdges.contains(e) { continue }
                let candidate = mode == .widest ? max(s, -outWeights[e]) : s + cost(of: e, mode: mode, top: top)
                if candidate < score[w] || (candidate == score[w] && hops[v] + 1 < hops[w]) {
                    score[w] = candidate
                    hops[w] = hops[v] + 1
                    previousEdge[w] = e
                    previousNode[w] = v
                    heap.push(candidate, Int32(w))
                }
            }
        }
        guard previousNode[target] >= 0 else { return nil }
        var nodes = [target], edges: [Int] = []
        var cursor = target
        while cursor != source {
            edges.append(previousEdge[cursor])
            cursor = previousNode[cursor]
            nodes.append(cursor)
        }
        return WeightedPath(nodes: nodes.reversed(), edges: edges.reversed())
    }

    /// The `k` best loopless paths by Yen's algorithm, best first (mode fewest or strongest).
    /// - Complexity: O(*k* *n* (*m* + *n* log *n*)).
    public func kBestPaths(from source: Int, to target: Int, k: Int, mode: PathMode, avoiding: Set<Int> = []) -> [WeightedPath] {
        precondition(mode != .widest, "Yen's algorithm needs an additive cost")
        guard k > 0, let first = bestPath(from: source, to: target, mode: mode, avoiding: avoiding) else { return [] }
        let top = maximumWeight
        func total(_ p: WeightedPath) -> Double { p.edges.reduce(0) { $0 + cost(of: $1, mode: mode, top: top) } }
        var accepted = [first]
        var candidates: [(cost: Double, path: WeightedPath)] = []
        while accepted.count < k {
            let last = accepted[accepted.count - 1]
            for i in 0..<last.hops {
                let spurNode = last.nodes[i]
                let rootNodes = Array(last.nodes[0...i]), rootEdges = Array(last.edges[0..<i])
                var banned = Set<Int>()
                for p in accepted where p.nodes.count > i && Array(p.nodes[0...i]) == rootNodes {
                    banned.insert(p.edges[i])
                }
                let blocked = avoiding.union(rootNodes.dropLast())
                guard let spur = bestPath(from: spurNode, to: target, mode: mode, avoiding: blocked, bannedEdges: banned) else {
                    continue
                }
                let path = WeightedPath(nodes: rootNodes + spur.nodes.dropFirst(), edges: rootEdges + spur.edges)
                if !candidates.contains(where: { $0.path == path }) && !accepted.contains(path) {
                    candidates.append((total(path), path))
                }
            }
            guard !candidates.isEmpty else { break }
            candidates.sort { $0.cost != $1.cost ? $0.cost < $1.cost : $0.path.hops < $1.path.hops }
            accepted.append(candidates.removeFirst().path)
        }
        return accepted
    }

    /// Every simple path from `source` to `target` of at most `maxHops` hops, in depth-first order.
    ///
    /// Only nodes that can still reach the target within the hops left are entered (``hops(to:within:avoiding:)``,
    /// computed once), so a source with no such path costs O(*n* + *m*). For the strongest paths
    /// under a work budget, use ``strongestSimplePaths(from:to:maxHops:avoiding:limit:budget:)``.
    /// - Parameters:
    ///   - source: The node the paths start from.
    ///   - target: The node the paths end at.
    ///   - maxHops: The longest path to list, in hops.
    ///   - avoiding: Nodes the paths may not pass through.
    ///   - limit: Stop after this many paths.
    /// - Complexity: exponential in `maxHops` in the worst case; bounded by `limit`.
    public func simplePaths(from source: Int, to target: Int, maxHops: Int, avoiding: Set<Int> = [],
                            limit: Int = 10_000) -> [WeightedPath] {
        var result: [WeightedPath] = []
        let reach = hops(to: target, within: maxHops, avoiding: avoiding)
        guard reach[source] <= maxHops else { return [] }
        var onPath = [Bool](repeating: false, count: nodeCount)
        var nodes = [source], edges: [Int] = []
        onPath[source] = true
        func visit(_ v: Int) {
            if result.count >= limit { return }
            if v == target {
                result.append(WeightedPath(nodes: nodes, edges: edges))
                return
            }
            guard edges.count < maxHops else { return }
            for e in outOffsets[v]..<outOffsets[v + 1] {
                let w = Int(outTargets[e])
                if onPath[w] || avoiding.contains(w) || reach[w] > maxHops - edges.count - 1 { continue }
                onPath[w] = true
                nodes.append(w)
                edges.append(e)
                visit(w)
                nodes.removeLast()
                edges.removeLast()
                onPath[w] = false
            }
        }
        if !avoiding.contains(source) { visit(source) }
        return result
    }

    /// The best path from `source` to `target` that passes through `via`: the best path to `via`,
    /// then the best path on that avoids the first leg's nodes.
    public func bestPath(from source: Int, via: Int, to target: Int, mode: PathMode, avoiding: Set<Int> = []) -> WeightedPath? {
        guard let first = bestPath(from: source, to: via, mode: mode, avoiding: avoiding),
              let second = bestPath(from: via, to: target, mode: mode, avoiding: avoiding.union(first.nodes.dropLast()))
        else { return nil }
        return WeightedPath(nodes: first.nodes + second.nodes.dropFirst(), edges: first.edges + second.edges)
    }

    /// The nodes `source` reaches within `hops` steps (following edges backwards when `reverse`),
    /// with their distance in hops and the node they were first reached from, in breadth-first order.
    /// - Complexity: O(*n* + *m*).
    public func reach(from source: Int, hops: Int, reverse: Bool = false) -> [(node: Int, hops: Int, from: Int)] {
        var distance = [Int](repeating: -1, count: nodeCount)
        var result: [(node: Int, hops: Int, from: Int)] = []
        var queue = [source]
        distance[source] = 0
        var head = 0
        let offsets = reverse ? inOffsets : outOffsets
        let targets = reverse ? inSources : outTargets
        while head < queue.count {
            let v = queue[head]
            head += 1
            guard distance[v] < hops else { continue }
            for p in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[p])
                if distance[w] >= 0 { continue }
                distance[w] = distance[v] + 1
                result.append((w, distance[w], v))
                queue.append(w)
            }
        }
        return result
    }
}
