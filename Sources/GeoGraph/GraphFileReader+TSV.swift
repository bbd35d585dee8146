import Foundation

extension GraphFileReader {
    /// The header line of a TSV edge list.
    public static let tsvHeader = "source\ttarget\tlayer\tpolarity\tweight"

    /// Decodes a TSV edge list; actors are created, as states, from the ids the rows name.
    /// - Throws: ``GraphFileError`` naming the line of the first bad row.
    public static func decodeTSV(_ text: String, path: String) throws -> Graph {
        var graph = Graph()
        var lineNumber = 0
        var sawHeader = false
        // "\r\n" is one Character in Swift: split on it too, or a CRLF file is one long line.
        let body = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : Substring(text)
        for rawLine in body.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.isEmpty || line.hasPrefix("#") { continue }
            if !sawHeader {
                guard line == tsvHeader else {
                    throw GraphFileError(path: path, line: lineNumber, problem: .badTSVHeader(found: String(line.prefix(80))))
                }
                sawHeader = true
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            func fail(_ problem: GraphFileError.Problem) -> GraphFileError {
                GraphFileError(path: path, line: lineNumber, problem: problem)
            }
            guard columns.count == 5 else { throw fail(.badTSVRow(columns: columns.count)) }
            let source = String(columns[0]), target = String(columns[1])
            for id in [source, target] where !graph.contains(actor: id) {
                guard Actor.isValidID(id) else { throw fail(.invalidID(id)) }
                try graph.add(Actor(id: id, name: id, kind: .state))
            }
            guard source != target else { throw fail(.selfLoop(actor: source)) }
            guard let layer = Layer(rawValue: String(columns[2])) else { throw fail(.unknownLayer(String(columns[2]))) }
            guard let polarity = Polarity(fileValue: String(columns[3])) else {
                throw fail(.unknownPolarity(String(columns[3])))
            }
            guard let weight = Double(columns[4].trimmingCharacters(in: .whitespaces)), Tie.isValidWeight(weight) else {
                throw fail(.weightOutOfRange(String(columns[4])))
            }
            try graph.add(Tie(source: source, target: target, layer: layer, polarity: polarity, weight: weight))
        }
        guard sawHeader else { throw GraphFileError(path: path, line: 1, problem: .badTSVHeader(found: "")) }
        return graph
    }
}
