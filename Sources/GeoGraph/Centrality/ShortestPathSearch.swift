/// Single-source shortest paths for the per-source measures: BFS when unweighted, Dijkstra with
/// distance = 1/weight when weighted, recording the order nodes were settled, path counts (σ) and
/// predecessors, as Brandes' algorithm needs.
///
/// Scratch memory is allocated once per worker and reset per source in time proportional to what
/// the previous search touched; the inner loops run on raw buffers.
final class ShortestPathSearch {
    let nodeCount: Int
    let weighted: Bool
    private let offsets: UnsafeMutableBufferPointer<Int>
    private let targets: UnsafeMutableBufferPointer<Int32>
    private let lengths: UnsafeMutableBufferPointer<Double>
    let predecessorOffsets: UnsafeMutableBufferPointer<Int>

    /// Distance from the source (`infinity` when unreached).
    let distance: UnsafeMutableBufferPointer<Double>
    /// Number of shortest paths from the source.
    let sigma: UnsafeMutableBufferPointer<Double>
    /// Predecessors on shortest paths: `predecessors[predecessorOffsets[w] ..< + predecessorCount[w]]`.
    let predecessors: UnsafeMutableBufferPointer<Int32>
    let predecessorCount: UnsafeMutableBufferPointer<Int32>
    /// Settled nodes in order of non-decreasing distance.
    let order: UnsafeMutableBufferPointer<Int32>
    private(set) var orderCount = 0
    private let heap: IndexedHeap
    private let buckets: BucketQueue?

    /// - Parameter reversed: Search the reversed graph (distances *to* the source).
    init(graph: WeightedDigraph, weighted: Bool, reversed: Bool = false) {
        let n = graph.nodeCount, m = graph.edgeCount
        nodeCount = n
        self.weighted = weighted
        func copy<T>(_ a: [T]) -> UnsafeMutableBufferPointer<T> {
            let p = UnsafeMutableBufferPointer<T>.allocate(capacity: max(a.count, 1))
            _ = p.initialize(from: a)
            return p
        }
        offsets = copy(reversed ? graph.inOffsets : graph.outOffsets)
        targets = copy(reversed ? graph.inSources : graph.outTargets)
        lengths = copy((reversed ? graph.inWeights : graph.outWeights).map { 1 / $0 })
        predecessorOffsets = copy(reversed ? graph.outOffsets : graph.inOffsets)
        distance = copy([Double](repeating: .infinity, count: n))
        sigma = copy([Double](repeating: 0, count: n))
        predecessors = copy([Int32](repeating: 0, count: m))
        predecessorCount = copy([Int32](repeating: 0, count: n))
        order = copy([Int32](repeating: 0, count: n))
        heap = IndexedHeap(capacity: n)
        buckets = weighted ? BucketQueue(lengths: UnsafeBufferPointer(lengths), nodeCount: n, pushes: m + 1) : nil
    }

    deinit {
        for p in [offsets.baseAddress, predecessorOffsets.baseAddress] as [UnsafeMutablePointer<Int>?] { p?.deallocate() }
        targets.deallocate()
        lengths.deallocate()
        distance.deallocate()
        sigma.deallocate()
        predecessors.deallocate()
        predecessorCount.deallocate()
        order.deallocate()
    }

    /// The settled nodes of the last run, in order.
    var settledOrder: UnsafeMutableBufferPointer<Int32> { UnsafeMutableBufferPointer(rebasing: order[0..<orderCount]) }

    /// Runs from `source`, resetting only what the previous run touched.
    func run(from source: Int, countPaths: Bool) {
        for k in 0..<orderCount {
            let v = Int(order[k])
            distance[v] = .infinity
            sigma[v] = 0
            predecessorCount[v] = 0
        }
        heap.resetTouched()
        orderCount = 0
        distance[source] = 0
        sigma[source] = 1
        if weighted {
            runDijkstra(from: source, countPaths: countPaths)
        } else {
            runBFS(from: source, countPaths: countPaths)
        }
    }

    private func runBFS(from source: Int, countPaths: Bool) {
        // `order` doubles as the queue: BFS settles nodes in the order it enqueues them.
        order[0] = Int32(source)
        orderCount = 1
        var head = 0
        while head < orderCount {
            let v = Int(order[head])
            head += 1
            let dv = distance[v], next = dv + 1
            for p in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[p])
                if distance[w] == .infinity {
                    distance[w] = next
                    order[orderCount] = Int32(w)
                    orderCount += 1
                }
                if countPaths, distance[w] == next {
                    sigma[w] += sigma[v]
                    predecessors[predecessorOffsets[w] + Int(predecessorCount[w])] = Int32(v)
                    predecessorCount[w] += 1
                }
            }
        }
    }

    /// Dijkstra on a monotone queue: a bucket queue whose bucket width is the shortest edge length
    /// when the lengths allow it (a node's bucket cannot be improved by nodes of the same bucket, so
    /// each bucket is settled as a whole), else the 4-ary heap. Distances are exactly Dijkstra's.
    private func runDijkstra(from source: Int, countPaths: Bool) {
        if let buckets { relax(from: source, countPaths: countPaths, queue: buckets) } else {
            relax(from: source, countPaths: countPaths, queue: heap)
        }
    }

    private func relax<Queue: MonotoneQueue>(from source: Int, countPaths: Bool, queue: Queue) {
        // Locals, so the optimiser keeps the buffers in registers.
        let offsets = self.offsets, targets = self.targets, lengths = self.lengths
        let distance = self.distance, sigma = self.sigma
        let predecessors = self.predecessors, predecessorCount = self.predecessorCount
        let predecessorOffsets = self.predecessorOffsets, order = self.order
        var settled = orderCount
        queue.start()
        queue.push(source, 0)
        while let v = queue.pop(distance: distance) {
            let v32 = Int32(v)
            let dv = distance[v]
            order[settled] = v32
            settled += 1
            let sv = sigma[v]
            for p in offsets[v]..<offsets[v + 1] {
                let w = Int(targets[p])
                let vw = dv + lengths[p]
                let dw = distance[w]
                // A settled w has dw <= dv < vw, so it fails both tests: no settled check needed.
                if vw < dw {
                    distance[w] = vw
                    queue.push(w, vw)
                    if countPaths {
                        sigma[w] = sv
                        predecessors[predecessorOffsets[w]] = v32
                        predecessorCount[w] = 1
                    }
                } else if countPaths, vw == dw {
                    sigma[w] += sv
                    predecessors[predecessorOffsets[w] + Int(predecessorCount[w])] = v32
                    predecessorCount[w] += 1
                }
            }
        }
        orderCount = settled
    }
}

/// A priority queue for Dijkstra's settled-in-order loop.
protocol MonotoneQueue: AnyObject {
    /// Forgets the previous search.
    func start()
    /// Inserts `v` with distance `key`, or lowers its key.
    func push(_ v: Int, _ key: Double)
    /// The next node to settle, or `nil` when the search is over.
    func pop(distance: UnsafeMutableBufferPointer<Double>) -> Int?
}

extension IndexedHeap: MonotoneQueue {
    func start() { resetTouched() }
    func push(_ v: Int, _ key: Double) { pushOrDecrease(v, key) }
    func pop(distance: UnsafeMutableBufferPointer<Double>) -> Int? { popMin() }
}

/// A monotone bucket queue (Dial's algorithm with real-valued keys) for Dijkstra: bucket `k` holds
/// nodes whose tentative distance lies in [kΔ, (k+1)Δ) for Δ the shortest edge length, kept in a
/// cyclic array of ⌈max length/Δ⌉ + 2 buckets. Decrease-key pushes again; stale entries (a node
/// already settled, or whose distance moved to an earlier bucket) are skipped on pop.
final class BucketQueue: MonotoneQueue {
    private let width: Double
    private let bucketCount: Int
    private let head: UnsafeMutableBufferPointer<Int32>
    private let next: UnsafeMutableBufferPointer<Int32>
    private let entryNode: UnsafeMutableBufferPointer<Int32>
    private let entryBucket: UnsafeMutableBufferPointer<Int>
    private let settled: UnsafeMutableBufferPointer<Bool>
    private var settledList: [Int32] = []
    private var entries = 0
    private var current = 0
    private var pending = 0

    /// `nil` when the lengths are too spread for buckets (more than a million per cycle).
    init?(lengths: UnsafeBufferPointer<Double>, nodeCount: Int, pushes: Int) {
        guard let shortest = lengths.min(), let longest = lengths.max(), shortest > 0, shortest.isFinite, longest.isFinite else {
            return nil
        }
        let span = Int((longest / shortest).rounded(.up)) + 2
        guard span <= 1_000_000 else { return nil }
        width = shortest
        bucketCount = span
        head = .allocate(capacity: span)
        head.initialize(repeating: -1)
        next = .allocate(capacity: max(pushes, 1))
        entryNode = .allocate(capacity: max(pushes, 1))
        entryBucket = .allocate(capacity: max(pushes, 1))
        settled = .allocate(capacity: max(nodeCount, 1))
        settled.initialize(repeating: false)
    }

    deinit {
        head.deallocate()
        next.deallocate()
        entryNode.deallocate()
        entryBucket.deallocate()
        settled.deallocate()
    }

    /// Resets the queue for a new source.
    func start() {
        for v in settledList { settled[Int(v)] = false }
        settledList.removeAll(keepingCapacity: true)
        entries = 0
        current = 0
        pending = 0
    }

    @inline(__always) func push(_ v: Int, _ distance: Double) {
        let bucket = Int(distance / width)
        let slot = bucket % bucketCount
        let e = entries
        entries += 1
        entryNode[e] = Int32(v)
        entryBucket[e] = bucket
        next[e] = head[slot]
        head[slot] = Int32(e)
        pending += 1
    }

    /// The next node to settle, or `nil` when the search is over.
    @inline(__always) func pop(distance: UnsafeMutableBufferPointer<Double>) -> Int? {
        while pending > 0 {
            let slot = current % bucketCount
            let e = Int(head[slot])
            if e < 0 {
                current += 1
                continue
            }
            head[slot] = next[e]
            pending -= 1
            let v = Int(entryNode[e])
            // Every pending entry lies less than one cycle ahead (a push is at most the longest
            // edge past the node being settled), so an entry here belongs to the current bucket or
            // is stale.
            if settled[v] || Int(distance[v] / width) != current { continue }
            settled[v] = true
            settledList.append(Int32(v))
            return v
        }
        return nil
    }
}
/// A 4-ary min-heap of nodes keyed by distance, with decrease-key: each node is in it at most once.
/// Equal keys pop in node order, so searches are deterministic.
final class IndexedHeap {
    private let nodes: UnsafeMutableBufferPointer<Int32>
    private let keys: UnsafeMutableBufferPointer<Double>
    /// Position in the heap, or `-1` when not in it.
    private let position: UnsafeMutableBufferPointer<Int32>
    private var count = 0

    init(capacity: Int) {
        let c = max(capacity, 1)
        nodes = .allocate(capacity: c)
        keys = .allocate(capacity: c)
        position = .allocate(capacity: c)
        position.initialize(repeating: -1)
    }

    deinit {
        nodes.deallocate()
        keys.deallocate()
        position.deallocate()
    }

    /// Empties the heap (a finished search leaves it empty already).
    func resetTouched() {
        for i in 0..<count { position[Int(nodes[i])] = -1 }
        count = 0
    }

    @inline(__always) private func before(_ ka: Double, _ na: Int32, _ kb: Double, _ nb: Int32) -> Bool {
        ka < kb || (ka == kb && na < nb)
    }

    /// Sifts the entry (`node`, `key`) up from the hole at `start`, moving parents down into the hole.
    @inline(__always) private func siftUp(_ start: Int, _ node: Int32, _ key: Double) {
        let keys = self.keys, nodes = self.nodes, position = self.position
        var i = start
        while i > 0 {
            let parent = (i - 1) >> 2
            let pk = keys[parent], pn = nodes[parent]
            guard before(key, node, pk, pn) else { break }
            keys[i] = pk
            nodes[i] = pn
            position[Int(pn)] = Int32(i)
            i = parent
        }
        keys[i] = key
        nodes[i] = node
        position[Int(node)] = Int32(i)
    }

    /// Inserts `v` with `key`, or lowers its key if it is in the heap.
    func pushOrDecrease(_ v: Int, _ key: Double) {
        if position[v] >= 0 {
            siftUp(Int(position[v]), Int32(v), key)
        } else {
            count += 1
            siftUp(count - 1, Int32(v), key)
        }
    }

    /// Removes and returns the node with the smallest key.
    func popMin() -> Int? {
        guard count > 0 else { return nil }
        let keys = self.keys, nodes = self.nodes, position = self.position
        let top = Int(nodes[0])
        count -= 1
        let count = self.count
        if count > 0 {
            let node = nodes[count], key = keys[count]
            var i = 0
            while true {
                let first = 4 * i + 1
                if first >= count { break }
                var c = first
                var ck = keys[first], cn = nodes[first]
                let last = min(first + 4, count)
                var j = first + 1
                while j < last {
                    let jk = keys[j], jn = nodes[j]
                    if before(jk, jn, ck, cn) {
                        c = j
                        ck = jk
                        cn = jn
                    }
                    j += 1
                }
                guard before(ck, cn, key, node) else { break }
                keys[i] = ck
                nodes[i] = cn
                position[Int(cn)] = Int32(i)
                i = c
            }
            keys[i] = key
            nodes[i] = node
            position[Int(node)] = Int32(i)
        }
        position[top] = -1
        return top
    }
}

