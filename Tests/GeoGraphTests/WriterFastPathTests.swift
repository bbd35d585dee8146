import Foundation
import Testing
@testable import GeoGraph

/// The graph writer's fast paths against the plain code they stand for: strings escaped as
/// `JSONValue.quote` escapes them, integers as `String(_:)` writes them, ties in `TieKey` order.
@Suite struct WriterFastPathTests {
    /// Bytes that decide a string's escaping, and others around them (ASCII, two- and three-byte
    /// characters, U+2028 and U+2029, which start with 0xE2 like the curly quotes).
    static let pieces: [String] = ["a", "Z", "0", " ", "\"", "\\", "\n", "\t", "\u{1}", "\u{1F}", "\u{7F}", "é", "\u{2019}",
                                   "\u{2028}", "\u{2029}", "\u{201C}", "ж", "🙂", "~", "!"]

    /// A generator of strings of 0-40 pieces, the same every run.
    static func strings(count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            // Mostly plain text, so that the special piece falls at every offset of the eight-byte words.
            let length = next(41)
            return (0..<length).map { _ in next(4) == 0 ? pieces[next(pieces.count)] : pieces[next(3)] }.joined()
        }
    }

    @Test func stringsAreEscapedAsQuoteEscapesThem() {
        for text in Self.strings(count: 3_000) + Self.pieces + ["", String(repeating: "x", count: 64) + "\""] {
            var w = JSONWriter()
            w.string(text)
            #expect(w.text == JSONValue.quote(text), "\(text.debugDescription)")
        }
    }

    @Test(arguments: [0, 7, 8, 9, 15, 16, 17, 23, 24, 31, 32, 33])
    func aSpecialByteIsFoundAtEveryOffset(offset: Int) {
        for special in ["\"", "\\", "\n", "\u{1F}", "\u{2028}"] {
            let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 9)
            let found = Array(text.utf8).withUnsafeBufferPointer(JSONWriter.mayNeedEscaping)
            #expect(found, "\(special.debugDescription) at \(offset)")
        }
        let plain = Array(String(repeating: "a", count: offset).utf8)
        #expect(!plain.withUnsafeBufferPointer(JSONWriter.mayNeedEscaping))
    }

    @Test(arguments: [0, 1, 9, 10, 11, 99, 100, 12_345, 99_999_999, 100_000_000, 123_456_789_012, Int.max, -1, -40, Int.min])
    func integersAreWrittenAsStringWritesThem(value: Int) {
        var w = JSONWriter()
        w.int(value)
        #expect(w.text == String(value))
    }

    @Test func everyIntegerUpToAMillionIsWrittenRight() {
        var w = JSONWriter()
        var expected: [UInt8] = []
        for value in stride(from: 0, to: 1_000_000, by: 7) {
            w.int(value)
            w.separator()
            expected += Array(String(value).utf8) + Array(", ".utf8)
        }
        #expect(w.bytes == expected)
    }

    /// Random graphs: ids that share prefixes (so ranks and string order must agree), both layers'
    /// and polarities' orders, symmetric ties keyed in id order, and keys equal but for the flag.
    @Test func tiesAreSortedAsTheirKeysSort() throws {
        var state: UInt64 = 42
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        let ids = ["a", "a-b", "ab", "b", "b-a", "ba", "c1", "c10", "c2", "zz", "z-z", "m"]
        for _ in 0..<50 {
            var graph = Graph()
            var generator = SeededGenerator(seed: UInt64(next(1_000_000)))
            for id in ids.shuffled(using: &generator) {
                try graph.add(Actor(id: id, name: id, kind: .state))
            }
            for _ in 0..<next(80) {
                let s = ids[next(ids.count)], t = ids[next(ids.count)]
                guard s != t else { continue }
                try graph.add(Tie(source: s, target: t, layer: Layer.allCases[next(3)], polarity: next(2) == 0 ? .cooperation : .tension,
                                  weight: 0.5, isSymmetric: next(2) == 0))
            }
            let keys = graph.ties.map(\.key)
            let expected = keys.indices.sorted { keys[$0] < keys[$1] }.map { graph.ties[$0] }
            #expect(GraphFileWriter.sortedTies(graph) == expected)
        }
    }
}

/// `Graph.fold` against the Foundation expression it replaced.
@Suite struct FoldFastPathTests {
    static func reference(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "\u{2019}", with: "'").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: ["", " ", "a", "Kyrgyz Republic", " leading", "trailing ", "two  spaces", "tab\there", "new\nline",
                      "Côte d\u{2019}Ivoire", "D\u{2019}ANIERI", "\u{2019}", "non\u{A0}breaking", "ideographic\u{3000}space",
                      "İstanbul", "ÉLYSÉE", "\u{2019}\u{301}", "crlf\r\n", "del\u{7F}", "nul\u{0}"])
    func foldsAsTheFoundationExpressionDid(text: String) {
        #expect(Graph.fold(text) == Self.reference(text))
    }

    @Test func randomNamesFoldAsBefore() {
        let pieces = ["a", "B", " ", "  ", "\t", "\u{2019}", "é", "Ж", "\u{A0}", "-", "'", "ß", "\n"]
        var state: UInt64 = 7
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(state % 9) {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                text += pieces[Int((state >> 33) % UInt64(pieces.count))]
            }
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            #expect(Graph.fold(text) == Self.reference(text), "\(text.debugDescription)")
        }
    }
}

/// A small deterministic generator for shuffling.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}
