import ArgumentParser
import GeoGraph

struct Info: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "info",
        abstract: "Count actors and ties by kind, layer, polarity and document.",
        discussion: "Example: geograph info --graph Graphs/central-asia.yaml")

    @OptionGroup var options: GraphOptions
    @Option(help: "table or json.") var format: OutputFormat = .table

    func validate() throws {
        if format == .csv { throw ValidationError("info prints table or json, not csv") }
    }

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let summary = GraphSummary(graph)
        switch format {
        case .json: print(summary.json.rendered())
        default: print(summary.text, terminator: "")
        }
    }
}
