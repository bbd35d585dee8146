import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphEvents

extension EventFormat: ExpressibleByArgument {}
extension WindowSize: ExpressibleByArgument {}

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Build an event graph from GDELT, ICEWS or POLECAT/PLOVER event files.",
        discussion: """
            Streams the files (.zip as distributed, or plain; a folder stands for its files), maps each event \
            code to an event type, layer and polarity (Graphs/event-types.yaml) and each actor code to a \
            gazetteer id (Graphs/event-actors.yaml), and sums events per tie and per window. Bad rows are \
            counted and the first few shown with file and line; the rest is read. Exit 1 only when nothing \
            could be read.
            Example: geograph events gdelt 20230501.export.CSV.zip -o /tmp/gdelt.json --unmapped /tmp/unmapped.tsv
            """)

    @Argument(help: "gdelt, gdelt-mentions, icews, polecat or plover.") var format: EventFormat
    @Argument(help: "Event files or folders.") var inputs: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp("The graph file to write (.json or .yaml).", valueName: "file"))
    var output: String
    @Option(help: "month, quarter or year: the windows events are counted in.") var window: WindowSize = .month
    @Option(help: ArgumentHelp("Event records kept as evidence per tie (the first by date, then id).", valueName: "n"))
    var evidence = 5
    @Option(name: .customLong("events"), help: ArgumentHelp("For gdelt-mentions: the GDELT 2.0 event files the mentions point into.", valueName: "file"))
    var mentionEvents: [String] = []
    @Option(name: .customLong("max-events"),
            help: ArgumentHelp("For gdelt-mentions: the most --events rows held in memory (about 45 bytes each); the report says how many were cut off.",
                               valueName: "n"))
    var maxMentionEvents = EventReader.defaultMaxMentionEvents
    @Option(help: ArgumentHelp("Write the actor codes that did not map, with counts, as TSV.", valueName: "file"))
    var unmapped: String?
    @Option(name: .customLong("max-line-bytes"), help: "Refuse lines longer than this (skipped to their end).")
    var maxLineBytes = 1 << 20
    @Option(name: .customLong("max-zip-ratio"), help: ArgumentHelp("Refuse zip entries that expand more than this many times their stored size.", valueName: "n"))
    var maxZipRatio = 100
    @Option(name: .customLong("max-zip-bytes"), help: ArgumentHelp("Read at most this many bytes out of one zip archive.", valueName: "bytes"))
    var maxZipBytes = 1 << 35
    @Flag(name: .customLong("skip-unreadable"), help: "Build from the inputs that can be read when some cannot (missing, not a regular file).")
    var skipUnreadable = false
    @Option(help: ArgumentHelp("The event mapping.", discussion: "Default: the bundled one (Graphs/event-types.yaml, built in)."))
    var mapping: String?
    @Option(name: .customLong("actor-codes"), help: ArgumentHelp("The actor code mapping.", discussion: "Default: the bundled one (Graphs/event-actors.yaml, built in)."))
    var actorCodes: String?
    @Option(help: ArgumentHelp("The gazetteer.", discussion: "Default: the bundled one (Graphs/actors.yaml, built in).")) var gazetteer: String?
    @Option(help: "The graph's title.") var title: String?

    func validate() throws {
        guard evidence >= 0 else { throw ValidationError("--evidence must be 0 or more") }
        // The line buffer holds two lines, and field offsets are 32-bit: 1 GiB keeps both safe.
        guard (16...Events.maximumLineBytes).contains(maxLineBytes) else {
            throw ValidationError("--max-line-bytes must be from 16 to \(Events.maximumLineBytes) (1 GiB)")
        }
        guard maxZipRatio >= 1 else { throw ValidationError("--max-zip-ratio must be at least 1") }
        guard maxZipBytes >= 1 else { throw ValidationError("--max-zip-bytes must be at least 1") }
        guard maxMentionEvents >= 1 else { throw ValidationError("--max-events must be at least 1") }
        if format == .gdeltMentions, mentionEvents.isEmpty { throw ValidationError("gdelt-mentions needs --events FILE (the events the mentions point into)") }
        if format != .gdeltMentions, !mentionEvents.isEmpty { throw ValidationError("--events goes with gdelt-mentions only") }
        try OutputCheck.check(output, inputs: inputs + mentionEvents, format: Events.graphFormat(output))
        // The unmapped list is TSV: its extension cannot be the graph's, so it cannot be the same file either.
        if let unmapped { try OutputCheck.check(unmapped, inputs: inputs + mentionEvents, format: "tsv") }
        do {
            try EventInputs.check(inputs + mentionEvents)
        } catch let error as EventInputError {
            if case .duplicate = error { throw ValidationError(error.description) }
        } catch {}  // unreadable inputs are reported by run (exit 1, or read around with --skip-unreadable)
    }

    /// The longest line `--max-line-bytes` may allow.
    static let maximumLineBytes = 1 << 30

    /// The graph format `-o` promises: `.json`, else `.yaml` (`.yml`); any other extension is refused.
    static func graphFormat(_ output: String) throws -> String {
        switch (output as NSString).pathExtension.lowercased() {
        case "json": "json"
        case "yaml", "yml": "yaml"
        default: throw ValidationError("-o '\(output)' must name a .json or .yaml graph file")
        }
    }

    func run() throws {
        if !skipUnreadable {
            do { try EventInputs.check(inputs + mentionEvents) } catch {
                FileHandle.standardError.write(Data("geograph: error: \(error); nothing written (--skip-unreadable builds from the rest)\n".utf8))
                throw ExitCode(1)
            }
        }
        let gazetteerGraph = try reportingDataErrors {
            try gazetteer.map { try GraphFileReader.load(path: $0) } ?? GraphFileReader.load(BundledFile.gazetteer)
        }
        let eventMapping = try reportingDataErrors {
            try mapping.map { try EventMapping.load(path: $0) } ?? EventMapping.decode(BundledFile.eventTypes.text, path: "Graphs/event-types.yaml")
        }
        let actorMap = try reportingDataErrors {
            try actorCodes.map { try EventActorMap.load(path: $0, gazetteer: gazetteerGraph) }
                ?? EventActorMap.decode(BundledFile.eventActors.text, path: "Graphs/event-actors.yaml", gazetteer: gazetteerGraph)
        }
        var options = EventReader.Options(format: format)
        options.window = window
        options.evidence = evidence
        options.maxLineBytes = maxLineBytes
        options.maxZipRatio = maxZipRatio
        options.outputFolder = (output as NSString).deletingLastPathComponent
        options.maxZipBytes = maxZipBytes
        options.mentionEvents = mentionEvents
        options.maxMentionEvents = maxMentionEvents
        options.title = title
        var aggregate = EventReader(mapping: eventMapping, actors: actorMap, options: options).aggregate(inputs)
        let report = aggregate.report
        for line in report.summary() { FileHandle.standardError.write(Data("geograph: \(line)\n".utf8)) }
        guard report.readAnything else {
            FileHandle.standardError.write(Data("geograph: error: no row could be read from \(inputs.joined(separator: ", "))\n".utf8))
            throw ExitCode(1)
        }
        if let unmapped { try reportingDataErrors { try AtomicFile.write(report.unmappedTSV(), to: unmapped) } }
        let actorCount = aggregate.actorCount, tieCount = aggregate.tieCount
        if GraphFileFormat(path: output) == .json {
            // Streamed: one tie at a time, never the whole graph or its text.
            try reportingDataErrors { try aggregate.writeJSON(to: output) }
        } else {
            let graph = aggregate.graph()
            try reportingDataErrors { try AtomicFile.write(Array(GraphFileWriter.yaml(graph).utf8), to: output) }
        }
        FileHandle.standardError.write(Data("built \(actorCount) actors, \(tieCount) ties from \(report.tied) events -> \(output)\n".utf8))
    }
}

struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join graphs that use the same actor ids (an event graph and a document graph) into one.",
        discussion: """
            Ties of the same key merge: text weights by noisy-or, event windows by adding their counts (the \
            event part reweighed by the saturating rule), and the two parts by noisy-or. Directed event ties \
            of a pair that some graph holds as a symmetric tie (same layer and polarity) merge into it, in \
            either direction.
            Example: geograph merge /tmp/ca.json /tmp/gdelt.json -o /tmp/both.json
            """)

    @Argument(help: "The graphs to join (.yaml, .json).") var graphs: [String]
    @Option(name: .shortAndLong, help: ArgumentHelp("The graph file to write (.json or .yaml).", valueName: "file"))
    var output: String
    @Option(help: "The merged graph's title.") var title: String?

    func validate() throws {
        guard graphs.count >= 2 else { throw ValidationError("merge needs at least two graphs") }
        try OutputCheck.check(output, inputs: graphs, format: Events.graphFormat(output))
        for (i, path) in graphs.enumerated() {
            if let first = graphs[..<i].first(where: { OutputCheck.sameFile($0, path) }) {
                throw ValidationError("'\(path)' is the same file as '\(first)'; give each graph once (its counts would add twice)")
            }
        }
    }

    func run() throws {
        var contents: [Data: String] = [:]
        var loaded: [Graph] = []
        for (i, path) in graphs.enumerated() {
            if i > 0, i % 50 == 0 { FileHandle.standardError.write(Data("geograph: merge: read \(i) of \(graphs.count) graphs\n".utf8)) }
            // Each file read once: its graph, and its bytes to compare with the others'.
            let (graph, bytes) = try reportingDataErrors { try GraphFileReader.loadWithContents(path: path) }
            // Two copies of one graph under different names would add its counts twice.
            if let first = contents[bytes] {
                FileHandle.standardError.write(Data("geograph: error: '\(path)' holds the same graph as '\(first)'; give each graph once (its counts would add twice)\n".utf8))
                throw ExitCode(1)
            }
            contents[bytes] = path
            loaded.append(graph)
        }
        var sizes: [(WindowSize, String)] = []
        for (graph, path) in zip(loaded, graphs) {
            if let size = graph.ties.lazy.compactMap({ $0.windows.first?.size }).first, !sizes.contains(where: { $0.0 == size }) { sizes.append((size, path)) }
        }
        if sizes.count > 1 {
            FileHandle.standardError.write(Data("geograph: error: '\(sizes[0].1)' counts events per \(sizes[0].0.rawValue) but '\(sizes[1].1)' per \(sizes[1].0.rawValue); build them with one --window\n".utf8))
            throw ExitCode(1)
        }
        let graph = try reportingDataErrors { try Graph.merging(loaded, title: title) }
        let bytes = GraphFileFormat(path: output) == .json ? GraphFileWriter.jsonBytes(graph) : Array(GraphFileWriter.yaml(graph).utf8)
        try reportingDataErrors { try AtomicFile.write(bytes, to: output) }
        FileHandle.standardError.write(Data("merged \(graphs.count) graphs: \(graph.actors.count) actors, \(graph.ties.count) ties -> \(output)\n".utf8))
    }
}
