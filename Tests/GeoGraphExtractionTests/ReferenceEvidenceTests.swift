import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// The corpus, when this machine has it: `GEOGRAPH_CORPUS`, else `../shared/corpus` beside the repo.
enum TestCorpus {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let directory: String? = {
        let candidates = [ProcessInfo.processInfo.environment[Corpus.environmentVariable],
                          root.appendingPathComponent("../shared/corpus").standardized.path].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/manifest.tsv") }
    }()
    static var referencePath: String { root.appendingPathComponent("Graphs/central-asia.yaml").path }
}

@Suite(.enabled(if: TestCorpus.directory != nil, "no corpus: set GEOGRAPH_CORPUS or put it at ../shared/corpus"))
struct ReferenceEvidenceTests {
    @Test func everyEvidenceSpanIsASentenceOfTheSplitterWithItsCues() throws {
        let corpus = try Corpus(directory: try #require(TestCorpus.directory))
        let graph = try GraphFileReader.load(path: TestCorpus.referencePath)
        #expect(try EvidenceSpans.check(graph, in: corpus, label: "central-asia.yaml") >= 150)
    }

    @Test func manifestMatchesTheGraphDocuments() throws {
        let corpus = try Corpus(directory: try #require(TestCorpus.directory))
        let graph = try GraphFileReader.load(path: TestCorpus.referencePath)
        // Titles stay in the manifest: a title is the article's own words.
        #expect(corpus.manifest.documents.map { Document(file: $0.file, date: $0.date, outlet: $0.outlet) } == graph.documents)
    }
}

/// The development set, when this machine has it: `GEOGRAPH_DEV_CORPUS`, else `../shared/dev-corpus`.
enum TestDevCorpus {
    static let directory: String? = {
        let candidates = [ProcessInfo.processInfo.environment["GEOGRAPH_DEV_CORPUS"],
                          TestCorpus.root.appendingPathComponent("../shared/dev-corpus").standardized.path].compactMap { $0 }
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/manifest.tsv") }
    }()
}

/// The development set's annotations point at sentences exactly as the Swift splitter cuts them (they
/// were filled by `Scripts/locate_evidence.py`, which mirrors it).
@Suite(.enabled(if: TestDevCorpus.directory != nil,
                "no development set: set GEOGRAPH_DEV_CORPUS or put it at ../shared/dev-corpus"))
struct DevSetEvidenceTests {
    @Test(arguments: ["dev-set-dev.yaml", "dev-set-test.yaml", "dev-set-reading-a.yaml", "dev-set-reading-b.yaml"])
    func everyEvidenceSpanIsASentenceOfTheSplitterWithItsCues(file: String) throws {
        let corpus = try Corpus(directory: try #require(TestDevCorpus.directory))
        let graph = try GraphFileReader.load(path: TestCorpus.root.appendingPathComponent("Graphs/\(file)").path)
        #expect(try EvidenceSpans.check(graph, in: corpus, label: file) >= 200)
    }
}

/// Checks that every evidence record of a graph points at a sentence exactly as the Swift splitter cuts
/// it, holding its cues; records an issue per record that does not.
enum EvidenceSpans {
    /// - Returns: How many evidence records were checked.
    static func check(_ graph: Graph, in corpus: Corpus, label: String) throws -> Int {
        var sentences: [String: [Range<Int>]] = [:]
        var checked = 0
        for e in graph.ties.flatMap(\.evidence) {
            let scalars = try corpus.scalars(of: e.document)
            if sentences[e.document] == nil { sentences[e.document] = SentenceSplitter().split(scalars) }
            let spans = try #require(sentences[e.document])
            #expect(e.sentence < spans.count && spans[e.sentence] == e.span, "\(label) \(e.pointer) span \(e.span)")
            let text = String(String.UnicodeScalarView(scalars[e.span])).lowercased()
            for cue in e.cues { #expect(text.contains(cue.lowercased()), "\(label) \(e.pointer): cue '\(cue)'") }
            checked += 1
        }
        return checked
    }
}
