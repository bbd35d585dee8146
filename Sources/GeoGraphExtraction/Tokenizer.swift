/// A word of a sentence with its code point offsets in the document.
public struct Token: Sendable, Hashable {
    /// The text as written.
    public var text: String
    /// Lowercased, curly apostrophes straightened, a trailing possessive `'s` removed.
    public var key: String { didSet { keyCode = WordCode.of(key) } }
    /// Lowercased, curly apostrophes straightened (the possessive kept).
    public var lower: String { didSet { lowerCode = WordCode.of(lower) } }
    /// Whether the word ended in a possessive `'s` (or `s'`).
    public var isPossessive: Bool
    /// Offsets in the document, end exclusive.
    public var start: Int
    public var end: Int
    /// The ``WordCode``s of `key` and `lower`, computed once with them so that matching hashes
    /// no word again.
    private(set) var keyCode: UInt64
    private(set) var lowerCode: UInt64

    init(text: String, key: String, lower: String, isPossessive: Bool, start: Int, end: Int) {
        self.init(text: text, key: key, lower: lower, isPossessive: isPossessive, start: start, end: end,
                  keyCode: WordCode.of(key), lowerCode: WordCode.of(lower))
    }

    /// - Precondition: the codes are those of `key` and `lower`.
    init(text: String, key: String, lower: String, isPossessive: Bool, start: Int, end: Int, keyCode: UInt64,
         lowerCode: UInt64) {
        self.text = text
        self.key = key
        self.lower = lower
        self.isPossessive = isPossessive
        self.start = start
        self.end = end
        self.keyCode = keyCode
        self.lowerCode = lowerCode
    }

    /// Whether the word starts with an uppercase letter.
    public var isCapitalised: Bool {
        guard let c = text.unicodeScalars.first else { return false }
        return c.isASCII ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
    }
}

/// Splits text into words: runs of letters and digits, keeping inner hyphens, apostrophes and the dots
/// of acronyms (`U.S.`, `Kassym-Jomart`, `D'Anieri`); punctuation is dropped.
///
/// Words of ASCII letters (and the curly apostrophe) — nearly all of them in English news — get their
/// three strings from UTF-8 bytes, the lowercase one shared with the text when the word has no capital;
/// other words go through Unicode case mapping.
public enum Tokenizer {
    public static func tokens(_ scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        var bytes: [UInt8] = []  // the current word's UTF-8, reused
        bytes.reserveCapacity(32)
        var i = scalars.startIndex
        while i < scalars.endIndex {
            guard isWord(scalars[i]) else { i += 1; continue }
            let start = i
            var j = i + 1
            while j < scalars.endIndex {
                let c = scalars[j]
                if isWord(c) { j += 1; continue }
                let joiner = c == "-" || c == "'" || c == "\u{2019}" || c == "."
                if joiner, j + 1 < scalars.endIndex, isWord(scalars[j + 1]) {
                    // A dot joins only acronym letters (U.S), not sentences.
                    if c == ".", !(j - start <= 2 || scalars[j - 2] == ".") { break }
                    j += 2
                    continue
                }
                if c == ".", j - start == 1, scalars[start].value >= 65, scalars[start].value <= 90 { j += 1; continue }  // the final dot of U.S.
                break
            }
            let apostropheFollows = j < scalars.endIndex && (scalars[j] == "'" || scalars[j] == "\u{2019}")
            tokens.append(asciiToken(scalars, start, j, apostropheFollows: apostropheFollows, bytes: &bytes)
                ?? unicodeToken(scalars, start, j, apostropheFollows: apostropheFollows))
            i = j
        }
        return tokens
    }

    @inline(__always) static func isWord(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        if v < 0x80 { return (v | 0x20) &- 97 < 26 || v &- 48 < 10 }
        return c.properties.isAlphabetic
    }

    /// The token of `scalars[start..<end]` when it is ASCII but for curly apostrophes, else `nil`.
    /// Such a word has one character per code point, so counts and suffixes are byte arithmetic.
    @inline(__always)
    static func asciiToken(_ scalars: ArraySlice<Unicode.Scalar>, _ start: Int, _ end: Int, apostropheFollows: Bool,
                           bytes: inout [UInt8]) -> Token? {
        var last = end
        if scalars[end - 1] == ".", end - start > 2 { last -= 1 }  // never happens: a word ends in a dot only as "J."
        bytes.removeAll(keepingCapacity: true)
        var plain = true  // no capital, no curly apostrophe: the lowercase form is the text
        for k in start..<last {
            let v = scalars[k].value
            if v < 0x80 {
                bytes.append(UInt8(truncatingIfNeeded: v))
                if v &- 65 < 26 { plain = false }
            } else if v == 0x2019 {
                bytes.append(0xE2)
                bytes.append(0x80)
                bytes.append(0x99)
                plain = false
            } else {
                return nil
            }
        }
        let text = String(decoding: bytes, as: UTF8.self)
        var lower = text
        if !plain {
            // Fold in place: capitals to lowercase, each curly apostrophe's three bytes to one `'`.
            var read = 0, write = 0
            while read < bytes.count {
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
            bytes.removeLast(bytes.count - write)
            lower = String(decoding: bytes, as: UTF8.self)
        }
        var key = lower
        var possessive = false
        let n = bytes.count  // of `lower` now
        // The codes of `lower` and of `lower` less two bytes, for a possessive's key.
        var lowerCode = WordCode.basis, shortCode = lowerCode
        for k in 0..<n {
            if k == n - 2 { shortCode = lowerCode }
            lowerCode = WordCode.adding(bytes[k], to: lowerCode)
        }
        lowerCode = WordCode.finished(lowerCode)
        var keyCode = lowerCode
        if n >= 2, bytes[n - 2] == UInt8(ascii: "'"), bytes[n - 1] == UInt8(ascii: "s") {
            key = String(decoding: bytes[..<(n - 2)], as: UTF8.self)
            keyCode = WordCode.finished(shortCode)
            possessive = true
        } else if apostropheFollows, bytes[n - 1] == UInt8(ascii: "s") {
            possessive = true
        }
        return Token(text: text, key: key, lower: lower, isPossessive: possessive, start: start, end: end, keyCode: keyCode,
                     lowerCode: lowerCode)
    }

    /// The token of `scalars[start..<end]` by Unicode rules (characters, case mapping).
    static func unicodeToken(_ scalars: ArraySlice<Unicode.Scalar>, _ start: Int, _ end: Int,
                             apostropheFollows: Bool) -> Token {
        var text = String(String.UnicodeScalarView(scalars[start..<end]))
        if text.hasSuffix("."), text.count > 2 { text.removeLast() }
        let lower = Tokenizer.fold(text)
        var key = lower
        var possessive = false
        if key.hasSuffix("'s") {
            key.removeLast(2)
            possessive = true
        } else if apostropheFollows, key.hasSuffix("s") {
            possessive = true
        }
        return Token(text: text, key: key, lower: lower, isPossessive: possessive, start: start, end: end)
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
            if c == "\u{2019}" {
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
