import ArgumentParser
import GeoGraph

struct Blocs: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blocs",
        abstract: "Signed blocs: the k-bloc partition with the least frustration, and how significant it is.",
        discussion: """
            Doreian–Mrvar partitioning of the signed graph (per pair, cooperation weight minus tension \
            weight, leaders rolled up to their states) into at most --k blocs, minimising the weight of \
            cooperation between blocs plus tension inside them. Exact (branch and bound) for k ≤ 3 and \
            components of at most 20 actors, local search beyond (seeded, deterministic; said so). \
            Significance by the Kirkley–Cantwell–Newman (2019) null model: the same pairs and weights with \
            the signs shuffled, --samples times.
            Examples: geograph blocs --layer security | geograph blocs --k 3 --since 2022-09 --until 2022-12
            """)

    @OptionGroup var options: GraphOptions
    @Option(name: .customLong("layer"), help: "Only this layer (repeatable).") var layers: [Layer] = []
    @Option(help: "At most this many blocs.") var k: Int = 2
    @Option(help: ArgumentHelp("Only evidence dated on or after this.", valueName: "YYYY[-MM[-DD]]")) var since: String?
    @Option(help: ArgumentHelp("Only evidence dated on or before this.", valueName: "YYYY[-MM[-DD]]")) var until: String?
    @Flag(name: .customLong("roll-up"), inversion: .prefixedNo, help: "Count leaders as the state they represent (default: on).")
    var rollUp = true
    @Option(help: "Null-model samples for the significance (0: none).") var samples: Int = 100
    @Option(help: "Seed of the local search and the null-model samples.") var seed: UInt64 = 1
    @Option(help: "Ties listed per bloc and kind (0: all).") var show: Int = 8
    @Option(help: "table or json.") var format: OutputFormat = .table
    @OptionGroup var progress: ProgressOptions

    func validate() throws {
        guard (1...10).contains(k) else { throw ValidationError("--k must be between 1 and 10") }
        guard (0...100_000).contains(samples) else { throw ValidationError("--samples must be between 0 and 100000") }
        guard show >= 0 else { throw ValidationError("--show must be 0 or more") }
        if let since, DateBound.parse(since, as: .since) == nil { throw ValidationError("--since '\(since)' must be a real date: YYYY, YYYY-MM or YYYY-MM-DD") }
        if let until, DateBound.parse(until, as: .until) == nil { throw ValidationError("--until '\(until)' must be a real date: YYYY, YYYY-MM or YYYY-MM-DD") }
        if format == .csv { throw ValidationError("blocs prints table or json") }
    }

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let selected = layers.isEmpty ? Layer.allCases : Layer.allCases.filter(layers.contains)
        let context = BalanceContext(graph: graph, layers: selected, since: since.flatMap { DateBound.parse($0, as: .since) },
                                     until: until.flatMap { DateBound.parse($0, as: .until) }, lift: rollUp)
        let signed = SignedGraph(context: context)
        let search = progress.meter("blocs local search", unit: "starts")
        let blocs = SignedBlocs(signed, k: k, seed: seed, progress: search?.handler)
        search?.finish()
        var significance: BlocSignificance?
        if samples > 0, !signed.edges.isEmpty {
            // Each sample partitions a shuffled graph again: the long part of a run on a large graph.
            let meter = progress.meter("blocs significance", unit: "samples")
            significance = BlocSignificance(signed, blocs: blocs, count: samples, seed: seed, progress: meter?.handler)
            meter?.finish()
        }
        let report = BlocsReport(graph: graph, signed: signed, blocs: blocs, significance: significance, show: show)
        let view = ViewOptions.viewLine(layers: layers, since: since, until: until, people: ViewOptions.peopleText(rollsUp: rollUp))
        if format == .json {
            print(report.json.rendered())
        } else {
            print(view)
            print(report.text, terminator: "")
        }
    }
}
