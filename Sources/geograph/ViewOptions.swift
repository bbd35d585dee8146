import ArgumentParser
import GeoGraph

/// The options that select a view of the graph, shared by the query commands.
struct ViewOptions: ParsableArguments {
    @Option(name: .customLong("layer"), help: "Only this layer (repeat for several): security, economic, diplomatic.")
    var layers: [Layer] = []
    @Option(help: "all, cooperation or tension.") var polarity: GraphView.PolarityFilter = .all
    @Option(name: .customLong("min-weight"), help: "Leave out ties weaker than this.") var minWeight: Double = 0
    @Option(name: .customLong("kind"), help: "Only actors of this kind (repeatable).") var kinds: [ActorKind] = []
    @Option(name: .customLong("tag"), help: "Only actors with this tag (repeatable).") var tags: [String] = []
    @Option(help: ArgumentHelp("Only ties with evidence dated on or after this.", valueName: "YYYY-MM[-DD]"))
    var since: String?
    @Option(help: ArgumentHelp("Only ties with evidence dated on or before this.", valueName: "YYYY-MM[-DD]"))
    var until: String?
    @Option(help: "How ties of several layers between one pair combine: sum or max.")
    var combine: GraphView.Combine = .sum
    @Option(help: "Which evidence counts: text (documents), events (event data) or all.")
    var source: TieSource = .all

    func validate() throws {
        guard (0...1).contains(minWeight) else { throw ValidationError("--min-weight must be between 0 and 1") }
        for date in [since, until].compactMap({ $0 }) where !Document.isValidDate(date) {
            throw ValidationError("date '\(date)' must be YYYY-MM-DD or YYYY-MM")
        }
    }

    /// Loads the `--graph` file for this view: with `--source text|events`, the ties as that source
    /// alone gives them (weights and evidence), so that answers and their explanations agree.
    func load(_ options: GraphOptions) throws -> LoadedGraph {
        let loaded = try LoadedGraph.load(options)
        guard source != .all, let graph = loaded.graph else { return loaded }
        let selected = graph.selecting(source: source)
        return LoadedGraph(graph: selected, core: CompactGraph(selected))
    }

    /// The view these options describe, optionally narrowed to one layer.
    func view(layer: Layer? = nil) -> GraphView {
        GraphView(
            layers: layer.map { [$0] } ?? (layers.isEmpty ? Set(Layer.allCases) : Set(layers)),
            polarity: polarity, minimumWeight: minWeight, kinds: kinds.isEmpty ? nil : Set(kinds),
            tags: tags.isEmpty ? nil : Set(tags), since: since, until: until, combine: combine, source: source)
    }
}

extension GraphView.PolarityFilter: ExpressibleByArgument {}
extension GraphView.Combine: ExpressibleByArgument {}
extension TieSource: ExpressibleByArgument {}
extension CentralityMeasure: ExpressibleByArgument {}
