import Foundation
import GeoGraph
import GeoGraphExtraction
import Testing

/// One corpus lookup order for every command (`--corpus`, `$GEOGRAPH_CORPUS`, the graph file's
/// `corpus:`), and findings F2 and F4: documents stay inside the corpus, spans are cut from the text
/// the extractor read.
@Suite struct CorpusLocatorTests {
    static func folder(_ files: [String: String] = [:]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-locator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: file, atomically: true, encoding: .utf8)
        }
        return url.path
    }

    static let graphText = "schema: geograph/2\ncorpus: texts\nactors: []\nties: []\n"

    /// Each row: is `--corpus` given, is `GEOGRAPH_CORPUS` set, does the graph name one → who wins.
    @Test(arguments: [
        (true, true, true, CorpusLocator.Origin.flag), (false, true, true, .environment),
        (false, false, true, .graphFile), (true, false, false, .flag), (false, true, false, .environment),
    ])
    func theFirstPlaceThatNamesACorpusWins(flag: Bool, environment: Bool, graphKey: Bool, origin: CorpusLocator.Origin) throws {
        let root = try Self.folder(["flag/a.txt": "F.", "env/a.txt": "E.", "g/texts/a.txt": "G."])
        let graphFile = root + "/g/g.yaml"
        try (graphKey ? Self.graphText : "schema: geograph/2\nactors: []\nties: []\n").write(toFile: graphFile, atomically: true, encoding: .utf8)
        let graph = try GraphFileReader.load(path: graphFile)
        let locator = CorpusLocator(
            explicit: flag ? root + "/flag" : nil, graphFile: graphFile, graph: graph,
            environment: environment ? [Corpus.environmentVariable: root + "/env"] : [:])
        #expect(locator.origin == origin)
        let corpus = try #require(try locator.locate())
        let expected = ["--corpus": "F.", "$GEOGRAPH_CORPUS": "E.", "the graph file's corpus:": "G."][origin.rawValue]
        #expect(String(String.UnicodeScalarView(try corpus.scalars(of: "a.txt"))) == expected)
    }

    @Test func nothingNamedMeansNoCorpusAndNoGuessedFolder() throws {
        let locator = CorpusLocator(explicit: nil, graphFile: nil, graph: nil, environment: ["GEOGRAPH_CORPUS": ""])
        #expect(locator.origin == nil)
        #expect(try locator.locate() == nil)
    }

    @Test func aBundledGraphNamesNoCorpus() throws {
        let graph = try GraphFileReader.decode(Self.graphText, path: "x.yaml")
        #expect(CorpusLocator(explicit: nil, graphFile: nil, graph: graph, environment: [:]).origin == nil)
    }

    @Test func f2ACorpusLinkOutOfTheGraphsFolderIsRefused() throws {
        let root = try Self.folder(["g/g.yaml": Self.graphText, "outside/a.txt": "secret."])
        try FileManager.default.createSymbolicLink(atPath: root + "/g/texts", withDestinationPath: root + "/outside")
        let graph = try GraphFileReader.load(path: root + "/g/g.yaml")
        let locator = CorpusLocator(explicit: nil, graphFile: root + "/g/g.yaml", graph: graph, environment: [:])
        #expect(throws: CorpusError.escapesGraphFolder) { try locator.locate() }
        #expect(!CorpusError.escapesGraphFolder.description.contains("outside"))
    }

    @Test func f2ADocumentLinkOutOfTheCorpusIsRefused() throws {
        let root = try Self.folder(["corpus/a.txt": "Alpha met Beta.", "secret.txt": "root:x:0:0"])
        try FileManager.default.createSymbolicLink(atPath: root + "/corpus/b.txt", withDestinationPath: root + "/secret.txt")
        let corpus = try Corpus(directory: root + "/corpus")
        #expect(throws: CorpusError.documentEscapes) { try corpus.scalars(of: "b.txt") }
        #expect(!CorpusError.documentEscapes.description.contains("b.txt"))
        let evidence = Evidence(document: "b.txt", sentence: 0, span: 0..<4)
        #expect(corpus.sentences(for: [evidence]).sentences.isEmpty)
    }

    @Test(arguments: ["/dev/zero", "fifo"])
    func f15ADocumentThatIsNotARegularFileIsRefused(name: String) throws {
        let root = try Self.folder(["corpus/a.txt": "A."])
        #expect(mkfifo(root + "/corpus/fifo", 0o600) == 0)
        try FileManager.default.createSymbolicLink(atPath: root + "/corpus/zero", withDestinationPath: "/dev/zero")
        let corpus = try Corpus(directory: root + "/corpus")
        #expect(throws: CorpusError.self) { try corpus.scalars(of: name == "fifo" ? "fifo" : "zero") }
    }

    /// An HTML document's evidence is cut from the decoded text the extractor read, not the raw HTML.
    @Test(arguments: [
        ("<p>Tea &amp; talk.</p>\n<p>Russia signed a trade deal with Kazakhstan.</p>", "Russia signed a trade deal with Kazakhstan."),
        ("<html><body><h1>News</h1><p>China &#38; Russia met.</p></body></html>", "China & Russia met."),
    ])
    func f4HTMLSpansAreCutFromTheDecodedText(html: String, sentence: String) throws {
        let root = try Self.folder(["corpus/a.html": html])
        let decoded = try DocumentLoader().decode(Data(html.utf8), file: "a.html").get()
        let text = String(String.UnicodeScalarView(decoded))
        let start = try #require(text.range(of: sentence))
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: start.lowerBound)
        let evidence = Evidence(document: "a.html", sentence: 1, span: offset..<(offset + sentence.unicodeScalars.count))
        let corpus = try Corpus(directory: root + "/corpus")
        #expect(try corpus.text(of: evidence) == sentence)
        #expect(!(try corpus.text(of: evidence)).contains("<"))
    }
}
