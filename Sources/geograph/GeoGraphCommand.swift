import ArgumentParser
import Foundation

@main
struct GeoGraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "geograph",
        abstract: "Build, query and draw geopolitical relationship graphs.",
        discussion: """
            Every command reads a graph file (--graph, else $GEOGRAPH_GRAPH, else the bundled Central \
            Asia graph). The gazetteer, the cue lexicon and the figure style are built in too; \
            --gazetteer, --lexicon and --style replace them. Exit status: 0 success, 1 bad data, \
            64 bad usage. Errors are one line on standard error.
            """,
        version: "0.1.0",
        subcommands: [Info.self, Actors.self, Ties.self, Find.self, Explain.self, Export.self, Centrality.self, PathCommand.self, Reach.self,
                      Generate.self, Balance.self, Blocs.self, Build.self, Evaluate.self, Render.self, Figures.self, Import.self, Report.self, Explore.self, BenchRender.self,
                      Events.self, Merge.self, TimelineCommand.self, ShiftsCommand.self]
    )

    /// Runs the command, reporting every error as one line on stderr (help and version print in full).
    static func main() {
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exitReporting(error)
        }
        do {
            var runnable = command
            try runnable.run()
        } catch {
            exitReporting(error)
        }
    }

    private static func exitReporting(_ error: Error) -> Never {
        let code = exitCode(for: error)
        if error is ExitCode || code == .success { exit(withError: error) }
        let first = message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
        let text = first.hasPrefix("Error: ") ? String(first.dropFirst(7)) : first
        FileHandle.standardError.write(Data("geograph: error: \(text)\n".utf8))
        exit(withError: ExitCode(code.rawValue))
    }
}
