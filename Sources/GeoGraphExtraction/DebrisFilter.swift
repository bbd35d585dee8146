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
    public static func debrisRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var tail = false
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            // Debris lines are short; a long line is prose (unless it lies in a headline tail).
            if i - start > 240 {
                if tail { ranges.append(start..<i) }
                start = i + 1
                continue
            }
            let line = String(String.UnicodeScalarView(scalars[start..<i])).trimmingCharacters(in: .whitespaces).lowercased()
            if !tail, tailMarkers.contains(where: { line == $0 || line.hasPrefix($0 + ":") }) { tail = true }
            if tail || isDebrisLine(line) { ranges.append(start..<i) }
            start = i + 1
        }
        return ranges
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
