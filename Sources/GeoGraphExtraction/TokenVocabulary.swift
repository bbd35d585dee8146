import Foundation

/// The words a tokenizer has met, by their code points, with the strings and codes of their tokens:
/// news repeats a small vocabulary, so most words are looked up rather than built again.
///
/// One vocabulary serves one thread (``GraphBuilder`` keeps one per worker); it forgets everything
/// when it grows past `capacity` words, so memory stays bounded on any corpus.
struct TokenVocabulary {
    /// What a token's strings are, from its code points alone.
    struct Word {
        /// The strings every token of the word shares.
        var strings: TokenStrings
        var text: String { strings.text }
        var key: String { strings.key }
        var lower: String { strings.lower }
        var keyCode: UInt64
        var lowerCode: UInt64
        /// Where the word's code points start in the vocabulary's `spellings`, and how many there are
        /// (set when it is added): ``index(of:count:hash:)`` reads them next to the word.
        var spellingStart: Int32 = 0
        var length: Int32 = 0
        /// The key is the lowercase form less a possessive `'s`.
        var dropsPossessive: Bool
        /// The key ends in `s`, so an apostrophe after the word makes it possessive (`Afghans'`).
        var endsInS: Bool
        /// See ``Token/isHyphenatedName`` and ``Token/isCapitalised``.
        var isHyphenatedName: Bool
        var isCapitalised: Bool
        /// The flags byte of the word's tokens, when no apostrophe follows and when one does (a
        /// possessive `s'`): each token takes one of the two instead of combining the flags again.
        var tokenFlags: UInt8
        var tokenFlagsBeforeApostrophe: UInt8

        init(text: String, key: String, lower: String, dropsPossessive: Bool, endsInS: Bool) {
            self.init(strings: TokenStrings(text: text, key: key, lower: lower), keyCode: WordCode.of(key),
                      lowerCode: WordCode.of(lower), dropsPossessive: dropsPossessive, endsInS: endsInS,
                      isHyphenatedName: Token.isHyphenatedName(text), isCapitalised: Token.isCapitalised(text))
        }

        /// - Precondition: the codes are those of the strings' `key` and `lower`, the flags those of their `text`.
        init(strings: TokenStrings, keyCode: UInt64, lowerCode: UInt64, dropsPossessive: Bool, endsInS: Bool,
             isHyphenatedName: Bool, isCapitalised: Bool) {
            self.strings = strings
            self.keyCode = keyCode
            self.lowerCode = lowerCode
            self.dropsPossessive = dropsPossessive
            self.endsInS = endsInS
            self.isHyphenatedName = isHyphenatedName
            self.isCapitalised = isCapitalised
            tokenFlags = Token.flags(isPossessive: dropsPossessive, isHyphenatedName: isHyphenatedName, isCapitalised: isCapitalised)
            tokenFlagsBeforeApostrophe = Token.flags(isPossessive: dropsPossessive || endsInS, isHyphenatedName: isHyphenatedName,
                                                     isCapitalised: isCapitalised)
        }
    }

    private(set) var words: [Word] = []
    /// Every word's code points, one after the other, where `index(of:count:hash:)` compares them: one
    /// place in memory rather than one array per word.
    private var spellings: [Unicode.Scalar] = []
    /// Open-addressed table of hash tags and word indices (-1: empty), side by side so that one cache
    /// line answers a probe; a power of two long, at most half full.
    private var slots = [Slot](repeating: Slot(hash: 0, word: -1), count: 16)
    let capacity: Int

    /// Eight bytes: the low half of the word's hash (a probe compares spellings only when it agrees)
    /// and the word's index.
    struct Slot {
        var tag: UInt32
        var word: Int32

        init(hash: UInt64, word: Int32) {
            tag = UInt32(truncatingIfNeeded: hash)
            self.word = word
        }
    }

    init(capacity: Int = 1 << 16) { self.capacity = capacity }

    /// FNV-1a over the code points' values.
    @inline(__always) static func hash<C: Collection<Unicode.Scalar>>(_ scalars: C) -> UInt64 {
        var hash = basis
        for c in scalars { hash = adding(c, to: hash) }
        return hash
    }

    /// The hash of no code points, before ``adding(_:to:)`` a word's.
    static var basis: UInt64 { 0xCBF2_9CE4_8422_2325 }

    /// The hash of a word one code point longer.
    @inline(__always) static func adding(_ c: Unicode.Scalar, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(c.value)) &* 0x0000_0100_0000_01B3
    }

    /// The index of the word spelled `scalars`, if known.
    func index(of scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Int? {
        guard let start = scalars.base.baseAddress.map({ $0 + scalars.startIndex }) else { return nil }
        return index(of: start, count: scalars.count, hash: Self.hash(scalars))
    }

    /// The index of the word spelled by the `count` code points at `start`, whose ``hash(_:)`` is
    /// `hash`, if known (never the empty word's).
    ///
    /// This runs for every word of every sentence: it probes and compares through raw pointers, without
    /// the index checks of the arrays, reading a candidate word's place and length from the word
    /// itself, and compares the spelling two code points (eight bytes) at a time: the plain comparison
    /// ``spelled(_:_:)`` makes, in half the steps.
    @inline(__always)
    func index(of start: UnsafePointer<Unicode.Scalar>, count n: Int, hash: UInt64) -> Int? {
        guard n > 0 else { return nil }
        let tag = UInt32(truncatingIfNeeded: hash)
        return slots.withUnsafeBufferPointer { slots in
            words.withUnsafeBufferPointer { words in
                spellings.withUnsafeBufferPointer { spellings -> Int? in
                    guard let slots = slots.baseAddress, let words = words.baseAddress, let spellings = spellings.baseAddress else {
                        return nil
                    }
                    let mask = self.slots.count - 1
                    let probe = UnsafeRawPointer(start)
                    var slot = Int(truncatingIfNeeded: hash >> 32) & mask
                    while slots[slot].word >= 0 {
                        if slots[slot].tag == tag {
                            let w = Int(slots[slot].word)
                            if Int(words[w].length) == n {
                                let spelled = UnsafeRawPointer(spellings + Int(words[w].spellingStart))
                                var k = 0
                                while k + 2 <= n,
                                      spelled.loadUnaligned(fromByteOffset: 4 &* k, as: UInt64.self)
                                        == probe.loadUnaligned(fromByteOffset: 4 &* k, as: UInt64.self) {
                                    k &+= 2  // below `n`
                                }
                                if k + 2 > n, k == n || spellings[Int(words[w].spellingStart) + k] == start[k] { return w }
                            }
                        }
                        slot = (slot &+ 1) & mask
                    }
                    return nil
                }
            }
        }
    }

    /// Whether word `w` is spelled `scalars` (the plain comparison ``index(of:count:hash:)`` makes on pointers).
    func spelled(_ w: Int, _ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        let start = Int(words[w].spellingStart)
        return spellings[start..<(start + Int(words[w].length))].elementsEqual(scalars)
    }

    /// Adds a word not known yet, spelled `scalars` (the whole range its tokens span, a final dot
    /// included), and returns its index.
    mutating func add(_ word: Word, spelled scalars: ArraySlice<Unicode.Scalar>) -> Int {
        if words.count >= capacity { self = TokenVocabulary(capacity: capacity) }
        if 2 * (words.count + 1) > slots.count { grow() }
        var word = word
        word.spellingStart = Int32(spellings.count)
        word.length = Int32(scalars.count)
        spellings += scalars
        words.append(word)
        place(Int32(words.count - 1), hash: Self.hash(scalars))
        return words.count - 1
    }

    /// The token of word `w` at `start..<end`.
    @inline(__always) func token(_ w: Int, start: Int, end: Int, apostropheFollows: Bool) -> Token {
        words.withUnsafeBufferPointer { Self.token(of: $0[w], start: start, end: end, apostropheFollows: apostropheFollows) }
    }

    /// The token of `word` at `start..<end`; `apostropheFollows` makes a word ending in `s` possessive.
    /// Equivalent to a ``Token`` that is possessive when the word drops an `'s`, or ends in `s` and
    /// an apostrophe follows.
    @inline(__always) static func token(of word: Word, start: Int, end: Int, apostropheFollows: Bool) -> Token {
        Token(strings: word.strings, start: start, end: end, keyCode: word.keyCode, lowerCode: word.lowerCode,
              flags: apostropheFollows ? word.tokenFlagsBeforeApostrophe : word.tokenFlags)
    }

    private mutating func place(_ w: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash >> 32) & mask
        while slots[slot].word >= 0 { slot = (slot + 1) & mask }
        slots[slot] = Slot(hash: hash, word: w)
    }

    private mutating func grow() {
        slots = [Slot](repeating: Slot(hash: 0, word: -1), count: 2 * slots.count)
        for w in words.indices {
            let start = Int(words[w].spellingStart)
            place(Int32(w), hash: Self.hash(spellings[start..<(start + Int(words[w].length))]))
        }
    }
}
