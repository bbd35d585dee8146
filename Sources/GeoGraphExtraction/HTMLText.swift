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
        for c in html where c.value >= 0x80 {
            guard isInert(c) else { return nil }
        }
        do { return try scalarPlainText(html) } catch { return nil }
    }

    private static func scalarPlainText(_ html: [Unicode.Scalar]) throws(Unsure) -> [Unicode.Scalar] {
        var text = html
        for block in removedBlocks {
            let open = Array("<\(block)".utf8), close = Array("</\(block)>".utf8)
            var from = 0
            while true {
                guard case .at(let start) = try find(open, in: text, from: from),
                      case .at(let end) = try find(close, in: text, from: start + open.count) else { break }
                text.removeSubrange(start..<(end + close.count))
                // No match starts before `start`, but one may now run into the joined text.
                from = max(0, start - close.count)
            }
        }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        var inTag = false
        var tagStart = 0
        for (i, c) in text.enumerated() {
            if inTag {
                if c == ">" {
                    inTag = false
                    if isBlockElement(text[tagStart..<i]) { out.append("\n") }
                }
            } else if c == "<" {
                inTag = true
                tagStart = i + 1
            } else {
                out.append(c)
            }
        }
        return decodeEntities(scalars: out)
    }

    /// A page on which case-insensitive search might match by folding non-ASCII letters.
    struct Unsure: Error {}

    /// Where `pattern` (lowercase ASCII, starting with `<`) first matches `text` at or after `from`,
    /// ignoring ASCII case.
    /// - Throws: ``Unsure`` when a candidate position reaches a non-ASCII code point before it fails.
    static func find(_ pattern: [UInt8], in text: [Unicode.Scalar], from: Int) throws(Unsure) -> Match {
        var i = from
        while i + pattern.count <= text.count {
            if text[i].value == UInt32(pattern[0]) {
                var k = 1
                while k < pattern.count {
                    let v = text[i + k].value
                    guard v < 0x80 else { throw Unsure() }
                    if (v &- 65 < 26 ? v + 32 : v) != UInt32(pattern[k]) { break }
                    k += 1
                }
                if k == pattern.count { return .at(i) }
            }
            i += 1
        }
        // A candidate cut short by the end of the text: only ASCII could have matched it.
        while i < text.count {
            if text[i].value == UInt32(pattern[0]), text[(i + 1)...].contains(where: { $0.value >= 0x80 }) { throw Unsure() }
            i += 1
        }
        return .none
    }

    enum Match { case at(Int), none }

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
    static func isBlockElement(_ tag: ArraySlice<Unicode.Scalar>) -> Bool {
        guard tag.allSatisfy(\.isASCII) else { return blockElements.contains(tagName(String(String.UnicodeScalarView(tag)))) }
        var start = tag.startIndex, end = tag.endIndex
        while start < end, tag[start] == "/" || tag[start] == " " { start += 1 }
        while end > start, tag[end - 1] == "/" || tag[end - 1] == " " { end -= 1 }
        var nameEnd = start
        while nameEnd < end, tag[nameEnd] != " " { nameEnd += 1 }
        guard nameEnd - start <= 7 else { return false }
        let name = String(decoding: tag[start..<nameEnd].map { UInt8(truncatingIfNeeded: $0.value &- 65 < 26 ? $0.value + 32 : $0.value) },
                          as: UTF8.self)
        return blockElements.contains(name)
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

    /// ``decodeEntities(_:)`` over code points that are each a character of their own (but CR LF,
    /// one character of two).
    static func decodeEntities(scalars text: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(text.count)
        var i = 0
        while i < text.count {
            if text[i] == "&" {
                // The first `;` among the 12 characters from the `&` on.
                var k = i + 1, characters = 1
                while k < text.count, characters < 12, text[k] != ";" {
                    k += text[k] == "\r" && k + 1 < text.count && text[k + 1] == "\n" ? 2 : 1
                    characters += 1
                }
                if k < text.count, characters < 12, text[k] == ";",
                   let replacement = entity(String(String.UnicodeScalarView(text[(i + 1)..<k]))) {
                    out.append(contentsOf: replacement.unicodeScalars)
                    i = k + 1
                    continue
                }
            }
            out.append(text[i])
            i += 1
        }
        return out
    }
}
