/// Maps actor ids, given as UTF-8 bytes, to dense indices without building a `String` per lookup:
/// an open-addressing hash table over one flat byte store. The TSV loader's hot path.
struct IDInterner {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    /// One hash-table slot: the id's index (-1 when empty), a tag of hash bits and length that rejects
    /// most mismatches, and, for ids of up to eight bytes, the bytes themselves, so that a lookup of a
    /// short id touches one cache line.
    private struct Slot {
        var index: Int32 = -1
        var tag: UInt32 = 0
        var word: UInt64 = 0
    }

    private var table: [Slot]
    private var hashes: [UInt64] = []
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        table = [Slot](repeating: Slot(), count: size)
        mask = size - 1
    }

    /// The first eight bytes of an id, little-endian, zero-padded.
    @inline(__always) private static func word(_ id: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var w: UInt64 = 0
        for (i, b) in id.prefix(8).enumerated() { w |= UInt64(b) << (8 * UInt64(i)) }
        return w
    }

    @inline(__always) private static func tag(_ hash: UInt64, count: Int) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> 40) << 8 | UInt32(min(count, 255))
    }

    /// FNV-1a over the bytes, then a 64-bit finaliser (MurmurHash3's) so that ids differing in their
    /// last digits spread over the whole table.
    @inline(__always) private static func hash(_ id: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in id { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        h ^= h >> 33
        h = h &* 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        h = h &* 0xc4ce_b9fe_1a85_ec53
        return h ^ (h >> 33)
    }

    /// The number of distinct ids.
    var count: Int { starts.count - 1 }

    /// The index of `id`, adding it if new; `isNew` tells which.
    mutating func intern(_ id: UnsafeBufferPointer<UInt8>) -> (index: Int32, isNew: Bool) {
        let hash = Self.hash(id)
        let tag = Self.tag(hash, count: id.count)
        let word = Self.word(id)
        let short = id.count <= 8
        var slot = Int(truncatingIfNeeded: hash) & mask
        let found: Int32? = table.withUnsafeBufferPointer { table in
            starts.withUnsafeBufferPointer { starts in
                bytes.withUnsafeBufferPointer { stored in
                    while true {
                        let entry = table[slot]
                        if entry.index < 0 { return nil }
                        if entry.tag == tag, entry.word == word {
                            let k = Int(entry.index)
                            if short || (starts[k + 1] - starts[k] == id.count
                                && memcmp(stored.baseAddress! + starts[k], id.baseAddress!, id.count) == 0) {
                                return entry.index
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        if let found { return (found, false) }
        let index = Int32(count)
        bytes.append(contentsOf: id)
        starts.append(bytes.count)
        hashes.append(hash)
        table[slot] = Slot(index: index, tag: tag, word: word)
        if count * 2 > table.count { grow() }
        return (index, true)
    }

    /// Interns every id of `other`, in `other`'s order, and returns where each landed here: after
    /// `absorb`, `other`'s index k is this interner's `remap[k]`. Ids new to this interner are appended
    /// in `other`'s order, so interning a text in two halves and absorbing the second half's interner
    /// into the first's gives the indices one interner over the whole text would have given.
    mutating func absorb(_ other: IDInterner) -> [Int32] {
        var remap = [Int32](repeating: 0, count: other.count)
        other.bytes.withUnsafeBufferPointer { b in
            for k in 0..<other.count {
                remap[k] = intern(UnsafeBufferPointer(rebasing: b[other.starts[k]..<other.starts[k + 1]])).index
            }
        }
        return remap
    }

    /// The ids as strings, by index.
    func strings() -> [String] {
        bytes.withUnsafeBufferPointer { b in
            (0..<count).map { String(decoding: UnsafeBufferPointer(rebasing: b[starts[$0]..<starts[$0 + 1]]), as: UTF8.self) }
        }
    }

    private mutating func grow() {
        let size = table.count * 2
        var grown = [Slot](repeating: Slot(), count: size)
        mask = size - 1
        bytes.withUnsafeBufferPointer { b in
            for (k, hash) in hashes.enumerated() {
                var slot = Int(truncatingIfNeeded: hash) & mask
                while grown[slot].index >= 0 { slot = (slot + 1) & mask }
                let id = UnsafeBufferPointer(rebasing: b[starts[k]..<starts[k + 1]])
                grown[slot] = Slot(index: Int32(k), tag: Self.tag(hash, count: id.count), word: Self.word(id))
            }
        }
        table = grown
    }
}

import Foundation
