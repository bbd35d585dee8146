/// Numbers byte strings in the order they are first added, up to a number of keys and of key bytes:
/// the index behind ``ResolutionCache`` (actor fields → resolution) and ``UnmappedTally`` (unmapped
/// code → rows).
///
/// The keys are kept in one byte array and compared on a hit (one `memcmp`), so a hash collision
/// cannot give a wrong answer; keys of one hash are chained behind the hash's first in
/// ``SlotTable``. Past ``capacity`` keys or ``byteCapacity`` key bytes a new key is not added, so
/// rows of ever new keys cannot make the index hold their text; known keys are still found.
struct ByteKeyIndex {
    /// The most keys kept.
    let capacity: Int
    /// The most key bytes kept, all keys together.
    let byteCapacity: Int
    /// The first key of each hash (its number); keys of one hash are chained by ``next``.
    private var first = SlotTable()
    private var next: [Int32] = []
    /// Every key's bytes, one after the other; key `i` ends at `ends[i]`.
    private var storage: [UInt8] = []
    private var ends: [Int] = []

    init(capacity: Int, byteCapacity: Int) {
        self.capacity = capacity
        self.byteCapacity = byteCapacity
    }

    /// The number of keys.
    var count: Int { ends.count }

    /// The bytes of key `i`.
    func key(_ i: Int) -> ArraySlice<UInt8> { storage[(i == 0 ? 0 : ends[i - 1])..<ends[i]] }

    /// The number of `key`, and whether it was added by this call; `nil` when it is not known and
    /// there is no room for it.
    /// - Complexity: O(key length), amortised.
    @inline(__always) mutating func number(of key: UnsafeBufferPointer<UInt8>) -> (number: Int, isNew: Bool)? {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let fresh = Int32(ends.count)
        let fits = ends.count < capacity && storage.count + key.count <= byteCapacity
        guard let head = fits ? first.slot(hash, orInsert: fresh) : first.slot(hash) else { return nil }
        if head == fresh {
            add(key, next: -1)
            return (Int(fresh), true)
        }
        var i = head
        while i >= 0 {
            if matches(Int(i), key) { return (Int(i), false) }
            i = next[Int(i)]
        }
        // A new key with the hash of another: chained behind the first (which stays the table's entry).
        guard fits else { return nil }
        add(key, next: next[Int(head)])
        next[Int(head)] = fresh
        return (Int(fresh), true)
    }

    @inline(__always) private func matches(_ i: Int, _ key: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = i == 0 ? 0 : ends[i - 1]
        guard ends[i] - start == key.count else { return false }
        return storage.withUnsafeBufferPointer { all in
            bytesEqual(UnsafeBufferPointer(rebasing: all[start..<ends[i]]), key)
        }
    }

    private mutating func add(_ key: UnsafeBufferPointer<UInt8>, next link: Int32) {
        storage.append(contentsOf: key)
        ends.append(storage.count)
        next.append(link)
    }
}
