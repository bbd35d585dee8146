import ArgumentParser
import GeoGraph

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a synthetic scale-free, directed, weighted, multi-layer graph as a TSV edge list.",
        discussion: """
            Targets are drawn by preferential attachment (in-degree + 1), sources uniformly; layers \
            uniformly, polarity 80% cooperation, weights uniform in (0, 1]. The same seed gives the \
            same file. Example: geograph generate --nodes 5000 --edges 50000 --seed 1 -o g.tsv
            """)

    @Option(help: "Number of actors.") var nodes: Int
    @Option(help: "Number of edges.") var edges: Int
    @Option(help: "Random seed.") var seed: UInt64 = 1
    @Option(name: .shortAndLong, help: ArgumentHelp("Write here instead of standard output.", valueName: "file"))
    var output: String?

    func validate() throws {
        guard nodes >= 2, nodes <= SyntheticGraph.maximumNodes else {
            throw ValidationError("--nodes must be between 2 and 10,000,000 (SyntheticGraph.maximumNodes)")
        }
        guard edges >= 0, edges <= 50_000_000 else { throw ValidationError("--edges must be between 0 and 50,000,000") }
        try OutputCheck.check(output, inputs: [], format: "tsv")
    }

    func run() throws {
        let text = SyntheticGraph(nodes: nodes, edges: edges, seed: seed).tsv()
        try reportingDataErrors { try emit(text, to: output) }
    }
}
