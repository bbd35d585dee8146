import Foundation
import Testing

/// The second hostile review's findings, reproduced through the command line (library reproducers
/// are in each module's tests; Hardening.md lists them all).
@Suite struct CLIHardeningTests {
    /// A folder holding `files` (name → text), created fresh.
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = try CLI.temporaryFolder()
        for (name, text) in files {
            let url = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static func graph(document: String, corpus: String? = nil) -> String {
        """
        schema: geograph/2
        \(corpus.map { "corpus: \($0)\n" } ?? "")documents:
          - {file: '\(document)'}
        actors:
          - {id: alpha, kind: state}
          - {id: beta, kind: state}
        ties:
          - {source: alpha, target: beta, layer: economic, polarity: cooperation, weight: 0.5,
             evidence: [{doc: '\(document)', sentence: 0, span: [0, 12]}]}

        """
    }

    @Test(arguments: [["explain", "alpha", "beta"], ["report", "-o", "out"], ["explore", "-o", "e.html"], ["info"]])
    func f2ADocumentNameOutsideTheFolderIsRefusedByEveryCommand(command: [String]) throws {
        let folder = try Self.folder(["g.yaml": Self.graph(document: "../../../../../../etc/passwd"), "c/a.txt": "x"])
        let r = try CLI.run(command + ["--graph", "g.yaml"] + (command[0] == "info" ? [] : ["--corpus", "c"]), in: folder)
        #expect(r.status == 1)
        #expect(r.stderr.contains("document name 1 escapes the graph's folder"), "\(r.stderr)")
        #expect(!r.stderr.contains("etc/passwd") && !r.stdout.contains("root:"))
    }

    /// `report` used to look in `../shared/corpus` on its own: a graph file needed no flag to read it.
    @Test func f2ReportLooksOnlyWhereItIsTold() throws {
        let folder = try Self.folder([
            "work/g.yaml": Self.graph(document: "a.txt"), "shared/corpus/a.txt": "Secret text here.",
        ])
        let work = folder.appendingPathComponent("work")
        let r = try CLI.run(["report", "--graph", "g.yaml", "-o", "out"], in: work)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("no corpus named"))
        let html = try String(contentsOf: work.appendingPathComponent("out/index.html"), encoding: .utf8)
        #expect(!html.contains("Secret text"))
        #expect(html.contains("a.txt#0"))
    }

    /// The graph file's `corpus:` is the third place looked, after `--corpus` and `$GEOGRAPH_CORPUS`.
    @Test func theGraphFilesCorpusIsUsedWhenNothingElseNamesOne() throws {
        let folder = try Self.folder([
            "g.yaml": Self.graph(document: "a.txt", corpus: "texts"), "texts/a.txt": "Alpha helped Beta.",
            "other/a.txt": "Other corpus.",
        ])
        let byKey = try CLI.run(["explain", "alpha", "beta", "--graph", "g.yaml"], in: folder)
        #expect(byKey.status == 0, "\(byKey.stderr)")
        #expect(byKey.stdout.contains("Alpha helped"))
        let byEnvironment = try CLI.run(["explain", "alpha", "beta", "--graph", "g.yaml"], in: folder,
                                        environment: ["GEOGRAPH_CORPUS": "other"])
        #expect(byEnvironment.stdout.contains("Other corpus"))
        let byFlag = try CLI.run(["explain", "alpha", "beta", "--graph", "g.yaml", "--corpus", "texts"], in: folder,
                                 environment: ["GEOGRAPH_CORPUS": "other"])
        #expect(byFlag.stdout.contains("Alpha helped"))
    }

    @Test(arguments: [["info"], ["build", "--gazetteer", "g.yaml", "d.txt", "-o", "o.json"]])
    func f3AGazetteerNamingItselfIsAnErrorNotACrash(command: [String]) throws {
        let folder = try Self.folder([
            "g.yaml": "schema: geograph/2\ngazetteer: g.yaml\nactors: []\nties: []\n", "d.txt": "Alpha met Beta.",
        ])
        let r = try CLI.run(command + (command[0] == "info" ? ["--graph", "g.yaml"] : []), in: folder)
        #expect(r.status == 1, "\(r.stderr)")
        #expect(r.stderr.contains("gazetteers name each other in a loop (g.yaml → g.yaml)"))
    }

    @Test func f13AGazetteerOutsideTheFolderIsNotReadNorQuoted() throws {
        let folder = try Self.folder(["g.yaml": "schema: geograph/2\ngazetteer: /etc/passwd\nactors: [alpha]\nties: []\n"])
        let r = try CLI.run(["info", "--graph", "g.yaml"], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr.contains("the gazetteer escapes the graph's folder"))
        #expect(!r.stderr.contains("root") && !r.stderr.contains("/etc/passwd"))
    }
}
