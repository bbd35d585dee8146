import ArgumentParser

@main
struct GeoGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geograph",
        abstract: "Build, query and draw geopolitical relationship graphs.",
        discussion: """
            Every command reads a graph file (--graph, else $GEOGRAPH_GRAPH, else \
            Graphs/central-asia.yaml under the current folder). Exit status: 0 success, 1 bad data, \
            64 bad usage.
            """,
        version: "0.1.0",
        subcommands: [Info.self, Actors.self, Ties.self, Explain.self, Export.self, Render.self, Figures.self, Import.self]
    )
}
