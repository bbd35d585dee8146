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
    ///
    /// Past the header, a large file is read in two halves on two threads, each with its own
    /// ``IDInterner``; the second half's ids are then absorbed into the first's and its edges
    /// renumbered, which gives the same indices, edge order and first error as one pass.
    static func decodeTSV(
        bytes buffer: UnsafeBufferPointer<UInt8>, path: String, parallelThreshold: Int = TSVChunk.parallelThreshold
    ) throws -> CompactGraph {
        let body = try TSVChunk.afterHeader(buffer, path: path)
        let pieces: [Range<Int>]
        if buffer.count - body.start >= parallelThreshold {
            let middle = body.start + (buffer.count - body.start) / 2
            let split = min(TSVChunk.lineEnd(buffer, from: middle) + 1, buffer.count)
            pieces = [body.start..<split, split..<buffer.count]
        } else {
            pieces = [body.start..<buffer.count]
        }
        var chunks = [TSVChunk?](repeating: nil, count: pieces.count)
        chunks.withUnsafeMutableBufferPointer { results in
            let shared = TSVWorkers(input: buffer, results: results.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: pieces.count) { k in
                var chunk = TSVChunk(capacity: max(1024, pieces[k].count / 200), byteCount: pieces[k].count)
                chunk.scan(UnsafeBufferPointer(rebasing: shared.input[pieces[k]]))
                shared.results[k] = chunk
            }
        }
        var first = chunks[0]!
        var lineOffset = body.lines
        if let failure = first.failure { throw failure.at(path: path, lineOffset: lineOffset) }
        for k in 1..<chunks.count {
            let next = chunks[k]!
            lineOffset += TSVChunk.lines(in: UnsafeBufferPointer(rebasing: buffer[pieces[k - 1]]))
            if let failure = next.failure { throw failure.at(path: path, lineOffset: lineOffset) }
            let remap = first.interner.absorb(next.interner)
            for l in first.edges.indices {
                first.edges[l].reserveCapacity(first.edges[l].count + next.edges[l].count)
                for var e in next.edges[l] {
                    e.source = remap[Int(e.source)]
                    e.target = remap[Int(e.target)]
                    first.edges[l].append(e)
                }
            }
        }
        let ids = first.interner.strings()
        var index: [String: Int32] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { index[id] = Int32(i) }
        return CompactGraph(ids: ids, index: index, edges: first.edges)
    }
}

/// What the workers of ``CompactGraph/decodeTSV(bytes:path:)`` share: the file's bytes, only read,
/// and one result slot per worker, each written by exactly one of them.
private struct TSVWorkers: @unchecked Sendable {
    let input: UnsafeBufferPointer<UInt8>
    let results: UnsafeMutablePointer<TSVChunk?>
}

/// One run of TSV rows past the header, decoded into edges over its own ids.
struct TSVChunk {
    /// Bodies at least this long (bytes past the header) are read in two halves on two threads.
    static let parallelThreshold = 4 << 20

    /// A bad row, with its line counted from the chunk's start (1 = its first line).
    struct Failure {
        var line: Int
        var problem: GraphFileError.Problem
        func at(path: String, lineOffset: Int) -> GraphFileError {
            GraphFileError(path: path, line: lineOffset + line, problem: problem)
        }
    }

    var interner: IDInterner
    var edges: [[RawEdge]]
    var failure: Failure?

    init(capacity: Int, byteCount: Int) {
        interner = IDInterner(capacity: capacity)
        edges = [[RawEdge]](repeating: [], count: Layer.allCases.count)
        for l in edges.indices { edges[l].reserveCapacity(byteCount / 30 / edges.count) }
    }

    /// The offset of the first byte after the header line and the number of lines up to it
    /// (blank lines and `#` comments may come first).
    /// - Throws: ``GraphFileError/Problem/badTSVHeader(found:)`` when the first other line is not the header.
    static func afterHeader(_ buffer: UnsafeBufferPointer<UInt8>, path: String) throws -> (start: Int, lines: Int) {
        let header = Array(GraphFileReader.tsvHeader.utf8)
        var start = 0, lines = 0
        while start < buffer.count {
            let end = lineEnd(buffer, from: start)
            lines += 1
            defer { start = end + 1 }
            let line = trimmed(buffer, start, end)
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            guard line.elementsEqual(header) else {
                throw GraphFileError(path: path, line: lines,
                                     problem: .badTSVHeader(found: String(decoding: line.prefix(80), as: UTF8.self)))
            }
            return (min(end + 1, buffer.count), lines)
        }
        throw GraphFileError(path: path, line: 1, problem: .badTSVHeader(found: ""))
    }

    /// The number of lines in `buffer` (a last line without a newline counts).
    static func lines(in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var start = 0, count = 0
        while start < buffer.count {
            start = lineEnd(buffer, from: start) + 1
            count += 1
        }
        return count
    }

    /// Where the line starting at `start` ends (its newline, or the buffer's end); memchr finds it
    /// many bytes at a time.
    @inline(__always) static func lineEnd(_ buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard let base = buffer.baseAddress else { return buffer.count }
        return memchr(base + start, Int32(UInt8(ascii: "\n")), buffer.count - start)
            .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - base } ?? buffer.count
    }

    /// The line `start..<end` without a closing carriage return.
    @inline(__always) static func trimmed(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int)
        -> UnsafeBufferPointer<UInt8>
    {
        var end = end
        if end > start, buffer[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return UnsafeBufferPointer(rebasing: buffer[start..<end])
    }

    /// Decodes every row of `buffer`, stopping at the first bad one (``failure``).
    mutating func scan(_ buffer: UnsafeBufferPointer<UInt8>) {
        var fields: [Range<Int>] = []
        fields.reserveCapacity(8)
        var start = 0, lineNumber = 0
        while start < buffer.count, failure == nil {
            let end = Self.lineEnd(buffer, from: start)
            lineNumber += 1
            defer { start = end + 1 }
            let line = Self.trimmed(buffer, start, end)
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            if let problem = row(line, fields: &fields) { failure = Failure(line: lineNumber, problem: problem) }
        }
    }

    /// Decodes one row into ``edges``; the problem when it is bad.
    @inline(__always) mutating func row(_ line: UnsafeBufferPointer<UInt8>, fields: inout [Range<Int>])
        -> GraphFileError.Problem?
    {
        fields.removeAll(keepingCapacity: true)
        var fieldStart = 0
        while let tab = memchr(line.baseAddress! + fieldStart, Int32(UInt8(ascii: "\t")), line.count - fieldStart) {
            let k = UnsafePointer(tab.assumingMemoryBound(to: UInt8.self)) - line.baseAddress!
            fields.append(fieldStart..<k)
            fieldStart = k + 1
        }
        fields.append(fieldStart..<line.count)
        func field(_ k: Int) -> UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: line[fields[k]]) }
        func string(_ k: Int) -> String { String(decoding: field(k), as: UTF8.self) }
        func intern(_ bytes: UnsafeBufferPointer<UInt8>) -> Int32? {
            let (i, isNew) = interner.intern(bytes)
            if isNew, !Actor.isValidID(bytes: bytes) { return nil }
            return i
        }
        guard fields.count == 5 else { return .badTSVRow(columns: fields.count) }
        guard let s = intern(field(0)) else { return .invalidID(string(0)) }
        guard let d = intern(field(1)) else { return .invalidID(string(1)) }
        guard s != d else { return .selfLoop(actor: string(0)) }
        guard let layer = TSVField.layer(field(2)) else { return .unknownLayer(string(2)) }
        guard let sign = TSVField.sign(field(3)) else { return .unknownPolarity(string(3)) }
        guard let weight = TSVField.number(field(4)), Tie.isValidWeight(weight) else {
            return .weightOutOfRange(string(4))
        }
        edges[layer].append(RawEdge(source: s, target: d, weight: weight, sign: sign, tie: -1))
        return nil
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
