import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphExtraction

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build a graph from documents: actors, typed and signed ties, each with the sentence it came from.",
        discussion: """
            Reads .txt, .md and .html files (folders are read with their manifest.tsv), skips page debris, \
            finds actors with the gazetteer and ties with the cue lexicon, and writes the graph (JSON for \
            .json, else YAML). Unreadable files are skipped with a warning; exit 1 only when nothing could be read.
            Example: geograph build ../shared/corpus -o /tmp/ca.json
            """)

    @Argument(help: "Document files or folders.") var inputs: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp("The graph file to write (.json or .yaml).", valueName: "file"))
    var output: String
    @Option(help: ArgumentHelp(
        "The gazetteer, a graph file of actors.", discussion: "Default: the bundled one (Graphs/actors.yaml, built in).",
        valueName: "file"))
    var gazetteer: String?
    @Option(help: ArgumentHelp(
        "The cue lexicon.", discussion: "Default: the bundled one (Graphs/lexicon.yaml, built in).", valueName: "file"))
    var lexicon: String?
    @Option(help: ArgumentHelp("An analyst's corrections applied after extraction (add, drop, reweight).", valueName: "file"))
    var curation: String?
    @Option(name: .customLong("half-life"), help: ArgumentHelp("Halve a report's strength every this many days of age.", valueName: "days"))
    var halfLife: Double?
    @Option(help: "Documents processed in parallel (default: all cores).") var jobs: Int?
    @Option(help: "The graph's title.") var title: String?

    func validate() throws {
        if let halfLife, !(halfLife > 0) { throw ValidationError("--half-life must be a positive number of days") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let gazetteerGraph = try reportingDataErrors {
            try gazetteer.map { try GraphFileReader.load(path: $0) } ?? GraphFileReader.load(BundledFile.gazetteer)
        }
        let cues = try reportingDataErrors { try lexicon.map { try Lexicon.load(path: $0) } ?? Lexicon.bundled() }
        let jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        let builder = GraphBuilder(gazetteer: gazetteerGraph, lexicon: cues, halfLife: halfLife, jobs: jobs)
        let plan = DocumentLoader().plan(inputs)
        let showProgress = plan.files.count > 5 && isatty(STDERR_FILENO) != 0
        let progress: @Sendable (Int, Int) -> Void = { done, total in
            FileHandle.standardError.write(Data("\rbuilding: \(done)/\(total) documents".utf8))
            if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
        }
        // Each document is read, extracted and let go of in turn (`GraphBuilder.build(_:loader:)`).
        let built = builder.build(plan, title: title, progress: showProgress ? progress : nil)
        for w in built.warnings { FileHandle.standardError.write(Data("geograph: warning: \(w)\n".utf8)) }
        guard built.documentsRead > 0 else {
            FileHandle.standardError.write(Data("geograph: error: no document could be read from \(inputs.joined(separator: ", "))\n".utf8))
            throw ExitCode(1)
        }
        var graph = built.graph
        if let curation {
            let curated = try reportingDataErrors { try Curation.load(path: curation).apply(to: graph, gazetteer: gazetteerGraph) }
            for note in curated.notes { FileHandle.standardError.write(Data("geograph: note: \(note)\n".utf8)) }
            graph = curated.graph
        }
        // JSON's bytes go to the file as they are (a copy into `Data` touched another 50 MB on a 50 MB corpus).
        let bytes = GraphFileFormat(path: output) == .json ? GraphFileWriter.jsonBytes(graph) : Array(GraphFileWriter.yaml(graph).utf8)
        try reportingDataErrors { try AtomicFile.write(bytes, to: output) }
        FileHandle.standardError.write(Data(
            "built \(graph.actors.count) actors, \(graph.ties.count) ties from \(built.documentsRead) documents -> \(output)\n".utf8))
    }
}

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
