import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphExtraction

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
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
    @Option(help: ArgumentHelp(
        "Also write the capitalised names the gazetteer lacks, with counts and an example pointer (TSV).",
        discussion: "English input: names are found by their capitals. The documents are read a second time for it.",
        valueName: "names.tsv"))
    var unknown: String?
    @Option(name: .customLong("unknown-limit"), help: ArgumentHelp("List at most this many names in --unknown's file.", valueName: "n"))
    var unknownLimit: Int = 1000

    func validate() throws {
        if let halfLife, !(halfLife > 0) { throw ValidationError("--half-life must be a positive number of days") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if unknownLimit < 1 { throw ValidationError("--unknown-limit must be at least 1") }
        if let unknown, unknown == output { throw ValidationError("--unknown and --output name the same file; give the names their own") }
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
        if let unknown {
            let tally = UnknownNames(gazetteer: gazetteerGraph).scan(plan, jobs: jobs, limit: unknownLimit)
            try reportingDataErrors { try AtomicFile.write(Array(tally.tsv.utf8), to: unknown) }
            var note = "listed \(tally.names.count) names the gazetteer lacks -> \(unknown)"
            if tally.namesLeftOut > 0 { note += " (\(tally.namesLeftOut) less frequent ones left out by --unknown-limit \(unknownLimit))" }
            if tally.occurrencesLeftOut > 0 {
                note += "; \(tally.occurrencesLeftOut) occurrences of names past the first \(UnknownNames.maximumDistinct) distinct ones not counted"
            }
            FileHandle.standardError.write(Data((note + "\n").utf8))
        }
    }
}
