import Foundation
import Testing

/// The CLI on the bundled Central Asia graph (the default graph under the package root).
@Suite struct CLIReferenceGraphTests {
    @Test func infoReportsTheReferenceGraph() throws {
        let r = try CLI.run(["info", "--format", "json"])
        #expect(r.status == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect((json["actors"] as? Int ?? 0) >= 45)
        #expect((json["ties"] as? Int ?? 0) >= 120)
        #expect((json["documents"] as? [Any])?.count == 5)
    }

    @Test func explainAcceptsSeatsAsActorNames() throws {
        let r = try CLI.run(["explain", "Moscow", "Astana"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("ties between Russia and Kazakhstan"))
        #expect(r.stdout.contains("pass --corpus to print the sentence"))
    }

    @Test(.enabled(if: CLI.corpus != nil, "no corpus: set GEOGRAPH_CORPUS or put it at ../shared/corpus"))
    func explainPrintsTheSentencesFromTheCorpus() throws {
        let r = try CLI.run(["explain", "Moscow", "Astana", "--corpus", try #require(CLI.corpus)])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\u{201C}"))
        let layers = ["security", "economic", "diplomatic"].filter { r.stdout.contains(" \($0) ") }
        #expect(layers.count >= 2)
    }

    @Test func corpusFromEnvironmentVariable() throws {
        let r = try CLI.run(["explain", "Kremlin", "kazakhstan"], environment: ["GEOGRAPH_CORPUS": "/nonexistent/corpus"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("/nonexistent/corpus"))
    }
}
