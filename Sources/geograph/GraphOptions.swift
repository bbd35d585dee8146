import ArgumentParser
import Foundation
import GeoGraph

/// The `--graph` option every command shares, and the rule for its default.
struct GraphOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The graph file (.yaml, .json or .tsv).",
        discussion: "Default: $GEOGRAPH_GRAPH, else Graphs/central-asia.yaml under the current folder.",
        valueName: "file"))
    var graph: String?

    /// The graph file to read, by the default rule.
    func graphPath() throws -> String {
        if let graph { return graph }
        if let fromEnvironment = ProcessInfo.processInfo.environment["GEOGRAPH_GRAPH"], !fromEnvironment.isEmpty {
            return fromEnvironment
        }
        let bundled = "Graphs/central-asia.yaml"
        if FileManager.default.fileExists(atPath: bundled) { return bundled }
        throw ValidationError(
            "no graph to read: pass --graph FILE, set GEOGRAPH_GRAPH, or run from a folder that has Graphs/central-asia.yaml")
    }

    /// Loads the graph.
    func load() throws -> Graph { try GraphFileReader.load(path: try graphPath()) }
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

/// Writes command output to standard output, or atomically to a file.
func emit(_ text: String, to path: String?) throws {
    if let path {
        try AtomicFile.write(text, to: path)
    } else {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
