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

    /// UTF-8 length of the longest abbreviation.
    static let longestAbbreviation = abbreviations.map(\.utf8.count).max() ?? 0
    /// The ``WordCode``s of the ASCII words equal to an abbreviation.
    static let abbreviationCodes: [UInt64] = abbreviations.compactMap { WordIndex<Int>.asciiEquivalent(of: $0) }.map(WordCode.of)

    public init() {}

    /// The sentence spans of `scalars`, as code point offsets.
    /// - Complexity: O(*n*).
    public func split(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        // Every code point of every document passes here: read through a buffer, without the index
        // checks of the array.
        scalars.withUnsafeBufferPointer { s in
            var lineStart = 0
            let n = s.count
            var i = 0
            while i <= n {
                if i == n || s[i] == "\n" {
                    splitLine(s, lineStart..<i, into: &spans)
                    lineStart = i + 1
                }
                i += 1
            }
        }
        return spans
    }

    /// The sentence spans of `text`.
    public func split(_ text: String) -> [Range<Int>] { split(Array(text.unicodeScalars)) }

    private func splitLine(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ line: Range<Int>, into spans: inout [Range<Int>]) {
        var start = line.lowerBound
        var i = line.lowerBound
        while i < line.upperBound {
            // Letters and most signs lie above `?` (and are not `…`): one comparison rules them out.
            let v = s[i].value
            guard v <= 0x3F || v == 0x2026, Self.isTerminal(s[i]) else { i += 1; continue }
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
            i = max(end, i + 1)
        }
        emit(s, start..<line.upperBound, into: &spans)
    }

    private func isAbbreviation(_ s: UnsafeBufferPointer<Unicode.Scalar>, dotAt dot: Int, lineStart: Int) -> Bool {
        var k = dot
        while k > lineStart, Self.isLetter(s[k - 1]) || s[k - 1] == "." { k -= 1 }
        if s[k..<dot].allSatisfy(\.isASCII) {
            // The same tests on code points; only a short word needs its string, for the list.
            if k == dot { return false }
            if s[k..<dot].contains(".") { return true }
            if dot - k == 1, s[k].value &- 65 < 26 { return true }
            guard dot - k <= Self.longestAbbreviation else { return false }
            // The word's code first: most words are no abbreviation, and need no string.
            let code = WordCode.finished(s[k..<dot].reduce(WordCode.basis) { WordCode.adding(UInt8(truncatingIfNeeded: $1.value), to: $0) })
            return Self.abbreviationCodes.contains(code) && Self.abbreviations.contains(String(String.UnicodeScalarView(s[k..<dot])))
        }
        let word = String(String.UnicodeScalarView(s[k..<dot]))
        if word.isEmpty { return false }
        if Self.abbreviations.contains(word) { return true }
        if word.contains(".") { return true }  // U.S, e.g, i.e
        if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return true }
        return false
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
