import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphRender

struct Figures: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "Regenerate the report's figures: overview, one per layer, one ego figure per Central Asian state.",
        discussion: """
            Each figure is written as .dot (our DOT, before layout) and .svg, and as .png at 300 dpi \
            with --png, every file atomically. Scripts/check-figures.sh fails when the checked-in \
            figures are out of date with the graph.
            Example: geograph figures -o Graphs/figures --png
            """)

    @OptionGroup var options: GraphOptions
    @OptionGroup var styleOptions: StyleOptions
    @OptionGroup var limits: RenderLimitOptions
    @OptionGroup var routingOptions: RoutingOptions
    @Option(name: .shortAndLong, help: ArgumentHelp("The folder to write into (created if missing).", valueName: "dir"))
    var output: String = "Graphs/figures"
    @Flag(help: "Also write PNG at 300 dpi.") var png = false
    @Flag(
        help: ArgumentHelp(
            "Print each figure's width, its smallest actor label and legend text at 16 cm, and its edges across labels."
        ))
    var measure = false

    /// Renders the whole set in memory first, then writes each file atomically: a failure or a kill
    /// while rendering (nearly all of the run) leaves the folder as it was, and a kill while writing
    /// leaves every file either old or new, never half-written.
    func run() throws {
        let graph = try reportingDataErrors { try options.load() }
        let style = try reportingDataErrors { try styleOptions.load(graphFile: options.graphFile) }
        let writer = DOTWriter(style: style)
        let items = FigureSet.standard(for: graph)
        try reportingDataErrors { for item in items { try limits.budget?.check(item.figure) } }
        // Each figure laid out to read on an A4 page with no edge across a label, where a layout can;
        // the SVG written and the measures printed are those of the layout kept, rendered once.
        let fitted = try reportingDataErrors {
            try fitToPage(items, writer: writer, budget: limits.budget, routing: routingOptions.routing)
        }
        var files: [(base: String, contents: [(suffix: String, data: Data)])] = []
        var measured: [String] = []
        for (item, result) in fitted {
            let dot = writer.dot(item.figure)
            var contents = [(suffix: ".dot", data: Data(dot.utf8)), (".svg", result.svg)]
            if measure { measured.append("\(item.name): \(describe(result.fit, result.crossings))\n") }
            if png {
                try reportingDataErrors {
                    contents.append(
                        (
                            ".png",
                            try GraphvizRenderer.render(
                                dot: dot, layout: item.figure.layout, format: .png, dpi: 300, budget: limits.budget,
                                routing: routingOptions.routing)
                        ))
                }
            }
            files.append(((output as NSString).appendingPathComponent(item.name), contents))
        }
        try createOutputFolder(output)
        for file in files {
            try reportingDataErrors {
                for content in file.contents { try AtomicFile.write(content.data, to: file.base + content.suffix) }
            }
            FileHandle.standardError.write(Data("wrote \(file.base).dot, .svg\(png ? ", .png" : "")\n".utf8))
        }
        print(measured.joined(), terminator: "")
    }
}
