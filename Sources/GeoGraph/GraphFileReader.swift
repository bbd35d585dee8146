import Foundation
import Yams

/// Reads graph files: YAML and JSON (one schema; JSON is read as YAML 1.2 flow) and TSV edge lists.
///
/// Every problem is reported as a ``GraphFileError`` naming the file and the line, and the whole file
/// is rejected: a graph is never half-loaded.
public enum GraphFileReader {
    /// The schema tag the writers put at the top of every YAML/JSON graph file.
    ///
    /// `geograph/2` adds an event `type` to evidence; files tagged `geograph/1` still load.
    public static let schema = "geograph/2"

    /// Every schema tag the reader accepts, oldest first.
    public static let readableSchemas = ["geograph/1", "geograph/2"]

    /// Loads the graph file at `path`, choosing the decoder by extension (`.tsv` for edge lists).
    /// - Throws: ``GraphFileError``.
    public static func load(path: String) throws -> Graph {
        try load(path: path, chain: [])
    }

    /// Loads a graph file reached through the `gazetteer:` of the files in `chain` (their real
    /// paths, outermost first), refusing a file that is already in the chain.
    static func load(path: String, chain: [String]) throws -> Graph {
        try load(path: path, data: readData(path: path), chain: chain)
    }

    /// Loads the graph file at `path` as ``load(path:)`` does, and gives its bytes too, read once
    /// (`merge` compares the inputs' bytes to refuse one graph given twice).
    /// - Returns: The graph and the file's bytes.
    /// - Throws: ``GraphFileError``.
    public static func loadWithContents(path: String) throws -> (graph: Graph, contents: Data) {
        let data = try readData(path: path)
        return (try load(path: path, data: data, chain: []), data)
    }

    /// Decodes `data`, the bytes of the file at `path` (its name in errors, its folder for a relative
    /// `gazetteer:`), by the path's extension.
    static func load(path: String, data: Data, chain: [String]) throws -> Graph {
        let text = try text(of: data, path: path)
        switch GraphFileFormat(path: path) {
        case .tsv: return try decodeTSV(text, path: path)
        case .yaml, .json:
            let real = ConfinedPath.realPath(path) ?? path
            return try GraphDocumentDecoder(
                path: path, baseDirectory: (path as NSString).deletingLastPathComponent, chain: chain + [real]
            ).decode(text)
        }
    }

    /// Loads a graph built into the binary, such as ``BundledFile/centralAsia``; the `gazetteer:` it
    /// names is the bundled file of that name.
    /// - Throws: ``GraphFileError``, naming the file as ``BundledFile/displayPath``.
    public static func load(_ file: BundledFile) throws -> Graph {
        try load(file, chain: [])
    }

    static func load(_ file: BundledFile, chain: [String]) throws -> Graph {
        try GraphDocumentDecoder(path: file.displayPath, baseDirectory: nil, chain: chain + [file.displayPath]).decode(file.text)
    }

    /// Decodes a YAML or JSON graph document.
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - path: The name used in error messages.
    ///   - baseDirectory: The folder a relative `gazetteer:` path is resolved against.
    /// - Throws: ``GraphFileError``.
    public static func decode(_ text: String, path: String, baseDirectory: String = ".") throws -> Graph {
        try GraphDocumentDecoder(path: path, baseDirectory: baseDirectory, chain: [ConfinedPath.realPath(path) ?? path]).decode(text)
    }

    static func readText(path: String) throws -> String {
        try text(of: readData(path: path), path: path)
    }

    /// The bytes of the file at `path` as text.
    /// - Throws: ``GraphFileError`` when they are not UTF-8.
    static func text(of data: Data, path: String) throws -> String {
        guard let text = String(data: data, encoding: .utf8) else {
            throw GraphFileError(path: path, line: 0, problem: .unreadable(reason: "not UTF-8 text"))
        }
        return text
    }

    /// The file's bytes, or an error saying why they cannot be read.
    ///
    /// Only a regular file (or a link to one) is read: a FIFO would block, `/dev/zero` never ends.
    static func readData(path: String) throws -> Data {
        switch InputFile.kind(of: path) {
        case .missing: throw GraphFileError(path: path, line: 0, problem: .unreadable(reason: "no such file"))
        case .folder: throw GraphFileError(path: path, line: 0, problem: .unreadable(reason: "it is a folder, not a file"))
        case .special:
            throw GraphFileError(path: path, line: 0, problem: .unreadable(reason: InputFile.notRegularReason))
        case .regular: break
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw GraphFileError(path: path, line: 0, problem: .unreadable(reason: "permission denied"))
        }
        return data
    }

    /// Yams' default rules, less those whose tags this reader and the lexicon's (`Lexicon.decode`, with
    /// the event types) never consult.
    ///
    /// Yams resolves the tag of every mapping key as it reads it (to refuse duplicate keys), and of the
    /// key built for every `Node.Mapping[String]` lookup, trying each rule's regular expression in turn;
    /// with all seven that was a third of a start-up. Only two tags change what is read here: `bool`
    /// (`Node.bool` refuses a string-tagged scalar) and `value` (`Node.string` of a `{=: x}` mapping).
    /// Numbers are read from their text and nulls by `isNull`. Kept in Yams' order, these two resolve
    /// as before; a plain number, null or date now resolves as a string, so only a mapping holding both
    /// `1:` and `"1":` reads differently (as a duplicate key).
    package static let resolver = Resolver.basic.appending(.bool).appending(.value)
}

/// Walks the composed YAML node tree, keeping line numbers for every error.
private struct GraphDocumentDecoder {
    let path: String
    /// The folder a relative `gazetteer:` path is resolved against; `nil` for a bundled file, whose
    /// gazetteer is bundled too.
    let baseDirectory: String?
    /// The files whose `gazetteer:` led here, this one last (real paths; display paths when bundled).
    let chain: [String]

    /// How many gazetteers deep a graph file may reach.
    static let maximumGazetteerDepth = 8

    private static let topFields = ["schema", "title", "split", "gazetteer", "corpus", "documents", "actors", "ties"]
    private static let actorFields = ["id", "name", "kind", "tags", "represents", "term", "names", "seats", "demonyms"]
    private static let tieFields = ["source", "target", "layer", "polarity", "weight", "symmetric", "evidence", "reports", "windows"]
    private static let evidenceFields = ["doc", "sentence", "span", "cues", "type", "date", "confidence", "event", "url"]
    private static let windowFields = ["window", "events", "intensity", "types"]
    private static let documentFields = ["file", "date", "outlet", "title"]

    /// A window of another size than the graph's first (`2023` among months).
    static func mixedWindows(_ label: String, _ size: WindowSize) -> GraphFileError.Problem {
        .wrongType(field: "window", expected: "of one size in a graph: this graph counts events per \(size.rawValue), so '\(label)' does not fit; build the graphs with one --window")
    }

    func fail(_ node: Node?, _ problem: GraphFileError.Problem) -> GraphFileError {
        GraphFileError(path: path, line: node?.mark?.line ?? 0, problem: problem)
    }

    func decode(_ text: String) throws -> Graph {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text, GraphFileReader.resolver)
        } catch let error as YamlError {
            throw syntaxError(error)
        }
        guard let root, let mapping = root.mapping else {
            throw GraphFileError(path: path, line: root?.mark?.line ?? 1, problem: .syntax(reason: "expected a mapping with 'schema', 'actors' and 'ties' at the top"))
        }
        let top = Fields(mapping)
        try checkFields(top, allowed: Self.topFields, owner: "the top level")
        let schema = top["schema"]
        guard let schemaText = schema?.string, GraphFileReader.readableSchemas.contains(schemaText) else {
            throw fail(schema ?? root, .unsupportedSchema(found: schema?.string))
        }
        var graph = Graph(title: try optionalString(top, "title"))
        graph.split = try optionalString(top, "split")
        let gazetteer = try loadGazetteer(top["gazetteer"])
        if let corpusNode = top["corpus"], !isNull(corpusNode) {
            guard let corpus = corpusNode.scalar?.string, !corpus.isEmpty else {
                throw fail(corpusNode, .wrongType(field: "corpus", expected: "a folder path relative to this file"))
            }
            guard ConfinedPath.isConfined(corpus) else { throw fail(corpusNode, .escapesFolder(what: "the corpus")) }
            if baseDirectory != nil { graph.corpus = corpus }
        }

        for (index, node) in try sequence(top["documents"], field: "documents").enumerated() {
            graph.add(try document(node, number: index + 1))
        }

        var firstLine: [String: Int] = [:]
        var claims: [String: String] = [:]
        var actorNodes: [(Actor, Node)] = []
        for node in try sequence(top["actors"], field: "actors") {
            let actor = try self.actor(node, gazetteer: gazetteer)
            if let first = firstLine[actor.id] {
                throw fail(node, .duplicateActor(id: actor.id, firstLine: first))
            }
            firstLine[actor.id] = node.mark?.line ?? 0
            for form in actor.surfaceForms {
                let folded = Graph.fold(form)
                if let owner = claims[folded], owner != actor.id {
                    throw fail(node, .duplicateAlias(form: form, actor: actor.id, claimedBy: owner))
                }
                claims[folded] = actor.id
            }
            actorNodes.append((actor, node))
        }
        for (actor, node) in actorNodes {
            if let represents = actor.represents, firstLine[represents] == nil, gazetteer[represents] == nil {
                throw fail(node["represents"] ?? node, .unknownRepresents(id: represents))
            }
            do { try graph.add(actor) } catch { throw fail(node, .invalidID(actor.id)) }
        }

        var windowSize: WindowSize?
        for node in try sequence(top["ties"], field: "ties") {
            let tie = try self.tie(node, graph: graph)
            if let size = tie.windows.first?.size {
                if let windowSize, size != windowSize { throw fail(node["windows"] ?? node, Self.mixedWindows(tie.windows[0].window, windowSize)) }
                windowSize = size
            }
            try graph.add(tie)  // validated above: cannot fail
        }
        return graph
    }

    // MARK: Sections

    func loadGazetteer(_ node: Node?) throws -> [String: Actor] {
        guard let node else { return [:] }
        guard let relative = node.string else { throw fail(node, .wrongType(field: "gazetteer", expected: "a file path")) }
        guard let baseDirectory else {
            guard let bundled = BundledFile.named(relative) else { throw fail(node, .gazetteerNotFound(relative)) }
            try checkChain(bundled.displayPath, at: node)
            // The bundled gazetteer comes decoded (`Scripts/embed-data.py`): no YAML to parse at start.
            let actors = bundled.name == BundledFile.gazetteer.name
                ? BundledFile.gazetteerActors : try GraphFileReader.load(bundled, chain: chain).actors
            return Dictionary(uniqueKeysWithValues: actors.map { ($0.id, $0) })
        }
        guard let full = ConfinedPath.resolve(relative, in: baseDirectory) else {
            throw fail(node, .escapesFolder(what: "the gazetteer"))
        }
        guard FileManager.default.fileExists(atPath: full) else { throw fail(node, .gazetteerNotFound(relative)) }
        try checkChain(ConfinedPath.realPath(full) ?? full, at: node)
        let gazetteer = try GraphFileReader.load(path: full, chain: chain)
        return Dictionary(uniqueKeysWithValues: gazetteer.actors.map { ($0.id, $0) })
    }

    /// Refuses a gazetteer already being read (a file naming itself, or two naming each other) and a
    /// chain deeper than ``maximumGazetteerDepth``, naming the files by their last component.
    func checkChain(_ next: String, at node: Node) throws {
        let names = (chain + [next]).map { ($0 as NSString).lastPathComponent }
        if chain.contains(next) { throw fail(node, .gazetteerCycle(chain: names)) }
        if chain.count >= Self.maximumGazetteerDepth {
            throw fail(node, .gazetteerTooDeep(depth: chain.count, limit: Self.maximumGazetteerDepth))
        }
    }

    /// The `number`th (from 1) entry of `documents:`; its file name must stay inside the corpus folder.
    func document(_ node: Node, number: Int) throws -> Document {
        guard let map = node.mapping.map(Fields.init) else { throw fail(node, .wrongType(field: "documents", expected: "a list of mappings with 'file'")) }
        try checkFields(map, allowed: Self.documentFields, owner: "a document")
        let file = try requiredString(map, "file", owner: "a document", at: node)
        guard ConfinedPath.isConfined(file) else { throw fail(map["file"], .escapesFolder(what: "document name \(number)")) }
        let date = try optionalDate(map, "date")
        return Document(file: file, date: date, outlet: try optionalString(map, "outlet"), title: try optionalString(map, "title"))
    }

    func actor(_ node: Node, gazetteer: [String: Actor]) throws -> Actor {
        if let id = node.scalar?.string {
            guard let actor = gazetteer[id] else {
                let suggestions = gazetteer.keys.sorted { (Graph.editDistance(id, $0), $0) < (Graph.editDistance(id, $1), $1) }
                throw fail(node, .unknownActor(id: id, suggestions: Array(suggestions.prefix(3))))
            }
            return actor
        }
        guard let map = node.mapping.map(Fields.init) else { throw fail(node, .wrongType(field: "actors", expected: "a list of ids or actor mappings")) }
        try checkFields(map, allowed: Self.actorFields, owner: "an actor")
        let id = try requiredString(map, "id", owner: "an actor", at: node)
        guard Actor.isValidID(id) else { throw fail(map["id"], .invalidID(id)) }
        let kindText = try requiredString(map, "kind", owner: "actor '\(id)'", at: node)
        guard let kind = ActorKind(rawValue: kindText) else { throw fail(map["kind"], .unknownKind(kindText)) }
        return Actor(
            id: id, name: try optionalString(map, "name") ?? id, kind: kind, tags: try strings(map, "tags"),
            represents: try optionalString(map, "represents"), terms: try terms(map["term"]), names: try strings(map, "names"),
            seats: try strings(map, "seats"), demonyms: try strings(map, "demonyms"))
    }

    func tie(_ node: Node, graph: Graph) throws -> Tie {
        guard let map = node.mapping.map(Fields.init) else { throw fail(node, .wrongType(field: "ties", expected: "a list of tie mappings")) }
        try checkFields(map, allowed: Self.tieFields, owner: "a tie")
        var ends: [String] = []
        for field in ["source", "target"] {
            let id = try requiredString(map, field, owner: "a tie", at: node)
            guard graph.contains(actor: id) else {
                throw fail(map[field], .unknownActor(id: id, suggestions: graph.suggestions(for: id)))
            }
            ends.append(id)
        }
        guard ends[0] != ends[1] else { throw fail(node, .selfLoop(actor: ends[0])) }
        let layerText = try requiredString(map, "layer", owner: "a tie", at: node)
        guard let layer = Layer(rawValue: layerText) else { throw fail(map["layer"], .unknownLayer(layerText)) }
        let polarityText = try requiredString(map, "polarity", owner: "a tie", at: node)
        guard let polarity = Polarity(fileValue: polarityText) else {
            throw fail(map["polarity"], .unknownPolarity(polarityText))
        }
        guard let weightNode = map["weight"] else { throw fail(node, .missingField("weight", in: "a tie")) }
        guard let weight = weightNode.float ?? weightNode.string.flatMap({ Double($0.trimmingCharacters(in: .whitespaces)) }),
            Tie.isValidWeight(weight)
        else {
            throw fail(weightNode, .weightOutOfRange(weightNode.string ?? "?"))
        }
        var symmetric = false
        if let node = map["symmetric"] {
            guard let value = node.bool else { throw fail(node, .wrongType(field: "symmetric", expected: "true or false")) }
            symmetric = value
        }
        let evidence = try sequence(map["evidence"], field: "evidence").map { try self.evidence($0, graph: graph) }
        var reports: Int?
        if let node = map["reports"], !isNull(node) {
            guard let value = node.int, value >= 0, value <= EventWindow.maximumCount else {
                throw fail(node, .wrongType(field: "reports", expected: "a whole number from 0 to \(EventWindow.maximumCount)"))
            }
            reports = value
        }
        var seen: Set<String> = []
        var size: WindowSize?
        let windows = try sequence(map["windows"], field: "windows").map { node -> EventWindow in
            let window = try self.window(node)
            guard seen.insert(window.window).inserted else { throw fail(node, .wrongType(field: "window", expected: "listed once per tie")) }
            // One size per tie (and per graph, below): a year and one of its months would count its events twice.
            if let size, window.size != size { throw fail(node, Self.mixedWindows(window.window, size)) }
            size = window.size
            return window
        }
        return Tie(source: ends[0], target: ends[1], layer: layer, polarity: polarity, weight: weight,
                   isSymmetric: symmetric, evidence: evidence, reports: reports, windows: windows)
    }

    /// One `{window: 2023-05, events: 12, intensity: 4.5, types: {consult: 12}}` of an event tie.
    func window(_ node: Node) throws -> EventWindow {
        guard let map = node.mapping.map(Fields.init) else { throw fail(node, .wrongType(field: "windows", expected: "a list of mappings with 'window'")) }
        try checkFields(map, allowed: Self.windowFields, owner: "a window")
        let label = try requiredString(map, "window", owner: "a window", at: node)
        guard WindowLabel.isValid(label) else {
            throw fail(map["window"], .wrongType(field: "window", expected: "YYYY-MM, YYYY-Qn or YYYY"))
        }
        guard let eventsNode = map["events"] else { throw fail(node, .missingField("events", in: "a window")) }
        guard let events = eventsNode.int, (1...EventWindow.maximumCount).contains(events) else {
            throw fail(eventsNode, .wrongType(field: "events", expected: "a whole number from 1 to \(EventWindow.maximumCount)"))
        }
        guard let intensityNode = map["intensity"] else { throw fail(node, .missingField("intensity", in: "a window")) }
        guard let intensity = intensityNode.float, intensity > 0, intensity <= Double(events) else {
            throw fail(intensityNode, .wrongType(field: "intensity", expected: "a number in (0, events]: the summed strength of the events"))
        }
        var types: [String: Int] = [:]
        if let typesNode = map["types"], !isNull(typesNode) {
            guard let typeMap = typesNode.mapping else { throw fail(typesNode, .wrongType(field: "types", expected: "a mapping of event type to count")) }
            for (key, value) in typeMap {
                guard let type = key.string, Evidence.isValidEventType(type) else {
                    throw fail(key, .wrongType(field: "types", expected: "event types such as 'consult' as keys"))
                }
                guard let count = value.int, (1...events).contains(count) else {
                    throw fail(value, .wrongType(field: type, expected: "a whole number from 1 to the window's events"))
                }
                types[type] = count
            }
        }
        return EventWindow(window: label, events: events, intensity: intensity, types: types)
    }

    func evidence(_ node: Node, graph: Graph) throws -> Evidence {
        guard let map = node.mapping.map(Fields.init) else { throw fail(node, .wrongType(field: "evidence", expected: "a list of mappings with 'doc'")) }
        try checkFields(map, allowed: Self.evidenceFields, owner: "evidence")
        let doc = try requiredString(map, "doc", owner: "evidence", at: node)
        guard graph.document(doc) != nil else {
            throw fail(map["doc"], .unknownDocument(doc, known: graph.documents.map(\.file)))
        }
        guard let sentenceNode = map["sentence"] else { throw fail(node, .missingField("sentence", in: "evidence")) }
        guard let sentence = sentenceNode.int, sentence >= 0 else {
            throw fail(sentenceNode, .wrongType(field: "sentence", expected: "a whole number from 0"))
        }
        guard let spanNode = map["span"] else { throw fail(node, .missingField("span", in: "evidence")) }
        let bounds = spanNode.sequence.map { $0.map { $0.int } } ?? []
        guard bounds.count == 2, let start = bounds[0], let end = bounds[1], start >= 0, start < end else {
            throw fail(spanNode, .invalidSpan(spanNode.sequence.map { "[" + $0.map { $0.string ?? "?" }.joined(separator: ", ") + "]" } ?? (spanNode.string ?? "?")))
        }
        var confidence: Double?
        if let node = map["confidence"] {
            guard let value = node.float, value > 0, value <= 1 else {
                throw fail(node, .wrongType(field: "confidence", expected: "a number in (0, 1]"))
            }
            confidence = value
        }
        var eventType: String?
        if let node = map["type"] {
            guard let value = node.scalar?.string, Evidence.isValidEventType(value) else {
                throw fail(node, .wrongType(field: "type", expected: "an event type such as 'lend' or 'sanction'"))
            }
            eventType = value
        }
        let eventID = try optionalString(map, "event")
        if let eventID, eventID.isEmpty { throw fail(map["event"], .wrongType(field: "event", expected: "a non-empty event id")) }
        return Evidence(document: doc, sentence: sentence, span: start..<end, cues: try strings(map, "cues"),
                        date: try optionalDate(map, "date") ?? graph.document(doc)?.date, confidence: confidence,
                        eventType: eventType, eventID: eventID, url: try optionalString(map, "url"))
    }

    /// A `term: [from, until]`, or several as a list of such pairs in date order.
    func terms(_ node: Node?) throws -> [Term] {
        guard let node, !isNull(node) else { return [] }
        guard let items = node.sequence, let first = items.first, first.sequence != nil else { return [try term(node)] }
        let terms = try items.map { try term($0) }
        for (earlier, later) in zip(terms, terms.dropFirst()) {
            guard let until = earlier.until.flatMap(DaySpan.init), let from = later.from.flatMap(DaySpan.init),
                  until.days.upperBound <= from.days.lowerBound else {
                throw fail(node, .wrongType(field: "term", expected: "terms in date order, each ended before the next starts"))
            }
        }
        return terms
    }

    /// One `[from, until]` of two dates, either `~` for an open end.
    func term(_ node: Node) throws -> Term {
        let expected = "[from, until]: two dates YYYY-MM[-DD], ~ for an open end, or a list of such pairs"
        guard let items = node.sequence, items.count == 2 else { throw fail(node, .wrongType(field: "term", expected: expected)) }
        let ends = try items.map { item -> String? in
            if isNull(item) { return nil }
            guard let text = item.scalar?.string, Document.isValidDate(text) else { throw fail(item, .invalidDate(item.scalar?.string ?? "?")) }
            return text
        }
        if let from = ends[0].flatMap(DaySpan.init), let until = ends[1].flatMap(DaySpan.init),
           until.days.upperBound < from.days.lowerBound {
            throw fail(node, .wrongType(field: "term", expected: "a start on or before its end"))
        }
        return Term(from: ends[0], until: ends[1])
    }

    // MARK: Scalars

    func checkFields(_ map: Fields, allowed: [String], owner: String) throws {
        for key in map.mapping.keys {
            guard let name = key.string, allowed.contains(name) else {
                throw fail(key, .unknownField(key.string ?? "?", in: owner, expected: allowed))
            }
        }
    }

    func sequence(_ node: Node?, field: String) throws -> [Node] {
        guard let node, !isNull(node) else { return [] }
        guard let items = node.sequence else { throw fail(node, .wrongType(field: field, expected: "a list")) }
        return Array(items)
    }

    func isNull(_ node: Node) -> Bool {
        guard let scalar = node.scalar, scalar.style == .plain else { return false }
        return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
    }

    func requiredString(_ map: Fields, _ field: String, owner: String, at node: Node) throws -> String {
        guard let value = map[field], !isNull(value) else { throw fail(node, .missingField(field, in: owner)) }
        guard let text = value.scalar?.string, !text.isEmpty else {
            throw fail(value, .wrongType(field: field, expected: "a non-empty string"))
        }
        return text
    }

    func optionalString(_ map: Fields, _ field: String) throws -> String? {
        guard let value = map[field], !isNull(value) else { return nil }
        guard let text = value.scalar?.string else { throw fail(value, .wrongType(field: field, expected: "a string")) }
        return text
    }

    func optionalDate(_ map: Fields, _ field: String) throws -> String? {
        guard let text = try optionalString(map, field) else { return nil }
        guard Document.isValidDate(text) else { throw fail(map[field], .invalidDate(text)) }
        return text
    }

    func strings(_ map: Fields, _ field: String) throws -> [String] {
        guard let value = map[field], !isNull(value) else { return [] }
        guard let items = value.sequence else { throw fail(value, .wrongType(field: field, expected: "a list of strings")) }
        return try items.map { item in
            guard let text = item.scalar?.string, !text.isEmpty else {
                throw fail(item, .wrongType(field: field, expected: "a list of non-empty strings"))
            }
            return text
        }
    }

    func syntaxError(_ error: YamlError) -> GraphFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return GraphFileError(path: path, line: mark.line, problem: .syntax(reason: problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return GraphFileError(path: path, line: context.mark.line, problem: .syntax(reason: "duplicate key \(duplicates.joined(separator: ", "))"))
        case .reader(let problem, _, _, _):
            return GraphFileError(path: path, line: 1, problem: .syntax(reason: problem))
        default:
            return GraphFileError(path: path, line: 1, problem: .syntax(reason: "\(error)".split(separator: "\n").first.map(String.init) ?? "unreadable"))
        }
    }
}

/// A mapping's values by key text, indexed once.
///
/// `Node.Mapping[String]` builds a key node and resolves its tag through Yams' regular expressions at
/// every lookup, then compares it with each key in turn; at a few fields per actor, tie and evidence
/// that was most of a start-up. A lookup here matches the same key: the same text, resolved as a string.
/// Yams refuses duplicate keys, so each text names one value.
private struct Fields {
    /// The mapping as read, for its keys in file order.
    let mapping: Node.Mapping
    private let values: [String: Node]

    init(_ mapping: Node.Mapping) {
        self.mapping = mapping
        var values: [String: Node] = [:]
        for (key, value) in mapping where key.tag.rawValue == Tag.Name.str.rawValue {
            if let text = key.scalar?.string, values[text] == nil { values[text] = value }
        }
        self.values = values
    }

    subscript(field: String) -> Node? { values[field] }
}

extension Polarity {
    /// Reads `cooperation`/`tension`, or the TSV forms `+`/`-`.
    public init?(fileValue: String) {
        switch fileValue {
        case "cooperation", "+": self = .cooperation
        case "tension", "-": self = .tension
        default: return nil
        }
    }
}
