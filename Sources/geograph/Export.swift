import ArgumentParser
import GeoGraph

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the graph as JSON, YAML, GraphML, a CSV tie table or a TSV edge list.",
        discussion: "Example: geograph export --format graphml -o central-asia.graphml")

    enum Format: String, ExpressibleByArgument, CaseIterable { case json, yaml, graphml, csv, tsv }

    @OptionGroup var options: GraphOptions
    @Option(help: "json, yaml, graphml, csv (ties) or tsv (edge list).") var format: Format = .json
    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        try OutputCheck.check(output, inputs: [options.graphFile], format: format.rawValue)
    }

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let text: String
        switch format {
        case .json: text = GraphFileWriter.json(graph)
        case .yaml: text = GraphFileWriter.yaml(graph)
        case .graphml: text = graph.graphML()
        case .csv: text = Graph.tiesCSV(graph.ties.sorted { $0.key < $1.key })
        case .tsv: text = GraphFileWriter.tsv(graph)
        }
        try reportingDataErrors { try emit(text, to: output) }
    }
}
