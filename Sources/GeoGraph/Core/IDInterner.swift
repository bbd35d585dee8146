/// Maps actor ids, given as UTF-8 bytes, to dense indices without building a `String` per lookup:
/// an open-addressing hash table over one flat byte store. The TSV loader's hot path.
struct IDInterner {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var table: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        table = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    /// The number of distinct ids.
    var count: Int { starts.count - 1 }

    /// The index of `id`, adding it if new; `isNew` tells which.
    mutating func intern(_ id: UnsafeBufferPointer<UInt8>) -> (index: Int32, isNew: Bool) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in id { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
        while true {
            let k = Int(table[slot])
            if k < 0 { break }
            if starts[k + 1] - starts[k] == id.count,
               bytes.withUnsafeBufferPointer({ stored in
                   memcmp(stored.baseAddress! + starts[k], id.baseAddress!, id.count) == 0
               }) {
                return (Int32(k), false)
            }
            slot = (slot + 1) & mask
        }
        let index = Int32(count)
        bytes.append(contentsOf: id)
        starts.append(bytes.count)
        table[slot] = index
        if count * 2 > table.count { grow() }
        return (index, true)
    }

    /// The ids as strings, by index.
    func strings() -> [String] {
        bytes.withUnsafeBufferPointer { b in
            (0..<count).map { String(decoding: UnsafeBufferPointer(rebasing: b[starts[$0]..<starts[$0 + 1]]), as: UTF8.self) }
        }
    }

    private mutating func grow() {
        let size = table.count * 2
        table = [Int32](repeating: -1, count: size)
        mask = size - 1
        bytes.withUnsafeBufferPointer { b in
            for k in 0..<count {
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                for i in starts[k]..<starts[k + 1] { hash = (hash ^ UInt64(b[i])) &* 0x100_0000_01b3 }
                var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
                while table[slot] >= 0 { slot = (slot + 1) & mask }
                table[slot] = Int32(k)
            }
        }
    }
}

import Foundation
