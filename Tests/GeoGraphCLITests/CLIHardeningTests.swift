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

    /// A FIFO or a link to a device as `-o`: refused (exit 1) and left as it was, nothing written.
    @Test(arguments: ["fifo", "link-to-stdout", "link-to-null"])
    func f1OutputRefusesCharacterDevice(kind: String) throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("out.json").path
        switch kind {
        case "fifo": #expect(mkfifo(out, 0o600) == 0)
        case "link-to-stdout": try FileManager.default.createSymbolicLink(atPath: out, withDestinationPath: "/proc/self/fd/1")
        default: try FileManager.default.createSymbolicLink(atPath: out, withDestinationPath: "/dev/null")
        }
        let r = try CLI.run(["export", "-o", out])
        #expect(r.status == 1)
        #expect(r.stderr.contains("not a regular file"), "\(r.stderr)")
        var info = stat()
        #expect(lstat(out, &info) == 0 && info.st_mode & S_IFMT != S_IFREG)
    }

    @Test func f1DashIsStandardOutput() throws {
        let r = try CLI.run(["export", "--format", "tsv", "-o", "-"])
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("source\ttarget"))
    }

    /// An output that is an input, or whose extension names another format: usage errors, nothing written.
    @Test(arguments: [
        (["export", "--graph", "same.tsv", "--format", "yaml", "-o", "same.tsv"], "would overwrite the input"),
        (["export", "--graph", "same.tsv", "--format", "yaml", "-o", "link.tsv"], "would overwrite the input"),
        (["import", "sk.dot", "-o", "sk.dot"], "must name a .yaml, .json or .tsv graph file"),
        (["render", "--graph", "same.tsv", "-o", "same.tsv", "--format", "svg"], "would overwrite the input"),
        (["generate", "--nodes", "5", "--edges", "4", "-o", "g.yaml"], "names a .yaml file but the output is tsv"),
        (["export", "--graph", "same.tsv", "--format", "json", "-o", "x.yaml"], "names a .yaml file but the output is json"),
    ])
    func f11OutputMustNotBeAnInputNorContradictItsExtension(arguments: [String], message: String) throws {
        let folder = try Self.folder([
            "same.tsv": "source\ttarget\tlayer\tpolarity\tweight\na\tb\teconomic\t+\t0.5\n", "sk.dot": "digraph { a -> b }\n",
        ])
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.tsv").path, withDestinationPath: "same.tsv")
        let before = try CLIAtomicOutputTests.contents(of: folder)
        let r = try CLI.run(arguments, in: folder)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
        #expect(try CLIAtomicOutputTests.contents(of: folder) == before)
    }

    @Test(arguments: ["/dev/zero", "/dev/null", "fifo.yaml"])
    func f15ANonRegularGraphIsNotARegularFile(graph: String) throws {
        let folder = try CLI.temporaryFolder()
        #expect(mkfifo(folder.appendingPathComponent("fifo.yaml").path, 0o600) == 0)
        let r = try CLI.run(["info", "--graph", graph], in: folder)
        #expect(r.status == 1)
        #expect(r.stderr.contains("not a regular file"), "\(r.stderr)")
        #expect(!r.stderr.contains("permission denied"))
    }

    @Test func f15AManifestWithAByteOrderMarkKeepsItsDates() throws {
        let folder = try Self.folder(["c/a.txt": "Russia signed a trade deal with Kazakhstan.\n"])
        try Data([0xEF, 0xBB, 0xBF] + Array("file\tdate\toutlet\ttitle\na.txt\t2024-03-01\tOutlet\tT\n".utf8))
            .write(to: folder.appendingPathComponent("c/manifest.tsv"))
        let r = try CLI.run(["build", "c", "-o", "g.json"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try String(contentsOf: folder.appendingPathComponent("g.json"), encoding: .utf8)
        #expect(json.contains("2024-03-01") && json.contains("Outlet"))
    }

    @Test func f15ACRLFEdgeListErrorPrintsNoRawCarriageReturn() throws {
        let folder = try Self.folder(["g.tsv": "source\ttarget\tlayer\r\na\tb\teconomic\r\n"])
        let r = try CLI.run(["info", "--graph", "g.tsv"], in: folder)
        #expect(r.status == 1)
        #expect(!r.stderr.contains("\r"), "\(r.stderr)")
    }

    @Test func f12CentralityOnAnEdgeListCountsTies() throws {
        let folder = try Self.folder([
            "g.tsv": "source\ttarget\tlayer\tpolarity\tweight\na\tb\teconomic\t+\t0.5\nc\tb\tsecurity\t-\t0.9\nb\ta\tdiplomatic\t+\t0.2\n",
        ])
        let r = try CLI.run(["centrality", "--graph", "g.tsv", "--measure", "in-degree", "--polarity", "all"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        let row = try #require(r.stdout.split(separator: "\n").first { $0.contains(" b ") })
        #expect(row.contains(" 3 "), "b has three ties: \(row)")
        #expect(row.contains("<- c security - 0.9"), "its strongest tie: \(row)")
        let json = try CLI.run(["centrality", "--graph", "g.tsv", "--polarity", "all", "--format", "json"], in: folder)
        #expect(!json.stdout.contains("\"ties\": 0"))
    }

    @Test(arguments: [
        (["generate", "--nodes", "9223372036854775807", "--edges", "3"], "--nodes must be between 2 and 10,000,000"),
        (["generate", "--nodes", "2000000000", "--edges", "3"], "--nodes must be between 2 and 10,000,000"),
        (["centrality", "--tolerance", "inf"], "--tolerance must be a finite number above 0"),
        (["centrality", "--tolerance", "nan"], "--tolerance must be a finite number above 0"),
        (["centrality", "--since", "2024-02-30"], "2024-02-30"),
        (["centrality", "--until", "2023-02-29"], "2023-02-29"),
    ])
    func f9AndF16FlagsOutOfRangeAreUsageErrors(arguments: [String], message: String) throws {
        let r = try CLI.run(arguments)
        #expect(r.status == 64, "\(r.stderr)")
        #expect(r.stderr.contains(message), "\(r.stderr)")
    }

    /// `path --max-hops` says how it ended: `truncated` in the last line of text and in JSON.
    @Test func f5PathEnumerationStatesItsWorkBudget() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["generate", "--nodes", "60", "--edges", "600", "-o", "g.tsv"], in: folder).status == 0)
        let text = try CLI.run(["path", "n1", "n0", "--max-hops", "6", "--max-work", "2000", "--graph", "g.tsv"], in: folder)
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("truncated: true — the search stopped after 2000 edges tried (--max-work 2000)"), "\(text.stdout)")
        let json = try CLI.run(["path", "n1", "n0", "--max-hops", "6", "--max-work", "2000", "--graph", "g.tsv", "--format", "json"], in: folder)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["truncated"] as? Bool == true)
        #expect(object["steps"] as? Int == 2000)
        #expect((object["paths"] as? [Any])?.count == object["listed"] as? Int)
    }

    /// No path within the hops: answered from the reachability alone, no edge tried.
    @Test func f6NoPathIsALinearTimeAnswer() throws {
        let folder = try Self.folder([
            "g.tsv": "source\ttarget\tlayer\tpolarity\tweight\na\tb\teconomic\t+\t0.5\nb\tc\teconomic\t+\t0.5\nc\ta\teconomic\t+\t0.5\nd\ta\teconomic\t+\t0.5\n",
        ])
        let r = try CLI.run(["path", "a", "d", "--max-hops", "8", "--polarity", "all", "--graph", "g.tsv"], in: folder)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("\nNo path from a to d within 8 hops"), "\(r.stdout)")
        #expect(r.stdout.contains("truncated: false — 0 paths of at most 8 hops (0 edges tried)"), "\(r.stdout)")
    }

    /// A layout whose estimate passes the budget is refused before Graphviz starts, naming the engine and the estimate.
    @Test func f7RenderRefusesAnExpensiveLayoutAtOnce() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["generate", "--nodes", "500", "--edges", "5000", "-o", "g.tsv"], in: folder).status == 0)
        let start = Date()
        let r = try CLI.run(["render", "--graph", "g.tsv", "--layout", "dot", "-o", "g.svg"], in: folder)
        #expect(Date().timeIntervalSince(start) < 10, "refused before any layout")
        #expect(r.status == 1)
        #expect(r.stderr.contains("refusing to lay out 500 actors and ") && r.stderr.contains(" ties with dot: estimated "), "\(r.stderr)")
        #expect(r.stderr.contains("use --layout") && r.stderr.contains("neato"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("g.svg").path))
    }

    /// F16's last point: long per-source measures show how far they have got on standard error,
    /// forced here with `--progress` (standard error is a pipe), and standard output is unchanged.
    @Test(arguments: ["betweenness", "closeness", "harmonic"])
    func f16LongMeasuresReportProgressOnStandardErrorOnly(measure: String) throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["generate", "--nodes", "1500", "--edges", "6000", "-o", "g.tsv"], in: folder).status == 0)
        let base = ["centrality", "--graph", "g.tsv", "--polarity", "all", "--measure", measure, "--threads", "2"]
        let quiet = try CLI.run(base, in: folder)
        let start = Date()
        let shown = try CLI.run(base + ["--progress"], in: folder)
        let seconds = Date().timeIntervalSince(start)
        let off = try CLI.run(base + ["--no-progress", "--format", "json"], in: folder)
        let json = try CLI.run(base + ["--progress", "--format", "json"], in: folder)
        #expect(quiet.status == 0 && shown.status == 0 && off.status == 0 && json.status == 0, "\(shown.stderr)")
        #expect(shown.stdout == quiet.stdout, "progress never reaches standard output")
        #expect(json.stdout == off.stdout, "nor the JSON")
        #expect(quiet.stderr.isEmpty, "off a terminal, no progress unless asked: \(quiet.stderr)")
        #expect(off.stderr.isEmpty)
        let lines = shown.stderr.split(separator: "\n").map(String.init)
        #expect(lines.allSatisfy { $0.hasPrefix("\(measure): ") && $0.hasSuffix(" s)") }, "\(lines)")
        // The last line: every source searched ("100% (1,498 of 1,498 sources, 2 s)").
        let last = try #require(lines.last?.split(separator: "(").last?.split(separator: " "))
        #expect(lines.last?.hasPrefix("\(measure): 100% (") == true && last.count == 6 && last[0] == last[2] && last[3] == "sources,",
                "\(lines)")
        #expect(!shown.stderr.contains("\r"), "lines, not redrawing, off a terminal")
        let percents = lines.compactMap { Int($0.dropFirst(measure.count + 2).prefix { $0.isNumber }) }
        #expect(percents == percents.sorted(), "the count only grows: \(percents)")
        #expect(Double(lines.count) <= 2 + seconds * 5, "at most five updates a second, and the last: \(lines.count) in \(seconds) s")
    }

    /// F16: `blocs` reports its local search's starts, then its null-model samples (each one a full partition).
    @Test func f16BlocsSignificanceReportsItsSamples() throws {
        let folder = try CLI.temporaryFolder()
        #expect(try CLI.run(["generate", "--nodes", "200", "--edges", "800", "-o", "g.tsv"], in: folder).status == 0)
        let base = ["blocs", "--graph", "g.tsv", "--samples", "20"]
        let quiet = try CLI.run(base, in: folder)
        let shown = try CLI.run(base + ["--progress"], in: folder)
        #expect(quiet.status == 0 && shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout == quiet.stdout && quiet.stderr.isEmpty)
        // First the partition's local search (64 starts in the one large component), then the samples.
        let lines = shown.stderr.split(separator: "\n")
        let search = lines.prefix { $0.hasPrefix("blocs local search: ") }, samples = lines.dropFirst(search.count)
        #expect(search.last?.hasPrefix("blocs local search: 100% (64 of 64 starts, ") == true, "\(lines)")
        #expect(!samples.isEmpty && samples.allSatisfy { $0.hasPrefix("blocs significance: ") }, "\(lines)")
        #expect(samples.last?.hasPrefix("blocs significance: 100% (20 of 20 samples, ") == true, "\(lines)")
    }
}
