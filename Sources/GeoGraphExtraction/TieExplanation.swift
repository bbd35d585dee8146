import GeoGraph

/// Ties with their evidence resolved to sentences where a corpus is at hand.
public struct TieExplanation: Sendable {
    /// One tie and, per evidence entry, the sentence it points at (`nil` without a corpus).
    public var entries: [(tie: Tie, sentences: [(evidence: Evidence, text: String?)])]

    /// Resolves every evidence pointer of `ties` against `corpus`.
    /// - Throws: ``CorpusError`` when a document is missing from the corpus or a span lies outside it.
    public init(ties: [Tie], corpus: Corpus?) throws {
        var cache: [String: [Unicode.Scalar]] = [:]
        entries = try ties.map { tie in
            let sentences = try tie.evidence.map { e -> (Evidence, String?) in
                guard let corpus else { return (e, nil) }
                if cache[e.document] == nil { cache[e.document] = try corpus.scalars(of: e.document) }
                return (e, try Corpus.text(of: e, in: cache[e.document]!))
            }
            return (tie, sentences)
        }
    }

    /// One block per tie: a heading line, then one line per evidence (the quoted sentence, or the pointer).
    public var text: String {
        var out = ""
        for (tie, sentences) in entries {
            let arrow = tie.isSymmetric ? "<->" : "->"
            out += "\n\(tie.source) \(arrow) \(tie.target)  \(tie.layer.rawValue) \(tie.polarity.rawValue)"
                + "  weight \(JSONValue.format((tie.weight * 1000).rounded() / 1000))  (\(tie.evidence.count) evidence)\n"
            for (e, sentence) in sentences {
                let date = e.date.map { ", \($0)" } ?? ""
                let type = e.eventType.map { "; type: \($0)" } ?? ""
                out += "  [\(e.document) #\(e.sentence)\(date); cues: \(e.cues.joined(separator: ", "))\(type)]\n"
                if let sentence { out += "    \u{201C}\(sentence)\u{201D}\n" } else {
                    out += "    span \(e.span.lowerBound)..<\(e.span.upperBound) (pass --corpus to print the sentence)\n"
                }
            }
        }
        return out
    }

    /// The explanation as JSON: each tie with its evidence, each evidence with `text` when resolved.
    public var json: JSONValue {
        .array(entries.map { tie, sentences in
            guard case .object(var pairs) = GraphFileWriter.tieJSON(tie) else { return .null }
            pairs.removeAll { $0.0 == "evidence" }
            pairs.append(("evidence", .array(sentences.map { e, text in
                guard case .object(var fields) = GraphFileWriter.evidenceJSON(e) else { return .null }
                fields.append(("text", .optional(text)))
                return .object(fields)
            })))
            return .object(pairs)
        })
    }
}
