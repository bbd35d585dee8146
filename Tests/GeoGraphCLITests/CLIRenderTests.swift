import Foundation
import Testing

/// `render`, `figures`, `import` and `report` end to end against the built binary.
@Suite struct CLIRenderTests {
    let small = CLI.fixture("small.yaml")

    @Test func renderWritesSVGChosenByExtension() throws {
        let folder = try CLI.temporaryFolder()
        let out = folder.appendingPathComponent("small.svg").path
        let result = try CLI.run(["render", "--graph", small, "-o", out])
        #expect(result.status == 0, "\(result.stderr)")
        let svg = try String(contentsOfFile: out, encoding: .utf8)
        #expect(svg.contains("<svg") && svg.contains(">Alpha</text>"))
    }

    @Test func renderFiltersByLayerAndFocusesOnAnEgo() throws {
        let dot = try CLI.run(["render", "--graph", small, "--format", "dot", "--layer", "security"])
        #expect(dot.status == 0)
        #expect(dot.stdout.contains("\"alpha\" -> \"beta\"") && !dot.stdout.contains("\"bloc\""))
        let ego = try CLI.run(["render", "--graph", small, "--format", "dot", "--ego", "Betaburg"])
        #expect(ego.stdout.contains("\"beta\" [label=\"Beta\", shape=\"ellipse\", penwidth=\"2.5\""))
    }

    @Test func checkLabelsReportsEdgesDrawnAcrossLabels() throws {
        let folder = try CLI.temporaryFolder()
        let graph = CLI.packageRoot.appendingPathComponent("Graphs/central-asia.yaml").path
        let clear = try CLI.run(["render", "--graph", graph, "--ego", "Kazakhstan", "-o", folder.appendingPathComponent("kz.svg").path, "--check-labels"])
        #expect(clear.status == 0, "\(clear.stderr)")
        #expect(clear.stderr == "label check: no edge crosses a label\n")
        // The whole graph on a circle: chords across the circle pass over other actors' labels.
        let crowded = try CLI.run(["render", "--graph", graph, "--layout", "circo", "-o", folder.appendingPathComponent("b.svg").path, "--check-labels"])
        #expect(crowded.status == 0, "\(crowded.stderr)")
        let lines = crowded.stderr.split(separator: "\n")
        #expect(lines.first?.hasPrefix("label check: ") == true && lines.first?.hasSuffix(" edge/label crossings:") == true)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  edge ") && $0.contains(" crosses the label \"") })
        #expect(lines.count > 1)
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("b.svg").path))
    }

    @Test func topByMeasureKeepsTheHighestRankedActorsAndFillsThem() throws {
        let result = try CLI.run(["render", "--graph", small, "--format", "dot", "--top", "2", "--by", "pagerank"])
        #expect(result.status == 0, "\(result.stderr)")
        let nodes = result.stdout.split(separator: "\n").filter { $0.contains("[label=") }
        #expect(nodes.count == 2)
        #expect(nodes.allSatisfy { $0.contains("fillcolor=\"#999999") })
        #expect(result.stdout.contains("fill: pagerank (darker is higher)"))
    }

    @Test func pathIsDrawnAsItsActorsWithThePathTiesHighlighted() throws {
        let result = try CLI.run(["render", "--graph", small, "--format", "dot", "--path", "Alpha", "The Bloc"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Strongest path: Alpha → Beta → The Bloc"))
        let edges = result.stdout.split(separator: "\n").filter { $0.contains("\" -> \"") }
        #expect(edges.count == 2)
        // Both hops are on the path, none faded, each pointing along the chain, which sets the ranks.
        #expect(edges.allSatisfy { $0.range(of: "color=\"#[0-9A-F]{6}\"", options: .regularExpression) != nil })
        #expect(edges.contains { $0.hasPrefix("  \"alpha\" -> \"beta\"") })
        #expect(edges.allSatisfy { !$0.contains("constraint=") })
        #expect(result.stdout.contains("rankdir=\"LR\"") && result.stdout.contains("concentrate=\"true\""))
        #expect(!result.stdout.contains("subgraph"))
    }

    /// `--path-ties only` keeps only the path's own ties.
    @Test func pathTiesOnlyKeepsThePath() throws {
        let result = try CLI.run([
            "render", "--graph", small, "--format", "dot", "--path", "Alpha", "The Bloc", "--path-ties", "only",
        ])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.split(separator: "\n").filter { $0.contains("\" -> \"") }.count == 2)
        let misuse = try CLI.run(["render", "--graph", small, "--format", "dot", "--path-ties", "only"])
        #expect(misuse.status == 64)
    }

    /// `--edges ties` draws one edge per tie; the default one per pair and layer.
    @Test func edgesTiesDrawsOneEdgePerTie() throws {
        let pairs = try CLI.run(["render", "--graph", small, "--format", "dot"])
        let ties = try CLI.run(["render", "--graph", small, "--format", "dot", "--edges", "ties"])
        #expect(pairs.status == 0 && ties.status == 0)
        func count(_ text: String) -> Int { text.split(separator: "\n").filter { $0.contains("\" -> \"") }.count }
        #expect(count(pairs.stdout) <= count(ties.stdout))
        #expect(count(ties.stdout) == ties.stdout.components(separatedBy: "polarity=").count - 1)
    }

    @Test(arguments: [
        ["render", "--path", "Alpha"], ["render", "--top", "3"], ["render", "--min-weight", "2"],
        ["render", "--dpi", "5000", "--format", "png"], ["render", "-o", "x.gif"],
        ["render", "--ego", "Nowhere"], ["render", "--layout", "spring"],
    ])
    func badUsageExits64(arguments: [String]) throws {
        let result = try CLI.run(arguments + ["--graph", small])
        #expect(result.status == 64, "\(result.stderr)")
    }

    /// A render over the budget refuses (exit 1) with a message naming sfdp and the filters, unless
    /// the layout is sfdp (ten times the budget) or `--force` is given.
    @Test(arguments: [
        (["--max-nodes", "3"], 1), (["--max-edges", "2"], 1), (["--max-nodes", "3", "--force"], 0),
        (["--max-nodes", "3", "--layout", "sfdp"], 0), (["--max-nodes", "3", "--layout", "dot"], 1),
    ] as [([String], Int32)])
    func renderOverTheBudgetRefusesUnlessForcedOrSfdp(arguments: [String], status: Int32) throws {
        let result = try CLI.run(["render", "--graph", small, "--format", "svg"] + arguments)
        #expect(result.status == status, "\(result.stderr)")
        if status == 1 {
            #expect(result.stderr.hasPrefix("geograph: error: refusing to lay out 4 actors and 3 ties with "))
            #expect(result.stderr.contains("--layer, --min-weight or --top N --by pagerank; --force renders anyway"))
        }
    }

    @Test func figuresChecksTheBudgetBeforeWritingAnything() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["figures", "--graph", small, "-o", folder.path, "--max-edges", "1"])
        #expect(result.status == 1, "\(result.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func figuresWritesTheWholeSet() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["figures", "--graph", small, "-o", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(
            files == [
                "ego-beta.dot", "ego-beta.svg", "ego-gamma.dot", "ego-gamma.svg",
                "layer-diplomatic.dot", "layer-diplomatic.svg", "layer-economic.dot", "layer-economic.svg",
                "layer-security.dot", "layer-security.svg", "overview.dot", "overview.svg",
            ])
    }

    /// `--measure` prints one line per figure, measured from the SVG it wrote.
    @Test func figuresMeasuresWhatItWrote() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["figures", "--graph", small, "-o", folder.path, "--measure"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        let names = ["overview", "layer-security", "layer-economic", "layer-diplomatic", "ego-beta", "ego-gamma"]
        #expect(lines.map { String($0.prefix { $0 != ":" }) } == names)
        let overview = try #require(lines.first)
        let svg = try String(contentsOf: folder.appendingPathComponent("overview.svg"), encoding: .utf8)
        let width = try #require(svg.split(separator: "<svg width=\"").dropFirst().first?.prefix { $0 != "p" })
        #expect(overview.hasPrefix("overview: \(width) pt wide; at 16 cm actor labels "), "\(overview)")
        #expect(lines.allSatisfy { $0.hasSuffix("; 0 edge/label crossings") }, "\(lines)")
    }

    @Test func importTurnsADOTSketchIntoAGraphFile() throws {
        let folder = try CLI.temporaryFolder()
        let dot = folder.appendingPathComponent("sketch.dot")
        try "digraph { Russia -> Kazakhstan [layer=security, weight=0.8, image=\"/etc/passwd\"] }"
            .write(to: dot, atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("sketch.yaml").path
        let result = try CLI.run(["import", dot.path, "-o", out])
        #expect(result.status == 0)
        #expect(result.stderr.contains("dropped attributes not on the whitelist: image"))
        let info = try CLI.run(["ties", "--graph", out, "--format", "csv"])
        #expect(info.stdout.contains("russia,kazakhstan,security,cooperation,0.8"))
    }

    @Test func importOfBadDOTIsOneLineWithFileAndLine() throws {
        let folder = try CLI.temporaryFolder()
        let dot = folder.appendingPathComponent("bad.dot")
        try "digraph {\n a -> b\n c -> ;\n}\n".write(to: dot, atomically: true, encoding: .utf8)
        let result = try CLI.run(["import", dot.path])
        #expect(result.status == 1)
        #expect(result.stderr == "geograph: error: \(dot.path):3: cannot read DOT: syntax error in line 3 near ';'\n")
    }

    @Test func reportIsOneSelfContainedPageWithFiguresAndFootnotes() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["report", "--graph", small, "-o", folder.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOfFile: folder.appendingPathComponent("index.html").path, encoding: .utf8)
        #expect(html.components(separatedBy: "<svg").count - 1 == 6)
        #expect(html.contains("id=\"note-1\"") && html.contains("a.txt#0"))
        #expect(html.contains("<section id=\"centrality\">") && html.contains("pagerank, security"))
        #expect(!html.contains("src=\"http") && !html.contains("<link"))
    }

    /// The report lays its figures out as `figures` does (FigureFit): on the bundled graph every one
    /// reads on a page with no crossing, so nothing is warned, and the overview names who it leaves out.
    @Test func reportDrawsTheFiguresAsFiguresDoes() throws {
        let folder = try CLI.temporaryFolder()
        let result = try CLI.run(["report", "-o", folder.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("warning:"), "\(result.stderr)")
        let html = try String(contentsOfFile: folder.appendingPathComponent("index.html").path, encoding: .utf8)
        #expect(html.contains("Not shown, 20 actors with one tie each: ASEAN,"))
        // The overview (the first figure) laid out as the checked-in one: as Graphviz first lays it
        // out, without FigureFit, it is wider.
        let checkedIn = try String(
            contentsOf: CLI.packageRoot.appendingPathComponent("Graphs/figures/overview.svg"), encoding: .utf8)
        func width(_ svg: String) -> Substring? {
            svg.split(separator: "<svg width=\"").dropFirst().first?.prefix { $0 != "p" }
        }
        #expect(try #require(width(html)) == width(checkedIn))
    }

    @Test func reportKeepsPointersForDocumentsTheCorpusLacks() throws {
        let folder = try CLI.temporaryFolder()
        let corpus = CLI.packageRoot.appendingPathComponent("Tests/Fixtures/errors/corpus-missing").path
        let result = try CLI.run(["report", "--graph", small, "--corpus", corpus, "-o", folder.path], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("geograph: note: ") && result.stderr.contains("a.txt: cannot read the file; its evidence shown as pointers"))
        let html = try String(contentsOfFile: folder.appendingPathComponent("index.html").path, encoding: .utf8)
        #expect(html.contains("a.txt#0"))
    }
}
