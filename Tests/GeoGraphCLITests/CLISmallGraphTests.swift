import Foundation
import Testing

/// The CLI end to end on a small hand-made graph.
@Suite struct CLISmallGraphTests {
    let graph = CLI.fixture("small.yaml")

    @Test func infoCountsActorsAndTies() throws {
        let r = try CLI.run(["info", "--graph", graph])
        #expect(r.status == 0)
        #expect(r.stdout.contains("actors    5  (state 3, organisation 1, person 1, region 0)"))
        #expect(r.stdout.contains("ties      3  (security 1, economic 1, diplomatic 1)"))
        #expect(r.stderr.isEmpty)
    }

    @Test func actorsCSVHasFixedColumns() throws {
        let r = try CLI.run(["actors", "--graph", graph, "--format", "csv", "--kind", "state"])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.first == "id,name,kind,tags,aliases")
        #expect(lines.contains("alpha,Alpha,state,great-power,Republic of Alpha|Alphaville|the Citadel|Alphan|Alphans"))
        #expect(lines.count == 4)
    }

    @Test func tiesFilterByAliasOfAnActor() throws {
        let r = try CLI.run(["ties", "--graph", graph, "--actor", "ALPHAVILLE", "--format", "csv"])
        #expect(r.status == 0)
        #expect(r.stdout == "source,target,layer,polarity,weight,symmetric,evidence_count\nalpha,beta,security,cooperation,0.75,false,2\n")
    }

    @Test func tiesFilterByLayerAndWeight() throws {
        let r = try CLI.run(["ties", "--graph", graph, "--layer", "economic", "--min-weight", "0.5", "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("\"layer\": \"economic\""))
    }

    @Test func unknownActorIsAUsageErrorWithSuggestions() throws {
        let r = try CLI.run(["ties", "--graph", graph, "--actor", "Alphavile"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("no actor 'Alphavile'; did you mean alpha"))
    }

    @Test func explainWithoutCorpusPrintsPointers() throws {
        let r = try CLI.run(["explain", "the citadel", "Betan", "--graph", graph])
        #expect(r.status == 0)
        #expect(r.stdout.contains("alpha -> beta  security cooperation  weight 0.75  (2 evidence)"))
        #expect(r.stdout.contains("[a.txt #0, 2024-01-05; cues: military base]"))
    }

    @Test func explainWithNoTiesSaysSo() throws {
        let r = try CLI.run(["explain", "alpha", "gamma", "--graph", graph])
        #expect(r.status == 0)
        #expect(r.stdout.contains("No ties between Alpha and Gamma"))
    }

    @Test func missingGraphFileIsADataError() throws {
        let r = try CLI.run(["info", "--graph", "/nonexistent/g.yaml"])
        #expect(r.status == 1)
        #expect(r.stderr == "geograph: error: /nonexistent/g.yaml: cannot read the file: no such file\n")
    }

    /// With neither --graph nor GEOGRAPH_GRAPH, a folder without Graphs/ reads the bundled reference graph.
    @Test func noGraphNamedReadsTheBundledReferenceGraph() throws {
        let r = try CLI.run(["info"], in: try CLI.temporaryFolder())
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.hasPrefix("Central Asia between Russia and China\n"), "\(r.stdout)")
    }

    @Test func graphFromEnvironmentVariable() throws {
        let r = try CLI.run(["info"], in: try CLI.temporaryFolder(), environment: ["GEOGRAPH_GRAPH": graph])
        #expect(r.status == 0)
        #expect(r.stdout.contains("actors    5"))
    }

    @Test func malformedGraphWritesNothing() throws {
        let folder = try CLI.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.yaml")
        try "schema: geograph/1\nactors:\n  - {id: a, kind: planet}\n".write(to: bad, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out.json")
        let r = try CLI.run(["export", "--graph", bad.path, "-o", out.path])
        #expect(r.status == 1)
        #expect(r.stderr == "geograph: error: \(bad.path):3: unknown actor kind 'planet'; expected state, organisation, person or region\n")
        #expect(!FileManager.default.fileExists(atPath: out.path))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["bad.yaml"])
    }

    @Test(arguments: ["json", "yaml", "graphml", "csv", "tsv"])
    func exportWritesEveryFormatAtomically(format: String) throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("g.\(format)")
        let r = try CLI.run(["export", "--graph", graph, "--format", format, "-o", out.path])
        #expect(r.status == 0)
        let text = try String(contentsOf: out, encoding: .utf8)
        #expect(!text.isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.\(format)"])
    }

    @Test func exportedJSONReadsBackAsTheSameGraph() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("g.json")
        _ = try CLI.run(["export", "--graph", graph, "-o", out.path])
        let a = try CLI.run(["ties", "--graph", graph, "--format", "csv"])
        let b = try CLI.run(["ties", "--graph", out.path, "--format", "csv"])
        #expect(a.stdout == b.stdout)
    }

    @Test(arguments: [["info", "--format", "csv"], ["ties", "--min-weight", "2"], ["nonsense"], ["ties", "--layer", "naval"]])
    func badArgumentsExit64(arguments: [String]) throws {
        let r = try CLI.run(arguments + ["--graph", graph])
        #expect(r.status == 64)
        #expect(!r.stderr.isEmpty)
    }
}
