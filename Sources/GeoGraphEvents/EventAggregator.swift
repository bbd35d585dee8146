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
/// rows: a row adds to counters found by one hash lookup each, and its strings are made only when it
/// enters a tie's capped evidence — rare once a tie is full, since rows come roughly in date order.
struct EventAggregator {
    let windowSize: WindowSize
    let evidenceCap: Int
    let documents: [String]
    let types: [String]

    private var tieSlots: [UInt64: Int32] = [:]
    private var tieKeys: [UInt64] = []
    private var tieEvents: [Int] = []
    private var tieIntensity: [Double] = []
    private var capped: [[KeptEvent]] = []
    private var counterSlots: [UInt64: Int32] = [:]
    private var counterEvents: [Int32] = []
    private var counterIntensity: [Double] = []

    /// One event kept as evidence.
    struct KeptEvent {
        var date: Int32
        var id: String
        var document: Int32
        var sentence: Int32
        var span: (Int32, Int32)
        var url: String?
        var type: Int32
        var cue: String
    }

    init(windowSize: WindowSize, evidenceCap: Int, documents: [String], types: [String]) {
        self.windowSize = windowSize
        self.evidenceCap = evidenceCap
        self.documents = documents
        self.types = types
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
        let layer = UInt64(Layer.allCases.firstIndex(of: e.meaning.layer)!)
        let key = UInt64(UInt32(e.source)) << 32 | UInt64(UInt32(e.target)) << 8 | layer << 1 | (e.meaning.polarity == .cooperation ? 0 : 1)
        let slot: Int
        if let s = tieSlots[key] {
            slot = Int(s)
        } else {
            slot = tieKeys.count
            tieSlots[key] = Int32(slot)
            tieKeys.append(key)
            tieEvents.append(0)
            tieIntensity.append(0)
            capped.append([])
        }
        tieEvents[slot] += 1
        tieIntensity[slot] += e.strength
        let window = EventAggregator.window(of: e.date, size: windowSize)
        // One counter per (tie, window, type): windows are summed from their types at the end, in type
        // order, so that sums are the same on every run (one hash lookup a row, not two).
        let counter = UInt64(slot) << 24 | UInt64(window) << 8 | UInt64(e.meaning.type)
        if let c = counterSlots[counter] {
            counterEvents[Int(c)] += 1
            counterIntensity[Int(c)] += e.strength
        } else {
            counterSlots[counter] = Int32(counterEvents.count)
            counterEvents.append(1)
            counterIntensity.append(e.strength)
        }
        keep(e, slot: slot)
    }

    /// Keeps the event as evidence when the tie has room, or when it comes before the last kept one.
    @inline(__always) private mutating func keep(_ e: MappedEvent, slot: Int) {
        guard evidenceCap > 0 else { return }
        if capped[slot].count >= evidenceCap, let worst = capped[slot].last, e.date > worst.date { return }
        let kept = KeptEvent(
            date: e.date, id: String(decoding: e.id, as: UTF8.self), document: e.document, sentence: e.sentence, span: e.span,
            url: e.url.isEmpty ? nil : String(decoding: e.url, as: UTF8.self), type: Int32(e.meaning.type), cue: e.cue.text)
        var list = capped[slot]
        capped[slot] = []
        if list.count >= evidenceCap {
            guard precedes(kept, list[list.count - 1]) else { capped[slot] = list; return }
            list.removeLast()
        }
        var at = list.count
        while at > 0, precedes(kept, list[at - 1]) { at -= 1 }
        list.insert(kept, at: at)
        capped[slot] = list
    }

    /// The evidence order: date, id, then document, sentence, span start and url (``Evidence``'s order for event records).
    private func precedes(_ a: KeptEvent, _ b: KeptEvent) -> Bool {
        if a.date != b.date { return a.date < b.date }
        if a.id != b.id { return a.id < b.id }
        if a.document != b.document { return documents[Int(a.document)] < documents[Int(b.document)] }
        if a.sentence != b.sentence { return a.sentence < b.sentence }
        if a.span.0 != b.span.0 { return a.span.0 < b.span.0 }
        return (a.url ?? "") < (b.url ?? "")
    }

    /// The ties, with their windows, counts and capped evidence, sorted by key.
    func ties(actors: [Actor]) -> [Tie] {
        var windows = [[EventWindow]](repeating: [], count: tieKeys.count)
        for (key, c) in counterSlots.sorted(by: { $0.key < $1.key }) {
            let slot = Int(key >> 24), window = Int(key >> 8 & 0xFFFF), type = types[Int(key & 0xFF)]
            let label = EventAggregator.label(ofWindow: window, size: windowSize)
            let events = Int(counterEvents[Int(c)]), intensity = counterIntensity[Int(c)]
            if let last = windows[slot].last, last.window == label {
                windows[slot][windows[slot].count - 1].absorb(EventWindow(window: label, events: events, intensity: intensity, types: [type: events]))
            } else {
                windows[slot].append(EventWindow(window: label, events: events, intensity: intensity, types: [type: events]))
            }
        }
        var ties: [Tie] = []
        ties.reserveCapacity(tieKeys.count)
        for (slot, key) in tieKeys.enumerated() {
            let source = actors[Int(key >> 32)].id, target = actors[Int(key >> 8 & 0xFF_FFFF)].id
            let layer = Layer.allCases[Int(key >> 1 & 3)], polarity: Polarity = key & 1 == 0 ? .cooperation : .tension
            let evidence = capped[slot].map { k in
                Evidence(document: documents[Int(k.document)], sentence: Int(k.sentence), span: Int(k.span.0)..<Int(k.span.1), cues: [k.cue],
                         date: FieldParse.dateText(k.date), eventType: types[Int(k.type)], eventID: k.id, url: k.url)
            }
            // The intensity summed per window, so that the weight is the one the windows give back.
            let intensity = windows[slot].reduce(0) { $0 + $1.intensity }
            ties.append(Tie(source: source, target: target, layer: layer, polarity: polarity,
                            weight: EventWeight.weight(events: tieEvents[slot], intensity: intensity),
                            evidence: evidence, reports: tieEvents[slot], windows: windows[slot]))
        }
        return ties.sorted { $0.key < $1.key }
    }
}
