/// A set of words (keys: lowercased, possessive removed) that answers for a token by its word code,
/// without hashing the token's string: the rules' word lists, asked once or more per word.
struct WordSet: ExpressibleByArrayLiteral, Sendable {
    let words: Set<String>
    private let codes: Set<UInt64>
    /// A 1,024-bit screen over the codes' low bits: most words that are not in the set stop at one bit.
    private let screen: [UInt64]

    init(_ words: Set<String>) {
        self.words = words
        codes = Set(words.map(WordCode.of).filter { $0 != 0 })
        var screen = [UInt64](repeating: 0, count: 16)
        for code in codes { screen[Int(code & 1023) >> 6] |= 1 << (code & 63) }
        self.screen = screen
    }

    init(arrayLiteral words: String...) { self.init(Set(words)) }

    /// Whether the token's key is one of the words (a non-ASCII key is looked up as a string).
    @inline(__always) func contains(_ token: Token) -> Bool {
        let code = token.keyCode
        guard code != 0 else { return words.contains(token.key) }
        guard screen[Int(code & 1023) >> 6] & (1 << (code & 63)) != 0 else { return false }
        return codes.contains(code)
    }

    func contains(_ word: String) -> Bool { words.contains(word) }

    func union(_ other: WordSet) -> WordSet { WordSet(words.union(other.words)) }
}
