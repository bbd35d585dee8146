import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphExtraction
import GeoGraphRender

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML report: the figures inline as SVG and every tie with its evidence.",
        discussion: """
            Evidence is printed as the sentence itself when the corpus is reachable (--corpus, else \
            $GEOGRAPH_CORPUS, else the graph file's corpus:), else as its pointer. Scripts/report-screenshot.sh \
            renders the page to a PNG in headless Chromium.
            Example: geograph report -o report
            """)

    @OptionGroup var options: GraphOptions
    @OptionGroup var styleOptions: StyleOptions
    @OptionGroup var limits: RenderLimitOptions
    @OptionGroup var routingOptions: RoutingOptions
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "The folder to write index.html into (created if missing).",
            valueName: "dir"))
    var output: String
    @Option(help: ArgumentHelp("The corpus folder the evidence points into.", valueName: "dir")) var corpus: String?

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let style = try reportingDataErrors { try styleOptions.load(graphFile: options.graphFile) }
        let writer = DOTWriter(style: style)
        let sentences = try reportingDataErrors { try evidenceSentences(graph) }
        var page = ReportPage(
            title: graph.title ?? "GeoGraph report",
            summary: "\(graph.actors.count) actors, \(graph.ties.count) ties from \(graph.documents.count) documents. "
                + "Colour: layer; dashed: tension; width: weight; shape: kind of actor.")
        let items = FigureSet.standard(for: graph)
        try reportingDataErrors { for item in items { try limits.budget?.check(item.figure) } }
        // Laid out as `geograph figures` lays them out: the report's figures are the checked-in ones.
        let fitted = try reportingDataErrors {
            try fitToPage(items, writer: writer, budget: limits.budget, routing: routingOptions.routing)
        }
        for (item, result) in fitted {
            page.sections.append(ReportPage.figure(id: item.name, title: item.figure.title, svg: result.svg))
        }
        page.sections.append(try reportingDataErrors { try centralitySection(graph) })
        page.sections.append(contentsOf: balanceSections(graph))
        page.sections.append(ReportPage.ties(of: graph, sentences: sentences))
        try createOutputFolder(output)
        let path = (output as NSString).appendingPathComponent("index.html")
        try reportingDataErrors { try AtomicFile.write(page.html, to: path) }
        FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
    }

    /// Hedging profiles and balancing findings between the poles tagged great-power.
    private func balanceSections(_ graph: Graph) -> [ReportPage.Section] {
        let context = BalanceContext(graph: graph)
        let poles = BalanceAnalysis.defaultPoles(in: context)
        guard poles.count >= 2 else { return [] }
        let analysis = BalanceAnalysis(context: context, poles: poles)
        let names = poles.map { graph.actor($0)?.name ?? $0 }
        let profiles = ReportPage.table(
            id: "hedging", title: "Hedging between \(names.joined(separator: ", "))",
            note: "Share of each actor's cooperative tie weight with each pole (both directions, all layers); "
                + "hedging index 1 − normalised Herfindahl: 1 spread evenly, 0 all with one pole.",
            header: ["actor", "index"] + names,
            rows: analysis.profiles.map { p in
                [graph.actor(p.actor)?.name ?? p.actor, String(format: "%.2f", p.index)]
                    + poles.map { String(format: "%.0f%%", (p.overall[$0] ?? 0) * 100) }
            })
        let findings = ReportPage.table(
            id: "balance-findings", title: "Who balances whom",
            note:
                "Hedges, divisions of labour, offsets and wedges found in the graph, strongest first within each kind.",
            header: ["kind", "finding", "score", "evidence"],
            rows: analysis.findings.map { f in
                [
                    f.kind.rawValue, f.sentence, String(format: "%.2f", f.score),
                    f.evidence.prefix(6).joined(separator: " "),
                ]
            })
        return [profiles, findings]
    }

    /// PageRank and betweenness per layer and over all layers: the ten highest actors of each.
    private func centralitySection(_ graph: Graph, top: Int = 10) throws -> ReportPage.Section {
        let core = CompactGraph(graph)
        let columns: [(String, Set<Layer>)] =
            [("all layers", Set(Layer.allCases))] + Layer.allCases.map { ($0.rawValue, [$0]) }
        var header = ["rank"]
        var tables: [[String]] = []
        for measure in [CentralityMeasure.pageRank, .betweenness] {
            for (name, layers) in columns {
                header.append("\(measure.rawValue), \(name)")
                let digraph = GraphView(layers: layers).digraph(of: core)
                let values = try digraph.centrality(measure, options: CentralityOptions(threads: 1))
                let ranking = CentralityRanking(measure: measure, values: values, digraph: digraph, core: core)
                tables.append(
                    ranking.entries.filter { $0.value > 0 }.prefix(top).map { entry in
                        "\(graph.actor(entry.actor)?.name ?? entry.actor) (\(String(format: "%.3f", entry.value)))"
                    })
            }
        }
        let rows = (0..<top).map { i in [String(i + 1)] + tables.map { i < $0.count ? $0[i] : "" } }
        return ReportPage.table(
            id: "centrality", title: "Centrality by layer",
            note: "PageRank (damping 0.85, weighted by tie strength) and betweenness (hop counts), with "
                + "NetworkX's definitions and defaults; the ten highest actors with a value above zero.",
            header: header, rows: rows)
    }

    /// The sentence of every evidence pointer, when a corpus is reachable; empty otherwise.
    private func evidenceSentences(_ graph: Graph) throws -> [Evidence: String] {
        guard let opened = try lookUpCorpus(corpus, graphFile: options.graphFile, graph: graph).corpus else { return [:] }
        // A document the corpus lacks, or a span past its end, keeps its pointer: one note per document.
        var out: [Evidence: String] = [:]
        let byDocument = Dictionary(grouping: graph.ties.flatMap(\.evidence), by: \.document)
        for document in byDocument.keys.sorted() {
            let scalars: [Unicode.Scalar]
            do { scalars = try opened.scalars(of: document) } catch {
                FileHandle.standardError.write(Data("geograph: note: \(error); its evidence shown as pointers\n".utf8))
                continue
            }
            for evidence in byDocument[document] ?? [] {
                out[evidence] = try? Corpus.text(of: evidence, in: scalars)
            }
        }
        return out
    }
}
