import ArgumentParser
import Foundation
import GeoGraph

struct Centrality: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "centrality",
        abstract: "Rank actors by a centrality measure, overall or layer by layer.",
        discussion: """
            Measures follow NetworkX's definitions and defaults: in-degree, out-degree, in-strength, \
            out-strength, pagerank, betweenness, closeness, harmonic, eigenvector, katz, hubs, authorities. \
            Directed closeness and harmonic use distances to the actor; weighted path measures use \
            length 1/weight.
            Sign-aware by default: measures run over cooperation ties (sanctions, blockades and \
            threats are not links of influence) with leaders rolled up to their states; --polarity all \
            reads every tie, --no-roll-up shows the people. With --polarity tension the default \
            measure is in-strength (who is most opposed) and each row names the main opponents.
            Examples: geograph centrality --measure betweenness --by-layer --top 10 | \
            geograph centrality --polarity tension --top 5
            """)

    @OptionGroup var options: GraphOptions
    @OptionGroup var view: ViewOptions
    @Option(name: .customLong("measure"), help: "The measure (default: pagerank; in-strength with --polarity tension).")
    var chosenMeasure: CentralityMeasure?
    @Option(help: "Show the first N actors (0: all).") var top: Int = 0
    @Flag(name: .customLong("by-layer"), help: "One column per layer and one for all layers.") var byLayer = false
    @Flag(inversion: .prefixedNo, help: "Weigh edges (default: as NetworkX does for the measure).") var weighted: Bool?
    @Option(help: "PageRank damping factor.") var damping: Double = 0.85
    @Option(help: ArgumentHelp("Personalised PageRank: restart at these actors.", valueName: "a,b,…")) var seed: String?
    @Option(help: "Convergence tolerance of the iterative measures (NetworkX's tol: stop when the L1 change is below n × tol).")
    var tolerance: Double = 1e-6
    @Option(help: "Threads for betweenness, closeness and harmonic (default: all cores).") var threads: Int?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table
    @OptionGroup var progress: ProgressOptions
    @Flag(help: ArgumentHelp("Print load and compute seconds on stderr (for benchmarks).", visibility: .hidden))
    var timing = false

    /// The measure in force.
    var measure: CentralityMeasure { chosenMeasure ?? (view.polarity == .tension ? .inStrength : .pageRank) }

    func validate() throws {
        guard top >= 0 else { throw ValidationError("--top must be 0 or more") }
        guard damping > 0, damping < 1 else { throw ValidationError("--damping must be between 0 and 1 (exclusive)") }
        guard tolerance > 0, tolerance.isFinite else { throw ValidationError("--tolerance must be a finite number above 0") }
        if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
        if seed != nil, measure != .pageRank { throw ValidationError("--seed applies to --measure pagerank only") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let started = clock.now
        let source = try reportingDataErrors { try view.load(options, .measures) }
        let loaded = clock.now
        var measureSeconds = 0.0
        defer {
            if timing {
                let load = (loaded - started) / .seconds(1), total = (clock.now - loaded) / .seconds(1)
                FileHandle.standardError.write(Data(
                    "{\"load\": \(load), \"compute\": \(measureSeconds), \"query\": \(total)}\n".utf8))
            }
        }
        let core = source.core
        let seeds = try seed.map { list in
            try list.split(separator: ",").map { name -> String in
                try source.id(of: String(name))
            }
        }
        var settings = CentralityOptions(weighted: weighted, damping: damping,
                                         threads: threads ?? ProcessInfo.processInfo.activeProcessorCount)
        settings.maxIterations = measure == .pageRank ? 100 : 1000
        settings.tolerance = tolerance
        func rank(_ view: GraphView, layer: Layer? = nil) throws -> CentralityRanking {
            let digraph = view.digraph(of: core)
            var local = settings
            // Only the per-source measures take long enough (O(n m)) to need it.
            let meter = measure.isPerSource ? progress.meter(measure.rawValue + (layer.map { " (\($0.rawValue))" } ?? "")) : nil
            local.progress = meter?.handler
            if let seeds {
                local.seeds = try seeds.map { id in
                    guard let i = core.index(of: id), let k = digraph.nodes.firstIndex(of: Int32(i)) else {
                        throw ValidationError("seed '\(id)' is not in the selected view")
                    }
                    return k
                }
            }
            let measured = clock.now
            let values = try reportingDataErrors { try digraph.centrality(measure, options: local) }
            meter?.finish()
            measureSeconds += (clock.now - measured) / .seconds(1)
            return CentralityRanking(measure: measure, values: values, digraph: digraph, core: core)
        }
        if byLayer {
            let all = try rank(view.view(.measures))
            var perLayer: [Layer: [String: Double]] = [:]
            for layer in Layer.allCases {
                perLayer[layer] = Dictionary(uniqueKeysWithValues: try rank(view.view(layer: layer, .measures), layer: layer).entries.map { ($0.actor, $0.value) })
            }
            if format == .table { print(view.header(.measures)) }
            print(CentralityReport.byLayer(all: all, perLayer: perLayer, top: top, format: format, graph: source.graph),
                  terminator: "")
        } else {
            let v = view.view(.measures)
            let ranking = try rank(v)
            if format == .table { print(view.header(.measures)) }
            let opponents = v.polarity == .tension ? CentralityReport.opponents(v.digraph(of: core), core: core) : nil
            print(CentralityReport.single(ranking, top: top, format: format, core: core, graph: source.graph, opponents: opponents),
                  terminator: "")
        }
    }
}

