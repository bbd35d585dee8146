/// Splits a document into sentences with exact code point spans.
///
/// The rules (shared with `Scripts/locate_evidence.py`, which computed the reference spans):
/// - A sentence never crosses a newline; blank lines give none.
/// - Within a line, a sentence ends after a run of `.`, `!`, `?`, `…`, plus any closing quotes or
///   brackets, when white space follows and then an uppercase letter, a digit or an opening quote or
///   bracket.
/// - A `.` closing an abbreviation (Mr, Dr, St, Jan, …), an initial (`J.`) or a dotted acronym
///   (`U.S.`, `e.g.`) ends no sentence.
/// - A span runs from the first to the last non-space code point, end exclusive; indices count every
///   sentence of the file from 0.
public struct SentenceSplitter: Sendable {
    /// Words whose trailing dot ends no sentence.
    public static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "St", "Prof", "Gen", "Col", "Lt", "Sgt", "Capt", "Maj", "Sen", "Rep", "Gov",
        "Jr", "Sr", "Inc", "Ltd", "Co", "Corp", "vs", "etc", "No", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
        "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    /// The ASCII abbreviations of up to four letters (all of them), one byte a letter, the first
    /// highest, sorted for ``isListed(_:)``.
    static let abbreviationKeys: [UInt32] = abbreviations.compactMap { word in
        let bytes = Array(word.utf8)
        guard bytes.count <= 4, bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        return bytes.reduce(0) { $0 << 8 | UInt32($1) }
    }.sorted()

    /// One bit per first letter of an abbreviation (its byte less 0x40): most short words start
    /// with another and need no search of the list.
    static let abbreviationInitials: UInt64 = abbreviations.reduce(0) { $0 | 1 << ($1.utf8.first! - 0x40) }

    public init() {}

    /// The sentence spans of `scalars`, as code point offsets.
    ///
    /// The scan jumps from one line break or sentence mark to the next with `ScalarSearch` and
    /// looks at the code points around each; it is the same as testing every code point in turn,
    /// as `SentenceSplitterFastPathTests`' reference does (callgrind: 24 instructions a code point
    /// that way, 1.46 G of the 21.5 G on the 50 MB corpus; about 8 this way).
    /// - Complexity: O(*n*).
    public func split(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        scalars.withUnsafeBufferPointer { s in
            var marks = Marks()
            let n = s.count
            var lineStart = 0
            while lineStart <= n {
                let lineEnd = marks.newline.next(atOrAfter: lineStart, in: s)
                splitLine(s, lineStart..<lineEnd, marks: &marks, into: &spans)
                lineStart = lineEnd + 1
            }
        }
        return spans
    }

    /// The sentence spans of `text`.
    public func split(_ text: String) -> [Range<Int>] { split(Array(text.unicodeScalars)) }

    /// Where the next line break and the next of each sentence mark lie in a text.
    struct Marks {
        var newline = NextScalar("\n")
        var dot = NextScalar("."), bang = NextScalar("!"), question = NextScalar("?"), ellipsis = NextScalar("\u{2026}")
        /// The first of the rarer marks (`!`, `?`, `…`) found last, -1 before the first search, and
        /// where that search started: most questions are answered by it and the next dot.
        var rare = -1, rareFrom = 0

        /// The first of `.`, `!`, `?` and `…` at or after `position`, or the text's end.
        @inline(__always) mutating func nextTerminal(atOrAfter position: Int, in s: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
            if rare < position || rareFrom > position {
                rare = min(bang.next(atOrAfter: position, in: s), min(question.next(atOrAfter: position, in: s), ellipsis.next(atOrAfter: position, in: s)))
                rareFrom = position
            }
            return min(dot.next(atOrAfter: position, in: s), rare)
        }
    }

    /// The occurrences of one code point in a text, found left to right: the last one found is kept
    /// until a question asks past it, so that each code point is searched once over the whole text.
    struct NextScalar {
        let value: Unicode.Scalar
        /// The occurrence found last (the text's end when there is none after the last question);
        /// -1 before the first search.
        var found = -1
        /// Where the search that found it started.
        var searchedFrom = 0

        init(_ value: Unicode.Scalar) { self.value = value }

        /// The first occurrence at or after `position`, or the text's end.
        @inline(__always) mutating func next(atOrAfter position: Int, in s: UnsafeBufferPointer<Unicode.Scalar>) -> Int {
            if found < position || searchedFrom > position {
                found = ScalarSearch.first(value, in: s, from: position, to: s.count)
                searchedFrom = position
            }
            return found
        }
    }

    /// Appends the sentences of one line (no line break in it), visiting only its sentence marks.
    private func splitLine(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ line: Range<Int>, marks: inout Marks,
                           into spans: inout [Range<Int>]) {
        var start = line.lowerBound
        var i = marks.nextTerminal(atOrAfter: line.lowerBound, in: s)
        while i < line.upperBound {
            var end = i
            while end < line.upperBound, Self.isTerminal(s[end]) { end += 1 }
            let loneDot = s[i] == "." && end - i == 1
            while end < line.upperBound, Self.isClosing(s[end]) { end += 1 }
            // end is one past the sentence's last mark; a break needs space, then a sentence opener.
            var next = end
            while next < line.upperBound, Self.isSpace(s[next]) { next += 1 }
            let hasSpace = next > end
            if hasSpace, next < line.upperBound, Self.isOpener(s[next]),
               !(loneDot && isAbbreviation(s, dotAt: i, lineStart: line.lowerBound)) {
                emit(s, start..<end, into: &spans)
                start = next
            }
            i = marks.nextTerminal(atOrAfter: max(end, i + 1), in: s)
        }
        emit(s, start..<line.upperBound, into: &spans)
    }

    /// Whether the dot at `dot` closes an abbreviation, an initial or a dotted acronym: the word of
    /// letters and dots before it is on the list, holds a dot, or is one uppercase letter.
    ///
    /// The walk back skips ASCII letters in a tight loop before it looks at dots and other letters;
    /// an ASCII word of up to four letters is packed into a number for the list (no string, no
    /// hash), any other word is asked as a string (callgrind: 250 instructions a call before).
    private func isAbbreviation(_ s: UnsafeBufferPointer<Unicode.Scalar>, dotAt dot: Int, lineStart: Int) -> Bool {
        // The ASCII letters before the dot first: most words are nothing else.
        var k = dot
        while k > lineStart, (s[k - 1].value | 0x20) &- 97 < 26 { k -= 1 }
        var ascii = true, dotted = false
        while k > lineStart {
            let c = s[k - 1]
            if c == "." {
                dotted = true
            } else if !c.isASCII, Self.isLetter(c) {
                ascii = false
            } else if !Self.isLetter(c) {
                break
            }
            k -= 1
        }
        if ascii {
            if k == dot { return false }
            if dotted { return true }
            if dot - k == 1 { return s[k].value &- 65 < 26 }
            guard dot - k <= 4, Self.abbreviationInitials >> (s[k].value - 0x40) & 1 != 0 else { return false }
            return Self.isListed((k..<dot).reduce(0) { $0 << 8 | s[$1].value })
        }
        let word = String(String.UnicodeScalarView(s[k..<dot]))
        if word.isEmpty { return false }
        if Self.abbreviations.contains(word) { return true }
        if word.contains(".") { return true }  // U.S, e.g, i.e
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return true }
        return false
    }

    /// Whether an ASCII word of up to four letters, packed one byte each (the first highest), is
    /// one of ``abbreviations``.
    static func isListed(_ key: UInt32) -> Bool {
        let keys = abbreviationKeys
        var low = 0, high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }

    private func emit(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ range: Range<Int>, into spans: inout [Range<Int>]) {
        var a = range.lowerBound, b = range.upperBound
        while a < b, Self.isSpace(s[a]) { a += 1 }
        while b > a, Self.isSpace(s[b - 1]) { b -= 1 }
        if a < b { spans.append(a..<b) }
    }

    static func isTerminal(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" || c == "\u{2026}" }
    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        c == "\"" || c == "'" || c == "\u{201D}" || c == "\u{2019}" || c == ")" || c == "]"
    }
    // ASCII answers first: Unicode property lookups are slow, and nearly every code point is ASCII.
    static func isOpener(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 {
            let v = c.value
            return v &- 65 < 26 || v &- 48 < 10 || v == 0x22 || v == 0x27 || v == 0x28 || v == 0x5B
        }
        return c.properties.isUppercase || c == "\u{201C}" || c == "\u{2018}"
    }
    static func isSpace(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? c.value == 0x20 || c.value &- 9 < 5 : c.properties.isWhitespace
    }
    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        c.value < 0x80 ? (c.value | 0x20) &- 97 < 26 : c.properties.isAlphabetic
    }
}
