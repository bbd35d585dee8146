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
        // The first bad row, its line counted from the file's start (the earlier pieces' lines are
        // counted only then).
        if let k = chunks.firstIndex(where: { $0!.failure != nil }) {
            let before = pieces[..<k].reduce(body.lines) { $0 + TSVChunk.lines(in: UnsafeBufferPointer(rebasing: buffer[$1])) }
            throw chunks[k]!.failure!.at(path: path, lineOffset: before)
        }
        var first = chunks[0]!
        for next in chunks.dropFirst().map({ $0! }) {
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
                // (Past these, `strtod` reads the field: accumulating on would overflow the digits.)
                if scale > 1e15 || integer > 1_000_000_000 {
                    simple = false
                    break
                }
            } else {
                simple = false
                break
            }
        }
        if simple { return Double(integer) + Double(fraction) / scale }
        return Double(String(decoding: field, as: UTF8.self))
    }
}
