/// Writing ties and their evidence objects, most of an extracted graph's JSON (an evidence object per report).
extension GraphFileWriter {
    /// The fixed bytes of a tie object whose braces sit at `depth`: the members' keys, the evidence
    /// array's separators and the closing brackets.
    struct TieFragments {
        let source, target, layer, polarity, weight, symmetric, evidence, firstItem, item, close, closeEmpty: [UInt8]

        init(depth: Int) {
            let member = JSONWriter.newlineBytes(indent: depth + 1)
            func key(_ name: String, after: String = ",") -> [UInt8] { Array(after.utf8) + member + Array("\"\(name)\": ".utf8) }
            source = key("source", after: "{")
            target = key("target")
            layer = key("layer")
            polarity = key("polarity")
            weight = key("weight")
            symmetric = key("symmetric")
            evidence = key("evidence") + [UInt8(ascii: "[")]
            firstItem = JSONWriter.newlineBytes(indent: depth + 2)
            item = [UInt8(ascii: ",")] + firstItem
            let end = JSONWriter.newlineBytes(indent: depth) + [UInt8(ascii: "}")]
            close = member + [UInt8(ascii: "]")] + end
            closeEmpty = [UInt8(ascii: "]")] + end
        }
    }

    /// The fixed bytes of an evidence object whose braces sit at `depth`.
    struct EvidenceFragments {
        let doc, sentence, span, cues, type, date, confidence, event, url, close: [UInt8]

        init(depth: Int) {
            let member = JSONWriter.newlineBytes(indent: depth + 1)
            func key(_ name: String, after: String = ",") -> [UInt8] { Array(after.utf8) + member + Array("\"\(name)\": ".utf8) }
            doc = key("doc", after: "{")
            sentence = key("sentence")
            span = key("span") + [UInt8(ascii: "[")]
            cues = [UInt8(ascii: "]")] + key("cues")
            type = key("type")
            date = key("date")
            confidence = key("confidence")
            event = key("event")
            url = key("url")
            close = JSONWriter.newlineBytes(indent: depth) + [UInt8(ascii: "}")]
        }
    }

    /// Writes an event tie as ``tieJSON(_:)`` renders it, through the writer's calls rather than a
    /// tree (an event graph has a window object per tie and month: a tree of them was a third of
    /// writing one), its evidence objects by ``write(_:_:to:)``.
    static func writeEventTie(_ t: Tie, _ f: EvidenceFragments, to w: inout JSONWriter) {
        w.beginObject()
        w.key("source")
        w.string(t.source)
        w.key("target")
        w.string(t.target)
        w.key("layer")
        w.string(t.layer.rawValue)
        w.key("polarity")
        w.string(t.polarity.rawValue)
        w.key("weight")
        w.number(t.weight)
        w.key("symmetric")
        w.bool(t.isSymmetric)
        w.key("evidence")
        if t.evidence.isEmpty {
            w.beginLine()
            w.endLine()
        } else {
            w.beginArray()
            for e in t.evidence {
                w.item()
                write(e, f, to: &w)
            }
            w.endArray()
        }
        if let reports = t.reports {
            w.key("reports")
            w.int(reports)
        }
        if !t.windows.isEmpty {
            w.key("windows")
            w.beginArray()
            for window in t.windows {
                w.item()
                w.beginObject()
                w.key("window")
                w.string(window.window)
                w.key("events")
                w.int(window.events)
                w.key("intensity")
                w.number(window.intensity)
                w.key("types")
                w.beginObject()
                for (type, count) in window.types.sorted(by: { $0.key < $1.key }) {
                    w.key(type)
                    w.int(count)
                }
                w.endObject()
                w.endObject()
            }
            w.endArray()
        }
        w.endObject()
    }

    /// Writes one evidence object, from its `{` to its `}`, as ``writePiecewise(_:_:to:)`` does.
    ///
    /// The object is put together in a small stack buffer and appended to the writer at once: one
    /// append instead of some twenty, each with the array's checks (callgrind: the piecewise writes
    /// were about 4,000 instructions an object). An object that needs escaping, or does not fit,
    /// is written piece by piece.
    static func write(_ e: Evidence, _ f: EvidenceFragments, to w: inout JSONWriter) {
        if e.eventID != nil || e.url != nil { return writePiecewise(e, f, to: &w) }  // event records: rare in text graphs
        let confidence = e.confidence.map { w.numberText($0) }
        let written = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1024) { buffer -> Bool in
            var out = ByteCursor(buffer)
            guard out.put(f.doc), out.putString(e.document), out.put(f.sentence), out.putInt(e.sentence), out.put(f.span),
                  out.putInt(e.span.lowerBound), out.put(JSONWriter.separatorBytes), out.putInt(e.span.upperBound), out.put(f.cues),
                  out.put(UInt8(ascii: "["))
            else { return false }
            for (i, cue) in e.cues.enumerated() {
                guard i == 0 || out.put(JSONWriter.separatorBytes), out.putString(cue) else { return false }
            }
            guard out.put(UInt8(ascii: "]")) else { return false }
            if let type = e.eventType {
                guard out.put(f.type), out.putString(type) else { return false }
            }
            guard out.put(f.date) else { return false }
            if let date = e.date {
                guard out.putString(date) else { return false }
            } else {
                guard out.put(JSONWriter.nullBytes) else { return false }
            }
            if let confidence {
                guard out.put(f.confidence), out.putUTF8(confidence) else { return false }
            }
            guard out.put(f.close) else { return false }
            w.raw(out.written)
            return true
        }
        if !written { writePiecewise(e, f, to: &w) }
    }

    /// Writes one evidence object through the writer's calls, one value after the other.
    static func writePiecewise(_ e: Evidence, _ f: EvidenceFragments, to w: inout JSONWriter) {
        w.raw(f.doc)
        w.string(e.document)
        w.raw(f.sentence)
        w.int(e.sentence)
        w.raw(f.span)
        w.int(e.span.lowerBound)
        w.separator()
        w.int(e.span.upperBound)
        w.raw(f.cues)
        w.strings(e.cues)
        if let type = e.eventType {
            w.raw(f.type)
            w.string(type)
        }
        w.raw(f.date)
        w.optional(e.date)
        if let c = e.confidence {
            w.raw(f.confidence)
            w.number(c)
        }
        if let id = e.eventID {
            w.raw(f.event)
            w.string(id)
        }
        if let url = e.url {
            w.raw(f.url)
            w.string(url)
        }
        w.raw(f.close)
    }
}

/// Bytes written into a fixed buffer; every `put` says `false`, writing nothing, when the bytes do
/// not fit (or, for a string, when it needs escaping).
struct ByteCursor {
    private let buffer: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    init(_ buffer: UnsafeMutableBufferPointer<UInt8>) { self.buffer = buffer }

    /// What has been written.
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(rebasing: buffer[..<count]) }

    @inline(__always) mutating func put(_ byte: UInt8) -> Bool {
        guard count < buffer.count else { return false }
        buffer[count] = byte
        count += 1
        return true
    }

    @inline(__always) mutating func put(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { put($0) }
    }

    @inline(__always) mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let source = bytes.baseAddress else { return true }
        guard bytes.count <= buffer.count - count else { return false }
        (buffer.baseAddress! + count).update(from: source, count: bytes.count)
        count += bytes.count
        return true
    }

    /// A string's UTF-8 as it is.
    mutating func putUTF8(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { put($0) }
    }

    /// A string literal, when the string needs no escaping (``JSONWriter/mayNeedEscaping(_:)``).
    mutating func putString(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            !JSONWriter.mayNeedEscaping(utf8) && put(UInt8(ascii: "\"")) && put(utf8) && put(UInt8(ascii: "\""))
        }
    }

    /// A non-negative integer below 10⁸ as ``JSONWriter/int(_:)`` writes it; `false` for any other.
    mutating func putInt(_ value: Int) -> Bool {
        guard let (word, digits) = JSONWriter.digits(value) else { return false }
        return withUnsafeBytes(of: word.littleEndian) { put(UnsafeBufferPointer(rebasing: $0.bindMemory(to: UInt8.self)[0..<digits])) }
    }
}
