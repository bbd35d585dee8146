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
    private var entries: [UInt64: [(key: [UInt8], value: EventActorMap.Resolution)]] = [:]
    private var count = 0
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
        if let bucket = entries[hash] {
            for entry in bucket where entry.key.count == length && matches(entry.key, fields, columns) { return entry.value }
        }
        let value = resolve()
        if count < ResolutionCache.capacity, bytes + length <= ResolutionCache.byteCapacity {
            var key: [UInt8] = []
            key.reserveCapacity(length)
            for c in columns {
                key.append(contentsOf: fields[c])
                key.append(0x09)
            }
            entries[hash, default: []].append((key, value))
            count += 1
            bytes += length
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
