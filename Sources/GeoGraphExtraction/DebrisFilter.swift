/// Recognises page debris that is not the article: share/subscribe/translate lines, copyright and
/// "report an error" lines, view counters, timestamps, and everything after a "Read also" /
/// "Latest news" list of unrelated headlines.
public enum DebrisFilter {
    static let tailMarkers = ["read also", "latest news", "related articles", "related news", "more news", "most read",
                              "recommended", "you may also like", "spelling error report", "all news"]
    static let lineMarkers = ["subscribe", "share this", "share on", "translate", "copyright", "©", "all rights reserved",
                              "report an error", "spelling error", "please make active links", "source:", "views politics",
                              "the following text will be sent", "follow us", "sign up"]

    /// The line ranges (code point offsets) that are debris.
    ///
    /// Line breaks are found with `ScalarSearch`, and lines are screened by `mayBeDebris(_:_:)`
    /// before any string is made; both only skip work that would find nothing (callgrind: 1.27 G of
    /// the 21.5 G on the 50 MB corpus before, reading every code point twice).
    public static func debrisRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        scalars.withUnsafeBufferPointer { s in
            var start = 0
            var tail = false
            while start <= s.count {
                let i = ScalarSearch.first("\n", in: s, from: start, to: s.count)
                defer { start = i + 1 }
                // Debris lines are short; a long line is prose (unless it lies in a headline tail).
                if i - start > 240 || tail {
                    if tail { ranges.append(start..<i) }
                    continue
                }
                // Most lines contain no marker at all: rule them out without building the line's string.
                guard mayBeDebris(s, start..<i) else { continue }
                if let line = simpleLine(scalars[start..<i]) {
                    // `line == marker || line.starts(with: marker + ":")`, without making the marker and colon.
                    if asciiTailMarkers.contains(where: { marker in
                        line.starts(with: marker) && (line.count == marker.count || line[marker.count] == UInt8(ascii: ":"))
                    }) { tail = true }
                    if tail || isDebrisLine(ascii: line) { ranges.append(start..<i) }
                    continue
                }
                let line = String(String.UnicodeScalarView(scalars[start..<i])).trimmingCharacters(in: .whitespaces).lowercased()
                if tailMarkers.contains(where: { line == $0 || line.hasPrefix($0 + ":") }) { tail = true }
                if tail || isDebrisLine(line) { ranges.append(start..<i) }
            }
        }
        return ranges
    }

    /// Whether a line may be debris or start a tail; `false` means it is neither.
    ///
    /// A line of ``simpleLine(_:)`` code points 80 or more long (trimmed) can match a marker only at
    /// its start (``isDebrisLine(ascii:)`` looks inside shorter lines only), a timestamp only with a
    /// `:`, a view counter only when its first word is a number: such a line, most of a news page,
    /// is settled by its first letters. Any other line asks ``mayContainMarker(_:)``, which reads
    /// all of it.
    static func mayBeDebris(_ s: UnsafeBufferPointer<Unicode.Scalar>, _ line: Range<Int>) -> Bool {
        var a = line.lowerBound, b = line.upperBound
        while a < b, s[a] == " " || s[a] == "\t" { a += 1 }
        while b > a, s[b - 1] == " " || s[b - 1] == "\t" { b -= 1 }
        guard a < b else { return false }  // spaces and tabs only
        let whole = { mayContainMarker(s[line]) }
        guard b - a >= 80 else { return whole() }
        if ScalarSearch.first(":", in: s, from: a, to: b) < b { return true }
        var k = ScalarSearch.firstNonASCII(in: s, from: a, to: b)
        while k < b {
            if s[k].value == 0xA9 { return true }  // ©, a marker
            if simpleByte(s[k].value) == nil { return whole() }
            k = ScalarSearch.firstNonASCII(in: s, from: k + 1, to: b)
        }
        // A simple line: the view counter's first word (split at spaces and dashes) must be a number.
        var word = a
        while word < b, s[word] == " " || s[word] == "-" { word += 1 }
        if word < b, s[word].value &- 48 < 10 { return whole() }
        let first = lowered(s[a].value)
        guard first < 0x80 else { return false }
        return prefixMarkers[Int(first)].contains { marker in
            b - a >= marker.count && (1..<marker.count).allSatisfy { UInt32(marker[$0]) == lowered(s[a + $0].value) }
        }
    }

    /// A code point with ASCII letters lowercased.
    @inline(__always) static func lowered(_ v: UInt32) -> UInt32 { v &- 65 < 26 ? v + 32 : v }

    /// The ASCII markers a line may start with to be debris or a tail, by their first byte.
    static let prefixMarkers: [[[UInt8]]] = {
        let markers = asciiTailMarkers + asciiLineMarkers.filter { $0.allSatisfy { $0 < 0x80 } }
        return (0..<128).map { byte in markers.filter { $0[0] == byte } }
    }()

    /// The ASCII markers a debris or tail line must contain, with the `views` of a view counter
    /// (a timestamp's `:` and the `©` marker are checked apart).
    static let asciiMarkers: [[UInt8]] = (tailMarkers + lineMarkers + ["views"]).filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        .map { Array($0.utf8) }

    /// The markers of four bytes or more by their first four bytes.
    static let markersByPrefix: [UInt32: [[UInt8]]] = Dictionary(grouping: asciiMarkers.filter { $0.count >= 4 }) {
        $0[0..<4].reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Markers too short for the four-byte filter, searched for plainly.
    static let shortMarkers: [[UInt8]] = asciiMarkers.filter { $0.count < 4 }

    /// One bit per hashed four-byte prefix of a marker: most windows of a line miss it.
    static let prefixFilter: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for prefix in markersByPrefix.keys { bits[Int(filterSlot(prefix) >> 6)] |= 1 << (filterSlot(prefix) & 63) }
        return bits
    }()

    @inline(__always) static func filterSlot(_ window: UInt32) -> UInt32 { (window &* 0x9E37_79B1) >> 16 }

    /// Whether the line, lowercased, may contain a marker; `false` means it is not debris.
    ///
    /// The check runs on ASCII letters lowercased, a window of four bytes at a time. A non-ASCII code
    /// point stands for none of the markers' letters: `contains` matches whole characters, so an
    /// accented letter (`é`, `e` and an accent) never ends or starts a match. The exceptions are those
    /// that are or lowercase to ASCII characters (the Kelvin sign, `;`-like and `` ` ``-like signs;
    /// `İ`, lowercased `i` and a dot): for them, and for `©`, itself a marker, the answer is yes and
    /// the line gets the full check.
    static func mayContainMarker(_ line: Slice<UnsafeBufferPointer<Unicode.Scalar>>) -> Bool {
        let s = line.base
        return prefixFilter.withUnsafeBufferPointer { filter in
            // Four stand-ins for non-ASCII code points, which begin no marker: no check until four
            // code points are read.
            var window: UInt32 = 0x8080_8080
            var i = line.startIndex
            while i < line.endIndex {
                let v = s[i].value
                var byte: UInt32 = 0x80
                if v < 0x80 {
                    byte = lowered(v)
                    if byte == 0x3A { return true }  // ':'
                } else {
                    switch v {
                    case 0xA9, 0x130, 0x37E, 0x1FEF, 0x212A: return true
                    case 0x80...0x24F, 0x1E00...0x1EFF, 0x2000...0x205F: break  // Latin letters, general punctuation
                    default: if s[i].properties.lowercaseMapping.unicodeScalars.contains(where: \.isASCII) { return true }
                    }
                }
                window = window << 8 | byte
                i += 1
                let slot = filterSlot(window)
                if filter[Int(slot >> 6)] & (1 << (slot & 63)) != 0, let markers = markersByPrefix[window] {
                    let start = i - 4
                    for marker in markers where start + marker.count <= line.endIndex {
                        var k = 4  // the window matched the first four
                        while k < marker.count, UInt32(marker[k]) == lowered(s[start + k].value) { k += 1 }
                        if k == marker.count { return true }
                    }
                }
            }
            for marker in shortMarkers where line.count >= marker.count {
                for start in line.startIndex...(line.endIndex - marker.count)
                where zip(marker, s[start...]).allSatisfy({ UInt32($0) == lowered($1.value) }) {
                    return true
                }
            }
            return false
        }
    }

    // MARK: Simple lines, as bytes

    static let asciiTailMarkers = tailMarkers.map { Array($0.utf8) }
    /// The line markers as ``simpleLine(_:)`` spells them (`©` included, as its byte).
    static let asciiLineMarkers = lineMarkers.compactMap { marker -> [UInt8]? in
        var bytes: [UInt8] = []
        for c in marker.unicodeScalars {
            guard let byte = simpleByte(c.value) else { return nil }
            bytes.append(byte)
        }
        return bytes
    }

    /// The one byte that stands for a code point of a simple line: ASCII as itself, `©` and the
    /// general punctuation (dashes, quotes, bullets, ellipsis, per mille, primes, …) as bytes from
    /// 0x80; `nil` for any other. None of those is white space, a letter, a digit or a part of
    /// another character, and each lowercases to itself: a line of them has one character per code
    /// point, and its string and these bytes answer every test of ``isDebrisLine(_:)`` alike.
    @inline(__always) static func simpleByte(_ v: UInt32) -> UInt8? {
        switch v {
        case 0..<0x80: return UInt8(truncatingIfNeeded: v)
        case 0xA9: return 0x80
        case 0x2010...0x2027: return UInt8(truncatingIfNeeded: 0x81 + (v - 0x2010))
        case 0x2030...0x205E: return UInt8(truncatingIfNeeded: 0x81 + 0x18 + (v - 0x2030))
        default: return nil
        }
    }

    /// A line of ASCII and the code points of ``simpleByte(_:)``, as
    /// `trimmingCharacters(in: .whitespaces).lowercased()` gives it, one byte per code point (for
    /// such a line, `.whitespaces` is the space and the tab); `nil` for any other line.
    static func simpleLine(_ scalars: ArraySlice<Unicode.Scalar>) -> [UInt8]? {
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
        while end > start, scalars[end - 1] == " " || scalars[end - 1] == "\t" { end -= 1 }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        for c in scalars[start..<end] {
            guard let byte = simpleByte(c.value) else { return nil }
            bytes.append(byte &- 65 < 26 ? byte + 32 : byte)
        }
        return bytes
    }

    /// ``isDebrisLine(_:)`` for a trimmed, lowercased line of ``simpleLine(_:)``'s bytes: one
    /// character per byte, the markers plain substrings, the digits `0`-`9` the only numbers.
    static func isDebrisLine(ascii line: [UInt8]) -> Bool {
        if line.isEmpty { return false }
        func contains(_ marker: [UInt8]) -> Bool {
            guard marker.count <= line.count else { return false }
            return line.withUnsafeBufferPointer { line in
                (0...(line.count - marker.count)).contains { start in
                    line[start] == marker[0] && (1..<marker.count).allSatisfy { line[start + $0] == marker[$0] }
                }
            }
        }
        if asciiLineMarkers.contains(where: { line.starts(with: $0) || (line.count < 80 && contains($0)) }) { return true }
        let words = line.split(whereSeparator: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "-") })
        func isDigit(_ b: UInt8) -> Bool { b &- UInt8(ascii: "0") < 10 }
        if words.count <= 6, words.contains(where: { $0.contains(UInt8(ascii: ":")) && $0.allSatisfy { isDigit($0) || $0 == UInt8(ascii: ":") } }) {
            return true
        }
        if words.count <= 4, words.first?.allSatisfy(isDigit) == true, contains(Array("views".utf8)) { return true }
        return false
    }

    static func isDebrisLine(_ line: String) -> Bool {
        if line.isEmpty { return false }
        if lineMarkers.contains(where: { line.hasPrefix($0) || (line.count < 80 && line.contains($0)) }) { return true }
        // "26 September 2023 - 10:35", "16 May 2023 - 11:48": a timestamp line.
        let words = line.split(whereSeparator: { $0 == " " || $0 == "-" })
        if words.count <= 6, words.contains(where: { $0.contains(":") && $0.allSatisfy { $0.isNumber || $0 == ":" } }) { return true }
        if words.count <= 4, words.first?.allSatisfy(\.isNumber) == true, line.contains("views") { return true }
        return false
    }
}

import Foundation
