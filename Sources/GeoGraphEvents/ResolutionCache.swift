/// Remembers how the actor fields of a row resolved, keyed by their bytes, so that a name, its
/// sectors and its country are folded and looked up once per distinct actor rather than once per row
/// (ICEWS and POLECAT name actors in words: making and folding those strings was most of a row's time).
///
/// The key is the fields' bytes, each followed by a tab, in a ``ByteKeyIndex``: a hash collision
/// cannot give a wrong answer, and the cache stops growing at ``capacity`` entries or
/// ``byteCapacity`` key bytes (then new rows resolve without it), so that hostile rows of long unique
/// names cannot make it hold their text.
struct ResolutionCache {
    static let capacity = 1 << 20
    static let byteCapacity = 1 << 26
    private var index = ByteKeyIndex(capacity: ResolutionCache.capacity, byteCapacity: ResolutionCache.byteCapacity)
    private var values: [EventActorMap.Resolution] = []
    /// The key being looked up, reused from row to row.
    private var scratch: [UInt8] = []

    /// The resolution of the fields `columns` of the row in `fields`, from the cache or from `resolve`.
    mutating func resolution(_ fields: TabFields, _ columns: [Int], resolve: () -> EventActorMap.Resolution) -> EventActorMap.Resolution {
        var key = scratch
        scratch = []
        defer { scratch = key }
        key.removeAll(keepingCapacity: true)
        for c in columns {
            key.append(contentsOf: fields[c])
            key.append(0x09)
        }
        switch key.withUnsafeBufferPointer({ index.number(of: $0) }) {
        case let (number, isNew)?:
            guard isNew else { return values[number] }
            let value = resolve()
            values.append(value)
            return value
        case nil:
            return resolve()
        }
    }
}
