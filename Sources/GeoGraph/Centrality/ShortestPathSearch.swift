/// Single-source shortest paths for the per-source measures: BFS when unweighted, Dijkstra with
/// distance = 1/weight when weighted, recording the order nodes were settled, path counts (σ) and
/// predecessors, as Brandes' algorithm needs.
struct ShortestPathSearch {
    let graph: WeightedDigraph
    let weighted: Bool
    /// Search the reversed graph (distances *to* the source).
    let reversed: Bool

    var distance: [Double]
    var sigma: [Double]
    var order: [Int32]
    var predecessorOffsets: [Int]
    var predecessors: [Int32]
    var predecessorCount: [Int32]
    var heap: DistanceHeap
    var queue: [Int32]
    var settled: [Bool]
    /// Every node whose distance was set in the last run (settled or only reached).
    var touched: [Int32]

    init(graph: WeightedDigraph, weighted: Bool, reversed: Bool = false) {
        self.graph = graph
        self.weighted = weighted
        self.reversed = reversed
        let n = graph.nodeCount
        distance = [Double](repeating: .infinity, count: n)
        sigma = [Double](repeating: 0, count: n)
        order = []
        order.reserveCapacity(n)
        // Each node has at most in-degree predecessors (out-degree when reversed).
        let offsets = reversed ? graph.outOffsets : graph.inOffsets
        predecessorOffsets = offsets
        predecessors = [Int32](repeating: 0, count: graph.edgeCount)
        predecessorCount = [Int32](repeating: 0, count: n)
        heap = DistanceHeap(capacity: n)
        queue = []
        queue.reserveCapacity(n)
        settled = [Bool](repeating: false, count: n)
        touched = []
        touched.reserveCapacity(n)
    }

    /// Runs from `source`, resetting only what the previous run touched.
    mutating func run(from source: Int, countPaths: Bool) {
        for v in touched {
            distance[Int(v)] = .infinity
            sigma[Int(v)] = 0
            predecessorCount[Int(v)] = 0
            settled[Int(v)] = false
        }
        touched.removeAll(keepingCapacity: true)
        order.removeAll(keepingCapacity: true)
        let offsets = reversed ? graph.inOffsets : graph.outOffsets
        let targets = reversed ? graph.inSources : graph.outTargets
        let weights = reversed ? graph.inWeights : graph.outWeights
        distance[source] = 0
        sigma[source] = 1
        touched.append(Int32(source))
        if !weighted {
            queue.removeAll(keepingCapacity: true)
            queue.append(Int32(source))
            var head = 0
            while head < queue.count {
                let v = Int(queue[head])
                head += 1
                order.append(Int32(v))
                let dv = distance[v]
                for p in offsets[v]..<offsets[v + 1] {
                    let w = Int(targets[p])
                    if distance[w] == .infinity {
                        distance[w] = dv + 1
                        queue.append(Int32(w))
                        touched.append(Int32(w))
                    }
                    if countPaths, distance[w] == dv + 1 {
                        sigma[w] += sigma[v]
                        predecessors[predecessorOffsets[w] + Int(predecessorCount[w])] = Int32(v)
                        predecessorCount[w] += 1
                    }
                }
            }
            return
        }
        heap.removeAll()
        heap.push(0, Int32(source))
        while let (d, v32) = heap.pop() {
            let v = Int(v32)
            if settled[v] { continue }
            settled[v] = true
            order.append(v32)
            for p in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[p])
                if settled[w] { continue }
                let vw = d + 1 / weights[p]
                if vw < distance[w] {
                    if distance[w] == .infinity { touched.append(Int32(w)) }
                    distance[w] = vw
                    heap.push(vw, Int32(w))
                    if countPaths {
                        sigma[w] = sigma[v]
                        predecessors[predecessorOffsets[w]] = Int32(v)
                        predecessorCount[w] = 1
                    }
                } else if countPaths, vw == distance[w] {
                    sigma[w] += sigma[v]
                    predecessors[predecessorOffsets[w] + Int(predecessorCount[w])] = Int32(v)
                    predecessorCount[w] += 1
                }
            }
        }
    }
}

/// A binary min-heap of (distance, node) for Dijkstra, with lazy deletion.
struct DistanceHeap {
    private var keys: [Double] = []
    private var values: [Int32] = []

    init(capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    var isEmpty: Bool { keys.isEmpty }

    mutating func removeAll() {
        keys.removeAll(keepingCapacity: true)
        values.removeAll(keepingCapacity: true)
    }

    mutating func push(_ key: Double, _ value: Int32) {
        keys.append(key)
        values.append(value)
        var i = keys.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard key < keys[parent] || (key == keys[parent] && value < values[parent]) else { break }
            keys[i] = keys[parent]
            values[i] = values[parent]
            i = parent
        }
        keys[i] = key
        values[i] = value
    }

    mutating func pop() -> (Double, Int32)? {
        guard let topKey = keys.first, let topValue = values.first else { return nil }
        let lastKey = keys.removeLast()
        let lastValue = values.removeLast()
        if keys.isEmpty { return (topKey, topValue) }
        var i = 0
        let n = keys.count
        while true {
            let l = 2 * i + 1
            if l >= n { break }
            var c = l
            let r = l + 1
            if r < n, keys[r] < keys[l] || (keys[r] == keys[l] && values[r] < values[l]) { c = r }
            guard keys[c] < lastKey || (keys[c] == lastKey && values[c] < lastValue) else { break }
            keys[i] = keys[c]
            values[i] = values[c]
            i = c
        }
        keys[i] = lastKey
        values[i] = lastValue
        return (topKey, topValue)
    }
}
