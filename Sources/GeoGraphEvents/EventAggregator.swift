import GeoGraph

/// One mapped event, as a reader hands it to the ``EventAggregator``: the bytes it points at are
/// valid only during the call.
struct MappedEvent {
    var source: Int32
    var target: Int32
    var meaning: EventMapping.Meaning
    /// In (0, 1] (``EventWeight/strength(magnitude:)``).
    var strength: Double
    /// YYYYMMDD.
    var date: Int32
    /// The position of the input file among the documents.
    var document: Int32
    var id: UnsafeBufferPointer<UInt8>
    var url: UnsafeBufferPointer<UInt8>
    /// GDELT mentions' SentenceID, ICEWS's Sentence Number; 0 when the data has none.
    var sentence: Int32 = 0
    /// Character offsets of the mention (start, end); `(0, 1)` when the data has none.
    var span: (Int32, Int32) = (0, 1)
    /// What the record calls the event, written out only when kept as evidence.
    var cue: Cue

    /// `CAMEO 042` (by the code's slot, so that no string is made per row) or a PLOVER type and mode.
    enum Cue {
        case cameo(slot: Int)
        case text(String)

        var text: String {
            switch self {
            case .cameo(let slot): "CAMEO \(EventMapping.code(ofSlot: slot))"
            case .text(let t): t
            }
        }
    }
}

/// Sums events per tie (source, target, layer, polarity) and per window of time, and keeps the
/// first ``evidenceCap`` event records of each tie by (date, id) as its evidence.
///
/// Memory grows with the number of ties and of (tie, window, type) triples, not with the number of
/// rows: a row finds its tie in one hash table and adds to one counter of a flat table
/// (``EventCounters``); its id and URL are copied only when it enters a tie's capped evidence
/// (``KeptEvents``) — rare once a tie is full, since rows come roughly in date order.
struct EventAggregator {
    let windowSize: WindowSize
    let evidenceCap: Int
    let documents: [String]
    let types: [String]

    private var tieSlots = SlotTable()
    /// With few actors, the tie slots as a table indexed by (source, target, layer, polarity), −1 for
    /// none yet (a few MB for a gazetteer of hundreds of actors): one load a row instead of a hashed
    /// lookup; `tieSlots` is used when the table would be larger than ``denseLimit`` entries.
    private var denseSlots: [Int32]
    private let actorCount: Int
    static let denseLimit = 1 << 22
    private var tieKeys: [UInt64] = []
    private var tieEvents: [Int] = []
    private var counters = EventCounters()
    private var kept: KeptEvents

    init(windowSize: WindowSize, evidenceCap: Int, documents: [String], types: [String], actorCount: Int) {
        self.actorCount = actorCount
        let entries = actorCount.multipliedReportingOverflow(by: actorCount * 6)
        denseSlots = !entries.overflow && entries.partialValue <= EventAggregator.denseLimit ? Array(repeating: -1, count: entries.partialValue) : []
        self.windowSize = windowSize
        self.evidenceCap = evidenceCap
        self.documents = documents
        self.types = types
        kept = KeptEvents(cap: evidenceCap, documents: documents)
    }

    /// The number of ties so far.
    var tieCount: Int { tieKeys.count }

    @inline(__always) static func window(of date: Int32, size: WindowSize) -> Int {
        let year = Int(date) / 10000 - 1800, month = Int(date) / 100 % 100 - 1
        switch size {
        case .month: return year * 12 + month
        case .quarter: return year * 4 + month / 3
        case .year: return year
        }
    }

    static func label(ofWindow w: Int, size: WindowSize) -> String {
        switch size {
        case .month: return size.label(year: w / 12 + 1800, month: w % 12 + 1)
        case .quarter: return size.label(year: w / 4 + 1800, month: (w % 4) * 3 + 1)
        case .year: return size.label(year: w + 1800, month: 1)
        }
    }

    mutating func add(_ e: MappedEvent) {
        let layer = UInt64(e.meaning.layer == .security ? 0 : (e.meaning.layer == .economic ? 1 : 2))
        let key = UInt64(UInt32(e.source)) << 32 | UInt64(UInt32(e.target)) << 8 | layer << 1 | (e.meaning.polarity == .cooperation ? 0 : 1)
        var slot: Int
        if !denseSlots.isEmpty {
            let at = ((Int(e.source) * actorCount + Int(e.target)) * 3 + Int(layer)) * 2 + (e.meaning.polarity == .cooperation ? 0 : 1)
            slot = Int(denseSlots[at])
            if slot < 0 {
                slot = newTie(key)
                denseSlots[at] = Int32(slot)
            }
        } else {
            let fresh = Int32(tieKeys.count)
            slot = Int(tieSlots.slot(key, orInsert: fresh))
            if slot == Int(fresh) { _ = newTie(key) }
        }
        tieEvents[slot] += 1
        // One counter per (tie, window, type): a tie's windows and total are summed from them at the
        // end, in (window, type) order, so that sums are the same on every run.
        let window = EventAggregator.window(of: e.date, size: windowSize)
        counters.add(EventCounters.key(slot: slot, window: window, type: e.meaning.type), strength: e.strength)
        kept.keep(e, slot: slot)
    }

    private mutating func newTie(_ key: UInt64) -> Int {
        tieKeys.append(key)
        tieEvents.append(0)
        kept.appendTie()
        return tieKeys.count - 1
    }

    /// The ties, with their windows, counts and capped evidence, sorted by key, each handed to `body`
    /// as it is made (the aggregator is emptied: call it once).
    ///
    /// Ties are ordered by (source id, target id, layer, polarity) — ``TieKey``'s order for directed
    /// ties — by ranking the actor ids once; their counters are sorted in place by (that order,
    /// window, type), so that each tie's windows are read off in one pass.
    mutating func drainTies(actors: [Actor], _ body: (Tie) throws -> Void) rethrows {
        let ids = actors.indices.sorted { actors[$0].id < actors[$1].id }
        var rank = [UInt64](repeating: 0, count: actors.count)
        for (r, a) in ids.enumerated() { rank[a] = UInt64(r) }
        // The key order of a tie: the ends' ranks, then layer and polarity (as packed in its key).
        let order = tieKeys.map { key in rank[Int(key >> 32)] << 36 | rank[Int(key >> 8 & 0xFF_FFFF)] << 8 | key & 0xFF }
        let byOrder = tieKeys.indices.sorted { order[$0] < order[$1] }
        var position = [UInt64](repeating: 0, count: tieKeys.count)
        for (p, slot) in byOrder.enumerated() { position[slot] = UInt64(p) }
        tieSlots = SlotTable()
        denseSlots = []
        let sorted = counters.drain { key in position[Int(key >> 24)] << 24 | key & 0xFF_FFFF }
        var next = 0
        var labels = WindowLabels(size: windowSize)
        for (p, slot) in byOrder.enumerated() {
            var windows: [EventWindow] = []
            while next < sorted.count, Int(sorted[next].key >> 24) == p {
                let c = sorted[next]
                let label = labels.label(Int(c.key >> 8 & 0xFFFF))
                let type = types[Int(c.key & 0xFF)], events = Int(c.events)
                if let last = windows.last, last.window == label {
                    windows[windows.count - 1].absorb(EventWindow(window: label, events: events, intensity: c.intensity, types: [type: events]))
                } else {
                    windows.append(EventWindow(window: label, events: events, intensity: c.intensity, types: [type: events]))
                }
                next += 1
            }
            let key = tieKeys[slot]
            let layer = Layer.allCases[Int(key >> 1 & 3)], polarity: Polarity = key & 1 == 0 ? .cooperation : .tension
            // The intensity summed per window, so that the weight is the one the windows give back.
            let intensity = windows.reduce(0) { $0 + $1.intensity }
            var tie = Tie(source: actors[Int(key >> 32)].id, target: actors[Int(key >> 8 & 0xFF_FFFF)].id, layer: layer, polarity: polarity,
                          weight: EventWeight.weight(events: tieEvents[slot], intensity: intensity), reports: tieEvents[slot])
            // Both come in order (windows by number, evidence as kept): set, not sorted again.
            tie.windows = windows
            tie.evidence = kept.evidence(ofTie: slot, documents: documents, types: types)
            try body(tie)
        }
    }

    /// The actors (by index) that some tie joins, in index order.
    func tiedActors() -> [Int] {
        var used = Set<Int>()
        for key in tieKeys {
            used.insert(Int(key >> 32))
            used.insert(Int(key >> 8 & 0xFF_FFFF))
        }
        return used.sorted()
    }
}

/// Window labels (`2023-05`) made once per window number rather than once per counter.
private struct WindowLabels {
    let size: WindowSize
    private var made: [Int: String] = [:]

    init(size: WindowSize) { self.size = size }

    mutating func label(_ window: Int) -> String {
        if let known = made[window] { return known }
        let text = EventAggregator.label(ofWindow: window, size: size)
        made[window] = text
        return text
    }
}
