import ArgumentParser
import GeoGraph

struct Ties: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ties",
        abstract: "List ties, filtered by actor, layer, polarity, weight, event type and date.",
        discussion: """
            The other ends of the ties are shown as states: leaders and officials count as the state \
            they represent (Xi as China); --roll-up rolls the actor named by --actor up too (Tokayev's \
            ties as Kazakhstan's), --no-roll-up (or --kind person) shows every person. --kind and --tag \
            filter the other end; the actor named by --actor always stays. Without --actor they keep \
            ties with at least one end of that kind or tag.
            Examples: geograph ties --actor Kremlin --layer security --min-weight 0.5 | \
            geograph ties --type lend --actor Kyrgyzstan | geograph ties --since 2022-09 --until 2022-12
            """)

    @OptionGroup var options: GraphOptions
    @OptionGroup var view: ViewOptions
    @Option(help: "Only ties touching this actor (any alias).") var actor: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let selection = try TieSelection(graph: graph, actors: actor.map { [$0] } ?? [], view: view)
        let ties = selection.ties.sorted { $0.key < $1.key }
        switch format {
        case .csv: print(Graph.tiesCSV(ties), terminator: "")
        case .json: print(JSONValue.array(ties.map(selection.json)).rendered())
        case .table:
            print(view.header(.listings, people: selection.rollUpText))
            if let note = selection.absentNote { print(note) }
            var table = TextTable(["source", "", "target", "layer", "polarity", "weight", "types", "evidence"])
            for t in ties {
                table.add([t.source, t.isSymmetric ? "<->" : "->", t.target, t.layer.rawValue, t.polarity.rawValue,
                           formatWeight(t.weight), TieSelection.types(of: t), String(t.evidence.count)])
            }
            print(table.rendered(), terminator: "")
            print("\(ties.count) ties")
        }
    }
}
