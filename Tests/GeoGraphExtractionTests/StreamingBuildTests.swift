import Foundation
import GeoGraph
import Testing
@testable import GeoGraphExtraction

/// Building from a plan, each document read and let go of in turn, against loading every document
/// first: the same graph byte for byte, the same warnings in the same order, with one job or two.
@Suite struct StreamingBuildTests {
    /// Two folders with manifests (one row missing, one file name in both), bad files of every kind,
    /// a missing path, an empty folder and a single file named directly.
    static func paths() throws -> [String] {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-stream-\(UUID().uuidString)")
        let first = root.appendingPathComponent("first"), second = root.appendingPathComponent("second")
        let empty = root.appendingPathComponent("empty")
        for folder in [first, second, empty] { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }
        func write(_ text: String, _ folder: URL, _ name: String) throws {
            try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write("file\tdate\toutlet\ttitle\nb.txt\t2024-03-01\tWire\tB\nshared.txt\t2024-01\tPost\tShared\n", first, "manifest.tsv")
        try write("file\tdate\noldest.md\t2020-05-05\nshared.txt\t2023-12-31\n", second, "manifest.tsv")
        try write("Russia and China held joint exercises.\nKazakhstan signed a trade deal with China.", first, "b.txt")
        try write("Mr. Tokayev visited Moscow. The two countries agreed on gas.", first, "a.txt")
        try write("<p>Uzbekistan &amp; Tajikistan signed a border treaty.</p>", first, "page.html")
        try write("China lent Kyrgyzstan money for a railway.", first, "shared.txt")
        try write("Moscow warned Kyiv about the pipeline.", second, "shared.txt")
        try write("Turkmenistan sold gas to China.", second, "oldest.md")
        try Data().write(to: second.appendingPathComponent("empty.txt"))
        try Data([0x52, 0x00, 0x01]).write(to: second.appendingPathComponent("binary.txt"))
        try Data([0x52, 0xC3, 0x28]).write(to: first.appendingPathComponent("latin.txt"))
        try write(String(repeating: "word ", count: 400), second, "big.txt")
        try write("Iran criticised Azerbaijan.", root, "single.txt")
        return [first.path, root.appendingPathComponent("missing").path, empty.path, second.path,
                root.appendingPathComponent("single.txt").path]
    }

    @Test(arguments: [1, 2])
    func streamingGivesWhatLoadingFirstGives(jobs: Int) throws {
        let paths = try Self.paths()
        let loader = DocumentLoader(maximumSize: 1_000)
        let builder = GraphBuilder(gazetteer: ExtractionFixture.gazetteer, lexicon: ExtractionFixture.lexicon, halfLife: 90, jobs: jobs)
        let (documents, warnings) = loader.load(paths, jobs: jobs)
        let expected = builder.build(documents)
        let built = builder.build(loader.plan(paths), loader: loader)
        #expect(built.warnings == warnings)
        #expect(built.documentsRead == documents.count)
        #expect(GraphFileWriter.json(built.graph) == GraphFileWriter.json(expected))
        // The fixture exercises what it means to: skips, path warnings, ties.
        #expect(warnings.count == 6)
        #expect(documents.count == 7)
        #expect(!expected.ties.isEmpty)
    }

    @Test func warningsKeepThePathsOrder() {
        var plan = DocumentPlan()
        plan.warn("first path missing")
        plan.add(path: "a", document: Document(file: "a"))
        plan.add(path: "b", document: Document(file: "b"))
        plan.warn("bad manifest")
        plan.add(path: "c", document: Document(file: "c"))
        plan.warn("empty folder")
        let skips: [DocumentLoader.Skip?] = [nil, DocumentLoader.Skip(message: "empty"), DocumentLoader.Skip(message: "binary")]
        #expect(plan.warnings(skips: skips) == ["first path missing", "b: skipped: empty", "bad manifest", "c: skipped: binary",
                                                "empty folder"])
    }
}
