/// A read-only map from words to values with the answers of a `[String: Value]`, faster to query.
///
/// Matching looks up every token of every sentence; a `Dictionary` hashes each word with SipHash over
/// its Unicode-normalised form. Here an ASCII word — nearly every token — is found by its
/// ``WordCode`` (computed once per token by the tokenizer) in an open-addressed table, the word
/// compared to confirm a hit, after a one-bit-per-code filter small enough to stay in cache has
/// turned most words away; any other word is looked up in the `Dictionary` itself, so canonically
/// equivalent spellings still meet.
struct WordIndex<Value: Sendable>: Sendable {
    private let dictionary: [String: Value]
    /// Slot codes (0: empty), words and values of the ASCII table; a power of two long.
    private let codes: [UInt64]
    private let words: [String]
    private let values: [Value?]
    /// One bit per code hashed to 14 bits.
    private let filter: [UInt64]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var capacity = 16
        while capacity < 2 * dictionary.count { capacity *= 2 }
        var codes = [UInt64](repeating: 0, count: capacity)
        var words = [String](repeating: "", count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        var filter = [UInt64](repeating: 0, count: 256)
        for (word, value) in dictionary {
            // A key equal to some ASCII word is filed under that word's bytes.
            guard let ascii = Self.asciiEquivalent(of: word) else { continue }
            let code = WordCode.of(ascii)
            let bit = Self.filterBit(code)
            filter[bit >> 6] |= 1 << (bit & 63)
            var slot = Int(truncatingIfNeeded: code) & (capacity - 1)
            while codes[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            codes[slot] = code
            words[slot] = ascii
            values[slot] = value
        }
        self.codes = codes
        self.words = words
        self.values = values
        self.filter = filter
    }

    /// The value for `word`, as `dictionary[word]` gives it.
    subscript(word: String) -> Value? { self[word, WordCode.of(word)] }

    /// The value for `word`, whose ``WordCode`` is `code`, as `dictionary[word]` gives it.
    subscript(word: String, code: UInt64) -> Value? {
        guard code != 0 else { return dictionary[word] }
        let bit = Self.filterBit(code)
        guard filter[bit >> 6] & (1 << (bit & 63)) != 0 else { return nil }
        let mask = codes.count - 1
        var slot = Int(truncatingIfNeeded: code) & mask
        while codes[slot] != 0 {
            if codes[slot] == code, words[slot] == word { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always) private static func filterBit(_ code: UInt64) -> Int { Int(truncatingIfNeeded: code >> 50) }

    /// The ASCII string equal to `word` (`==`, canonical equivalence), if there is one.
    ///
    /// Only three non-ASCII code points decompose to ASCII: the Kelvin sign (K), the Greek question
    /// mark (;) and the Greek varia (`); any other non-ASCII code point keeps the word apart from
    /// every ASCII word.
    static func asciiEquivalent(of word: String) -> String? {
        var scalars = String.UnicodeScalarView()
        for scalar in word.unicodeScalars {
            switch scalar.value {
            case 0..<0x80: scalars.append(scalar)
            case 0x212A: scalars.append("K")
            case 0x037E: scalars.append(";")
            case 0x1FEF: scalars.append("`")
            default: return nil
            }
        }
        let ascii = String(scalars)
        return ascii == word ? ascii : nil
    }
}
