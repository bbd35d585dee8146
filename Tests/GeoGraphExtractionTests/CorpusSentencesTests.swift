import Foundation
import GeoGraph
import GeoGraphExtraction
import Testing

/// `Corpus.sentences(for:)`: many pointers read with each document opened once; what cannot be read
/// is reported by document and keeps its pointer.
@Suite struct CorpusSentencesTests {
    static func corpus() throws -> Corpus {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-sentences-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "Alpha met Beta. Beta thanked Alpha \u{2014} twice.\n".write(
            to: folder.appendingPathComponent("one.txt"), atomically: true, encoding: .utf8)
        return try Corpus(directory: folder.path)
    }

    @Test func readsEachPointersSentence() throws {
        let corpus = try Self.corpus()
        let first = Evidence(document: "one.txt", sentence: 0, span: 0..<15)
        let second = Evidence(document: "one.txt", sentence: 1, span: 16..<43)
        let (sentences, problems) = corpus.sentences(for: [first, second, first])
        #expect(sentences == [first: "Alpha met Beta.", second: "Beta thanked Alpha \u{2014} twice."])
        #expect(problems.isEmpty)
    }

    @Test func missingDocumentsAndChangedFilesAreReportedOncePerDocument() throws {
        let corpus = try Self.corpus()
        let good = Evidence(document: "one.txt", sentence: 0, span: 0..<15)
        let past = Evidence(document: "one.txt", sentence: 9, span: 40..<400)
        let pastToo = Evidence(document: "one.txt", sentence: 10, span: 500..<600)
        let missing = Evidence(document: "gone.txt", sentence: 0, span: 0..<5)
        let (sentences, problems) = corpus.sentences(for: [good, past, pastToo, missing])
        #expect(sentences == [good: "Alpha met Beta."])
        #expect(problems.count == 2)
        #expect(problems.contains { $0.description.hasSuffix("gone.txt: cannot read the file") })
        #expect(problems.contains { if case .spanOutOfRange(let document, _, _) = $0 { document == "one.txt" } else { false } })
    }

    @Test(arguments: ["../outside.txt", "/etc/hostname", "sub/../../outside.txt"])
    func aDocumentNameCannotReadOutsideTheCorpus(name: String) throws {
        let corpus = try Self.corpus()
        #expect(throws: CorpusError.documentEscapes) { try corpus.scalars(of: name) }
    }
}
