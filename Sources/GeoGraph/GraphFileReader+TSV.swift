import Foundation

extension GraphFileReader {
    /// The header line of a TSV edge list.
    public static let tsvHeader = "source\ttarget\tlayer\tpolarity\tweight"

    /// Decodes a TSV edge list; actors are created, as states, from the ids the rows name.
    /// - Throws: ``GraphFileError`` naming the line of the first bad row.
    /// - Complexity: O(bytes + rows).
    public static func decodeTSV(_ text: String, path: String) throws -> Graph {
        var text = text
        return try text.withUTF8 { try decodeTSV(bytes: $0, path: path) }
    }

    /// Decodes a TSV edge list's UTF-8 bytes (valid UTF-8, as ``readText(path:)`` gives).
    ///
    /// The header, lines and fields are found as the compact loader finds them (``TSVChunk``): lines end
    /// at `\n` (a `\r` before it is dropped), fields are cut at tabs with `memchr`, and each
    /// id's `String` is made once, when the id first appears (``IDInterner``): the walk over
    /// `Character`s and a `String` per field made a 100,000-row file take half a second to read
    /// (perf, `render` on 2,000 actors and 100,000 ties).
    static func decodeTSV(bytes buffer: UnsafeBufferPointer<UInt8>, path: String) throws -> Graph {
        var graph = Graph()
        let body = buffer.count >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF
            ? UnsafeBufferPointer(rebasing: buffer[3...]) : buffer
        var (start, lineNumber) = try TSVChunk.afterHeader(body, path: path)
        graph.reserveCapacity(ties: TSVChunk.lines(in: UnsafeBufferPointer(rebasing: body[start...])))
        var interner = IDInterner(capacity: 1024)
        var names: [String] = []
        var fields: [Range<Int>] = []
        fields.reserveCapacity(8)
        while start < body.count {
            let end = TSVChunk.lineEnd(body, from: start)
            lineNumber += 1
            let line = TSVChunk.trimmed(body, start, end)
            start = end + 1
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            func fail(_ problem: GraphFileError.Problem) -> GraphFileError {
                GraphFileError(path: path, line: lineNumber, problem: problem)
            }
            TSVChunk.split(line, into: &fields)
            func field(_ k: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line[fields[k]]) }
            func string(_ k: Int) -> String { String(decoding: field(k), as: UTF8.self) }
            guard fields.count == 5 else { throw fail(.badTSVRow(columns: fields.count)) }
            // The source is checked (and added) before the target, as a reader of the row would.
            func actor(_ k: Int) throws -> String {
                let (i, isNew) = interner.intern(field(k))
                if isNew {
                    let id = string(k)
                    guard Actor.isValidID(bytes: field(k)) else { throw fail(.invalidID(id)) }
                    try graph.add(Actor(id: id, name: id, kind: .state))
                    names.append(id)
                }
                return names[Int(i)]
            }
            let source = try actor(0), target = try actor(1)
            guard source != target else { throw fail(.selfLoop(actor: source)) }
            guard let layer = Layer(rawValue: string(2)) else { throw fail(.unknownLayer(string(2))) }
            guard let polarity = Polarity(fileValue: string(3)) else { throw fail(.unknownPolarity(string(3))) }
            // Spaces around the number are allowed (" 0.5"); trimming only when the plain parse fails.
            let text = string(4)
            guard let weight = Double(text) ?? Double(text.trimmingCharacters(in: .whitespaces)), Tie.isValidWeight(weight) else {
                throw fail(.weightOutOfRange(text))
            }
            try graph.add(Tie(source: source, target: target, layer: layer, polarity: polarity, weight: weight))
        }
        return graph
    }
}
