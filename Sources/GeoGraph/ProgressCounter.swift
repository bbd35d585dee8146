import Foundation

/// Counts finished steps from several threads and passes the running total to a ``ProgressHandler``.
///
/// Workers add their steps in batches (``batchSize(total:)``), so the lock is taken about a thousand
/// times per computation whatever its size.
final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    let total: Int
    private let handler: ProgressHandler

    init(total: Int, handler: @escaping ProgressHandler) {
        self.total = total
        self.handler = handler
    }

    /// How many steps a worker finishes before it reports them.
    static func batchSize(total: Int) -> Int { max(1, total / 1000) }

    /// Adds `steps` finished steps and reports the new total; the handler runs under the lock, so its
    /// calls never overlap and their counts only grow.
    func advance(by steps: Int) {
        guard steps > 0 else { return }
        lock.lock()
        defer { lock.unlock() }
        done += steps
        handler(done, total)
    }
}
