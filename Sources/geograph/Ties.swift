import ArgumentParser
import GeoGraph

struct Ties: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List ties, filtered by actor, layer, polarity, event type and weight.",
        discussion: """
            Example: geograph ties --actor Kremlin --layer security --min-weight 0.5. The types column lists \
            each tie's event types with their counts; --type lend keeps the ties with a lend report \
            (lender -> borrower), --type remit (host -> home state), --type sanction (who sanctions whom).
            """)

    @OptionGroup var options: GraphOptions
    @Option(help: "Only ties touching this actor (any alias).") var actor: String?
    @Option(help: "Only this layer (security, economic, diplomatic).") var layer: Layer?
    @Option(help: "Only this polarity (cooperation, tension).") var polarity: Polarity?
    @Option(name: .customLong("min-weight"), help: "Only ties at least this strong.") var minWeight: Double = 0
    @Option(name: .customLong("type"), help: ArgumentHelp(
        "Only ties with evidence of this event type (repeat for several).", discussion: "Types: Graphs/event-types.yaml.",
        valueName: "type"))
    var types: [String] = []
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func validate() throws {
        guard (0...1).contains(minWeight) else { throw ValidationError("--min-weight must be between 0 and 1") }
    }

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let actorID = try actor.map { try resolve($0, in: graph).id }
        let ties = graph.ties
            .filter { actorID == nil || $0.involves(actorID!) }
            .filter { layer == nil || $0.layer == layer }
            .filter { polarity == nil || $0.polarity == polarity }
            .filter { $0.weight >= minWeight }
            .filter { t in types.isEmpty || types.contains { t.reports(eventType: $0) } }
            .sorted { $0.key < $1.key }
        switch format {
        case .csv: print(Graph.tiesCSV(ties), terminator: "")
        case .json: print(JSONValue.array(ties.map(GraphFileWriter.tieJSON)).rendered())
        case .table:
            var table = TextTable(["source", "", "target", "layer", "polarity", "weight", "evidence", "types"])
            for t in ties {
                table.add([t.source, t.isSymmetric ? "<->" : "->", t.target, t.layer.rawValue, t.polarity.rawValue,
                           formatWeight(t.weight), String(t.evidence.count),
                           t.eventTypes.map { "\($0.type) \($0.count)" }.joined(separator: ", ")])
            }
            print(table.rendered(), terminator: "")
            print("\(ties.count) ties")
        }
    }
}
