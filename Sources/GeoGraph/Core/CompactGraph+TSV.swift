import Foundation

extension CompactGraph {
    /// Loads a TSV edge list straight into the packed core, without building a ``Graph``: the fast
    /// path for machine-made graphs of millions of edges. Rows are not merged (a repeated row adds a
    /// parallel edge, which views combine); actors are created from the ids the rows name.
    /// - Throws: ``GraphFileError`` naming the line of the first bad row.
    /// - Complexity: O(*m*) plus the packing sort.
    public static func loadTSV(path: String) throws -> CompactGraph {
        let data = try GraphFileReader.readData(path: path)
        return try data.withUnsafeBytes { try decodeTSV(bytes: $0.bindMemory(to: UInt8.self), path: path) }
    }

    /// Decodes TSV edge-list text; see ``loadTSV(path:)``.
    public static func decodeTSV(_ text: String, path: String) throws -> CompactGraph {
        var text = text
        return try text.withUTF8 { try decodeTSV(bytes: $0, path: path) }
    }

    /// Decodes a TSV edge list's bytes; no `String` is made but for the ids and for errors.
    static func decodeTSV(bytes buffer: UnsafeBufferPointer<UInt8>, path: String) throws -> CompactGraph {
        var interner = IDInterner(capacity: max(1024, buffer.count / 200))
        var edges = [[RawEdge]](repeating: [], count: Layer.allCases.count)
        for l in edges.indices { edges[l].reserveCapacity(buffer.count / 30 / edges.count) }
        var lineNumber = 0
        var sawHeader = false
        let header = Array(GraphFileReader.tsvHeader.utf8)
        var failure: GraphFileError?
        func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
            let (i, isNew) = interner.intern(bytes)
            if isNew, !Actor.isValidID(bytes: bytes) { return nil }
            return i
        }
        var fields: [Range<Int>] = []
        fields.reserveCapacity(8)
        // A local function, so that a bad row can stop the scan with `return`.
        func scan() {
            var start = 0
            let count = buffer.count
            let base = buffer.baseAddress
            while start < count, failure == nil {
                // memchr finds the line's end many bytes at a time.
                let end = base.flatMap { memchr($0 + start, Int32(UInt8(ascii: "\n")), count - start) }
                    .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base! } ?? count
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
                fields.removeAll(keepingCapacity: true)
                var fieldStart = 0
                while let tab = memchr(line.baseAddress! + fieldStart, Int32(UInt8(ascii: "\t")), line.count - fieldStart) {
                    let k = UnsafePointer(tab.assumingMemoryBound(to: UInt8.self)) - line.baseAddress!
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
                guard let layer = TSVField.layer(field(2)) else { return fail(.unknownLayer(string(2))) }
                guard let sign = TSVField.sign(field(3)) else { return fail(.unknownPolarity(string(3))) }
                guard let weight = TSVField.number(field(4)), Tie.isValidWeight(weight) else {
                    return fail(.weightOutOfRange(string(4)))
                }
                edges[layer].append(
                    RawEdge(source: s, target: d, weight: weight, sign: sign, tie: -1))
            }
        }
        scan()
        if let failure { throw failure }
        guard sawHeader else { throw GraphFileError(path: path, line: 1, problem: .badTSVHeader(found: "")) }
        let ids = interner.strings()
        var index: [String: Int32] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { index[id] = Int32(i) }
        return CompactGraph(ids: ids, index: index, edges: edges)
    }
}

/// Field parsers for the TSV hot path, on raw bytes.
enum TSVField {
    static func equals(_ field: UnsafeBufferPointer<UInt8>, _ word: StaticString) -> Bool {
        field.count == word.utf8CodeUnitCount && memcmp(field.baseAddress!, word.utf8Start, field.count) == 0
    }

    /// The layer's position in `Layer.allCases`.
    static func layer(_ field: UnsafeBufferPointer<UInt8>) -> Int? {
        if equals(field, "security") { return 0 }
        if equals(field, "economic") { return 1 }
        if equals(field, "diplomatic") { return 2 }
        return nil
    }

    static func sign(_ field: UnsafeBufferPointer<UInt8>) -> Int8? {
        if equals(field, "+") || equals(field, "cooperation") { return 1 }
        if equals(field, "-") || equals(field, "tension") { return -1 }
        return nil
    }

    /// A decimal number; plain `0.123` / `1` forms are parsed directly, anything else by `strtod`.
    static func number(_ field: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !field.isEmpty, field.count < 64 else { return nil }
        var integer: UInt64 = 0, fraction: UInt64 = 0, scale: Double = 1
        var seenDot = false, simple = true
        for b in field {
            if b == UInt8(ascii: ".") && !seenDot {
                seenDot = true
            } else if b >= 48 && b <= 57 {
                if seenDot {
                    fraction = fraction * 10 + UInt64(b - 48)
                    scale *= 10
                } else {
                    integer = integer * 10 + UInt64(b - 48)
                }
                if scale > 1e15 || integer > 1_000_000_000 { simple = false }
            } else {
                simple = false
                break
            }
        }
        if simple { return Double(integer) + Double(fraction) / scale }
        return Double(String(decoding: field, as: UTF8.self))
    }
}
