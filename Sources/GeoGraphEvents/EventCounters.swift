/// The event counts and summed strengths per (tie, window, type), in one flat table.
///
/// A counter is 24 bytes in one array (key, events, strength), found by open addressing with linear
/// probing from a multiplicative hash of its key; the table doubles when three quarters full. There is
/// no entry per row and no allocation per counter: memory grows with the (tie, window, type) triples
/// the data holds, not with its rows. At the end the counters are sorted in place by a key that gives
/// the order of the output, so that no second table is made.
struct EventCounters {
    /// One counter: `key` packs (tie slot, window, type) (``key(slot:window:type:)``).
    struct Counter {
        var key: UInt64
        var events: UInt32
        var intensity: Double
    }

    /// The key of no counter (a tie slot of 2⁴⁰ cannot be made).
    static let empty = UInt64.max

    private var slots: [Counter]
    private var shift: UInt64
    /// The number of counters.
    private(set) var count = 0

    init() {
        slots = Array(repeating: Counter(key: EventCounters.empty, events: 0, intensity: 0), count: 1 << 12)
        shift = 64 - 12
    }

    /// Packs a counter's key: the tie slot above the window (16 bits: months since 1800) above the type (8 bits).
    @inline(__always) static func key(slot: Int, window: Int, type: Int) -> UInt64 {
        UInt64(slot) << 24 | UInt64(window) << 8 | UInt64(type)
    }

    /// Adds one event of `strength` to the counter `key`.
    @inline(__always) mutating func add(_ key: UInt64, strength: Double) {
        let found: Bool = slots.withUnsafeMutableBufferPointer { table in
            let mask = table.count - 1
            var i = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while true {
                let k = table[i].key
                if k == key {
                    table[i].events &+= 1
                    table[i].intensity += strength
                    return true
                }
                if k == EventCounters.empty {
                    table[i] = Counter(key: key, events: 1, intensity: strength)
                    return false
                }
                i = (i + 1) & mask
            }
        }
        if !found {
            count += 1
            if count * 4 > slots.count * 3 { grow() }
        }
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Counter(key: EventCounters.empty, events: 0, intensity: 0), count: old.count * 2)
        shift -= 1
        let shift = self.shift
        slots.withUnsafeMutableBufferPointer { table in
            let mask = table.count - 1
            for c in old where c.key != EventCounters.empty {
                var i = Int(truncatingIfNeeded: (c.key &* 0x9E37_79B9_7F4A_7C15) >> shift)
                while table[i].key != EventCounters.empty { i = (i + 1) & mask }
                table[i] = c
            }
        }
    }

    /// Hands out the counters sorted by `order(key)` (which must be one to one) and empties the table:
    /// the counters are moved to the front of the table, re-keyed and sorted where they lie.
    mutating func drain(order: (UInt64) -> UInt64) -> [Counter] {
        var all = slots
        slots = []
        var n = 0
        for i in all.indices where all[i].key != EventCounters.empty {
            all[n] = Counter(key: order(all[i].key), events: all[i].events, intensity: all[i].intensity)
            n += 1
        }
        all.removeLast(all.count - n)
        all.sort { $0.key < $1.key }
        count = 0
        return all
    }
}
