/// The ``TieWords`` entries of one sentence's tokens, looked up once for all the tie rules, with what
/// the whole sentence holds: the rules skip a scan for pronouns, references or exclusions when no
/// token of the sentence is one (equivalent: the scan would find none).
struct SentenceWords: Sendable {
    /// Each token's ``TieWords/Entry``: its lists and its named word (past the sentence's tokens, what
    /// a longer sentence before left: the buffer only grows).
    private(set) var entries: [TieWords.Entry] = []
    /// The union of the tokens' lists.
    private(set) var all: UInt64 = 0
    /// How many tokens are hyphenated names (``Token/isHyphenatedName``).
    private(set) var hyphenated = 0

    /// Reads `tokens` into the buffer (its storage kept from sentence to sentence).
    mutating func read(_ tokens: [Token], table: TieWords) {
        if entries.count < tokens.count {
            entries.append(contentsOf: repeatElement(0, count: tokens.count - entries.count))
        }
        var all: UInt64 = 0, hyphenated = 0
        // (Each token read in place, through the buffer: a copy of it would retain its strings.)
        tokens.withUnsafeBufferPointer { tokens in
            entries.withUnsafeMutableBufferPointer { entries in
                for i in tokens.indices {
                    let e = table.entry(of: tokens, at: i)
                    entries[i] = e
                    all |= e
                    if tokens[i].isHyphenatedName { hyphenated += 1 }
                }
            }
        }
        self.all = all & ((1 << TieWords.wordShift) - 1)
        self.hyphenated = hyphenated
    }

    /// Whether token `i` is on one of `lists`.
    @inline(__always) func on(_ i: Int, _ lists: TieWords.Lists) -> Bool { entries[i] & lists.rawValue != 0 }

    /// Whether some token is on one of `lists`.
    @inline(__always) func any(_ lists: TieWords.Lists) -> Bool { all & lists.rawValue != 0 }

    /// Whether token `i`'s key is `word` (`tokens[i].key == word.text`).
    @inline(__always) func `is`(_ i: Int, _ word: TieWords.Word, in tokens: [Token]) -> Bool {
        self.word(i) == word.rawValue && tokens[i].key == word.text
    }

    /// The named word token `i`'s key may be (confirm with ``is(_:_:in:)``), 0 for none.
    @inline(__always) func word(_ i: Int) -> UInt8 { UInt8(truncatingIfNeeded: entries[i] >> TieWords.wordShift) }
}
