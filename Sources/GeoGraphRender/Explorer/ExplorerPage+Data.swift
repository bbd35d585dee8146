import GeoGraph

extension ExplorerPage {
    /// The graph as the page's script reads it.
    ///
    /// `actors` (id, name, kind, tags, aliases), `documents` (the ones evidence cites), and `ties` in
    /// ``Figure/ties`` order, each with `facets` (the distinct date and event type pairs of *all* its
    /// evidence, which the filters test), `evidenceCount`, and `evidence` (at most
    /// ``Limits/maximumEvidencePerTie`` records, each with its sentence as `text` when it was read).
    /// - Parameter reserved: The bytes the rest of the page takes (the figure): the data may take
    ///   what ``Limits/maximumBytes`` leaves, and the gathering stops as soon as it takes more.
    /// - Throws: ``ExplorerPageError/tooLarge(bytes:limit:)``.
    func data(reserved: Int) throws -> JSONValue {
        var size = reserved
        func count(_ bytes: Int) throws {
            size += bytes
            if let limit = limits.maximumBytes, size > limit { throw ExplorerPageError.tooLarge(bytes: size, limit: limit) }
        }
        let graph = figure.graph
        var documentIndex: [String: Int] = [:]
        var documents: [JSONValue] = []
        var ties: [JSONValue] = []
        var cut = 0
        for tie in figure.ties {
            var records: [JSONValue] = []
            for e in tie.evidence.prefix(limits.maximumEvidencePerTie) {
                let index: Int
                if let known = documentIndex[e.document] {
                    index = known
                } else {
                    index = documents.count
                    documentIndex[e.document] = index
                    let document = graph.document(e.document)
                    documents.append(.object([
                        ("file", .string(e.document)), ("date", .optional(document?.date)),
                        ("outlet", .optional(document?.outlet)), ("title", .optional(document?.title)),
                    ]))
                    try count(e.document.utf8.count + (document?.outlet?.utf8.count ?? 0) + (document?.title?.utf8.count ?? 0) + 60)
                }
                var fields: [(String, JSONValue)] = [
                    ("document", .int(index)), ("sentence", .int(e.sentence)),
                    ("span", .array([.int(e.span.lowerBound), .int(e.span.upperBound)])),
                    ("cues", .array(e.cues.map(JSONValue.string))), ("type", .optional(e.eventType)),
                    ("date", .optional(e.date)), ("confidence", e.confidence.map(JSONValue.number) ?? .null),
                ]
                if var sentence = sentences[e] {
                    if sentence.count > limits.maximumSentenceLength {
                        sentence = String(sentence.prefix(limits.maximumSentenceLength)) + "\u{2026}"
                        fields.append(("cut", .bool(true)))
                        cut += 1
                    }
                    fields.append(("text", .string(sentence)))
                    try count(sentence.utf8.count)
                }
                try count(e.cues.reduce(0) { $0 + $1.utf8.count } + 120)
                records.append(.object(fields))
            }
            var facets: [[String?]] = []
            var seen: Set<[String?]> = []
            for e in tie.evidence where seen.insert([e.date, e.eventType]).inserted { facets.append([e.date, e.eventType]) }
            facets.sort { ($0[0] ?? "", $0[1] ?? "") < ($1[0] ?? "", $1[1] ?? "") }
            try count(facets.count * 30 + 200)
            ties.append(.object([
                ("source", .string(tie.source)), ("target", .string(tie.target)),
                ("layer", .string(tie.layer.rawValue)), ("polarity", .string(tie.polarity.rawValue)),
                ("weight", .number(tie.weight)), ("symmetric", .bool(tie.isSymmetric)),
                ("evidenceCount", .int(tie.evidence.count)),
                ("facets", .array(facets.map { .array($0.map(JSONValue.optional)) })),
                ("evidence", .array(records)),
            ]))
        }
        let actors: [JSONValue] = try figure.actorIDs.compactMap { graph.actor($0) }.map { actor in
            try count(actor.surfaceForms.reduce(0) { $0 + $1.utf8.count } + 80)
            return .object([
                ("id", .string(actor.id)), ("name", .string(actor.name)), ("kind", .string(actor.kind.rawValue)),
                ("tags", .array(actor.tags.map(JSONValue.string))),
                ("aliases", .array(actor.aliases.map(JSONValue.string))),
            ])
        }
        let colors = Layer.allCases.compactMap { layer in layerColors[layer].map { (layer.rawValue, JSONValue.string($0.value)) } }
        return .object([
            ("title", .optional(graph.title)), ("view", .string(view)),
            ("limits", .object([
                ("evidencePerTie", .int(limits.maximumEvidencePerTie)),
                ("sentenceLength", .int(limits.maximumSentenceLength)), ("sentencesCut", .int(cut)),
            ])),
            ("layerColors", .object(colors)),
            ("actors", .array(actors)), ("documents", .array(documents)), ("ties", .array(ties)),
        ])
    }
}
