import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

extension Reference {
    /// The manifest parser before it read UTF-8 bytes: character lines and fields, Foundation's trimming.
    static func manifest(tsv text: String, path: String) throws -> Manifest {
        var rows: [Document] = []
        var columns: [String: Int] = [:]
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.hasSuffix("\r") ? raw.dropLast() : raw
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if columns.isEmpty {
                columns = Dictionary(fields.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { a, _ in a })
                guard columns["file"] != nil else {
                    throw CorpusError.badManifest(path: path, line: offset + 1, reason: "the header has no 'file' column")
                }
                continue
            }
            func field(_ name: String) -> String? {
                guard let i = columns[name], i < fields.count, !fields[i].isEmpty else { return nil }
                return fields[i]
            }
            guard let file = field("file") else {
                throw CorpusError.badManifest(path: path, line: offset + 1, reason: "the row has no file name")
            }
            let date = field("date")
            if let date, !Document.isValidDate(date) {
                throw CorpusError.badManifest(path: path, line: offset + 1, reason: "date '\(date)' is not YYYY-MM-DD or YYYY-MM")
            }
            rows.append(Document(file: file, date: date, outlet: field("outlet"), title: field("title")))
        }
        return Manifest(documents: rows)
    }
}

/// The loader's byte-level fast paths against the character and Foundation code they replace.
@Suite struct LoaderFastPathTests {
    /// What parsing gives: the rows, or the error.
    static func outcome(_ parse: () throws -> Manifest) -> Result<[Document], CorpusError> {
        do { return .success(try parse().documents) } catch { return .failure(error as! CorpusError) }
    }

    static let manifestPieces = ["file", "date", "outlet", "title", "File", "DATE", "\t", "\t", "\t", "\n", "\n", "\n", "\r\n", "\r",
                                 " ", "  ", "\u{00A0}", "\u{2003}", "\u{200B}", "\u{301}", "a.txt", "b.html", "é.md", "x",
                                 "2024-01-02", "2023-12", "2024-13", "2024-00-10", "2024-02-32", "2024-1-01", "+123-01", "2024-+1",
                                 "２０２４-01", "2024-01-0\u{301}", "Eurasia Ledger", "Talks on water", ""]

    static let manifests = [
        "",
        "file\tdate\toutlet\ttitle\n00000.txt\t2023-01-18\tCaspian Wire\tTalks resume\n00001.txt\t2020-06\tSteppe Daily\tA dam\n",
        "file\tdate\r\na.txt\t2024-01-01\r\n",
        "\n \t\n\u{00A0}\nFILE\tDate\n\nb.txt\t\n  \na.txt\t2021-03\textra\textra\r",
        "title\tfile\ntitle only\n",
        "date\toutlet\nx.txt\t2024-01\n",
        "file\tdate\na.txt\t2024-13\n",
        "file\tdate\na.txt\t+123-+1\nb.txt\t2024-1-1\n",
        "file\tfile\tdate\na.txt\tb.txt\t2024-02-31\n",
        "file\n\u{200B}\n\t\u{2003}\n\u{301}\n",
        "file\tdate\n\ta\n",
        "file\tdate\na.txt\t2024-01\n\r\n",
    ]

    @Test(arguments: manifests)
    func manifestsParseAsTheCharacterParserParsesThem(text: String) {
        #expect(Self.outcome { try Manifest(tsv: text, path: "m.tsv") } == Self.outcome { try Reference.manifest(tsv: text, path: "m.tsv") })
    }

    @Test func generatedManifestsParseAsTheCharacterParserParsesThem() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<3_000 {
            var text = Int.random(in: 0..<3, using: &generator) == 0 ? "" : "file\tdate\toutlet\ttitle\n"
            for _ in 0..<Int.random(in: 0...24, using: &generator) { text += Self.manifestPieces.randomElement(using: &generator)! }
            #expect(Self.outcome { try Manifest(tsv: text, path: "m.tsv") } == Self.outcome { try Reference.manifest(tsv: text, path: "m.tsv") },
                    "\(text.debugDescription)")
        }
    }

    @Test(arguments: ["2024-01-02", "2024-12", "0000-01-31", "2024-00", "2024-13", "2024-01-00", "2024-01-32", "2024/01/02", "2024-1-02",
                      "20240-01", "+123-01", "2024-+1", "2024-01-+1", "2024-01-", "-2024-01", "2024", "", "２０２４-01-02", "2024-01-0\u{301}",
                      "2024-01-02-03", "abcd-ef", "9999-09-09"])
    func datesAreValidAsTheDocumentSays(date: String) {
        #expect(Manifest.isValidDate(date) == Document.isValidDate(date))
    }
}

/// The code point searches, the debris screen, the HTML steps and the UTF-8 chunks against plain
/// loops and the reference code, on generated inputs.
@Suite struct ScanFastPathTests {
    /// Code points that share a byte with the ones searched for (`\n` 0x0A, `.` 0x2E, `<` 0x3C, `…`
    /// 0x2026), or are ASCII and not.
    static let scalars: [Unicode.Scalar] = ["a", "\n", ".", "<", ">", "&", ":", "\u{2026}", "\u{010A}", "\u{0A00}", "\u{0A0A}",
                                            "\u{2E2E}", "\u{012E}", "\u{3C3C}", "\u{1F03C}", "\u{2000}", "\u{0026}", "\u{2626}",
                                            "\u{7F}", "\u{80}", "\u{FF}", "\u{10FFFF}", " ", "\u{00}"]

    @Test func searchesFindWhatALoopFinds() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let text = (0..<Int.random(in: 0...70, using: &generator)).map { _ in
                Int.random(in: 0..<3, using: &generator) == 0 ? Self.scalars.randomElement(using: &generator)! : "x"
            }
            let from = Int.random(in: 0...text.count, using: &generator), to = Int.random(in: from...text.count, using: &generator)
            text.withUnsafeBufferPointer { s in
                for value in ["\n", ".", "<", "\u{2026}", "\u{0A0A}", "\u{00}"] as [Unicode.Scalar] {
                    #expect(ScalarSearch.first(value, in: s, from: from, to: to) == (text[from..<to].firstIndex(of: value) ?? to))
                }
                #expect(ScalarSearch.firstNonASCII(in: s, from: from, to: to) == (text[from..<to].firstIndex { !$0.isASCII } ?? to))
            }
        }
    }

    static let lines = ["Share this", "share on x", "SUBSCRIBE", "Read also", "read also:", "Latest news", "Most read: x", "latest news\u{2014}",
                        "12:30", "26 September 2023 - 10:35", "1200 views", "-12 views", "- 7 - views", "\u{00A9} 2024 Outlet", "Copyright",
                        "Source: Reuters", "views politics", "the following text will be sent", "Follow us", "sign up", "Translate",
                        "The talks in Astana went on", "Officials in the capital said the dam would be finished next year",
                        "\u{201C}We agree,\u{201D} she said \u{2014} and left", "Caf\u{00E9} owners in the old town",
                        "e\u{301}lan", "\u{212A}elvin", "\u{130}stanbul", "\u{2003}subscribe", "\u{00A0}", "x", "", " ", "\t", "  "]

    /// Lines around the 80 and 240 code point limits: prose, then a marker, a colon, a number or an accent.
    static func generatedLine(_ generator: inout SystemRandomNumberGenerator) -> String {
        var line = ""
        for _ in 0..<Int.random(in: 0...6, using: &generator) {
            line += Self.lines.randomElement(using: &generator)!
            line += [" ", " ", "\t", "-", ", ", ""].randomElement(using: &generator)!
        }
        if Int.random(in: 0..<3, using: &generator) == 0 {
            let filler = String(repeating: ["a", "b ", "The ", "\u{2019}"].randomElement(using: &generator)!, count: Int.random(in: 20...90, using: &generator))
            line = Bool.random(using: &generator) ? line + filler : filler + line
        }
        return line
    }

    @Test func debrisMatchesTheCharacterFilterOnGeneratedPages() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1_500 {
            let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in Self.generatedLine(&generator) }
                .joined(separator: Bool.random(using: &generator) ? "\n" : "\r\n")
            let scalars = Array(text.unicodeScalars)
            #expect(DebrisFilter.debrisRanges(scalars) == Reference.debrisRanges(scalars), "\(text.debugDescription)")
        }
    }

    @Test(arguments: lines)
    func longLinesStartingWithALineAreScreenedAsItIs(line: String) {
        let prose = " and the talks went on for many hours in the capital, officials said on Monday evening"
        for text in [line + prose, "  " + line + prose + "\t", "\t" + line.uppercased() + prose + prose + prose] {
            let scalars = Array(text.unicodeScalars)
            #expect(DebrisFilter.debrisRanges(scalars) == Reference.debrisRanges(scalars), "\(text.debugDescription)")
        }
    }

    static let htmlPieces = ["<p>", "</p>", "<P class=\"x\">", "<br/>", "< / div >", "<li>", "<section>", "<sections>", "<b>", "</b>",
                             "<script>", "</script>", "<SCRIPT type=x>", "</Script>", "<style>", "</style>", "<head>", "</head>",
                             "<header>", "<noscript>", "</noscript>", "<scr", "ipt>", "</scr", "<", ">", "&", ";", "&amp;", "&lt;",
                             "&#8217;", "&#x2019;", "&nbsp;", "&bogus;", "&am", "p;", "\r\n", "\n", " ", "Talks", "went on", "é",
                             "\u{2014}", "\u{201C}", "ſ", "K", "\u{212A}", "\u{301}", "<\u{00E9}>", "<p\u{2003}>"]

    @Test func htmlMatchesTheCharacterConversionOnGeneratedPages() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<1_500 {
            let page = (0..<Int.random(in: 0...30, using: &generator)).map { _ in Self.htmlPieces.randomElement(using: &generator)! }.joined()
            #expect(String(String.UnicodeScalarView(HTMLText.plainText(scalars: Array(page.unicodeScalars)))) == HTMLText.characterPlainText(page),
                    "\(page.debugDescription)")
        }
    }

    @Test func blockElementsAreTheSetsNames() {
        for tag in ["p", "P", "/p", "p/", " p ", "p class=x", "div", "/DIV", "li", "h1", "h6", "h7", "tr", "section", "article", "ul", "ol",
                    "sections", "articles", "", "/", " ", "b", "pp", "\u{0}p", "p\u{0}", "section\u{0}", "br", "br/", "br /", "\u{00E9}"] {
            let scalars = Array(tag.unicodeScalars)
            let fast = scalars.withUnsafeBufferPointer { HTMLText.isBlockElement($0, 0..<$0.count) }
            #expect(fast == HTMLText.blockElements.contains(HTMLText.tagName(tag)), "\(tag.debugDescription)")
        }
    }

    @Test func utf8ChunksDecodeAsFoundationDecodes() {
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [Array("The talks went on all day. ".utf8), [0x41], [0x0A], [0xC3, 0xA9], [0xE2, 0x80, 0x99],
                                 [0xF0, 0x9F, 0x87, 0xB0], [0xEF, 0xBB, 0xBF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0x80], [0xFF], [0xC3]]
        for _ in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &generator) {
                let piece = Int.random(in: 0..<pieces.count, using: &generator)
                bytes += pieces[Int.random(in: 0..<6, using: &generator) == 0 ? piece : piece % 6]
            }
            let foundation = String(data: Data(bytes), encoding: .utf8).map { Array($0.unicodeScalars) }
            #expect(UTF8Decoder.scalars(bytes) == foundation, "\(bytes)")
        }
    }

    @Test func theAbbreviationKeysListEveryAbbreviation() {
        func key(_ word: String) -> UInt32 { word.utf8.reduce(0) { $0 << 8 | UInt32($1) } }
        #expect(SentenceSplitter.abbreviationKeys.count == SentenceSplitter.abbreviations.count, "every abbreviation is ASCII, 4 letters at most")
        for word in SentenceSplitter.abbreviations { #expect(SentenceSplitter.isListed(key(word)), "\(word)") }
        for word in ["M", "Mrx", "mr", "MR", "Dec", "Decs", "A", "Z", "zz", "No", "NO", "vs", "Vs"] {
            #expect(SentenceSplitter.isListed(key(word)) == SentenceSplitter.abbreviations.contains(word), "\(word)")
        }
    }
}

extension LoaderFastPathTests {
    static let names = ["a.txt", "a.b.txt", "a..txt", "a.TXT", "a.txt.", "a", ".txt", "a b.txt", "a.t xt", "\u{00E9}.txt", "a.txt~", "a.",
                        "..", ".", "a-b_c.Md", "x.html", "x.htm ", "00012.HTM", "README.md", "manifest.tsv", "e\u{301}.md", "a/b.txt", ""]

    @Test(arguments: names)
    func plainNamesHaveTheExtensionAndNameNSStringFinds(name: String) {
        #expect(DocumentLoader.pathExtension(name) == (name as NSString).pathExtension)
        if DocumentLoader.isPlainName(name) {
            for folder in ["/tmp/corpus", "/tmp/corpus/", "corpus", "/", "."] {
                #expect((((folder as NSString).appendingPathComponent(name)) as NSString).lastPathComponent == name)
            }
        }
    }
}
