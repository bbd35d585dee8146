import Foundation

extension CompactGraph {
    /// Loads a TSV edge list straight into the packed core, without building a ``Graph``: the fast
    /// path for machine-made graphs of millions of edges. Rows are not merged (a repeated row adds a
    /// parallel edge, which views combine); actors are created from the ids the rows name.
    /// - Throws: ``GraphFileError`` naming the line of the first bad row.
    /// - Complexity: O(*m*) plus the packing sort.
    public static func loadTSV(path: String) throws -> CompactGraph {
        let text = try GraphFileReader.readText(path: path)
        return try decodeTSV(text, path: path)
    }

    /// Decodes TSV edge-list text; see ``loadTSV(path:)``.
    public static func decodeTSV(_ text: String, path: String) throws -> CompactGraph {
        var ids: [String] = []
        var index: [String: Int32] = [:]
        var edges = [[RawEdge]](repeating: [], count: Layer.allCases.count)
        var lineNumber = 0
        var sawHeader = false
        let header = Array(GraphFileReader.tsvHeader.utf8)
        var failure: GraphFileError?
        func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
            let id = String(decoding: bytes, as: UTF8.self)
            if let i = index[id] { return i }
            guard Actor.isValidID(id) else { return nil }
            let i = Int32(ids.count)
            ids.append(id)
            index[id] = i
            return i
        }
        var text = text
        text.withUTF8 { buffer in
            var start = 0
            let count = buffer.count
            while start < count, failure == nil {
                var end = start
                while end < count, buffer[end] != UInt8(ascii: "\n") { end += 1 }
                lineNumber += 1
                var lineEnd = end
                if lineEnd > start, buffer[lineEnd - 1] == UInt8(ascii: "\r") { lineEnd -= 1 }
                defer { start = end + 1 }
                if lineEnd == start || buffer[start] == UInt8(ascii: "#") { continue }
                let line = UnsafeBufferPointer(rebasing: buffer[start..<lineEnd])
                if !sawHeader {
                    guard line.elementsEqual(header) else {
                        failure = GraphFileError(path: path, line: lineNumber,
                                                 problem: .badTSVHeader(found: String(decoding: line.prefix(80), as: UTF8.self)))
                        return
                    }
                    sawHeader = true
                    continue
                }
                var fields: [Range<Int>] = []
                var fieldStart = 0
                for (k, byte) in line.enumerated() where byte == UInt8(ascii: "\t") {
                    fields.append(fieldStart..<k)
                    fieldStart = k + 1
                }
                fields.append(fieldStart..<line.count)
                func fail(_ problem: GraphFileError.Problem) { failure = GraphFileError(path: path, line: lineNumber, problem: problem) }
                func field(_ k: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line[fields[k]]) }
                func string(_ k: Int) -> String { String(decoding: field(k), as: UTF8.self) }
                guard fields.count == 5 else { return fail(.badTSVRow(columns: fields.count)) }
                guard let s = intern(field(0)) else { return fail(.invalidID(string(0))) }
                guard let d = intern(field(1)) else { return fail(.invalidID(string(1))) }
                guard s != d else { return fail(.selfLoop(actor: string(0))) }
                guard let layer = Layer(rawValue: string(2)) else { return fail(.unknownLayer(string(2))) }
                guard let polarity = Polarity(fileValue: string(3)) else { return fail(.unknownPolarity(string(3))) }
                guard let weight = Double(string(4)), Tie.isValidWeight(weight) else {
                    return fail(.weightOutOfRange(string(4)))
                }
                edges[Layer.allCases.firstIndex(of: layer)!].append(
                    RawEdge(source: s, target: d, weight: weight, sign: Int8(polarity.sign), tie: -1))
            }
        }
        if let failure { throw failure }
        guard sawHeader else { throw GraphFileError(path: path, line: 1, problem: .badTSVHeader(found: "")) }
        return CompactGraph(ids: ids, index: index, edges: edges)
    }
}
