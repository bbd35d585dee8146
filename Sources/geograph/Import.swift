import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphRender

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a DOT sketch (through libcgraph) into a graph file.",
        discussion: """
            Nodes become actors (attributes name, kind, tags; name defaults to the label, then the ID; \
            kind to state), edges become ties (attributes layer, polarity, weight, symmetric; defaults \
            diplomatic, cooperation, 0.5; symmetric in an undirected graph or with dir=both). Every \
            other attribute is dropped and listed on stderr.
            Example: geograph import sketch.dot -o sketch.yaml
            """)

    @Argument(help: ArgumentHelp("The DOT file.", valueName: "file.dot")) var input: String
    @Option(
        name: .shortAndLong,
        help: ArgumentHelp(
            "Write here instead of standard output (.yaml, .json or .tsv).",
            valueName: "file"))
    var output: String?

    func validate() throws {
        if let output, output != "-" {
            let ext = (output as NSString).pathExtension.lowercased()
            guard ["yaml", "yml", "json", "tsv"].contains(ext) else {
                throw ValidationError("-o '\(output)' must name a .yaml, .json or .tsv graph file")
            }
            try OutputCheck.check(output, inputs: [input], format: ext == "yml" ? "yaml" : ext)
        }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: input) else {
            throw ValidationError("cannot read '\(input)'")
        }
        let result = try reportingDataErrors {
            try DOTImporter.importGraph(dot: String(decoding: data, as: UTF8.self), path: input)
        }
        if !result.dropped.isEmpty {
            FileHandle.standardError.write(
                Data(
                    "geograph: note: dropped attributes not on the whitelist: \(result.dropped.joined(separator: ", "))\n"
                        .utf8))
        }
        let format = output.flatMap { $0 == "-" ? nil : GraphFileFormat(path: $0) } ?? .yaml
        try reportingDataErrors { try emit(GraphFileWriter.encode(result.graph, as: format), to: output) }
    }
}
