import ArgumentParser
import GeoGraph

struct Actors: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "List actors, filtered by kind and tag.",
        discussion: "Example: geograph actors --kind state --tag central-asia --format csv")

    @OptionGroup var options: GraphOptions
    @Option(help: "Only actors of this kind (state, organisation, person, region).") var kind: ActorKind?
    @Option(help: "Only actors with this tag (central-asia, great-power, analyst, …).") var tag: String?
    @Option(help: "table, json or csv.") var format: OutputFormat = .table

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let actors = graph.actors
            .filter { kind == nil || $0.kind == kind }
            .filter { tag == nil || $0.hasTag(tag!) }
            .sorted { $0.id < $1.id }
        switch format {
        case .csv: print(Graph.actorsCSV(actors), terminator: "")
        case .json: print(JSONValue.array(actors.map(GraphFileWriter.actorJSON)).rendered())
        case .table:
            var table = TextTable(["id", "name", "kind", "tags", "represents", "term"])
            for a in actors {
                // Each term as from..until, an open end left empty ("2025-01-20..").
                let terms = a.terms.map { "\($0.from ?? "")..\($0.until ?? "")" }.joined(separator: ", ")
                table.add([a.id, a.name, a.kind.rawValue, a.tags.joined(separator: ","), a.represents ?? "", terms])
            }
            print(table.rendered(), terminator: "")
            print("\(actors.count) actors")
        }
    }
}

extension ActorKind: ExpressibleByArgument {}
extension Layer: ExpressibleByArgument {}
extension Polarity: ExpressibleByArgument {}
