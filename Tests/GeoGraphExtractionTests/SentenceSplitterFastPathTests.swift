import Foundation
import Testing
@testable import GeoGraphExtraction

extension Reference {
    /// The sentence splitter before it read documents through a buffer and jumped from mark to
    /// mark: every code point tested in turn, every abbreviation asked as a string.
    enum Sentences {
        static func split(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
            var spans: [Range<Int>] = []
            var lineStart = 0
            let n = scalars.count
            var i = 0
            while i <= n {
                if i == n || scalars[i] == "\n" {
                    splitLine(scalars, lineStart..<i, into: &spans)
                    lineStart = i + 1
                }
                i += 1
            }
            return spans
        }

        static func splitLine(_ s: [Unicode.Scalar], _ line: Range<Int>, into spans: inout [Range<Int>]) {
            var start = line.lowerBound
            var i = line.lowerBound
            while i < line.upperBound {
                guard SentenceSplitter.isTerminal(s[i]) else { i += 1; continue }
                var end = i
                while end < line.upperBound, SentenceSplitter.isTerminal(s[end]) { end += 1 }
                let loneDot = s[i] == "." && end - i == 1
                while end < line.upperBound, SentenceSplitter.isClosing(s[end]) { end += 1 }
                // end is one past the sentence's last mark; a break needs space, then a sentence opener.
                var next = end
                while next < line.upperBound, SentenceSplitter.isSpace(s[next]) { next += 1 }
                let hasSpace = next > end
                if hasSpace, next < line.upperBound, SentenceSplitter.isOpener(s[next]),
                   !(loneDot && isAbbreviation(s, dotAt: i, lineStart: line.lowerBound)) {
                    emit(s, start..<end, into: &spans)
                    start = next
                }
                i = max(end, i + 1)
            }
            emit(s, start..<line.upperBound, into: &spans)
        }

        static func isAbbreviation(_ s: [Unicode.Scalar], dotAt dot: Int, lineStart: Int) -> Bool {
            var k = dot
            while k > lineStart, SentenceSplitter.isLetter(s[k - 1]) || s[k - 1] == "." { k -= 1 }
            let word = String(String.UnicodeScalarView(s[k..<dot]))
            if word.isEmpty { return false }
            if SentenceSplitter.abbreviations.contains(word) { return true }
            if word.contains(".") { return true }  // U.S, e.g, i.e
            if word.unicodeScalars.count == 1, word.unicodeScalars.first!.properties.isUppercase { return true }
            return false
        }

        static func emit(_ s: [Unicode.Scalar], _ range: Range<Int>, into spans: inout [Range<Int>]) {
            var a = range.lowerBound, b = range.upperBound
            while a < b, SentenceSplitter.isSpace(s[a]) { a += 1 }
            while b > a, SentenceSplitter.isSpace(s[b - 1]) { b -= 1 }
            if a < b { spans.append(a..<b) }
        }

    }
}

@Suite struct SentenceSplitterFastPathTests {
    static let pieces = ["Russia", "the", "talks", "Mr", "Dr", "Jan", "U.S", "e.g", "J", "A", "x", "1990", "Öl", "Éva", "élan",
                         "İ", ".", ".", ".", "!", "?", "…", "...", "\"", "'", "\u{201D}", "\u{2019}", ")", "]", " ", " ", " ",
                         "  ", "\t", "\u{00A0}", "\u{2009}", "\n", "\n\n", "\u{201C}", "\u{2018}", "(", "[", ",", ";", "-", "\u{2014}",
                         "e\u{301}", "\r\n"]

    @Test func spansMatchTheArraySplitterOnGeneratedText() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<5_000 {
            let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            let scalars = Array(text.unicodeScalars)
            #expect(SentenceSplitter().split(scalars) == Reference.Sentences.split(scalars), "\(text.debugDescription)")
        }
    }

    @Test func spansMatchTheArraySplitterOnLongGeneratedText() {
        var generator = SystemRandomNumberGenerator()
        let words = Self.pieces + SentenceSplitter.abbreviations.sorted() + ["Mrs.", "U.S.", "No.", "Sept.", "Prof.", "Corp", "Inc.", "Ltd", "Washington"]
        for _ in 0..<500 {
            let text = (0..<Int.random(in: 0...400, using: &generator)).map { _ in words.randomElement(using: &generator)! }.joined()
            let scalars = Array(text.unicodeScalars)
            #expect(SentenceSplitter().split(scalars) == Reference.Sentences.split(scalars), "\(text.debugDescription)")
        }
    }

    /// `GraphBuilder.reports` keeps a sentence no longer than the limit whole, without asking for its pieces.
    @Test func aSentenceWithinTheLimitIsItsOwnPiece() {
        let limit = GraphBuilder.maximumSentenceLength
        let scalars = Array(String(repeating: "word ", count: 1_000).unicodeScalars)
        for span in [0..<1, 3..<40, 0..<(limit - 1), 5..<(5 + limit)] {
            #expect(GraphBuilder.pieces(of: span, in: scalars) == [span])
        }
        #expect(GraphBuilder.pieces(of: 0..<(limit + 1), in: scalars).count == 2)
    }
}
