/// A word of a sentence with its code point offsets in the document.
public struct Token: Sendable, Hashable {
    /// The text as written.
    public var text: String
    /// Lowercased, curly apostrophes straightened, a trailing possessive `'s` removed.
    public var key: String
    /// Lowercased, curly apostrophes straightened (the possessive kept).
    public var lower: String
    /// Whether the word ended in a possessive `'s` (or `s'`).
    public var isPossessive: Bool
    /// Offsets in the document, end exclusive.
    public var start: Int
    public var end: Int

    /// Whether the word starts with an uppercase letter.
    public var isCapitalised: Bool {
        guard let c = text.unicodeScalars.first else { return false }
        return c.isASCII ? (c.value >= 65 && c.value <= 90) : c.properties.isUppercase
    }
}

/// Splits text into words: runs of letters and digits, keeping inner hyphens, apostrophes and the dots
/// of acronyms (`U.S.`, `Kassym-Jomart`, `D'Anieri`); punctuation is dropped.
public enum Tokenizer {
    public static func tokens(_ scalars: ArraySlice<Unicode.Scalar>) -> [Token] {
        var tokens: [Token] = []
        var i = scalars.startIndex
        @inline(__always) func isWord(_ c: Unicode.Scalar) -> Bool {
            if c.isASCII {
                let v = c.value
                return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57)
            }
            return c.properties.isAlphabetic
        }
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
            var text = String(String.UnicodeScalarView(scalars[start..<j]))
            if text.hasSuffix("."), text.count > 2 { text.removeLast() }
            let lower = Tokenizer.fold(text)
            var key = lower
            var possessive = false
            if key.hasSuffix("'s") {
                key.removeLast(2)
                possessive = true
            } else if j < scalars.endIndex, scalars[j] == "'" || scalars[j] == "\u{2019}", key.hasSuffix("s") {
                possessive = true
            }
            tokens.append(Token(text: text, key: key, lower: lower, isPossessive: possessive, start: start, end: j))
            i = j
        }
        return tokens
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
