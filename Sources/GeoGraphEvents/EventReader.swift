import Foundation
import GeoGraph
import ZIPFoundation

/// Streams event files into an event graph: each row is read from bytes, mapped (event code → type,
/// layer, polarity; actor codes → gazetteer ids) and added to an `EventAggregator`.
///
/// Bad rows are counted and reported with their file and line, and the rest is read
/// (``EventReadReport``). Files are read one after the other on one core; memory grows with the ties,
/// not with the rows.
public struct EventReader {
    /// How to read.
    public struct Options: Sendable {
        public var format: EventFormat
        public var window: WindowSize = .month
        /// The event records each tie keeps as evidence (the first by date, then id). Five keep a
        /// year of GDELT within memory (each record holds its URL); `reports` keeps the full count.
        public var evidence: Int = 5
        /// Lines longer than this are refused (and skipped to their end).
        public var maxLineBytes: Int = 1 << 20
        /// For `gdelt-mentions`: the GDELT 2.0 event files the mentions point into.
        public var mentionEvents: [String] = []
        /// For `gdelt-mentions`: the most events of the `mentionEvents` files held in memory (about
        /// 45 bytes each: the default, about a month of GDELT 2.0, takes some 135 MB). Events past it
        /// are not kept, their mentions are set aside with the unknown events', and the report says
        /// how many were cut off (``EventReadReport/mentionEventsNotKept``).
        public var maxMentionEvents: Int = EventReader.defaultMaxMentionEvents
        /// The most bytes a zip entry may expand to per byte stored: a GDELT or ICEWS file packs about
        /// 8 to 1, a zip bomb of repeated bytes about 1,000 to 1. An entry above it is refused unread.
        public var maxZipRatio: Int = 100
        /// The most bytes read out of one zip archive, all entries together (declared and counted).
        public var maxZipBytes: Int = 1 << 35
        /// The folder of the graph file to be written: inputs under it are named by their path from
        /// it, others by their file name (a graph keeps no absolute path nor `..`).
        public var outputFolder: String?
        /// The most entries read from one zip archive.
        public var maxZipEntries: Int = 100_000
        public var title: String?

        public init(format: EventFormat) { self.format = format }
    }

    /// The graph and what reading found.
    public struct Result: Sendable {
        public var graph: Graph
        public var report: EventReadReport
    }

    public let mapping: EventMapping
    public let actors: EventActorMap
    public let options: Options

    /// How many `--events` rows `gdelt-mentions` keeps by default (``Options/maxMentionEvents``).
    public static let defaultMaxMentionEvents = 3_000_000

    public init(mapping: EventMapping, actors: EventActorMap, options: Options) {
        self.mapping = mapping
        self.actors = actors
        self.options = options
    }

    /// What reading found before a graph is made: the ties summed so far and the report.
    ///
    /// Turn it into a `Graph` (``graph()``) or write it straight to a JSON graph file
    /// (``writeJSON(to:)``), once: the second keeps only one tie at a time in memory.
    public struct Aggregate {
        var aggregator: EventAggregator
        /// What reading found: rows read, refused, set aside, unmapped.
        public let report: EventReadReport
        let documents: [Document]
        /// The actors some tie joins, and every actor (ties name them by index).
        let actors: [Actor], allActors: [Actor]
        let title: String?

        init(_ ingest: Ingest, title: String?, outlet: String) {
            var ingest = ingest
            ingest.settle()
            aggregator = ingest.aggregator
            report = ingest.report
            // In the graph's order (sorted, each file once), as a graph would list them.
            var listed = Graph()
            for file in ingest.aggregator.documents { listed.add(Document(file: file, outlet: outlet)) }
            documents = listed.documents
            allActors = ingest.actors.actors
            actors = ingest.aggregator.tiedActors().map { ingest.actors.actors[$0] }
            self.title = title
        }

        /// The number of actors the ties join, and of ties.
        public var actorCount: Int { actors.count }
        public var tieCount: Int { aggregator.tieCount }

        /// The event graph: the documents read, the actors its ties join, the ties.
        public mutating func graph() -> Graph {
            var graph = Graph(title: title)
            for d in documents { graph.add(d) }
            for a in actors { try? graph.add(a) }
            graph.reserveCapacity(ties: aggregator.tieCount)
            aggregator.drainTies(actors: allActors) { t in try? graph.add(t, documentsChecked: true) }
            return graph
        }

        /// Writes the event graph as a JSON graph file, the bytes `GraphFileWriter.jsonBytes(_:)` gives
        /// for ``graph()``, one tie at a time (through a temporary file renamed over `path`).
        /// - Throws: `AtomicFileError` naming the path.
        public mutating func writeJSON(to path: String) throws {
            let all = allActors
            try GraphFileWriter.writeJSON(title: title, documents: documents, actors: actors, to: path) { write in
                try aggregator.drainTies(actors: all, write)
            }
        }
    }

    /// Reads every file (a folder stands for the regular files in it, by name) and sums the events.
    public func aggregate(_ inputs: [String]) -> Aggregate {
        let paths = EventReader.expand(inputs)
        let names = EventInputs.documentNames(paths, outputFolder: options.outputFolder)
        var ingest = Ingest(reader: self, documents: names)
        if options.format == .gdeltMentions {
            ingest.phase = .collectingEvents
            for path in options.mentionEvents { ingest.readFile(path, document: -1) }
            ingest.phase = .aggregating
            ingest.report.mentionEventsKept = ingest.events.count
            ingest.report.mentionEventCap = options.maxMentionEvents
        }
        for (i, path) in paths.enumerated() { ingest.readFile(path, document: Int32(i)) }
        return Aggregate(ingest, title: options.title, outlet: options.format.outlet)
    }

    /// Reads every file (a folder stands for the regular files in it, by name) and builds the graph.
    public func read(_ inputs: [String]) -> Result {
        var aggregate = aggregate(inputs)
        return Result(graph: aggregate.graph(), report: aggregate.report)
    }

    /// Reads rows held in memory as if they were the file `name` (fuzzing, tests).
    public func read(bytes: [UInt8], name: String) -> Result {
        var ingest = Ingest(reader: self, documents: [name])
        ingest.place = name
        ingest.report.filesRead = 1
        var splitter = LineSplitter(maxLineBytes: options.maxLineBytes)
        defer { splitter.deallocate() }
        bytes.withUnsafeBytes { raw in
            splitter.feed(raw, line: { ingest.line($0, $1) }, overlong: { ingest.overlong($0) })
        }
        splitter.finish(line: { ingest.line($0, $1) }, overlong: { ingest.overlong($0) })
        var aggregate = Aggregate(ingest, title: options.title, outlet: options.format.outlet)
        return Result(graph: aggregate.graph(), report: aggregate.report)
    }

    /// Files as given, folders replaced by their regular files sorted by name (``EventInputs/expand(_:)``).
    static func expand(_ inputs: [String]) -> [String] { EventInputs.expand(inputs) }
}

/// A GDELT event kept for the mentions that point at it: 24 bytes (a type index of one byte, as in
/// the counters' key; layer and polarity in one byte), so that a dictionary of them costs about 45
/// bytes an event.
struct StoredEvent {
    var source: Int32, target: Int32
    var date: Int32
    var code: Int16
    var type: UInt8
    /// The layer's position in `Layer.allCases` times 2, plus 1 for tension.
    var layerAndPolarity: UInt8
    var strength: Double

    init(source: Int32, target: Int32, meaning: EventMapping.Meaning, strength: Double, date: Int32, code: Int16) {
        self.source = source
        self.target = target
        self.date = date
        self.code = code
        type = UInt8(truncatingIfNeeded: meaning.type)
        layerAndPolarity = UInt8(Layer.allCases.firstIndex(of: meaning.layer)! * 2 + (meaning.polarity == .tension ? 1 : 0))
        self.strength = strength
    }

    var meaning: EventMapping.Meaning {
        EventMapping.Meaning(type: Int(type), layer: Layer.allCases[Int(layerAndPolarity >> 1)],
                             polarity: layerAndPolarity & 1 == 1 ? .tension : .cooperation)
    }
}

/// The state of one read: the aggregator, the report, and the row parsers of each format.
struct Ingest {
    enum Phase { case collectingEvents, aggregating }

    let reader: EventReader
    let mapping: EventMapping
    let actors: EventActorMap
    var aggregator: EventAggregator
    var report = EventReadReport()
    var phase = Phase.aggregating
    var fields = TabFields()
    var events: [UInt64: StoredEvent] = [:]
    var resolutions = ResolutionCache()
    /// Rows set aside, by ``EventReadReport/Skip``'s position, and unmapped GDELT codes: counted here
    /// without a hashed lookup a row, and added to ``report`` by ``settle()``.
    var skips = [Int](repeating: 0, count: EventReadReport.Skip.allCases.count)
    var unmappedCodes = UnmappedTally()
    /// The file being read, as shown in problems.
    var place = ""
    var document: Int32 = 0
    var sawHeader = false
    var headerBroken = false

    init(reader: EventReader, documents: [String]) {
        self.reader = reader
        mapping = reader.mapping
        actors = reader.actors
        aggregator = EventAggregator(windowSize: reader.options.window, evidenceCap: reader.options.evidence, documents: documents,
                                     types: reader.mapping.types, actorCount: reader.actors.actors.count)
    }

    var format: EventFormat { phase == .collectingEvents ? .gdelt : reader.options.format }

    // MARK: Files

    mutating func readFile(_ path: String, document: Int32) {
        self.document = document
        report.filesRead += 1
        let before = phase == .collectingEvents ? report : nil
        // An `--events` file's skips (its statements) are not the mentions' own: they are counted
        // again, per mention, so the counts kept aside while reading it are dropped with its rows.
        // (Its rows count no unmapped code: an event with a side that is not an actor is not kept.)
        let skipsBefore = skips
        defer {
            if let before {
                skips = skipsBefore
                report.setAsideEventFileRows(since: before)
            }
        }
        if path == "-" {
            place = "-"
            beginStream()
            read(descriptor: 0, path: path)
            return
        }
        // Checked before opening: open(2) on a FIFO with no writer (and a zip reader) blocks for ever.
        switch InputFile.kind(of: path) {
        case .regular: break
        case .missing: return unopened(path, "no such file")
        case .folder, .special: return unopened(path, InputFile.notRegularReason)
        }
        if path.lowercased().hasSuffix(".zip") {
            readZip(path)
            return
        }
        // O_NONBLOCK: should the path have become a FIFO since, open returns at once.
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return unopened(path, String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return unopened(path, InputFile.notRegularReason) }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
        place = path
        beginStream()
        read(descriptor: descriptor, path: path, size: Int(info.st_size))
    }

    /// Records an input that could not be opened: a problem, and a reason for the command to fail.
    mutating func unopened(_ path: String, _ reason: String) {
        report.unopened.append(path)
        report.problem(.file, "\(path): cannot open: \(reason)")
    }

    /// Reads a file to its end: a regular file of known `size` through a mapping, else (standard
    /// input, or a file that cannot be mapped) with `read(2)`.
    mutating func read(descriptor: Int32, path: String, size: Int? = nil) {
        var splitter = LineSplitter(maxLineBytes: reader.options.maxLineBytes)
        defer { splitter.deallocate() }
        if let size, let failure = splitter.map(descriptor: descriptor, size: size, line: { self.line($0, $1) }, overlong: { self.overlong($0) }) {
            if failure != 0 { report.problem(.file, "\(path):\(splitter.lineNumber): read error: \(String(cString: strerror(failure)))") }
            return
        }
        let failure = splitter.read(descriptor: descriptor, line: { self.line($0, $1) }, overlong: { self.overlong($0) })
        if failure != 0 { report.problem(.file, "\(path):\(splitter.lineNumber): read error: \(String(cString: strerror(failure)))") }
    }

    /// Stops an entry's extraction when it expands past its bounds.
    struct ZipBound: Error {
        var reason: String
    }

    mutating func readZip(_ path: String) {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            report.problem(.file, "\(path): not a readable zip archive (truncated or damaged: \(error))")
            return
        }
        let options = reader.options
        var budget = options.maxZipBytes
        var entries = 0
        // Entries with the same checksum and sizes hold the same bytes (two central-directory
        // records pointing at one local header, or one file stored twice): read once.
        var contents: [String: String] = [:]
        for entry in archive where entry.type == .file {
            place = "\(path)!\(entry.path)"
            entries += 1
            guard entries <= options.maxZipEntries else {
                report.problem(.file, "\(path): more than \(options.maxZipEntries) entries; the rest are not read (unzip it, or pass a folder)")
                break
            }
            if entry.path.lowercased().hasSuffix(".zip") {
                report.problem(.file, "\(place): a zip inside a zip is not read; unzip it and pass the inner file")
                continue
            }
            if entry.uncompressedSize > 0 {
                let identity = "\(entry.checksum) \(entry.compressedSize) \(entry.uncompressedSize)"
                if let first = contents[identity] {
                    report.problem(.file, "\(place): the same bytes as \(first); read once (its events would count twice)")
                    continue
                }
                contents[identity] = entry.path
            }
            let limit = min(UInt64(budget), UInt64(max(entry.compressedSize, 1)).multipliedReportingOverflow(by: UInt64(options.maxZipRatio)).partialValue)
            guard entry.uncompressedSize <= limit else {
                report.problem(.file, Ingest.zipRefusal(place, entry.uncompressedSize > UInt64(budget), options))
                continue
            }
            beginStream()
            var splitter = LineSplitter(maxLineBytes: options.maxLineBytes)
            defer { splitter.deallocate() }
            var expanded: UInt64 = 0
            do {
                _ = try archive.extract(entry, bufferSize: 1 << 20, skipCRC32: false) { data in
                    // The declared size may lie: count what comes out, against the same bounds.
                    expanded += UInt64(data.count)
                    guard expanded <= limit else { throw ZipBound(reason: Ingest.zipRefusal(place, expanded > UInt64(budget), options)) }
                    data.withUnsafeBytes { splitter.feed($0, line: { self.line($0, $1) }, overlong: { self.overlong($0) }) }
                }
                splitter.finish(line: { self.line($0, $1) }, overlong: { self.overlong($0) })
            } catch let bound as ZipBound {
                report.problem(.file, "\(bound.reason); rows before line \(splitter.lineNumber) were read")
            } catch Archive.ArchiveError.invalidCompressionMethod {
                report.problem(.file, "\(place): unsupported compression method (only stored and deflate are read); unzip it with another tool")
            } catch {
                report.problem(.file, "\(place):\(splitter.lineNumber): the entry is damaged after this line (\(error)); rows before it were read")
            }
            budget -= Int(min(expanded, UInt64(budget)))
        }
    }

    /// Why a zip entry is not read (or stopped): its expansion ratio, or the archive's byte budget.
    static func zipRefusal(_ place: String, _ overBudget: Bool, _ options: EventReader.Options) -> String {
        overBudget
            ? "\(place): expands past \(options.maxZipBytes) bytes, the budget of one archive (--max-zip-bytes lifts it)"
            : "\(place): expands more than \(options.maxZipRatio) times its stored size, as a zip bomb does (--max-zip-ratio lifts it)"
    }

    mutating func beginStream() {
        sawHeader = false
        headerBroken = false
    }

    mutating func overlong(_ number: Int) {
        report.rows += 1
        report.problem(.tooLong, "\(place):\(number): line longer than \(reader.options.maxLineBytes) bytes; skipped to its end")
    }

    // MARK: Rows

    mutating func line(_ raw: UnsafeBufferPointer<UInt8>, _ number: Int) {
        // A byte order mark opens some exports: it is not part of the first field (an event id).
        let bom = number == 1 && raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
        let bytes = bom ? UnsafeBufferPointer(rebasing: raw[3...]) : raw
        if bytes.isEmpty { return }
        switch format {
        case .gdelt: gdelt(bytes, number)
        case .gdeltMentions: mention(bytes, number)
        case .icews: icews(bytes, number)
        case .polecat: polecat(bytes, number)
        case .plover: plover(bytes, number)
        }
    }

    /// Checks the header line of a format that has one; `true` when this line was the header (or the
    /// file's header is broken and every line is to be passed over).
    mutating func header(_ bytes: UnsafeBufferPointer<UInt8>, _ number: Int, columns: Int, name: String) -> Bool {
        if headerBroken { return true }
        guard !sawHeader else { return false }
        sawHeader = true
        fields.split(bytes)
        let first = String(decoding: fields[0].prefix(16), as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}"))
        guard fields.count == columns, first == "Event ID" else {
            headerBroken = true
            // The file's own text is not quoted: it may be anything (a link to /etc/shadow, escape codes).
            let start = first == "Event ID" ? "from 'Event ID'" : "and the first is not 'Event ID'"
            report.problem(.file, "\(place):\(number): expected the \(name) header (\(columns) columns from 'Event ID'); found \(fields.count) columns \(start); file skipped")
            return true
        }
        return true
    }

    mutating func refuse(_ p: EventReadReport.Refusal, _ number: Int, _ what: String) {
        report.problem(p, "\(place):\(number): \(what)")
    }

    @inline(__always) mutating func skip(_ s: EventReadReport.Skip) {
        switch s {
        case .noActor: skips[0] += 1
        case .unmapped: skips[1] += 1
        case .statement: skips[2] += 1
        case .sameActor: skips[3] += 1
        case .unknownEvent: skips[4] += 1
        }
    }

    /// Adds the counts kept aside while reading to the report.
    mutating func settle() {
        for (i, s) in EventReadReport.Skip.allCases.enumerated() where skips[i] > 0 { report.skipped[s, default: 0] += skips[i] }
        skips = skips.map { _ in 0 }
        unmappedCodes.fold(into: &report)
    }

    /// Counts an actor that did not map and says whether the row goes on.
    @inline(__always) mutating func side(_ r: EventActorMap.Resolution) -> Int32? {
        switch r {
        case .actor(let i): return i
        case .none: return nil
        case .unmapped(let code, let reason):
            report.countUnmapped(code, reason)
            return nil
        }
    }

    /// Adds an event whose two sides have been resolved (or says why not).
    @inline(__always) mutating func tie(_ a: EventActorMap.Resolution, _ b: EventActorMap.Resolution, _ event: (Int32, Int32) -> MappedEvent) {
        if a == .none || b == .none { skip(.noActor); _ = side(a); _ = side(b); return }
        let s = side(a), t = side(b)
        guard let s, let t else { skip(.unmapped); return }
        guard s != t else { skip(.sameActor); return }
        aggregator.add(event(s, t))
        report.tied += 1
    }
}
