import Foundation
import Testing

/// `geograph build` and `geograph evaluate` end to end.
@Suite struct CLIBuildTests {
    @Test(.enabled(if: CLI.corpus != nil, "no corpus: set GEOGRAPH_CORPUS or put it at ../shared/corpus"))
    func buildTheCorpusAndScoreItAgainstTheReference() throws {
        let out = try CLI.temporaryFolder().appendingPathComponent("ca.json").path
        let build = try CLI.run(["build", try #require(CLI.corpus), "-o", out])
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stderr.contains("from 5 documents"))
        let evaluate = try CLI.run(["evaluate", out, "--gold", "Graphs/central-asia.yaml", "--format", "json"])
        #expect(evaluate.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(evaluate.stdout.utf8)) as? [String: Any])
        let ties = try #require(json["ties"] as? [String: Double])
        #expect((ties["f1"] ?? 0) > 0.4, "directed-tie F1 fell: \(ties)")
        // File 004's closing headline list (from its "Read also" line, sentence 54) yields nothing.
        let graph = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any])
        let evidence = (graph["ties"] as? [[String: Any]] ?? []).flatMap { $0["evidence"] as? [[String: Any]] ?? [] }
        #expect(!evidence.isEmpty)
        #expect(!evidence.contains { $0["doc"] as? String == "004_fc5dbc409cae32f6.txt" && ($0["sentence"] as? Int ?? 0) >= 53 })
    }

    @Test func aFolderWithNothingReadableExits1() throws {
        let folder = try CLI.temporaryFolder()
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        let r = try CLI.run(["build", folder.path, "-o", folder.appendingPathComponent("g.json").path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("empty.txt: skipped: the file is empty"))
        #expect(r.stderr.contains("geograph: error: no document could be read"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("g.json").path))
    }

    @Test func badDocumentsWarnAndTheRestIsBuilt() throws {
        let folder = try CLI.temporaryFolder()
        try Data([0xFF, 0xFE, 0x00]).write(to: folder.appendingPathComponent("binary.txt"))
        try "Russia threatened Kazakhstan.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("g.yaml").path
        let r = try CLI.run(["build", folder.path, "-o", out])
        #expect(r.status == 0)
        #expect(r.stderr.contains("binary.txt: skipped: a binary file, not text"))
        let ties = try CLI.run(["ties", "--graph", out, "--format", "csv"])
        #expect(ties.stdout.contains("russia,kazakhstan,security,tension"))
    }
}
