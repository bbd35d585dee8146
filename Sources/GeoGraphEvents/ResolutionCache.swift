/// Remembers how the actor fields of a row resolved, keyed by their bytes, so that a name, its
/// sectors and its country are folded and looked up once per distinct actor rather than once per row
/// (ICEWS and POLECAT name actors in words: making and folding those strings was most of a row's time).
///
/// The key bytes are kept and compared on a hit, so a hash collision cannot give a wrong answer; the
/// cache stops growing at ``capacity`` entries or ``byteCapacity`` key bytes (then rows resolve
/// without it), so that hostile rows of long unique names cannot make it hold their text.
struct ResolutionCache {
    static let capacity = 1 << 20
    static let byteCapacity = 1 << 26
    /// The first entry of each hash (its index); entries of one hash are chained by ``next``.
    private var first = SlotTable()
    private var keys: [[UInt8]] = []
    private var values: [EventActorMap.Resolution] = []
    private var next: [Int32] = []
    private var bytes = 0

    /// The resolution of the fields `columns` of the row in `fields`, from the cache or from `resolve`.
    mutating func resolution(_ fields: TabFields, _ columns: [Int], resolve: () -> EventActorMap.Resolution) -> EventActorMap.Resolution {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var length = 0
        for c in columns {
            for byte in fields[c] { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash = (hash ^ 0x09) &* 0x100_0000_01b3
            length += fields[c].count + 1
        }
        var i = first.slot(hash) ?? -1
        let head = i
        while i >= 0 {
            if keys[Int(i)].count == length && matches(keys[Int(i)], fields, columns) { return values[Int(i)] }
            i = next[Int(i)]
        }
        let value = resolve()
        if keys.count < ResolutionCache.capacity, bytes + length <= ResolutionCache.byteCapacity {
            var key: [UInt8] = []
            key.reserveCapacity(length)
            for c in columns {
                key.append(contentsOf: fields[c])
                key.append(0x09)
            }
            let index = Int32(keys.count)
            keys.append(key)
            values.append(value)
            bytes += length
            if head < 0 {
                _ = first.slot(hash, orInsert: index)
                next.append(-1)
            } else {
                // Chained behind the hash's first entry, which stays the table's.
                next.append(next[Int(head)])
                next[Int(head)] = index
            }
        }
        return value
    }

    private func matches(_ key: [UInt8], _ fields: TabFields, _ columns: [Int]) -> Bool {
        var i = 0
        for c in columns {
            for byte in fields[c] {
                guard key[i] == byte else { return false }
                i += 1
            }
            guard key[i] == 0x09 else { return false }
            i += 1
        }
        return true
    }
}
