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
    /// One bit per code hashed to 16 bits (8 KB). Callgrind showed the first 16,384-bit filter, on
    /// the code's top bits, let through one token in seven that the index did not hold (frequent
    /// words that shared a bit with a form's first word): a multiplied code spreads them.
    private let filter: [UInt64]

    init(_ dictionary: [String: Value]) {
        self.dictionary = dictionary
        var capacity = 16
        while capacity < 2 * dictionary.count { capacity *= 2 }
        var codes = [UInt64](repeating: 0, count: capacity)
        var words = [String](repeating: "", count: capacity)
        var values = [Value?](repeating: nil, count: capacity)
        var filter = [UInt64](repeating: 0, count: 1 << 10)
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

    /// Whether a word whose ``WordCode`` is `code` may have a value: `false` means `self[word, code]`
    /// is `nil` for every such word. The one-bit filter of the subscript, asked before the caller
    /// reads the word's string (callgrind: most tokens stop here, without retaining a string).
    @inline(__always) func mayContain(_ code: UInt64) -> Bool {
        guard code != 0 else { return true }
        let bit = Self.filterBit(code)
        return filter.withUnsafeBufferPointer { $0[bit >> 6] } & (1 << (bit & 63)) != 0
    }

    /// The value for `word`, whose ``WordCode`` is `code`, as `dictionary[word]` gives it.
    subscript(word: String, code: UInt64) -> Value? { value(code: code) { word } }

    /// The value for the word `word()`, whose ``WordCode`` is `code`, as `dictionary[word()]` gives it;
    /// the word is read only when the code leaves a hit possible (0, or a slot of the same code).
    ///
    /// A matcher passes a closure that reads a token's string in place: most tokens are turned away
    /// by their code, and those are not made to retain and release a string.
    @inline(__always) func value(code: UInt64, word: () -> String) -> Value? {
        guard code != 0 else { return dictionary[word()] }
        guard mayContain(code) else { return nil }
        let mask = codes.count - 1
        var slot = Int(truncatingIfNeeded: code) & mask
        while codes[slot] != 0 {
            if codes[slot] == code, words[slot] == word() { return values[slot] }
            slot = (slot + 1) & mask
        }
        return nil
    }

    @inline(__always) private static func filterBit(_ code: UInt64) -> Int {
        Int(truncatingIfNeeded: (code &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    /// The ASCII string equal to `word` (`==`, canonical equivalence), if there is one.
    ///
    /// Only three non-ASCII code points decompose to ASCII: the Kelvin sign (K), the Greek question
    /// mark (;) and the Greek varia (`); any other non-ASCII code point keeps the word apart from
    /// every ASCII word.
    static func asciiEquivalent(of word: String) -> String? {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word }  // ASCII already: itself
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
