import Foundation

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
                                     problem: .badTSVHeader(found: String(String(decoding: line, as: UTF8.self).prefix(80))))
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

    /// Cuts a non-empty line into its tab-separated fields (offsets into the line), with memchr.
    @inline(__always) static func split(_ line: UnsafeBufferPointer<UInt8>, into fields: inout [Range<Int>]) {
        fields.removeAll(keepingCapacity: true)
        var fieldStart = 0
        while let tab = memchr(line.baseAddress! + fieldStart, Int32(UInt8(ascii: "\t")), line.count - fieldStart) {
            let k = UnsafePointer(tab.assumingMemoryBound(to: UInt8.self)) - line.baseAddress!
            fields.append(fieldStart..<k)
            fieldStart = k + 1
        }
        fields.append(fieldStart..<line.count)
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
        Self.split(line, into: &fields)
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
