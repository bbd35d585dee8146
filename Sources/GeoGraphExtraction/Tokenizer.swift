/// A word of a sentence with its code point offsets in the document.
///
/// Six stored fields, the three flags in one byte (48 bytes in an array): the tokenizer writes one per
/// word of every sentence and the rules copy them.
public struct Token: Sendable, Hashable {
    /// The word's strings, shared with the other tokens of the word (see ``TokenStrings``).
    private(set) var strings: TokenStrings
    /// The text as written.
    public var text: String {
        get { strings.text }
        set {
            strings = TokenStrings(text: newValue, key: strings.key, lower: strings.lower)
            flags = Token.isCapitalised(newValue) ? flags | Self.capitalised : flags & ~Self.capitalised
        }
    }
    /// Lowercased, curly apostrophes straightened, a trailing possessive `'s` removed.
    public var key: String {
        get { strings.key }
        set {
            strings = TokenStrings(text: strings.text, key: newValue, lower: strings.lower)
            keyCode = WordCode.of(newValue)
        }
    }
    /// Lowercased, curly apostrophes straightened (the possessive kept).
    public var lower: String {
        get { strings.lower }
        set {
            strings = TokenStrings(text: strings.text, key: strings.key, lower: newValue)
            lowerCode = WordCode.of(newValue)
        }
    }
    /// Offsets in the document, end exclusive.
    public var start: Int
    public var end: Int
    /// The ``WordCode``s of `key` and `lower`, computed once with them so that matching hashes
    /// no word again.
    private(set) var keyCode: UInt64
    private(set) var lowerCode: UInt64
    /// Whether the word ended in a possessive `'s` (or `s'`).
    public var isPossessive: Bool {
        get { flags & Self.possessive != 0 }
        set { flags = newValue ? flags | Self.possessive : flags & ~Self.possessive }
    }
    /// Whether the word is hyphenated with a part that starts with a capital or a non-ASCII letter, as
    /// an actor's name does ("Kyrgyz-Tajik", not "long-standing"); see ``isHyphenatedName(_:)``.
    var isHyphenatedName: Bool { flags & Self.hyphenatedName != 0 }
    /// Whether the word starts with an uppercase letter (`isCapitalised(_:)` of `text`, kept with the
    /// text: the matcher asks it of every token that opens a form).
    public var isCapitalised: Bool { flags & Self.capitalised != 0 }
    /// The three flags above, one bit each, in one byte: a token of six fields is copied inline, where
    /// one of eight (three `Bool`s) was copied through its value witness (callgrind: `Token` copies
    /// in the tie rules went out of line, +10 M instructions on bench3).
    private var flags: UInt8
    static var possessive: UInt8 { 1 }
    static var hyphenatedName: UInt8 { 2 }
    static var capitalised: UInt8 { 4 }
    /// Bits 3–5: the punctuation between the word before and this one (``Punctuation``).
    static var punctuationShift: UInt8 { 3 }

    /// The punctuation that separates a word from the one before it, as clauses read it.
    public enum Punctuation: UInt8, Sendable {
        /// Spaces only.
        case none = 0
        /// A comma or a spaced hyphen.
        case comma = 1
        /// What opens or closes a clause: a semicolon, a colon, a dash, a quotation mark.
        case clauseBreak = 2
        /// An opening or closing parenthesis or bracket.
        case parenthesis = 3
        /// A hyphen or slash with no space around it, between words it does not join into one
        /// ("U.S.-Iraq": the acronym's dot ends the word).
        case hyphen = 4
        /// A plus sign with no space around it, joining two names into a dialogue format ("C5+Japan",
        /// "EU+ASEAN").
        case plus = 5
        /// A quotation mark (with no semicolon, colon or dash): a clause break, except around a title
        /// right after a noun ("the treaty “On Friendship” that …", `ClauseSplitter`).
        case quote = 6
    }

    /// The punctuation between the word before and this one.
    public var punctuationBefore: Punctuation {
        get { Punctuation(rawValue: (flags >> Self.punctuationShift) & 7) ?? .none }
        set { flags = (flags & ~(7 << Self.punctuationShift)) | (newValue.rawValue << Self.punctuationShift) }
    }

    /// The punctuation in the code points `from..<to` at `p` (the gap between two words): a
    /// parenthesis or a clause break before a comma. A dash (em or en) breaks the clause (a dateline,
    /// an aside), as does an ellipsis (words left out); a spaced hyphen reads as a comma (an elaboration
    /// of the same clause); a plus with no space ("C5+Japan") joins two names into a format.
    static func punctuation(_ p: UnsafePointer<Unicode.Scalar>, from: Int, to: Int) -> Punctuation {
        var found = Punctuation.none
        var k = from
        while k < to {
            switch p[k] {
            case "(", ")", "[", "]": return .parenthesis
            // (An ellipsis marks words left out: what stands on either side is no one clause.)
            case ";", ":", "\u{2014}", "\u{2013}", "\u{2026}": found = .clauseBreak
            case "\"", "\u{201C}", "\u{201D}": if found != .clauseBreak { found = .quote }
            case "+": if found == .none, k + 1 == to, k == from { found = .plus }
            case ",": if found == .none { found = .comma }
            case "-", "/":
                if found == .none, k > from, k + 1 < to, p[k - 1] == " ", p[k + 1] == " " {
                    found = .comma
                } else if found == .none, k + 1 == to, k == from || p[k - 1] != " " {
                    found = .hyphen
                }
            default: break
            }
            k += 1
        }
        return found
    }

    /// The flags byte of a token with these flags.
    static func flags(isPossessive: Bool, isHyphenatedName: Bool, isCapitalised: Bool) -> UInt8 {
        (isPossessive ? possessive : 0) | (isHyphenatedName ? hyphenatedName : 0) | (isCapitalised ? capitalised : 0)
    }

    init(text: String, key: String, lower: String, isPossessive: Bool, start: Int, end: Int) {
        self.init(strings: TokenStrings(text: text, key: key, lower: lower), isPossessive: isPossessive, start: start,
                  end: end, keyCode: WordCode.of(key), lowerCode: WordCode.of(lower), isHyphenatedName: Token.isHyphenatedName(text),
                  isCapitalised: Token.isCapitalised(text))
    }

    /// - Precondition: the codes are those of the strings' `key` and `lower`, the flags those of their `text`.
    init(strings: TokenStrings, isPossessive: Bool, start: Int, end: Int, keyCode: UInt64, lowerCode: UInt64,
         isHyphenatedName: Bool, isCapitalised: Bool) {
        self.init(strings: strings, start: start, end: end, keyCode: keyCode, lowerCode: lowerCode,
                  flags: Self.flags(isPossessive: isPossessive, isHyphenatedName: isHyphenatedName, isCapitalised: isCapitalised))
    }

    /// - Precondition: the codes are those of the strings' `key` and `lower`, `flags` a ``flags(isPossessive:isHyphenatedName:isCapitalised:)``
    ///   whose last two are those of their `text`.
    @inline(__always)
    init(strings: TokenStrings, start: Int, end: Int, keyCode: UInt64, lowerCode: UInt64, flags: UInt8) {
        self.strings = strings
        self.flags = flags
        self.start = start
        self.end = end
        self.keyCode = keyCode
        self.lowerCode = lowerCode
    }

    /// Equal when every field is, the strings compared as strings (as a token holding them would be).
    public static func == (a: Token, b: Token) -> Bool {
        a.text == b.text && a.key == b.key && a.lower == b.lower && a.isPossessive == b.isPossessive && a.start == b.start
            && a.end == b.end && a.keyCode == b.keyCode && a.lowerCode == b.lowerCode && a.isHyphenatedName == b.isHyphenatedName
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
        hasher.combine(key)
        hasher.combine(lower)
        hasher.combine(isPossessive)
        hasher.combine(start)
        hasher.combine(end)
    }

    /// Whether a word is hyphenated with a part that starts with a capital or a non-ASCII letter.
    static func isHyphenatedName(_ word: String) -> Bool {
        var hyphen = false, capital = false, partStart = true
        for byte in word.utf8 {
            if byte == UInt8(ascii: "-") {
                hyphen = true
                partStart = true
                continue
            }
            if partStart, byte >= 0x80 || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z")) { capital = true }
            partStart = false
        }
        return hyphen && capital
    }

    /// Whether a word starts with an uppercase letter.
    static func isCapitalised(_ word: String) -> Bool {
        guard let c = word.unicodeScalars.first else { return false }
        return c.isASCII ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
    }
}

/// Splits text into words: runs of letters and digits, keeping inner hyphens, apostrophes and the dots
/// of acronyms (`U.S.`, `Kassym-Jomart`, `D'Anieri`); punctuation is dropped.
///
/// A word's strings depend on its code points alone, and news repeats a small vocabulary: a word seen
/// before takes its strings and codes from a `TokenVocabulary`. A new word of ASCII letters (and the
/// curly apostrophe) gets its strings from UTF-8 bytes, the lowercase one shared with the text when it
/// has no capital; any other word goes through Unicode case mapping.
public enum Tokenizer {
    /// The tokens of `scalars`, each word built from its code points (`word(_:)`).
    ///
    /// Equivalent to tokenising with a new `TokenVocabulary`, without one: a phrase (a gazetteer form,
    /// a cue, a name's parts) repeats few words, and a vocabulary made for it costs more than it saves
    /// (callgrind: a third of the matcher's set-up).
    public static func tokens(_ scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 4 + 1)
        let base = scalars.startIndex
        scalars.withUnsafeBufferPointer { s in
            guard let p = s.baseAddress else { return }
            var i = 0
            while i < s.count {
                guard isWord(p[i]) else { i += 1; continue }
                let (j, _) = wordEnd(p, count: s.count, start: i, table: wordTable)
                let apostropheFollows = j < s.count && (p[j] == "'" || p[j] == "\u{2019}")
                var token = TokenVocabulary.token(of: word(scalars[(base + i)..<(base + j)]), start: base + i, end: base + j,
                                                  apostropheFollows: apostropheFollows)
                token.punctuationBefore = Token.punctuation(p, from: tokens.last.map { $0.end - base } ?? 0, to: i)
                tokens.append(token)
                i = j
            }
        }
        return tokens
    }

    /// The tokens of `scalars`, taking the words `vocabulary` knows from it and adding the others.
    static func tokens(_ scalars: ArraySlice<Unicode.Scalar>, vocabulary: inout TokenVocabulary) -> [Token] {
        var tokens: [Token] = []
        Tokenizer.tokens(scalars, vocabulary: &vocabulary, into: &tokens)
        return tokens
    }

    /// The tokens of `scalars` in `tokens` (its earlier tokens replaced, its storage kept: a caller
    /// tokenising sentence after sentence reuses one buffer instead of allocating one per sentence).
    ///
    /// Equivalent to emptying `tokens` and appending each token; but the tokens overwrite the earlier
    /// ones in place (one release each, of the old token's strings, and one uniqueness check for them
    /// all), the others are appended, and only the tail left over is destroyed. Callgrind showed
    /// emptying the buffer first (`removeAll(keepingCapacity:)`, a generic destroy of every token) at
    /// 11 % of the tokenizer's instructions.
    static func tokens(_ scalars: ArraySlice<Unicode.Scalar>, vocabulary: inout TokenVocabulary, into tokens: inout [Token]) {
        // Room for the sentence's words, grown by doubling (not to each longer sentence's size).
        let room = scalars.count / 4 + 1
        if tokens.capacity < room { tokens.reserveCapacity(max(room, 2 * tokens.capacity)) }
        var count = 0  // tokens made so far: the first `count` of `tokens` are this sentence's
        // This loop visits every code point of every sentence: it reads a buffer, without the index
        // checks of the slice, and tells word characters by a table (``wordTable``).
        let table = wordTable  // (read once: a global's first-use check per sentence, not per word)
        scalars.withUnsafeBufferPointer { s in
            guard let p = s.baseAddress else { return }
            let n = s.count
            var i = 0
            tokens.withUnsafeMutableBufferPointer { earlier in
                while count < earlier.count,
                      let token = nextToken(p, count: n, from: &i, of: scalars, table: table, vocabulary: &vocabulary) {
                    earlier[count] = token
                    count += 1
                }
            }
            while let token = nextToken(p, count: n, from: &i, of: scalars, table: table, vocabulary: &vocabulary) {
                tokens.append(token)
                count += 1
            }
        }
        if count < tokens.count { tokens.removeSubrange(count...) }
    }

    /// The token of the first word at or after `i` of the `count` code points at `p` (those of
    /// `scalars`), its word looked up in `vocabulary` or added to it; `i` moves past it. `table` is
    /// ``wordTable``.
    @inline(__always)
    static func nextToken(_ p: UnsafePointer<Unicode.Scalar>, count n: Int, from i: inout Int, of scalars: ArraySlice<Unicode.Scalar>,
                          table: UnsafePointer<UInt8>, vocabulary: inout TokenVocabulary) -> Token? {
        guard let (start, end, hash) = nextWord(p, count: n, from: i, table: table) else { return nil }
        let gap = i
        i = end
        let apostropheFollows = end < n && (p[end] == "'" || p[end] == "\u{2019}")
        let base = scalars.startIndex
        let w = vocabulary.index(of: p + start, count: end - start, hash: hash)
            ?? vocabulary.add(word(scalars[(base + start)..<(base + end)]), spelled: scalars[(base + start)..<(base + end)])
        var token = vocabulary.token(w, start: base + start, end: base + end, apostropheFollows: apostropheFollows)
        // (A gap of one code point is mostly a space: "[and]Good", "C5+Japan" have punctuation too.)
        if start - gap > 1 || (start - gap == 1 && p[gap] != " ") {
            token.punctuationBefore = Token.punctuation(p, from: gap, to: start)
        }
        return token
    }

    /// The first word at or after `i` of the `count` code points at `p`: where it starts and ends,
    /// and its ``TokenVocabulary/hash(_:)``; `nil` when none is left.
    ///
    /// Its loops over ASCII code points are kept apart from the calls for other code points. `table`
    /// is ``wordTable``.
    @inline(__always)
    static func nextWord(_ p: UnsafePointer<Unicode.Scalar>, count n: Int, from i: Int,
                         table: UnsafePointer<UInt8>) -> (start: Int, end: Int, hash: UInt64)? {
        var i = i
        while i < n {
            // Spaces and punctuation, ASCII.
            while i < n, p[i].value < 0x80, table[Int(p[i].value)] == 0 { i &+= 1 }  // (`&+`: below `n`, no overflow check)
            guard i < n else { return nil }
            if p[i].value < 0x80 || isWordBeyondASCII(p[i]) { break }
            i += 1
        }
        guard i < n else { return nil }
        let (end, hash) = wordEnd(p, count: n, start: i, table: table)
        return (i, end, hash)
    }

    /// Where the word that starts at `start` (a word character) of the `count` code points at `p`
    /// ends, and its ``TokenVocabulary/hash(_:)``, taken as the scan passes its code points: letters
    /// and digits, inner hyphens and apostrophes, the dots of acronyms. `table` is ``wordTable``.
    @inline(__always)
    static func wordEnd(_ p: UnsafePointer<Unicode.Scalar>, count n: Int, start: Int,
                        table: UnsafePointer<UInt8>) -> (end: Int, hash: UInt64) {
        var hash = TokenVocabulary.adding(p[start], to: TokenVocabulary.basis)
        var j = start + 1
        while j < n {
            // ASCII letters and digits: the bulk of every word.
            while j < n, p[j].value < 0x80, table[Int(p[j].value)] != 0 {
                hash = TokenVocabulary.adding(p[j], to: hash)
                j &+= 1
            }
            guard j < n else { break }
            let c = p[j]
            if c.value >= 0x80, isWordBeyondASCII(c) {
                hash = TokenVocabulary.adding(c, to: hash)
                j += 1
                continue
            }
            let joiner = c == "-" || c == "'" || c == "\u{2019}" || c == "."
            if joiner, j + 1 < n, isWord(p[j + 1]) {
                // A dot joins only acronym letters (U.S), not sentences.
                if c == ".", !(j - start <= 2 || p[j - 2] == ".") { break }
                hash = TokenVocabulary.adding(p[j + 1], to: TokenVocabulary.adding(c, to: hash))
                j += 2
                continue
            }
            if c == ".", j - start == 1, p[start].value >= 65, p[start].value <= 90 {  // the final dot of U.S.
                hash = TokenVocabulary.adding(c, to: hash)
                j += 1
                continue
            }
            break
        }
        return (j, hash)
    }

    /// Whether `c` is a letter or digit: an ASCII one by a 128-bit mask (a shift and a test, no
    /// branch on the letter's case), any other by ``isWordBeyondASCII(_:)``.
    @inline(__always) static func isWord(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return isASCIIWord(v) }
        return isWordBeyondASCII(c)
    }

    /// Whether the ASCII code point `v` (below 128) is a letter or digit.
    @inline(__always) static func isASCIIWord(_ v: UInt32) -> Bool {
        (v < 64 ? asciiWordsLow : asciiWordsHigh) >> UInt64(v & 63) & 1 != 0
    }

    /// Whether each code point below 0x250 (ASCII and the Latin letters after it) and from 0x2000 to
    /// 0x206F (dashes, curly quotes and other punctuation) is a letter or digit, one byte each (1: it
    /// is), at `v` and at `0x250 + v - 0x2000`: ``isASCIIWord(_:)`` and the Unicode property, made once.
    ///
    /// The scan's loops test ASCII by a load (callgrind: 10 instructions a letter, the mask took 13),
    /// and ``isWordBeyondASCII(_:)`` the code points news writes most beyond ASCII without asking
    /// their Unicode properties (360 instructions each). Never written or freed again (848 bytes),
    /// so threads share it safely.
    nonisolated(unsafe) static let wordTable: UnsafePointer<UInt8> = {
        let table = UnsafeMutablePointer<UInt8>.allocate(capacity: 0x250 + 0x70)
        for v in 0..<0x80 { table[v] = isASCIIWord(UInt32(v)) ? 1 : 0 }
        for v in 0x80..<0x250 { table[v] = Unicode.Scalar(UInt32(v))!.properties.isAlphabetic ? 1 : 0 }
        for v in 0x2000..<0x2070 { table[0x250 + v - 0x2000] = Unicode.Scalar(UInt32(v))!.properties.isAlphabetic ? 1 : 0 }
        return UnsafePointer(table)
    }()

    /// The ASCII word characters, bit `v` for code point `v`: the digits in the low word, the letters
    /// in the high one. Equivalent to `(v | 0x20) - 97 < 26 || v - 48 < 10`.
    static var asciiWordsLow: UInt64 { 0x03FF_0000_0000_0000 }
    static var asciiWordsHigh: UInt64 { 0x07FF_FFFE_07FF_FFFE }

    /// Whether a code point beyond ASCII is a letter: its Unicode property, from ``wordTable`` where
    /// the table has it (kept out of line: the scan's loop stays small).
    @inline(never) static func isWordBeyondASCII(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x250 { return wordTable[Int(v)] != 0 }
        if v &- 0x2000 < 0x70 { return wordTable[Int(0x250 + v - 0x2000)] != 0 }
        return c.properties.isAlphabetic
    }

    /// The strings and codes of the word `scalars` (a token's code points).
    static func word(_ scalars: ArraySlice<Unicode.Scalar>) -> TokenVocabulary.Word {
        asciiWord(scalars) ?? unicodeWord(scalars)
    }

    /// The word when it is ASCII but for curly apostrophes, else `nil`. Such a word has one character
    /// per code point, so counts and suffixes are byte arithmetic.
    ///
    /// Its UTF-8 is written in a stack buffer and folded there in place; the codes and flags are read
    /// off the bytes (equal to ``WordCode/of(_:)``, ``Token/isHyphenatedName(_:)`` and
    /// ``Token/isCapitalised(_:)`` of the strings, which would iterate them again).
    static func asciiWord(_ scalars: ArraySlice<Unicode.Scalar>) -> TokenVocabulary.Word? {
        var last = scalars.endIndex
        if scalars[last - 1] == ".", scalars.count > 2 { last -= 1 }  // never happens: a word ends in a dot only as "J."
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 3 * (last - scalars.startIndex)) { bytes in
            var n = 0
            var plain = true  // no capital, no curly apostrophe: the lowercase form is the text
            // ``Token/isHyphenatedName(_:)`` on the way: a hyphen, and a part opening with a capital or
            // a byte beyond ASCII.
            var hyphen = false, capital = false, partStart = true
            for c in scalars[..<last] {
                let v = c.value
                if v < 0x80 {
                    bytes[n] = UInt8(truncatingIfNeeded: v)
                    n += 1
                    if v &- 65 < 26 { plain = false }
                    if v == 0x2D {
                        hyphen = true
                        partStart = true
                        continue
                    }
                    if partStart, v &- 65 < 26 { capital = true }
                } else if v == 0x2019 {
                    bytes[n] = 0xE2
                    bytes[n + 1] = 0x80
                    bytes[n + 2] = 0x99
                    n += 3
                    plain = false
                    if partStart { capital = true }
                } else {
                    return nil
                }
                partStart = false
            }
            let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<n]), as: UTF8.self)
            let isCapitalised = bytes[0] &- 65 < 26  // the first code point, a letter or digit
            var lower = text
            if !plain {
                // Fold in place: capitals to lowercase, each curly apostrophe's three bytes to one `'`.
                var read = 0, write = 0
                while read < n {
                    let b = bytes[read]
                    if b == 0xE2 {
                        bytes[write] = UInt8(ascii: "'")
                        read += 3
                    } else {
                        bytes[write] = b &- 65 < 26 ? b + 32 : b
                        read += 1
                    }
                    write += 1
                }
                n = write
                lower = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<n]), as: UTF8.self)
            }
            // `n` counts the bytes of `lower` now, all ASCII.
            let possessive = n >= 2 && bytes[n - 2] == UInt8(ascii: "'") && bytes[n - 1] == UInt8(ascii: "s")
            let key = possessive ? String(decoding: UnsafeBufferPointer(rebasing: bytes[..<(n - 2)]), as: UTF8.self) : lower
            // The codes of `lower` and of its first `n - 2` bytes, the key's when the word is possessive.
            var code = WordCode.basis, keyCode = WordCode.basis
            for k in 0..<n {
                if k == n - 2 { keyCode = code }
                code = WordCode.adding(bytes[k], to: code)
            }
            let lowerCode = WordCode.finished(code)
            return TokenVocabulary.Word(strings: TokenStrings(text: text, key: key, lower: lower),
                                        keyCode: possessive ? WordCode.finished(keyCode) : lowerCode, lowerCode: lowerCode,
                                        dropsPossessive: possessive, endsInS: bytes[n - 1] == UInt8(ascii: "s"),
                                        isHyphenatedName: hyphen && capital, isCapitalised: isCapitalised)
        }
    }

    /// The word by Unicode rules (characters, case mapping).
    static func unicodeWord(_ scalars: ArraySlice<Unicode.Scalar>) -> TokenVocabulary.Word {
        var text = String(String.UnicodeScalarView(scalars))
        if text.hasSuffix("."), text.count > 2 { text.removeLast() }
        let lower = Tokenizer.fold(text)
        var key = lower
        let possessive = key.hasSuffix("'s")
        if possessive { key.removeLast(2) }
        return TokenVocabulary.Word(text: text, key: key, lower: lower, dropsPossessive: possessive, endsInS: key.hasSuffix("s"))
    }

    /// The word keys of a phrase, for matching against a sentence's tokens.
    public static func keys(_ phrase: String) -> [String] {
        let scalars = Array(phrase.unicodeScalars)
        return tokens(scalars[...]).map(\.lower)
    }

    /// Lowercased with curly apostrophes straightened, without Foundation (this runs per word).
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for c in text.unicodeScalars {
            if c == "\u{2019}" || c == "\u{02BC}" {  // a curly apostrophe, or the modifier letter some sites write
                out.append("'")
            } else if c.isASCII {
                out.append(c.value >= 65 && c.value <= 90 ? Unicode.Scalar(c.value + 32)! : c)
            } else {
                out.append(contentsOf: c.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }
}

import Foundation
