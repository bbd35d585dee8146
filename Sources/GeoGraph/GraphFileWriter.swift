/// Writes graph files in the schema ``GraphFileReader`` reads, byte-for-byte deterministic.
///
/// Actors are written in full (the output needs no gazetteer), ties sorted by key, evidence sorted.
public enum GraphFileWriter {
    /// The graph as a JSON document: `document(graph).rendered()` and a newline, written straight
    /// into one buffer without building the tree.
    public static func json(_ graph: Graph) -> String { String(decoding: jsonBytes(graph), as: UTF8.self) }

    /// ``json(_:)`` as UTF-8, for writing to a file without making (and validating) a string first.
    public static func jsonBytes(_ graph: Graph) -> [UInt8] {
        let evidence: Int = graph.ties.reduce(0) { $0 + $1.evidence.count }
        let estimate: Int = 300 * graph.actors.count + 200 * graph.ties.count + 220 * evidence
        var w = JSONWriter(capacity: 4096 + estimate)
        let fragments = jsonHead(title: graph.title, split: graph.split, documents: graph.documents, actors: graph.actors, into: &w)
        // (Each tie read in place, through the buffer, in key order: a sorted copy of the ties retained
        // every tie's strings and evidence.)
        let order = sortedTieOrder(graph)
        graph.ties.withUnsafeBufferPointer { ties in
            for i in order { jsonTie(ties[i], fragments, into: &w) }
        }
        jsonTail(into: &w)
        return w.bytes
    }

    /// Streams a graph's JSON into the file at `path` (a temporary file renamed over it when done,
    /// ``AtomicFile``), a megabyte at a time: the bytes are those ``jsonBytes(_:)`` gives for a graph of
    /// these documents, actors and ties, but neither the graph nor its text is held whole. `ties` calls
    /// the function it is given once per tie, in key order (``TieKey``'s, as ``jsonBytes(_:)`` sorts them).
    /// - Throws: ``AtomicFileError`` naming the path, or what `ties` throws.
    public static func writeJSON(
        title: String?, documents: [Document], actors: [Actor], to path: String,
        ties: ((Tie) throws -> Void) throws -> Void
    ) throws {
        try AtomicFile.write(to: path) { sink in
            var w = JSONWriter(capacity: 2 << 20)
            let fragments = jsonHead(title: title, documents: documents, actors: actors, into: &w)
            try ties { t in
                jsonTie(t, fragments, into: &w)
                if w.bytes.count >= 1 << 20 {
                    try sink.write(w.bytes)
                    w.removeAllBytes()
                }
            }
            jsonTail(into: &w)
            try sink.write(w.bytes)
        }
    }

    /// The JSON of a graph up to its first tie; returns the fragments ties are written from.
    static func jsonHead(title: String?, split: String? = nil, documents: [Document], actors: [Actor], into w: inout JSONWriter) -> (TieFragments, EvidenceFragments) {
        w.beginObject()
        w.key("schema")
        w.string(GraphFileReader.schema)
        w.key("title")
        w.optional(title)
        if let split {
            w.key("split")
            w.string(split)
        }
        w.key("documents")
        w.beginArray()
        for d in documents {
            w.item()
            w.beginObject()
            w.key("file")
            w.string(d.file)
            w.key("date")
            w.optional(d.date)
            w.key("outlet")
            w.optional(d.outlet)
            w.key("title")
            w.optional(d.title)
            w.endObject()
        }
        w.endArray()
        w.key("actors")
        w.beginArray()
        for a in actors {
            w.item()
            actorJSON(a).write(to: &w)
        }
        w.endArray()
        w.key("ties")
        w.beginArray()
        // Ties are most of a graph: each is written from prepared fragments, laid out as
        // `beginObject`, `key`, `beginArray`, `item` and the ends would (pinned by JSONWriterTests).
        // (`item()` opens nothing: the depth inside the array is the depth of every tie.)
        return (TieFragments(depth: w.depth), EvidenceFragments(depth: w.depth + 2))
    }

    /// One tie of the `ties` array.
    static func jsonTie(_ t: Tie, _ fragments: (TieFragments, EvidenceFragments), into w: inout JSONWriter) {
        let (tieFragments, evidenceFragments) = fragments
        w.item()
        if t.reports != nil || !t.windows.isEmpty {
            return writeEventTie(t, evidenceFragments, to: &w)  // event ties: their windows follow the evidence
        }
        w.raw(tieFragments.source)
        w.string(t.source)
        w.raw(tieFragments.target)
        w.string(t.target)
        w.raw(tieFragments.layer)
        w.string(t.layer.rawValue)
        w.raw(tieFragments.polarity)
        w.string(t.polarity.rawValue)
        w.raw(tieFragments.weight)
        w.number(t.weight)
        w.raw(tieFragments.symmetric)
        w.bool(t.isSymmetric)
        w.raw(tieFragments.evidence)
        // (Each evidence read in place: a copy retained its strings.)
        t.evidence.withUnsafeBufferPointer { evidence in
            for i in evidence.indices {
                w.raw(i == 0 ? tieFragments.firstItem : tieFragments.item)
                write(evidence[i], evidenceFragments, to: &w)
            }
        }
        w.raw(t.evidence.isEmpty ? tieFragments.closeEmpty : tieFragments.close)
    }

    /// The end of the `ties` array and of the graph.
    static func jsonTail(into w: inout JSONWriter) {
        w.endArray()
        w.endObject()
        w.newline()
    }

    /// The graph as a YAML document (block style; strings quoted where YAML would misread them).
    public static func yaml(_ graph: Graph) -> String {
        var out = "schema: \(GraphFileReader.schema)\n"
        if let title = graph.title { out += "title: \(yamlString(title))\n" }
        if let split = graph.split { out += "split: \(yamlString(split))\n" }
        out += "documents:" + (graph.documents.isEmpty ? " []\n" : "\n")
        for d in graph.documents {
            out += "  - file: \(yamlString(d.file))\n"
            if let date = d.date { out += "    date: \(yamlString(date))\n" }
            if let outlet = d.outlet { out += "    outlet: \(yamlString(outlet))\n" }
            if let title = d.title { out += "    title: \(yamlString(title))\n" }
        }
        out += "actors:" + (graph.actors.isEmpty ? " []\n" : "\n")
        for a in graph.actors {
            out += "  - id: \(a.id)\n    name: \(yamlString(a.name))\n    kind: \(a.kind.rawValue)\n"
            if !a.tags.isEmpty { out += "    tags: \(yamlList(a.tags))\n" }
            if let r = a.represents { out += "    represents: \(r)\n" }
            if !a.terms.isEmpty {
                let pairs = a.terms.map { "[\($0.from.map(yamlString) ?? "~"), \($0.until.map(yamlString) ?? "~")]" }
                out += "    term: \(pairs.count == 1 ? pairs[0] : "[" + pairs.joined(separator: ", ") + "]")\n"
            }
            if !a.names.isEmpty { out += "    names: \(yamlList(a.names))\n" }
            if !a.seats.isEmpty { out += "    seats: \(yamlList(a.seats))\n" }
            if !a.demonyms.isEmpty { out += "    demonyms: \(yamlList(a.demonyms))\n" }
        }
        out += "ties:" + (graph.ties.isEmpty ? " []\n" : "\n")
        for t in sortedTies(graph) {
            out += "  - source: \(t.source)\n    target: \(t.target)\n    layer: \(t.layer.rawValue)\n"
            out += "    polarity: \(t.polarity.rawValue)\n    weight: \(JSONValue.format(t.weight))\n"
            out += "    symmetric: \(t.isSymmetric)\n"
            out += "    evidence:" + (t.evidence.isEmpty ? " []\n" : "\n")
            for e in t.evidence {
                out += "      - doc: \(yamlString(e.document))\n        sentence: \(e.sentence)\n"
                out += "        span: [\(e.span.lowerBound), \(e.span.upperBound)]\n"
                out += "        cues: \(yamlList(e.cues))\n"
                if let type = e.eventType { out += "        type: \(yamlString(type))\n" }
                if let date = e.date { out += "        date: \(yamlString(date))\n" }
                if let c = e.confidence { out += "        confidence: \(JSONValue.format(c))\n" }
                if let id = e.eventID { out += "        event: \(JSONValue.quote(id))\n" }
                if let url = e.url { out += "        url: \(JSONValue.quote(url))\n" }
            }
            if let reports = t.reports { out += "    reports: \(reports)\n" }
            if !t.windows.isEmpty {
                out += "    windows:\n"
                for w in t.windows {
                    let types = w.types.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
                    out += "      - {window: \(JSONValue.quote(w.window)), events: \(w.events), intensity: \(JSONValue.format(w.intensity)), types: {\(types)}}\n"
                }
            }
        }
        return out
    }

    /// The graph in the given encoding (TSV drops actors' metadata and evidence).
    public static func encode(_ graph: Graph, as format: GraphFileFormat) -> String {
        switch format {
        case .json: json(graph)
        case .yaml: yaml(graph)
        case .tsv: tsv(graph)
        }
    }

    /// The graph as a TSV edge list.
    public static func tsv(_ graph: Graph) -> String {
        var out = GraphFileReader.tsvHeader + "\n"
        for t in sortedTies(graph) {
            out += "\(t.source)\t\(t.target)\t\(t.layer.rawValue)\t\(t.polarity.symbol)\t\(JSONValue.format(t.weight))\n"
        }
        return out
    }

    /// The ties sorted by key: ``TieKey``'s order, which compares (source, target, layer, polarity).
    ///
    /// Every end is an actor of the graph, so each key is packed into one integer that orders as the
    /// key does: the ends' ranks among the actor ids sorted, then the layer's and the polarity's
    /// positions. The stable sort of positions by those integers makes the same comparisons' answers
    /// as sorting by keys (equal keys stay in graph order), without comparing strings (callgrind: the
    /// key sort was 190 M instructions for 58,000 ties, a tenth of writing the graph).
    static func sortedTies(_ graph: Graph) -> [Tie] { sortedTieOrder(graph).map { graph.ties[$0] } }

    /// The positions of `sortedTies(_:)`'s ties in `graph.ties`, in that order.
    static func sortedTieOrder(_ graph: Graph) -> [Int] {
        guard graph.actors.count < 1 << 28 else {  // too many actors to pack: compare the keys
            let keys = graph.ties.map(\.key)
            return keys.indices.sorted { keys[$0] < keys[$1] }
        }
        let order = graph.actors.indices.sorted { graph.actors[$0].id < graph.actors[$1].id }
        var rank = [Int](repeating: 0, count: graph.actors.count)
        for (r, a) in order.enumerated() { rank[a] = r }
        let packed: [UInt64] = graph.ties.map { t in
            // `Graph.add` refuses a tie whose end is not an actor: every index is found.
            var (s, e) = (rank[graph.index(of: t.source)!], rank[graph.index(of: t.target)!])
            if t.isSymmetric, e < s { swap(&s, &e) }  // `TieKey.swapsEnds`, by rank: ranks order as ids do
            let layer = Layer.allCases.firstIndex(of: t.layer)!, polarity = t.polarity == .cooperation ? 0 : 1
            return UInt64(s) << 36 | UInt64(e) << 8 | UInt64(layer) << 1 | UInt64(polarity)
        }
        return packed.indices.sorted { packed[$0] < packed[$1] }
    }

    /// The JSON tree of a graph.
    public static func document(_ graph: Graph) -> JSONValue {
        .object([
            ("schema", .string(GraphFileReader.schema)),
            ("title", .optional(graph.title)),
        ] + (graph.split.map { [("split", JSONValue.string($0))] } ?? []) + [
            ("documents", .array(graph.documents.map { d in
                .object([("file", .string(d.file)), ("date", .optional(d.date)), ("outlet", .optional(d.outlet)),
                         ("title", .optional(d.title))])
            })),
            ("actors", .array(graph.actors.map(actorJSON))),
            ("ties", .array(sortedTies(graph).map(tieJSON))),
        ])
    }

    /// One actor as JSON.
    public static func actorJSON(_ a: Actor) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("id", .string(a.id)), ("name", .string(a.name)), ("kind", .string(a.kind.rawValue)),
            ("tags", .array(a.tags.map(JSONValue.string))), ("represents", .optional(a.represents)),
        ]
        let terms = a.terms.map { JSONValue.array([.optional($0.from), .optional($0.until)]) }
        if !terms.isEmpty { pairs.append(("term", terms.count == 1 ? terms[0] : .array(terms))) }
        pairs += [
            ("names", .array(a.names.map(JSONValue.string))), ("seats", .array(a.seats.map(JSONValue.string))),
            ("demonyms", .array(a.demonyms.map(JSONValue.string))),
        ]
        return .object(pairs)
    }

    /// One tie as JSON, with its evidence.
    public static func tieJSON(_ t: Tie) -> JSONValue {
        .object([
            ("source", .string(t.source)), ("target", .string(t.target)), ("layer", .string(t.layer.rawValue)),
            ("polarity", .string(t.polarity.rawValue)), ("weight", .number(t.weight)),
            ("symmetric", .bool(t.isSymmetric)), ("evidence", .array(t.evidence.map(evidenceJSON))),
        ] + eventJSON(t))
    }

    /// An event tie's `reports` and `windows` members (none for a text tie).
    static func eventJSON(_ t: Tie) -> [(String, JSONValue)] {
        var pairs: [(String, JSONValue)] = []
        if let reports = t.reports { pairs.append(("reports", .int(reports))) }
        if !t.windows.isEmpty {
            pairs.append(("windows", .array(t.windows.map { w in
                .object([("window", .string(w.window)), ("events", .int(w.events)), ("intensity", .number(w.intensity)),
                         ("types", .object(w.types.sorted { $0.key < $1.key }.map { ($0.key, JSONValue.int($0.value)) }))])
            })))
        }
        return pairs
    }

    /// One evidence pointer as JSON.
    public static func evidenceJSON(_ e: Evidence) -> JSONValue {
        var pairs: [(String, JSONValue)] = [
            ("doc", .string(e.document)), ("sentence", .int(e.sentence)),
            ("span", .array([.int(e.span.lowerBound), .int(e.span.upperBound)])),
            ("cues", .array(e.cues.map(JSONValue.string))),
        ]
        if let type = e.eventType { pairs.append(("type", .string(type))) }
        pairs.append(("date", .optional(e.date)))
        if let c = e.confidence { pairs.append(("confidence", .number(c))) }
        if let id = e.eventID { pairs.append(("event", .string(id))) }
        if let url = e.url { pairs.append(("url", .string(url))) }
        return .object(pairs)
    }

    static func yamlList(_ items: [String]) -> String { "[" + items.map(yamlString).joined(separator: ", ") + "]" }

    /// A YAML scalar for `text`: plain when YAML reads it back as the same string, else double-quoted.
    static func yamlString(_ text: String) -> String {
        let reserved: Set<String> = ["true", "false", "yes", "no", "on", "off", "null", "~", "y", "n"]
        let safe = text.unicodeScalars.allSatisfy { s in
            s.properties.isAlphabetic || ("0"..."9").contains(s) || " .-_'()/".unicodeScalars.contains(s)
        }
        let looksNumeric = Double(text) != nil || text.first.map { $0.isNumber } == true
        if safe, !text.isEmpty, !reserved.contains(text.lowercased()), !looksNumeric,
           text.first != " ", text.last != " ", text.first != "-", text.first != "'" {
            return text
        }
        return JSONValue.quote(text)
    }
}
