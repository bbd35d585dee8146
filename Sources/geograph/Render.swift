import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphRender

struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw the graph, or a filtered or focused part of it, with Graphviz in-process.",
        discussion: """
            The figure is styled by style.yaml beside the graph (layer colour, polarity line, weight \
            width, kind shape, clusters by tag) and carries a legend and its sources. With --format dot \
            the DOT is written before layout, exactly as `geograph figures` checks it in.
            Examples:
              geograph render -o overview.svg
              geograph render --layer security --min-weight 0.4 -o security.png --dpi 300
              geograph render --ego Kazakhstan --depth 1 -o kazakhstan.svg
              geograph render --path Turkmenistan NATO --mode strongest -o path.svg
            """)

    @OptionGroup var options: GraphOptions
    @OptionGroup var styleOptions: StyleOptions
    @OptionGroup var limits: RenderLimitOptions
    @OptionGroup var routingOptions: RoutingOptions
    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?
    @Option(help: "Layout engine: dot, neato, fdp, sfdp, circo, twopi. Default: neato, dot with --path.")
    var layout: LayoutEngine?
    @Option(help: "svg, png, pdf, dot (our DOT, before layout), xdot or json. Default: from -o, else svg.")
    var format: RenderFormat?
    @Option(help: "Only this layer (security, economic, diplomatic).") var layer: Layer?
    @Option(help: "Only this polarity (cooperation, tension).") var polarity: Polarity?
    @Option(name: .customLong("min-weight"), help: "Only ties at least this strong.") var minWeight: Double = 0
    @Option(help: ArgumentHelp("Focus on this actor and its neighbourhood (any alias).", valueName: "actor"))
    var ego: String?
    @Option(help: "With --ego: how many steps out from the actor.") var depth: Int = 1
    @Option(
        name: .customLong("path"), parsing: .upToNextOption,
        help: ArgumentHelp(
            "Draw the best path between two actors, highlighted on its neighbourhood.",
            valueName: "from to"))
    var path: [String] = []
    @Option(help: "With --path: fewest, strongest or widest.") var mode: PathMode = .strongest
    @Option(
        name: .customLong("path-ties"),
        help: "With --path: all (the path's ties strong, the other ties among its actors faint) or only (the path's ties alone).")
    var pathTies: PathTies = .all
    @Option(
        help: "pairs (one edge per pair of actors and layer, polarity and direction by style) or ties (one edge per tie).")
    var edges: EdgeDrawing = .pairs
    @Option(
        help: ArgumentHelp(
            "Draw this actor between its poles (legs coloured by layer, evidence counts on the edges).",
            valueName: "actor"))
    var balance: String?
    @Option(
        help: ArgumentHelp(
            "With --balance: the poles, comma-separated (default: the actors tagged great-power).",
            valueName: "a,b,…"))
    var poles: String?
    @Option(
        help: ArgumentHelp(
            "Keep only the N actors ranked highest by --by (and the ties among them).",
            valueName: "N"))
    var top: Int?
    @Option(
        help: ArgumentHelp(
            "Fill nodes by this centrality measure (pagerank, betweenness, in-degree, …).",
            valueName: "measure"))
    var by: CentralityMeasure?
    @Option(help: "Bitmap resolution for png (at most 600).") var dpi: Double?
    @Option(help: "The figure's title.") var title: String?
    @Flag(
        name: .customLong("check-labels"),
        help: "Also lay the figure out as JSON and list on standard error every edge drawn across a label.")
    var checkLabels = false

    func validate() throws {
        guard (0...1).contains(minWeight) else { throw ValidationError("--min-weight must be between 0 and 1") }
        guard (1...6).contains(depth) else { throw ValidationError("--depth must be between 1 and 6") }
        if !path.isEmpty, path.count != 2 { throw ValidationError("--path takes two actors: --path FROM TO") }
        if !path.isEmpty, ego != nil { throw ValidationError("--path and --ego cannot be combined") }
        if balance != nil, ego != nil || !path.isEmpty {
            throw ValidationError("--balance cannot be combined with --ego or --path")
        }
        if poles != nil, balance == nil { throw ValidationError("--poles goes with --balance") }
        if pathTies != .all, path.isEmpty { throw ValidationError("--path-ties goes with --path") }
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
        if top != nil, by == nil { throw ValidationError("--top needs --by MEASURE (for example --by pagerank)") }
        if let dpi, !(dpi > 0 && dpi <= GraphvizRenderer.maximumDPI) {
            throw ValidationError("--dpi must be between 1 and \(Int(GraphvizRenderer.maximumDPI))")
        }
        if format == nil, let output, output != "-", RenderFormat(rawValue: (output as NSString).pathExtension.lowercased()) == nil {
            throw ValidationError("cannot tell the format from '\(output)'; pass --format svg|png|pdf|dot|xdot|json")
        }
        try OutputCheck.check(output, inputs: [options.graphFile, styleOptions.style], format: resolvedFormat.rawValue)
    }

    /// The format: explicit, else the output file's extension, else SVG.
    var resolvedFormat: RenderFormat {
        format ?? output.flatMap { RenderFormat(rawValue: ($0 as NSString).pathExtension.lowercased()) } ?? .svg
    }

    /// The centrality of every actor over the ties the filters keep (all layers unless --layer).
    func nodeMeasure(_ measure: CentralityMeasure, of graph: Graph) throws -> NodeMeasure {
        let core = CompactGraph(graph)
        let view = GraphView(
            layers: layer.map { [$0] } ?? Set(Layer.allCases),
            polarity: polarity.map { $0 == .cooperation ? .cooperation : .tension } ?? .all,
            minimumWeight: minWeight)
        let digraph = view.digraph(of: core)
        let values = try digraph.centrality(measure, options: CentralityOptions(threads: 1))
        let ranking = CentralityRanking(measure: measure, values: values, digraph: digraph, core: core)
        return NodeMeasure(
            name: measure.rawValue,
            values: Dictionary(ranking.entries.map { ($0.actor, $0.value) }, uniquingKeysWith: max))
    }

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let style = try reportingDataErrors { try styleOptions.load(graphFile: options.graphFile) }
        var figure: Figure
        if path.count == 2 {
            figure = try pathFigure(from: path[0], to: path[1], mode: mode, graph: graph, layout: layout ?? .dot)
        } else if let balance {
            let actor = try resolve(balance, in: graph)
            let poleIDs =
                try poles.map { list in
                    try list.split(separator: ",").map { try resolve(String($0), in: graph).id }
                } ?? BalanceAnalysis.defaultPoles(in: BalanceContext(graph: graph))
            figure = Figure.balance(actor.id, poles: poleIDs, of: graph, layout: layout ?? .circo)
        } else if let ego {
            let actor = try resolve(ego, in: graph)
            figure = Figure.ego(actor.id, depth: depth, of: graph, layout: layout ?? .neato)
        } else {
            figure = Figure.overview(of: graph, layout: layout ?? .neato)
        }
        if path.isEmpty, layer != nil || polarity != nil || minWeight > 0 {
            figure = figure.filteringTies { tie in
                (layer == nil || tie.layer == layer) && (polarity == nil || tie.polarity == polarity)
                    && tie.weight >= minWeight
            }
        }
        if let by {
            let measure = try reportingDataErrors { try nodeMeasure(by, of: graph) }
            figure.measure = measure
            if let top {
                let kept = Set(measure.values.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(top).map(\.key))
                figure = figure.filteringTies { kept.contains($0.source) && kept.contains($0.target) }
            }
        }
        if let title { figure.title = title }
        figure.edgeDrawing = edges
        let writer = DOTWriter(style: style)
        let data: Data
        if resolvedFormat == .dot {
            data = Data(writer.dot(figure).utf8)
        } else {
            data = try reportingDataErrors {
                try GraphvizRenderer.render(
                    figure, writer: writer, format: resolvedFormat, dpi: dpi, budget: limits.budget,
                    routing: routingOptions.routing)
            }
        }
        try reportingDataErrors { try emit(data, to: output) }
        if checkLabels {
            let crossings = try reportingDataErrors {
                let layout = try GraphvizRenderer.render(
                    figure, writer: writer, format: .json, budget: limits.budget, routing: routingOptions.routing)
                return try LabelClearance.crossings(inLayout: layout)
            }
            FileHandle.standardError.write(Data(Self.labelReport(crossings).utf8))
        }
    }

    /// Which ties a path figure draws besides the path's own.
    enum PathTies: String, CaseIterable, ExpressibleByArgument {
        case all, only
    }

    /// What `--check-labels` prints: one line, then one line per crossing.
    static func labelReport(_ crossings: [LabelCrossing]) -> String {
        guard !crossings.isEmpty else { return "label check: no edge crosses a label\n" }
        let count = crossings.count == 1 ? "1 edge crosses a label" : "\(crossings.count) edge/label crossings"
        return "label check: \(count):\n" + crossings.map { "  \($0)\n" }.joined()
    }
}
