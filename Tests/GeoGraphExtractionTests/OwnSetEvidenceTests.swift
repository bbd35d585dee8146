import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// The own-written evaluation sets (texts in `Tests/Fixtures`, readings and gold in `Graphs/`) point at
/// sentences exactly as the Swift splitter cuts them, and name their documents with the manifest's dates.
/// Only the splitter reads the texts here: no extractor runs on a held-out set in a test.
struct OwnSetEvidenceTests {
    static let sets: [(graph: String, texts: String)] = [
        ("unseen-set.yaml", "unseen"), ("unseen-set-reading-a.yaml", "unseen"), ("unseen-set-reading-b.yaml", "unseen"),
        ("heldout-set.yaml", "heldout"), ("heldout-set-reading-a.yaml", "heldout"),
        ("heldout-set-reading-b.yaml", "heldout"),
        ("heldout2-set.yaml", "heldout2"), ("heldout2-set-reading-a.yaml", "heldout2"),
        ("heldout2-set-reading-b.yaml", "heldout2"),
        ("heldout3-set.yaml", "heldout3"), ("heldout3-set-reading-a.yaml", "heldout3"),
        ("heldout3-set-reading-b.yaml", "heldout3"),
        ("heldout4-set.yaml", "heldout4"), ("heldout4-set-reading-a.yaml", "heldout4"),
        ("heldout4-set-reading-b.yaml", "heldout4"),
        ("heldout5-set.yaml", "heldout5"), ("heldout5-set-reading-a.yaml", "heldout5"),
        ("heldout5-set-reading-b.yaml", "heldout5"),
        ("heldout6-set.yaml", "heldout6"), ("heldout6-set-reading-a.yaml", "heldout6"),
        ("heldout6-set-reading-b.yaml", "heldout6"),
        ("heldout7-set.yaml", "heldout7"), ("heldout7-set-reading-a.yaml", "heldout7"),
        ("heldout7-set-reading-b.yaml", "heldout7"),
    ]

    @Test(arguments: sets)
    func everyEvidenceSpanIsASentenceOfTheSplitterWithItsCues(set: (graph: String, texts: String)) throws {
        let corpus = try Corpus(directory: TestCorpus.root.appendingPathComponent("Tests/Fixtures/\(set.texts)").path)
        let graph = try GraphFileReader.load(path: TestCorpus.root.appendingPathComponent("Graphs/\(set.graph)").path)
        let checked = try EvidenceSpans.check(graph, in: corpus, label: set.graph)
        #expect(checked >= 100, "\(set.graph): only \(checked) evidence records")
        let dates = Dictionary(uniqueKeysWithValues: corpus.manifest.documents.map { ($0.file, $0.date) })
        for document in graph.documents {
            #expect(dates[document.file] == document.date, "\(set.graph): \(document.file) dated unlike the manifest")
        }
    }
}
