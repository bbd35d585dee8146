import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphExtraction
import GeoGraphRender

struct Explore: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Write one self-contained HTML page to explore the graph in a browser.",
        discussion: """
            The page holds the overview (drawn by Graphviz), the graph as JSON and a small script: no \
            network, so it opens from file://. Filter by layer, polarity, event type and dates; click an \
            actor for its ties and a tie for its evidence; search actors, cues and sentences. The view \
            options choose what the page holds, and the page says which view it was computed on. \
            Evidence is shown as the sentences themselves when the corpus is reachable (--corpus, else \
            $GEOGRAPH_CORPUS, else the graph file's corpus:), else as pointers. At most --max-evidence records a \
            tie are embedded (the tie says how many it has); a page over --max-size is refused unless \
            --force, which also lifts the layout limits.
            Examples:
              geograph explore -o explorer.html
              geograph explore --layer security --since 2023-01 --corpus ~/corpus -o security.html
            """)

    @OptionGroup var options: GraphOptions
    @OptionGroup var view: ViewOptions
    @OptionGroup var styleOptions: StyleOptions
    @OptionGroup var limits: RenderLimitOptions
    @OptionGroup var routingOptions: RoutingOptions
    @Option(name: .shortAndLong, help: ArgumentHelp("The HTML file to write (.html).", valueName: "file"))
    var output: String
    @Option(help: ArgumentHelp("The corpus folder the evidence points into.", valueName: "dir")) var corpus: String?
    @Flag(
        name: .customLong("no-corpus"),
        help: "Show evidence as pointers even where the corpus is reachable (for a page to publish: the sentences are third-party text).")
    var noCorpus = false
    @Option(help: "Layout engine for the overview: neato, fdp, sfdp, dot, circo, twopi.") var layout: LayoutEngine = .neato
    @Option(
        name: .customLong("max-evidence"),
        help: ArgumentHelp("Embed at most N evidence records per tie (the tie still counts them all).", valueName: "N"))
    var maximumEvidence: Int = ExplorerPage.Limits.defaultEvidencePerTie
    @Option(
        name: .customLong("max-size"),
        help: ArgumentHelp("Refuse to write a page larger than this many megabytes (--force writes it anyway).", valueName: "MB"))
    var maximumSize: Double = Double(ExplorerPage.Limits.defaultBytes) / 1_000_000

    func validate() throws {
        if noCorpus, corpus != nil { throw ValidationError("--corpus and --no-corpus cannot be combined") }
        if view.combine != .sum {
            throw ValidationError("--combine merges weights for measures; explore shows every tie, so it does not apply")
        }
        guard maximumEvidence >= 1 else { throw ValidationError("--max-evidence must be at least 1") }
        // Bounded so that the byte count is a whole number an Int holds (1e300 MB is not).
        guard maximumSize.isFinite, (0.001...1_000_000).contains(maximumSize) else {
            throw ValidationError("--max-size must be from 0.001 (1 kB) to 1000000 megabytes (--force lifts the limit)")
        }
        let ext = (output as NSString).pathExtension.lowercased()
        guard ext == "html" || ext == "htm" else {
            throw ValidationError("the explorer is an HTML page: name the output file .html (not '\(output)')")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) {
            let attributes = try? FileManager.default.attributesOfItem(atPath: output)
            guard !isDirectory.boolValue, attributes?[.type] as? FileAttributeType == .typeRegular else {
                throw ValidationError("the output '\(output)' exists and is not a regular file; choose another output file")
            }
        }
        let inputs = [options.graph, styleOptions.style].compactMap { $0 }
        for input in inputs where OutputCheck.sameFile(input, output) {
            throw ValidationError("-o '\(output)' would overwrite the input '\(input)'; choose another output file")
        }
    }

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let style = try reportingDataErrors { try styleOptions.load(graphFile: options.graphFile) }
        // As the query commands do: the ties as --source and the dates give them (event windows
        // outside the dates dropped, weights recomputed), then the rest of the view on those.
        let selectedGraph = graph.selecting(source: view.source, since: view.sinceBound, until: view.untilBound)
        var selected = view.view()
        selected.since = nil
        selected.until = nil
        let shown = try reportingDataErrors {
            try Graph(title: graph.title, documents: graph.documents, actors: graph.actors, ties: selected.ties(of: selectedGraph))
        }
        var figure = Figure.overview(of: shown, layout: layout)
        figure.marksTies = true
        let writer = DOTWriter(style: style)
        // Laid out through FigureFit as `geograph figures` lays out its figures: the first layout with
        // no edge across a label. A browser zooms the page, so its size on paper is not asked for.
        // The SVG shown is the one the fit measured.
        let fitted = try reportingDataErrors {
            try FigureFit.fit(
                figure, writer: writer, budget: limits.budget, routing: routingOptions.routing, onAPage: false)
        }
        figure = fitted.figure
        let svg = fitted.svg
        let (sentences, corpusNote) = try reportingDataErrors { try readSentences(of: figure.ties, graph: graph) }
        let page = ExplorerPage(
            figure: figure, svg: String(decoding: svg, as: UTF8.self), layerColors: style.layers,
            view: summary(graphFile: options.graphFile), sentences: sentences, corpusNote: corpusNote,
            limits: ExplorerPage.Limits(
                maximumEvidencePerTie: maximumEvidence,
                maximumBytes: limits.force ? nil : Int(maximumSize * 1_000_000)))
        let html = try reportingDataErrors { try page.html() }
        try reportingDataErrors { try AtomicFile.write(html, to: output) }
        FileHandle.standardError.write(
            Data("wrote \(output): \(figure.actorIDs.count) actors, \(figure.ties.count) ties, \(html.utf8.count / 1000) kB\n".utf8))
    }

    /// What the page was computed on, in one line.
    func summary(graphFile: String?) -> String {
        // The file's name only: the page is published, and a path says where it was made.
        var parts = [graphFile.map { "graph \(($0 as NSString).lastPathComponent)" } ?? "the bundled Central Asia graph"]
        switch view.source {
        case .all: parts.append("text and event evidence")
        case .text: parts.append("text evidence only")
        case .events: parts.append("event data only")
        }
        parts.append(view.layers.isEmpty ? "all layers" : Layer.allCases.filter(view.layers.contains).map(\.rawValue).joined(separator: " and ") + " ties")
        switch view.polarity(.listings) {
        case .all: parts.append("cooperation and tension")
        case .cooperation: parts.append("cooperation only")
        case .tension: parts.append("tension only")
        }
        switch (view.since, view.until) {
        case (nil, nil): parts.append("all dates")
        case (let s?, nil): parts.append("evidence and event windows from \(s)")
        case (nil, let u?): parts.append("evidence and event windows until \(u)")
        case (let s?, let u?): parts.append("evidence and event windows from \(s) to \(u)")
        }
        if view.minWeight > 0 { parts.append("weight at least \(view.minWeight)") }
        if !view.kinds.isEmpty { parts.append("actors of kind " + view.kinds.map(\.rawValue).joined(separator: " or ")) }
        if !view.tags.isEmpty { parts.append("actors tagged " + view.tags.joined(separator: " or ")) }
        return parts.joined(separator: "; ")
    }

    /// The sentences of the ties' evidence and a line saying where they come from; without a corpus
    /// (and none asked for), no sentences and a line saying so.
    func readSentences(of ties: [Tie], graph: Graph) throws -> ([Evidence: String], String) {
        if noCorpus {
            return ([:], "Evidence is shown as pointers (document#sentence, with its cues): the page was written with --no-corpus.")
        }
        if ties.allSatisfy({ $0.evidence.isEmpty }) { return ([:], "The graph's ties carry no evidence records.") }
        let (found, why) = try lookUpCorpus(corpus, graphFile: options.graphFile, graph: graph)
        guard let opened = found else {
            return ([:], "No corpus was found, so evidence is shown as pointers (document#sentence): \(why).")
        }
        let (sentences, problems) = opened.sentences(for: ties.lazy.flatMap(\.evidence))
        for problem in problems {
            FileHandle.standardError.write(Data("geograph: note: \(problem.description); its evidence shown as pointers\n".utf8))
        }
        let records = ties.reduce(0) { $0 + $1.evidence.count }
        var note = "Sentences read from the corpus folder \((opened.directory as NSString).lastPathComponent)"
        if problems.isEmpty {
            note += "."
        } else {
            let missing = ties.reduce(0) { $0 + $1.evidence.filter { sentences[$0] == nil }.count }
            note += "; \(missing) of \(records) records could not be read (\(problems.count) \(problems.count == 1 ? "document" : "documents") missing or changed) and show their pointers."
        }
        return (sentences, note)
    }
}
