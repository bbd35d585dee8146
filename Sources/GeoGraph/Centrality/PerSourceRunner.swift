import Foundation

/// Runs a per-source computation over every node in fixed chunks, on up to `threads` threads.
///
/// The sources are split into chunks that depend only on n, each chunk's contributions are summed
/// in its own array, and the chunk arrays are added in chunk order. The result is therefore the same,
/// bit for bit, whatever the number of threads.
struct PerSourceRunner {
    let nodeCount: Int
    let threads: Int
    /// Told the number of sources searched so far (of ``nodeCount``).
    var progress: ProgressHandler? = nil

    /// The number of chunks for n nodes: enough for balance on many cores, few enough to keep the
    /// per-chunk arrays small.
    var chunkCount: Int { max(1, min(32, nodeCount)) }

    /// Calls `work(source, accumulator)` for every source; returns the sum of the accumulators.
    /// `makeState` builds one scratch state per worker.
    func run<State>(makeState: @escaping @Sendable () -> State,
                    work: @escaping @Sendable (Int, inout State, UnsafeMutableBufferPointer<Double>) -> Void) -> [Double] {
        let n = nodeCount
        let chunks = chunkCount
        let storage = UnsafeMutableBufferPointer<Double>.allocate(capacity: chunks * n)
        storage.initialize(repeating: 0)
        defer { storage.deallocate() }
        let box = UnsafeBox(storage)
        let workers = max(1, min(threads, chunks))
        let counter = progress.map { ProgressCounter(total: n, handler: $0) }
        let batch = ProgressCounter.batchSize(total: n)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var state = makeState()
            var chunk = worker
            var unreported = 0
            while chunk < chunks {
                let slice = UnsafeMutableBufferPointer(rebasing: box.buffer[(chunk * n)..<((chunk + 1) * n)])
                var source = chunk
                while source < n {
                    work(source, &state, slice)
                    source += chunks
                    unreported += 1
                    if unreported == batch, let counter {
                        counter.advance(by: unreported)
                        unreported = 0
                    }
                }
                chunk += workers
            }
            counter?.advance(by: unreported)
        }
        var total = [Double](repeating: 0, count: n)
        for chunk in 0..<chunks {
            for i in 0..<n { total[i] += storage[chunk * n + i] }
        }
        return total
    }
}

struct UnsafeBox: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<Double>
    init(_ buffer: UnsafeMutableBufferPointer<Double>) { self.buffer = buffer }
}

struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
    init(_ value: T) { self.value = value }
}
