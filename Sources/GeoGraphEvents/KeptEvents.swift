import Foundation
import GeoGraph

/// The event records each tie keeps as evidence: the first ``cap`` by (date, id, document, sentence,
/// span start, url) — ``Evidence``'s order for event records.
///
/// A record is a few integers; its id and URL bytes live in one shared byte store, so a kept record
/// costs no allocation of its own (a `String` per URL was most of the memory of a year-scale file).
/// A record pushed out of a full list leaves its bytes behind; the store is rewritten with the live
/// bytes only when the dead ones are more than half of it, so it stays within twice what the kept
/// records hold whatever the order of the rows.
struct KeptEvents {
    struct Record {
        var date: Int32
        var document: Int32
        var sentence: Int32
        var spanStart: Int32
        var spanEnd: Int32
        var type: Int32
        /// A CAMEO code's slot (≥ 0), or −1 − the index of a text cue in ``cues``.
        var cue: Int32
        var idLength: Int32
        var idOffset: Int
        /// −1: no URL.
        var urlLength: Int32
        var urlOffset: Int
    }

    let cap: Int
    /// Each document's rank among the documents' names (records compare documents by name).
    private let documentRank: [Int32]
    private(set) var lists: [[Record]] = []
    /// Per tie, the date of its last kept record once its list is full, else `Int32.max`: a row of a
    /// later date is turned away from this flat array, without reaching the list (most rows, since
    /// rows come mostly in date order; the list's storage is one more cache miss a row).
    private var cutoff: [Int32] = []
    private var bytes: [UInt8] = []
    private var deadBytes = 0
    /// Text cues (PLOVER's type and mode), each stored once.
    private var cues: [String] = []
    private var cueIndex: [String: Int32] = [:]

    init(cap: Int, documents: [String]) {
        self.cap = cap
        var rank = [Int32](repeating: 0, count: documents.count)
        for (r, i) in documents.indices.sorted(by: { documents[$0] < documents[$1] }).enumerated() { rank[i] = Int32(r) }
        documentRank = rank
    }

    /// Makes room for one more tie's list.
    mutating func appendTie() {
        lists.append([])
        cutoff.append(Int32.max)
    }

    /// Keeps the event as evidence of tie `slot` when the list has room, or when it comes before the last kept one.
    @inline(__always) mutating func keep(_ e: MappedEvent, slot: Int) {
        guard cap > 0, e.date <= cutoff[slot] else { return }
        if lists[slot].count >= cap, let worst = lists[slot].last {
            // Rows come mostly in date order: a later date is turned away before any byte is compared.
            if e.date > worst.date { return }
            guard precedes(e, worst) else { return }
        }
        var record = Record(date: e.date, document: e.document, sentence: e.sentence, spanStart: e.span.0, spanEnd: e.span.1,
                            type: Int32(e.meaning.type), cue: cueCode(e.cue), idLength: Int32(e.id.count), idOffset: bytes.count,
                            urlLength: e.url.isEmpty ? -1 : Int32(e.url.count), urlOffset: 0)
        bytes.append(contentsOf: e.id)
        record.urlOffset = bytes.count
        bytes.append(contentsOf: e.url)
        var list = lists[slot]
        lists[slot] = []
        if list.count >= cap {
            let out = list.removeLast()
            deadBytes += Int(out.idLength) + Int(max(0, out.urlLength))
        }
        var at = list.count
        while at > 0, precedes(e, list[at - 1]) { at -= 1 }
        list.insert(record, at: at)
        if list.count >= cap { cutoff[slot] = list[list.count - 1].date }
        lists[slot] = list
        if deadBytes > 1 << 20, deadBytes * 2 > bytes.count { compact() }
    }

    private mutating func cueCode(_ cue: MappedEvent.Cue) -> Int32 {
        switch cue {
        case .cameo(let slot): return Int32(slot)
        case .text(let text):
            if let i = cueIndex[text] { return -1 - i }
            let i = Int32(cues.count)
            cues.append(text)
            cueIndex[text] = i
            return -1 - i
        }
    }

    /// Whether the event comes before the kept record in the evidence order.
    @inline(__always) private func precedes(_ e: MappedEvent, _ r: Record) -> Bool {
        if e.date != r.date { return e.date < r.date }
        let id = compare(e.id, r.idOffset, Int(r.idLength))
        if id != 0 { return id < 0 }
        if e.document != r.document { return documentRank[Int(e.document)] < documentRank[Int(r.document)] }
        if e.sentence != r.sentence { return e.sentence < r.sentence }
        if e.span.0 != r.spanStart { return e.span.0 < r.spanStart }
        return compare(e.url, r.urlOffset, Int(max(0, r.urlLength))) < 0
    }

    /// Compares bytes with stored bytes as `String`s compare: byte by byte when both are ASCII (the
    /// order of their scalars), else as strings.
    private func compare(_ a: UnsafeBufferPointer<UInt8>, _ offset: Int, _ length: Int) -> Int {
        bytes.withUnsafeBufferPointer { store in
            let b = UnsafeBufferPointer(rebasing: store[offset..<offset + length])
            if a.allSatisfy({ $0 < 0x80 }) && b.allSatisfy({ $0 < 0x80 }) {
                let n = min(a.count, b.count)
                if n > 0, let pa = a.baseAddress, let pb = b.baseAddress {
                    let c = memcmp(pa, pb, n)
                    if c != 0 { return Int(c) }
                }
                return a.count - b.count
            }
            let x = String(decoding: a, as: UTF8.self), y = String(decoding: b, as: UTF8.self)
            return x < y ? -1 : (x == y ? 0 : 1)
        }
    }

    /// Rewrites the byte store with the bytes of kept records only.
    private mutating func compact() {
        var fresh: [UInt8] = []
        fresh.reserveCapacity(bytes.count - deadBytes)
        for slot in lists.indices {
            var list = lists[slot]
            lists[slot] = []
            for i in list.indices {
                let id = list[i].idOffset, url = list[i].urlOffset
                list[i].idOffset = fresh.count
                fresh.append(contentsOf: bytes[id..<id + Int(list[i].idLength)])
                list[i].urlOffset = fresh.count
                fresh.append(contentsOf: bytes[url..<url + Int(max(0, list[i].urlLength))])
            }
            lists[slot] = list
        }
        bytes = fresh
        deadBytes = 0
    }

    /// The text of each CAMEO cue written so far, by slot: made once, not once per record.
    private var cameoCues: [Int32: String] = [:]

    /// Tie `slot`'s kept records as evidence.
    mutating func evidence(ofTie slot: Int, documents: [String], types: [String]) -> [Evidence] {
        lists[slot].map { r in
            let id = String(decoding: bytes[r.idOffset..<r.idOffset + Int(r.idLength)], as: UTF8.self)
            let url = r.urlLength < 0 ? nil : String(decoding: bytes[r.urlOffset..<r.urlOffset + Int(r.urlLength)], as: UTF8.self)
            let cue: String
            if r.cue >= 0 {
                if let known = cameoCues[r.cue] {
                    cue = known
                } else {
                    cue = "CAMEO \(EventMapping.code(ofSlot: Int(r.cue)))"
                    cameoCues[r.cue] = cue
                }
            } else {
                cue = cues[Int(-1 - r.cue)]
            }
            return Evidence(document: documents[Int(r.document)], sentence: Int(r.sentence), span: Int(r.spanStart)..<Int(r.spanEnd),
                            cues: [cue], date: FieldParse.dateText(r.date), eventType: types[Int(r.type)], eventID: id, url: url)
        }
    }
}
