/// A set of words (keys: lowercased, possessive removed) that answers for a token by its word code,
/// without hashing the token's string: the rules' word lists, asked once or more per word.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    let words: Set<String>
    /// The words' ASCII codes (not 0) in an open-addressed table, 0 marking an empty slot; a power of
    /// two long, at most half full. Equivalent to a `Set<UInt64>` of the codes, without its seeded
    /// hashing (callgrind: `Hasher` took 95 instructions a lookup, here a multiply and a probe or two).
    private let table: [UInt64]
    /// A 1,024-bit screen over the codes' low bits: most words that are not in the set stop at one bit.
    private let screen: [UInt64]

    init(_ words: Set<String>) {
        self.words = words
        let codes = Set(words.map(WordCode.of).filter { $0 != 0 })
        var screen = [UInt64](repeating: 0, count: 16)
        for code in codes { screen[Int(code & 1023) >> 6] |= 1 << (code & 63) }
        self.screen = screen
        var capacity = 16
        while capacity < 2 * codes.count { capacity *= 2 }
        var table = [UInt64](repeating: 0, count: capacity)
        for code in codes {
            var slot = Self.slot(code, mask: capacity - 1)
            while table[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            table[slot] = code
        }
        self.table = table
    }

    init(arrayLiteral words: String...) { self.init(Set(words)) }

    @inline(__always) private static func slot(_ code: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// Whether the token's key is one of the words (a non-ASCII key is looked up as a string).
    @inline(__always) func contains(_ token: Token) -> Bool {
        let code = token.keyCode
        return code == 0 ? words.contains(token.key) : contains(code: code)
    }

    /// Whether the token's lowercase form (`lower`: the possessive kept) is one of the words (a non-ASCII
    /// one is looked up as a string).
    @inline(__always) func contains(lowerOf token: Token) -> Bool {
        let code = token.lowerCode
        return code == 0 ? words.contains(token.lower) : contains(code: code)
    }

    /// Whether an ASCII word's code (not 0) is one of the words'.
    @inline(__always) private func contains(code: UInt64) -> Bool {
        guard screen[Int(code & 1023) >> 6] & (1 << (code & 63)) != 0 else { return false }
        return table.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var slot = Self.slot(code, mask: mask)
            while table[slot] != 0 {
                if table[slot] == code { return true }
                slot = (slot &+ 1) & mask
            }
            return false
        }
    }

    func contains(_ word: String) -> Bool { words.contains(word) }

    func union(_ other: WordSet) -> WordSet { WordSet(words.union(other.words)) }
}
