import ArgumentParser
import Foundation
import GeoGraph

/// The `--graph` option every command shares, and the rule for its default.
struct GraphOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The graph file (.yaml, .json or .tsv).",
        discussion: "Default: $GEOGRAPH_GRAPH, else the bundled Central Asia graph (Graphs/central-asia.yaml, built in).",
        valueName: "file"))
    var graph: String?

    /// The graph file to read: `--graph`, else `$GEOGRAPH_GRAPH`; `nil` means the bundled graph.
    var graphFile: String? {
        if let graph { return graph }
        if let fromEnvironment = ProcessInfo.processInfo.environment["GEOGRAPH_GRAPH"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        return nil
    }

    /// Loads the graph file, or the bundled Central Asia graph when none is named.
    func load() throws -> Graph {
        guard let path = graphFile else { return try GraphFileReader.load(BundledFile.centralAsia) }
        return try GraphFileReader.load(path: path)
    }
}

/// How a command prints its result.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, csv
}

/// Resolves an actor name typed by the user (any alias, any case) or fails as a usage error.
func resolve(_ name: String, in graph: Graph) throws -> Actor {
    do {
        return try graph.resolveActor(name)
    } catch let error as ActorLookupError {
        throw ValidationError(error.description)
    }
}

/// Writes command output to standard output (no path, or `-`), or atomically to a file.
func emit(_ text: String, to path: String?) throws {
    if let path, path != "-" {
        try AtomicFile.write(text, to: path)
    } else {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
