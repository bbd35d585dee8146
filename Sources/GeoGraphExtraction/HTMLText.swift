import Foundation

/// Turns HTML into the text a reader sees: scripts and styles removed, block elements as line
/// breaks, tags stripped, entities decoded.
///
/// The rules are those of ``plainText(_:)``, written over characters (case-insensitive search,
/// grapheme clusters). A page whose code points cannot make those differ from plain code point
/// arithmetic — no combining marks or other code points that join a cluster, no letter that folds or
/// decomposes into ASCII where a tag name is searched — is converted code point by code point, many
/// times faster; any other page takes the character path.
public enum HTMLText {
    static let removedBlocks = ["script", "style", "head", "noscript"]
    static let blockElements: Set<String> = ["p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section",
                                             "article", "ul", "ol"]

    public static func plainText(_ html: String) -> String {
        if let scalars = plainScalars(Array(html.unicodeScalars)) { return String(String.UnicodeScalarView(scalars)) }
        return characterPlainText(html)
    }

    /// The plain text of `html`'s code points, as ``plainText(_:)`` gives it.
    static func plainText(scalars html: [Unicode.Scalar]) -> [Unicode.Scalar] {
        plainScalars(html) ?? Array(characterPlainText(String(String.UnicodeScalarView(html))).unicodeScalars)
    }

    /// ``plainText(_:)`` by character rules.
    static func characterPlainText(_ html: String) -> String {
        var text = html
        for block in removedBlocks {
            while let open = text.range(of: "<\(block)", options: .caseInsensitive),
                  let close = text.range(of: "</\(block)>", options: .caseInsensitive, range: open.upperBound..<text.endIndex) {
                text.removeSubrange(open.lowerBound..<close.upperBound)
            }
        }
        var out = ""
        var inTag = false
        var tag = ""
        for c in text {
            if inTag {
                if c == ">" {
                    inTag = false
                    if blockElements.contains(tagName(tag)) { out += "\n" }
                } else {
                    tag.append(c)
                }
            } else if c == "<" {
                inTag = true
                tag = ""
            } else {
                out.append(c)
            }
        }
        return decodeEntities(out)
    }

    /// The element name of a tag's inside (`p class="x"` → `p`, `/div` → `div`), lowercased.
    static func tagName(_ tag: String) -> String {
        String(tag.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "/ ")).split(separator: " ").first ?? "")
    }

    // MARK: Code point by code point

    /// ``plainText(_:)`` over code points, or `nil` when the page holds a code point that could make
    /// character rules answer differently.
    static func plainScalars(_ html: [Unicode.Scalar]) -> [Unicode.Scalar]? {
        let inert = html.withUnsafeBufferPointer { s in
            var i = ScalarSearch.firstNonASCII(in: s, from: 0, to: s.count)
            while i < s.count {
                guard isInert(s[i]) else { return false }
                i = ScalarSearch.firstNonASCII(in: s, from: i + 1, to: s.count)
            }
            return true
        }
        guard inert else { return nil }
        do { return try scalarPlainText(html) } catch { return nil }
    }

    /// The code point rules of ``plainText(_:)``: the removed blocks cut out, then the tags, then
    /// the entities decoded.
    ///
    /// Each step jumps from one `<`, `>` or `&` to the next with ``ScalarSearch`` and copies the
    /// text between them whole; the same, code point by code point, as the state machine of
    /// ``characterPlainText(_:)`` (callgrind: 110 instructions a code point before, 42.6 M on the
    /// 384 kB of HTML in bench3).
    private static func scalarPlainText(_ html: [Unicode.Scalar]) throws(Unsure) -> [Unicode.Scalar] {
        // The page with the blocks so far removed is `text[offset...]`: a block near the start (the
        // head) is removed by moving what lies before it, not the whole page after it.
        var text = html
        var offset = 0
        for block in removedBlocks {
            let open = Array("<\(block)".utf8), close = Array("</\(block)>".utf8)
            var from = 0
            while true {
                let found = text.withUnsafeBufferPointer { all -> (start: Match, end: Match) in
                    let page = UnsafeBufferPointer(rebasing: all[offset...])
                    let start = find(open, in: page, from: from)
                    guard case .at(let at) = start else { return (start, .none) }
                    return (start, find(close, in: page, from: at + open.count))
                }
                if case .unsure = found.start { throw Unsure() }
                guard case .at(let start) = found.start else { break }
                if case .unsure = found.end { throw Unsure() }
                guard case .at(let end) = found.end else { break }
                remove((offset + start)..<(offset + end + close.count), from: &text, offset: &offset)
                // No match starts before `start`, but one may now run into the joined text.
                from = max(0, start - close.count)
            }
        }
        let stripped = text.withUnsafeBufferPointer { all in
            let t = UnsafeBufferPointer(rebasing: all[offset...])
            // Each tag takes its `<` and `>` and gives at most a line break: never more code points out than in.
            return [Unicode.Scalar](unsafeUninitializedCapacity: t.count) { out, written in
                var w = 0
                var i = 0
                while i < t.count {
                    let open = ScalarSearch.first("<", in: t, from: i, to: t.count)
                    if open > i {
                        _ = UnsafeMutableBufferPointer(rebasing: out[w..<(w + open - i)]).initialize(from: t[i..<open])
                        w += open - i
                    }
                    guard open < t.count else { break }
                    let close = ScalarSearch.first(">", in: t, from: open + 1, to: t.count)
                    guard close < t.count else { break }  // a tag left open takes the rest
                    if isBlockElement(t, (open + 1)..<close) {
                        out.initializeElement(at: w, to: "\n")
                        w += 1
                    }
                    i = close + 1
                }
                written = w
            }
        }
        return decodeEntities(scalars: stripped)
    }

    /// Removes `range` from the page `text[offset...]`, moving the shorter side: the code points
    /// before it up (and `offset` past them) or those after it down (callgrind: the generic
    /// `removeSubrange` took 47 k instructions for each block removed, mostly a head at the start).
    static func remove(_ range: Range<Int>, from text: inout [Unicode.Scalar], offset: inout Int) {
        text.withUnsafeMutableBufferPointer { t in
            guard let base = t.baseAddress else { return }
            if range.lowerBound - offset <= t.count - range.upperBound {
                (base + offset + range.count).update(from: base + offset, count: range.lowerBound - offset)
            } else {
                (base + range.lowerBound).update(from: base + range.upperBound, count: t.count - range.upperBound)
            }
        }
        if range.lowerBound - offset <= text.count - range.upperBound {
            offset += range.count
        } else {
            text.removeLast(range.count)
        }
    }

    /// A page on which case-insensitive search might match by folding non-ASCII letters.
    struct Unsure: Error {}

    /// Where `pattern` (lowercase ASCII, starting with `<`) first matches `text` at or after `from`,
    /// ignoring ASCII case; ``Match/unsure`` when a candidate position reaches a non-ASCII code
    /// point before it fails.
    ///
    /// Candidates are the `<`s, found with ``ScalarSearch``: the same as trying every position.
    static func find(_ pattern: [UInt8], in t: UnsafeBufferPointer<Unicode.Scalar>, from: Int) -> Match {
        var i = from
        while true {
            i = ScalarSearch.first("<", in: t, from: i, to: t.count)
            guard i + pattern.count <= t.count else { break }
            var k = 1
            while k < pattern.count {
                let v = t[i + k].value
                guard v < 0x80 else { return .unsure }
                if (v &- 65 < 26 ? v + 32 : v) != UInt32(pattern[k]) { break }
                k += 1
            }
            if k == pattern.count { return .at(i) }
            i += 1
        }
        // A candidate cut short by the end of the text: only ASCII could have matched it. The
        // first such `<` has the longest rest after it.
        if i < t.count, ScalarSearch.firstNonASCII(in: t, from: i + 1, to: t.count) < t.count { return .unsure }
        return .none
    }

    /// What ``find(_:in:from:)`` finds: a match, none, or a page to convert by characters.
    enum Match { case at(Int), none, unsure }

    /// Whether a non-ASCII code point behaves as one character of its own that case-insensitive
    /// matching folds to no ASCII letter: letters, digits, punctuation, symbols and spaces. Marks,
    /// format and modifier characters (which join a grapheme cluster), other letters (Hangul jamo,
    /// prepended Indic signs), regional indicators (paired into flags) and the two symbols
    /// decomposing to `<` or `>` are not.
    static func isInert(_ c: Unicode.Scalar) -> Bool {
        if c.value == 0x226E || c.value == 0x226F || (0x1F1E6...0x1F1FF).contains(c.value) { return false }  // ≮ ≯, flags
        switch c.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .decimalNumber, .letterNumber, .otherNumber,
             .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .mathSymbol, .currencySymbol, .otherSymbol, .spaceSeparator:
            return true
        default:
            return false
        }
    }

    /// Whether a tag's inside names a block element, as ``tagName(_:)`` reads it.
    ///
    /// An ASCII name is compared as a number (its bytes and length, ``blockElementKeys``), not as a string.
    static func isBlockElement(_ t: UnsafeBufferPointer<Unicode.Scalar>, _ tag: Range<Int>) -> Bool {
        guard ScalarSearch.firstNonASCII(in: t, from: tag.lowerBound, to: tag.upperBound) == tag.upperBound else {
            return blockElements.contains(tagName(String(String.UnicodeScalarView(t[tag]))))
        }
        var start = tag.lowerBound, end = tag.upperBound
        while start < end, t[start] == "/" || t[start] == " " { start += 1 }
        while end > start, t[end - 1] == "/" || t[end - 1] == " " { end -= 1 }
        var key: UInt64 = 0
        var nameEnd = start
        while nameEnd < end, t[nameEnd] != " " {
            guard nameEnd - start < 7 else { return false }
            let v = t[nameEnd].value
            key = key << 8 | UInt64(v &- 65 < 26 ? v + 32 : v)
            nameEnd += 1
        }
        return blockElementKeys.contains(key | UInt64(nameEnd - start) << 56)
    }

    /// The block element names, each as its bytes (the first highest) and its length in the top byte.
    static let blockElementKeys: [UInt64] = blockElements.map { name in
        name.utf8.reduce(0) { $0 << 8 | UInt64($1) } | UInt64(name.utf8.count) << 56
    }

    // MARK: Entities

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "mdash": "—", "ndash": "–",
        "rsquo": "\u{2019}", "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}", "hellip": "…",
    ]

    public static func decodeEntities(_ text: String) -> String {
        var out = ""
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "&", let semi = text[i...].prefix(12).firstIndex(of: ";") {
                if let replacement = entity(String(text[text.index(after: i)..<semi])) {
                    out += replacement
                    i = text.index(after: semi)
                    continue
                }
            }
            out.append(text[i])
            i = text.index(after: i)
        }
        return out
    }

    /// The text an entity's body (`amp`, `#8217`, `#x2019`) stands for, if it is one.
    static func entity(_ body: String) -> String? {
        if body.hasPrefix("#x") || body.hasPrefix("#X") {
            return UInt32(body.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        } else if body.hasPrefix("#") {
            return UInt32(body.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        return named[body]
    }

    /// The string of some code points; an ASCII one (an entity's body nearly always) written
    /// byte by byte, without the generic `String.UnicodeScalarView` append (callgrind: 15 k
    /// instructions an entity).
    static func string(_ scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> String {
        guard scalars.allSatisfy(\.isASCII) else { return String(String.UnicodeScalarView(scalars)) }
        return String(unsafeUninitializedCapacity: scalars.count) { bytes in
            for (k, c) in scalars.enumerated() { bytes[k] = UInt8(truncatingIfNeeded: c.value) }
            return scalars.count
        }
    }

    /// ``decodeEntities(_:)`` over code points that are each a character of their own (but CR LF,
    /// one character of two). The text between two `&`s is copied whole.
    static func decodeEntities(scalars text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        text.withUnsafeBufferPointer { t in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(t.count)
            var copied = 0  // the text before this is in `out`
            var i = ScalarSearch.first("&", in: t, from: 0, to: t.count)
            while i < t.count {
                // The first `;` among the 12 characters from the `&` on.
                var k = i + 1, characters = 1
                while k < t.count, characters < 12, t[k] != ";" {
                    k += t[k] == "\r" && k + 1 < t.count && t[k + 1] == "\n" ? 2 : 1
                    characters += 1
                }
                if k < t.count, characters < 12, t[k] == ";",
                   let replacement = entity(string(t[(i + 1)..<k])) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: t[copied..<i]))
                    out.append(contentsOf: replacement.unicodeScalars)
                    copied = k + 1
                    i = ScalarSearch.first("&", in: t, from: k + 1, to: t.count)
                } else {
                    i = ScalarSearch.first("&", in: t, from: i + 1, to: t.count)
                }
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: t[copied..<t.count]))
            return out
        }
    }
}
