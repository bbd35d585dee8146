/// Counts that describe a graph: actors by kind, ties by layer and polarity, evidence by document.
public struct GraphSummary: Sendable {
    public var title: String?
    public var actorCount: Int
    public var tieCount: Int
    public var evidenceCount: Int
    public var actorsByKind: [(ActorKind, Int)]
    public var tiesByLayer: [(Layer, Int)]
    public var tiesByPolarity: [(Polarity, Int)]
    public var symmetricCount: Int
    /// Per document: ties citing it, and evidence entries pointing into it.
    public var documents: [(document: Document, ties: Int, evidence: Int)]

    public init(_ graph: Graph) {
        title = graph.title
        actorCount = graph.actors.count
        tieCount = graph.ties.count
        evidenceCount = graph.ties.reduce(0) { $0 + $1.evidence.count }
        actorsByKind = ActorKind.allCases.map { kind in (kind, graph.actors.filter { $0.kind == kind }.count) }
        tiesByLayer = Layer.allCases.map { layer in (layer, graph.ties.filter { $0.layer == layer }.count) }
        tiesByPolarity = Polarity.allCases.map { p in (p, graph.ties.filter { $0.polarity == p }.count) }
        symmetricCount = graph.ties.filter(\.isSymmetric).count
        documents = graph.documents.map { d in
            let citing = graph.ties.filter { $0.evidence.contains { $0.document == d.file } }.count
            let evidence = graph.ties.reduce(0) { $0 + $1.evidence.filter { $0.document == d.file }.count }
            return (d, citing, evidence)
        }
    }

    /// The summary as aligned text.
    public var text: String {
        func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.count)) }
        var out = ""
        if let title { out += "\(title)\n" }
        out += "actors    \(actorCount)  (" + actorsByKind.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ") + ")\n"
        out += "ties      \(tieCount)  (" + tiesByLayer.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ") + ")\n"
        out += "polarity  " + tiesByPolarity.map { "\($0.0.rawValue) \($0.1)" }.joined(separator: ", ")
            + "; symmetric \(symmetricCount)\n"
        out += "evidence  \(evidenceCount) sentence pointers in \(documents.count) documents\n"
        let width = documents.map(\.document.file.count).max() ?? 0
        for d in documents {
            out += "  \(pad(d.document.file, width))  \(pad(d.document.date ?? "-", 10))  \(d.ties) ties, \(d.evidence) evidence"
            if let outlet = d.document.outlet { out += "  (\(outlet))" }
            out += "\n"
        }
        return out
    }

    /// The summary as JSON.
    public var json: JSONValue {
        .object([
            ("title", .optional(title)),
            ("actors", .int(actorCount)),
            ("ties", .int(tieCount)),
            ("evidence", .int(evidenceCount)),
            ("symmetric", .int(symmetricCount)),
            ("actors_by_kind", .object(actorsByKind.map { ($0.0.rawValue, .int($0.1)) })),
            ("ties_by_layer", .object(tiesByLayer.map { ($0.0.rawValue, .int($0.1)) })),
            ("ties_by_polarity", .object(tiesByPolarity.map { ($0.0.rawValue, .int($0.1)) })),
            ("documents", .array(documents.map { d in
                .object([("file", .string(d.document.file)), ("date", .optional(d.document.date)),
                         ("ties", .int(d.ties)), ("evidence", .int(d.evidence))])
            })),
        ])
    }
}
