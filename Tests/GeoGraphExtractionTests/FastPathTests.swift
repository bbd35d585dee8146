import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// The fast paths of extraction against the character-based code they replace, which stays here as
/// the reference: same tokens, same debris, same HTML text, same bytes accepted.
enum Reference {
    /// The tokenizer before words were built from bytes and remembered.
    static func tokens(_ scalars: ArraySlice<Unicode.Scalar>) -> [(String, String, String, Bool, Int, Int)] {
        var tokens: [(String, String, String, Bool, Int, Int)] = []
        var i = scalars.startIndex
        func isWord(_ c: Unicode.Scalar) -> Bool {
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
                    if c == ".", !(j - start <= 2 || scalars[j - 2] == ".") { break }
                    j += 2
                    continue
                }
                if c == ".", j - start == 1, scalars[start].value >= 65, scalars[start].value <= 90 { j += 1; continue }
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
            tokens.append((text, key, lower, possessive, start, j))
            i = j
        }
        return tokens
    }

    /// The debris filter before lines were screened on code points.
    static func debrisRanges(_ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        var tail = false
        for i in 0...scalars.count where i == scalars.count || scalars[i] == "\n" {
            if i - start > 240 {
                if tail { ranges.append(start..<i) }
                start = i + 1
                continue
            }
            let line = String(String.UnicodeScalarView(scalars[start..<i])).trimmingCharacters(in: .whitespaces).lowercased()
            if !tail, DebrisFilter.tailMarkers.contains(where: { line == $0 || line.hasPrefix($0 + ":") }) { tail = true }
            if tail || DebrisFilter.isDebrisLine(line) { ranges.append(start..<i) }
            start = i + 1
        }
        return ranges
    }
}

@Suite struct FastPathTests {
    static let texts = [
        "Russia's army and Kazakhstan’s oil; the U.S. Navy, J. Smith, Kassym-Jomart Tokayev, D'Anieri. Afghans' fields.",
        "Brasília, Chișinău, Erdoğan’s visit; Côte d'Ivoire; ÖL: Straße; \u{212A}azakhstan; e\u{301}lan; İstanbul's.",
        "COUNTERTERRORISM cooperation-agreement's U.S.A. e.g. i.e. A.B.C.D. St. John's 1990s, 3.5 percent…",
        "“We are ready,” the spokesman said — (and) [so] on. ’Tis x’s y's z’ ‘q’",
        "Share this\nSubscribe to our newsletter\n26 September 2023 - 10:35\n1200 views\nSource: Reuters\n© 2024 Outlet\n"
            + "A long enough line about the talks in Astana, which is not debris at all though it mentions nothing special.\n"
            + "Follow us on social media\nSHARE ON telegram\nsharé on x\nshare oñ x\nCopyright\u{301}\n\tTranslate \n"
            + "Read also:\nRussia and China agree\n",
        "Politics\n\nlatest news\nChina attacked Russia\n\n",
        "Kelvin \u{212A} sign: subscri\u{307}be, \u{130}stanbul spelling error report\r\nreport an error\r\n",
        // Lines of ASCII and punctuation (dashes, quotes, ©, bullets) take the byte path; spaces other
        // than the space and the tab, accents and other signs do not.
        "26 September 2023 \u{2013} 10:35\n12:30 \u{2014}\n\u{00A9} 2024 Outlet\n\u{201C}Share this\u{201D}\n \u{2022} Follow us\n"
            + "Source:\u{2009}Reuters\n\u{2003}subscribe\n\u{00A0}Copyright 2024\n1\u{2009}200 views\n10\u{2024}35\n"
            + "Translate \u{2026}\n\u{2018}a\u{2019}: 5\u{2030}\n\u{2013}\n\u{00A9}\n12:30\u{0301}\nviews\u{2032} 12\n"
            + "\u{201C}Read also\u{201D}\nRussia and China\n",
        "The talks \u{2014} held in Astana \u{2014} ended: \u{201C}agreed\u{201D}\nRead also:\u{2026}\nx\n"
            + "latest news\u{2014}\n\u{2022}\u{2022}\u{2022}\nMost read: \u{2018}x\u{2019}\nA\u{2013}B\n",
    ]

    @Test(arguments: texts)
    func tokensMatchTheCharacterTokenizer(text: String) {
        let scalars = Array(text.unicodeScalars)
        for range in [0..<scalars.count, 3..<scalars.count] {
            let fast = Tokenizer.tokens(scalars[range])
            let reference = Reference.tokens(scalars[range])
            #expect(fast.map { [$0.text, $0.key, $0.lower] } == reference.map { [$0.0, $0.1, $0.2] })
            #expect(fast.map { [$0.isPossessive ? 1 : 0, $0.start, $0.end] } == reference.map { [$0.3 ? 1 : 0, $0.4, $0.5] })
            #expect(fast.allSatisfy { $0.keyCode == WordCode.of($0.key) && $0.lowerCode == WordCode.of($0.lower) })
        }
    }

    @Test func aSharedVocabularyGivesTheSameTokens() {
        var vocabulary = TokenVocabulary(capacity: 8)  // small, so that it is also forgotten and rebuilt
        for text in Self.texts + Self.texts {
            let scalars = Array(text.unicodeScalars)
            #expect(Tokenizer.tokens(scalars[...], vocabulary: &vocabulary) == Tokenizer.tokens(scalars[...]))
        }
    }

    @Test func vocabularyFindsWhatALinearSearchFinds() {
        var vocabulary = TokenVocabulary()
        let words = Self.texts.flatMap { Tokenizer.tokens(Array($0.unicodeScalars)[...]).map(\.text) }
        for word in words where vocabulary.words.allSatisfy({ $0.text != word }) {
            let scalars = Array(word.unicodeScalars)[...]
            _ = vocabulary.add(Tokenizer.word(scalars), spelled: scalars)
        }
        for probe in words + ["", "x", "Russia's", "russia", "Kazakhstan\u{2019}", "Ru", "U.S", "\u{212A}"] {
            let scalars = Array(probe.unicodeScalars)
            let linear = vocabulary.words.indices.first { vocabulary.spelled($0, scalars[...]) }
            let found = scalars.withUnsafeBufferPointer { vocabulary.index(of: $0[...]) }
            let hashed = scalars.withUnsafeBufferPointer { s in
                s.baseAddress.flatMap { vocabulary.index(of: $0, count: s.count, hash: TokenVocabulary.hash(scalars)) }
            }
            #expect(found == (scalars.isEmpty ? nil : linear), "\(probe.debugDescription)")
            #expect(hashed == found, "\(probe.debugDescription)")
        }
    }

    @Test(arguments: texts)
    func debrisMatchesTheCharacterFilter(text: String) {
        let scalars = Array(text.unicodeScalars)
        #expect(DebrisFilter.debrisRanges(scalars) == Reference.debrisRanges(scalars))
    }

    @Test func wordIndexAnswersAsItsDictionary() {
        let dictionary = ["the": 1, "kremlin": 2, "brasília": 3, "e\u{301}lan": 4, "\u{212A}elvin": 5, "": 6, "a'b": 7]
        let index = WordIndex(dictionary)
        for word in Array(dictionary.keys) + ["The", "élan", "Kelvin", "kelvin", "brasilia", "x", "the "] {
            #expect(index[word] == dictionary[word], "\(word.debugDescription)")
        }
    }

    static let pages = [
        "<html><head><title>x</title></head><body><p>Russia &amp; China&#8217;s <b>ties</b></p><script>alert(1)</script></body></html>",
        "<P CLASS=\"a\">One</P><BR/><div>Two&nbsp;&mdash;&#x2019;&bogus;&amp</div><SCRIPT>x</script><script>y",
        "<p>“Quoted” – café, naïve</p>\r\n<li>item &lt;b&gt;</li><style>p{}</style><noscript>z</noscript><h2>Ünïcode</h2>",
        "a & b; c &#12345678901; &verylongentityname; <p/><ul><li>x</li></ul>\r\n&amp\r\n;",
        "<scr<script>ipt>hidden</script>visible</script> <head>h</head> <p>ſcript</p><ſcript>",
        "<p>e\u{301}</p><p>flag 🇰🇿</p><p>\u{200D}</p>",
    ]

    @Test func plainPagesTakeTheCodePointPath() {
        #expect(HTMLText.plainScalars(Array(Self.pages[0].unicodeScalars)) != nil)
        #expect(HTMLText.plainScalars(Array(Self.pages[2].unicodeScalars)) != nil)
        #expect(HTMLText.plainScalars(Array(Self.pages[5].unicodeScalars)) == nil, "a combining accent")
    }

    @Test(arguments: pages)
    func htmlMatchesTheCharacterConversion(page: String) {
        #expect(HTMLText.plainText(page) == HTMLText.characterPlainText(page))
        #expect(String(String.UnicodeScalarView(HTMLText.plainText(scalars: Array(page.unicodeScalars))))
                == HTMLText.characterPlainText(page))
    }

    @Test func utf8DecodingAcceptsWhatFoundationAccepts() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [[0x41], [0x20], [0x0A], [0xC3, 0xA9], [0xE2, 0x80, 0x99], [0xF0, 0x9F, 0x87, 0xB0], [0xEF, 0xBB, 0xBF],
                                 [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x80], [0x80], [0xFF], [0xC3],
                                 [0xF0, 0x90, 0x80], [0xE0, 0x9F, 0xBF], [0x00]]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                let piece = Int.random(in: 0..<pieces.count, using: &generator)
                bytes += pieces[Int.random(in: 0..<4, using: &generator) == 0 ? piece : piece % 7]
            }
            let foundation = String(data: Data(bytes), encoding: .utf8).map { Array($0.unicodeScalars) }
            #expect(UTF8Decoder.scalars(bytes) == foundation, "\(bytes)")
        }
    }

    @Test func sortedUniqueEvidenceIsTheSortedSet() {
        let e = (0..<40).map { i in
            Evidence(document: "d\(i % 3).txt", sentence: i % 5, span: (i % 4)..<(10 + i % 2), cues: [i % 2 == 0 ? "a" : "b"])
        }
        let input = e + e.reversed() + e.prefix(7)
        #expect(GraphBuilder.sortedUnique(input) == Array(Set(input)).sorted())
        #expect(Set(GraphBuilder.sortedUnique(input)).count == GraphBuilder.sortedUnique(input).count)
    }

    @Test func documentsAddedOutOfOrderStaySorted() {
        var graph = Graph()
        for file in ["m.txt", "b.txt", "z.txt", "a.txt", "n.txt"] { graph.add(Document(file: file)) }
        graph.add(Document(file: "b.txt", date: "2024-01"))
        #expect(graph.documents.map(\.file) == ["a.txt", "b.txt", "m.txt", "n.txt", "z.txt"])
        #expect(graph.documents.allSatisfy { graph.document($0.file) == $0 })
        #expect(graph.document("b.txt")?.date == "2024-01")
    }
}
