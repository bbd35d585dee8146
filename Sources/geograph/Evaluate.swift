import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphExtraction

struct Evaluate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score an extracted graph against a reference graph (precision, recall, F1).",
        discussion: "Example: geograph evaluate /tmp/ca.json (against the bundled Central Asia graph)")

    @Argument(help: "The extracted graph.") var graph: String
    @Option(help: ArgumentHelp(
        "The reference graph.", discussion: "Default: the bundled Central Asia graph (Graphs/central-asia.yaml, built in).",
        valueName: "file"))
    var gold: String?
    @Option(help: "table or json.") var format: OutputFormat = .table
    @Flag(help: "List every miss and false hit.") var details = false

    func validate() throws { if format == .csv { throw ValidationError("evaluate prints table or json") } }

    func run() throws {
        let predicted = try reportingDataErrors { try GraphFileReader.load(path: graph) }
        let reference = try reportingDataErrors {
            try gold.map { try GraphFileReader.load(path: $0) } ?? GraphFileReader.load(BundledFile.centralAsia)
        }
        let e = Evaluation(predicted: predicted, gold: reference)
        func f(_ x: Double) -> String { String(format: "%.2f", x) }
        if format == .json {
            func score(_ s: Evaluation.Score) -> JSONValue {
                .object([("precision", .number(s.precision)), ("recall", .number(s.recall)), ("f1", .number(s.f1)),
                         ("predicted", .int(s.predicted)), ("gold", .int(s.gold))])
            }
            print(JSONValue.object([
                ("actors", score(e.actors)), ("pairs", score(e.pairs)), ("ties", score(e.ties)),
                ("documents", .array(e.byDocument.map { .object([("file", .string($0.file)), ("ties", score($0.ties)), ("pairs", score($0.pairs))]) })),
                ("misses", .array(e.misses.map(JSONValue.string))), ("false_hits", .array(e.falseHits.map(JSONValue.string))),
            ]).rendered())
            return
        }
        var table = TextTable(["scope", "what", "precision", "recall", "F1", "extracted", "reference"])
        for (what, s) in [("actors", e.actors), ("pairs", e.pairs), ("directed ties", e.ties)] {
            table.add(["overall", what, f(s.precision), f(s.recall), f(s.f1), String(s.predicted), String(s.gold)])
        }
        for d in e.byDocument {
            table.add([String(d.file.prefix(3)), "pairs", f(d.pairs.precision), f(d.pairs.recall), f(d.pairs.f1), String(d.pairs.predicted), String(d.pairs.gold)])
            table.add([String(d.file.prefix(3)), "directed ties", f(d.ties.precision), f(d.ties.recall), f(d.ties.f1), String(d.ties.predicted), String(d.ties.gold)])
        }
        print(table.rendered(), terminator: "")
        let limit = details ? Int.max : 10
        print("\nmisses (\(e.misses.count))" + (details ? "" : ", first 10") + ":")
        for m in e.misses.prefix(limit) { print("  \(m)") }
        print("false hits (\(e.falseHits.count))" + (details ? "" : ", first 10") + ":")
        for m in e.falseHits.prefix(limit) { print("  \(m)") }
    }
}
