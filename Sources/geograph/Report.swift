import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphExtraction
import GeoGraphRender

struct Report: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write one self-contained HTML report: the figures inline as SVG and every tie with its evidence.",
        discussion: """
            Evidence is printed as the sentence itself when the corpus is reachable (--corpus, else \
            $GEOGRAPH_CORPUS, else ../shared/corpus), else as its pointer. Scripts/report-screenshot.sh \
            renders the page to a PNG in headless Chromium.
            Example: geograph report -o report
            """)

    @OptionGroup var options: GraphOptions
    @OptionGroup var styleOptions: StyleOptions
    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write index.html into (created if missing).",
                                                    valueName: "dir"))
    var output: String
    @Option(help: ArgumentHelp("The corpus folder the evidence points into.", valueName: "dir")) var corpus: String?

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let style = try reportingDataErrors { try styleOptions.load(graphPath: try options.graphPath()) }
        let writer = DOTWriter(style: style)
        let sentences = try reportingDataErrors { try evidenceSentences(graph) }
        var page = ReportPage(
            title: graph.title ?? "GeoGraph report",
            summary: "\(graph.actors.count) actors, \(graph.ties.count) ties from \(graph.documents.count) documents. "
                + "Colour: layer; dashed: tension; width: weight; shape: kind of actor.")
        for item in FigureSet.standard(for: graph) {
            let svg = try reportingDataErrors {
                try GraphvizRenderer.render(dot: writer.dot(item.figure), layout: item.figure.layout, format: .svg)
            }
            page.sections.append(ReportPage.figure(id: item.name, title: item.figure.title, svg: svg))
        }
        page.sections.append(ReportPage.ties(of: graph, sentences: sentences))
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw ValidationError("cannot create the folder '\(output)': \(error.localizedDescription)")
        }
        let path = (output as NSString).appendingPathComponent("index.html")
        try reportingDataErrors { try AtomicFile.write(page.html, to: path) }
        FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
    }

    /// The sentence of every evidence pointer, when a corpus is reachable; empty otherwise.
    private func evidenceSentences(_ graph: Graph) throws -> [Evidence: String] {
        let opened: Corpus
        do {
            opened = try Corpus.locate(explicit: corpus)
        } catch let error as CorpusError where corpus == nil {
            FileHandle.standardError.write(Data("geograph: note: \(error.description); evidence shown as pointers\n".utf8))
            return [:]
        }
        let explanation = try TieExplanation(ties: graph.ties, corpus: opened)
        var out: [Evidence: String] = [:]
        for entry in explanation.entries {
            for (evidence, text) in entry.sentences { if let text { out[evidence] = text } }
        }
        return out
    }
}
