import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphRender

struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Regenerate the report's figures: overview, one per layer, one ego figure per Central Asian state.",
        discussion: """
            Each figure is written as .dot (our DOT, before layout) and .svg, and as .png at 300 dpi \
            with --png, every file atomically. Scripts/check-figures.sh fails when the checked-in \
            figures are out of date with the graph.
            Example: geograph figures -o Graphs/figures --png
            """)

    @OptionGroup var options: GraphOptions
    @OptionGroup var styleOptions: StyleOptions
    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var output: String = "Graphs/figures"
    @Flag(help: "Also write PNG at 300 dpi.") var png = false

    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let style = try reportingDataErrors { try styleOptions.load(graphPath: try options.graphPath()) }
        let writer = DOTWriter(style: style)
        do {
            try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        } catch {
            throw ValidationError("cannot create the folder '\(output)': \(error.localizedDescription)")
        }
        for item in FigureSet.standard(for: graph) {
            let base = (output as NSString).appendingPathComponent(item.name)
            let dot = writer.dot(item.figure)
            try reportingDataErrors {
                try AtomicFile.write(dot, to: base + ".dot")
                let svg = try GraphvizRenderer.render(dot: dot, layout: item.figure.layout, format: .svg)
                try AtomicFile.write(svg, to: base + ".svg")
                if png {
                    let bitmap = try GraphvizRenderer.render(
                        dot: dot, layout: item.figure.layout, format: .png, dpi: 300)
                    try AtomicFile.write(bitmap, to: base + ".png")
                }
            }
            FileHandle.standardError.write(Data("wrote \(base).dot, .svg\(png ? ", .png" : "")\n".utf8))
        }
    }
}
