import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphRender

/// The `--style` option shared by the drawing commands.
struct StyleOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The figure style file.",
            discussion: "Default: style.yaml beside the graph file, else the bundled style (Graphs/style.yaml, built in).",
            valueName: "file"))
    var style: String?

    /// The style to draw with: `--style`, else `style.yaml` beside the graph file (when the graph is a
    /// file), else the bundled style.
    func load(graphFile: String?) throws -> FigureStyle {
        if let style { return try FigureStyle.load(path: style) }
        if let graphFile {
            let beside = URL(fileURLWithPath: graphFile).deletingLastPathComponent().appendingPathComponent("style.yaml")
                .path
            if FileManager.default.fileExists(atPath: beside) { return try FigureStyle.load(path: beside) }
        }
        return try FigureStyle.bundled()
    }
}

/// The `--routing` option shared by the drawing commands.
struct RoutingOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Who routes curved ties around actors in neato figures: geograph or graphviz.",
            discussion:
                "geograph (default) keeps Graphviz's layout and straight fans and routes only the blocked ties, "
                + "about 20x faster on the overview; graphviz is neato's own router throughout.",
            valueName: "router"))
    var routing: EdgeRouting = .geograph
}

extension EdgeRouting: ExpressibleByArgument {}
extension EdgeDrawing: ExpressibleByArgument {}
extension LayoutEngine: ExpressibleByArgument {}
extension RenderFormat: ExpressibleByArgument {}

/// Writes command output (text or bytes) to standard output, or atomically to a file.
func emit(_ data: Data, to path: String?) throws {
    if let path, path != "-" {
        try AtomicFile.write(data, to: path)
    } else {
        FileHandle.standardOutput.write(data)
    }
}
