import ArgumentParser
import GeoGraph

/// The options that select a view of the graph, shared by the query commands: which layers, which
/// sign, which window, which evidence, which actors, and whether leaders count for their states.
///
/// Each command has its own defaults for the sign and the roll-up (``Defaults``): influence measures
/// and paths read cooperation ties, listings read every tie; state-level measures roll leaders up to
/// their states, listings show the people. ``header(_:)`` says the view in one line.
struct ViewOptions: ParsableArguments {
    @Option(name: .customLong("layer"), help: "Only this layer (repeat for several): security, economic, diplomatic.")
    var layers: [Layer] = []
    @Option(help: "all, cooperation or tension (default: cooperation for measures and paths, all for listings).")
    var polarity: GraphView.PolarityFilter?
    @Option(name: .customLong("min-weight"), help: "Leave out ties weaker than this.") var minWeight: Double = 0
    @Option(name: .customLong("kind"), help: "Only actors of this kind (repeatable); the actors named in the command stay.")
    var kinds: [ActorKind] = []
    @Option(name: .customLong("tag"), help: "Only actors with this tag (repeatable); the actors named in the command stay.")
    var tags: [String] = []
    @Option(help: ArgumentHelp("Only evidence dated on or after this.", valueName: "YYYY[-MM[-DD]]"))
    var since: String?
    @Option(help: ArgumentHelp("Only evidence dated on or before this.", valueName: "YYYY[-MM[-DD]]"))
    var until: String?
    @Option(help: "How ties of several layers between one pair combine: sum or max.")
    var combine: GraphView.Combine = .sum
    @Option(help: "Which evidence counts: text (documents), events (event data) or all.")
    var source: TieSource = .all
    @Option(name: .customLong("type"), help: ArgumentHelp("Only evidence of this event type (repeatable): lend, sanction, consult …", valueName: "type"))
    var types: [String] = []
    @Flag(name: .customLong("roll-up"), inversion: .prefixedNo,
          help: "Count leaders and officials as the state they represent, in their term (default: on for measures and balance; listings roll up the other ends only, not the actors named).")
    var rollUp: Bool?

    /// A command's defaults for the options whose default depends on the question.
    struct Defaults {
        var polarity: GraphView.PolarityFilter
        var rollUp: Bool
        /// Influence measures and paths: cooperation ties, leaders rolled up.
        static let measures = Defaults(polarity: .cooperation, rollUp: true)
        /// Paths: cooperation ties, people as they are.
        static let paths = Defaults(polarity: .cooperation, rollUp: false)
        /// Listings (ties, explain, find, reach): every tie, people as they are.
        static let listings = Defaults(polarity: .all, rollUp: false)
    }

    func validate() throws {
        guard (0...1).contains(minWeight) else { throw ValidationError("--min-weight must be between 0 and 1") }
        if let since, DateBound.parse(since, as: .since) == nil {
            throw ValidationError("--since '\(since)' must be a real date: YYYY, YYYY-MM or YYYY-MM-DD")
        }
        if let until, DateBound.parse(until, as: .until) == nil {
            throw ValidationError("--until '\(until)' must be a real date: YYYY, YYYY-MM or YYYY-MM-DD")
        }
        if let s = sinceBound, let u = untilBound, s > u, !s.hasPrefix(u), !u.hasPrefix(s) {
            throw ValidationError("--since \(since!) is after --until \(until!)")
        }
        for type in types where !Evidence.isValidEventType(type) {
            throw ValidationError("--type '\(type)' must be an event type such as lend, sanction or consult (Graphs/event-types.yaml)")
        }
    }

    /// `--since` as windows use it (a year becomes its first month).
    var sinceBound: String? { since.flatMap { DateBound.parse($0, as: .since) } }
    /// `--until` as windows use it (a year becomes its last month).
    var untilBound: String? { until.flatMap { DateBound.parse($0, as: .until) } }

    /// The polarity in force for a command with these defaults.
    func polarity(_ defaults: Defaults) -> GraphView.PolarityFilter { polarity ?? defaults.polarity }
    /// Whether leaders roll up, for a command with these defaults.
    func rollsUp(_ defaults: Defaults) -> Bool { rollUp ?? defaults.rollUp }

    /// Loads the `--graph` file for this view: with `--source text|events`, the ties as that source
    /// alone gives them (weights and evidence), so that answers and their explanations agree; with
    /// `--type`, only the ties reporting those types; rolled up when the view rolls up. A TSV edge
    /// list has no evidence or people: it loads as it is.
    func load(_ options: GraphOptions, _ defaults: Defaults = .listings) throws -> LoadedGraph {
        if let path = options.graphFile, GraphFileFormat(path: path) == .tsv { return try LoadedGraph.load(options) }
        let graph = try options.load()
        var selected = selectingEvidence(of: graph)
        if rollsUp(defaults) { selected = selected.rolledUp() }
        return LoadedGraph(graph: selected, core: CompactGraph(selected), original: graph)
    }

    /// `graph`'s ties as the view's evidence gives them: with `--source text|events`, as that source
    /// alone gives them (weights and evidence); with `--type`, only the ties reporting those types.
    /// ``load(_:_:)`` and ``TieSelection`` select evidence through it, first.
    func selectingEvidence(of graph: Graph) -> Graph {
        var selected = source == .all ? graph : graph.selecting(source: source)
        if !types.isEmpty { selected = selected.selecting(eventTypes: Set(types)) }
        return selected
    }

    /// The view these options describe, optionally narrowed to one layer, keeping `named` actors
    /// whatever `--kind` and `--tag` say.
    func view(layer: Layer? = nil, _ defaults: Defaults = .listings, named: Set<String> = []) -> GraphView {
        var view = GraphView(
            layers: layer.map { [$0] } ?? (layers.isEmpty ? Set(Layer.allCases) : Set(layers)),
            polarity: polarity(defaults), minimumWeight: minWeight, kinds: kinds.isEmpty ? nil : Set(kinds),
            tags: tags.isEmpty ? nil : Set(tags), since: sinceBound, until: untilBound, combine: combine, source: source)
        view.named = named
        return view
    }

    /// One line saying the view a table or figure was computed on: layers, polarity, window, event
    /// types, actors, roll-up; a default that hides ties says how to see them.
    func header(_ defaults: Defaults, people: String? = nil) -> String {
        let sign: String
        switch polarity(defaults) {
        case .all: sign = "cooperation and tension ties"
        case .cooperation: sign = "cooperation ties" + (polarity == nil ? " (default; --polarity all for every tie)" : "")
        case .tension: sign = "tension ties"
        }
        var filters: [String] = []
        if !types.isEmpty { filters.append("type " + types.joined(separator: "|")) }
        if !kinds.isEmpty { filters.append("kind " + kinds.map(\.rawValue).joined(separator: "|")) }
        if !tags.isEmpty { filters.append("tag " + tags.joined(separator: "|")) }
        if minWeight > 0 { filters.append("weight ≥ \(formatWeight(minWeight))") }
        if source != .all { filters.append("\(source.rawValue) evidence only") }
        return Self.viewLine(
            layers: layers, sign: sign, since: since, until: until, filters: filters,
            people: people ?? Self.peopleText(rollsUp: rollsUp(defaults)))
    }

    /// The "View: …" line every table starts with, parts joined by " · ": the layers (all when none
    /// is given), the sign when the command filters by it, the dates as typed, the other filters, and
    /// how people count. `header(_:people:)`, `balance` and `blocs` all print it.
    static func viewLine(
        layers: [Layer], sign: String? = nil, since: String?, until: String?, filters: [String] = [], people: String
    ) -> String {
        var parts = [layers.isEmpty ? "all layers" : Layer.allCases.filter(layers.contains).map(\.rawValue).joined(separator: "+")]
        if let sign { parts.append(sign) }
        switch (since, until) {
        case (nil, nil): parts.append("all dates")
        case let (s?, nil): parts.append("evidence from \(s)")
        case let (nil, u?): parts.append("evidence until \(u)")
        case let (s?, u?): parts.append("evidence \(s) to \(u)")
        }
        parts += filters
        parts.append(people)
        return "View: " + parts.joined(separator: " · ")
    }

    /// How people count in the view line of a command that rolls leaders up or not.
    static func peopleText(rollsUp: Bool) -> String { rollsUp ? "leaders rolled up to their states" : "people as themselves" }
}

extension GraphView.PolarityFilter: ExpressibleByArgument {}
extension GraphView.Combine: ExpressibleByArgument {}
extension TieSource: ExpressibleByArgument {}
extension CentralityMeasure: ExpressibleByArgument {}
