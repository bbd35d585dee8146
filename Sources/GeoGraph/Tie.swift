/// A signed, weighted relation between two actors on one layer, with the evidence that states it.
public struct Tie: Hashable, Codable, Sendable {
    /// The actor who acts: gives the loan, deploys the troops, visits.
    public var source: String
    /// The actor acted on.
    public var target: String
    public var layer: Layer
    public var polarity: Polarity
    /// Strength in (0, 1]. Merging ties combines weights with ``Tie/combine(_:_:)``.
    public var weight: Double
    /// True for mutual relations (joint drills, trade, a summit of the two): direction carries no meaning.
    public var isSymmetric: Bool
    /// Every sentence that states the tie, sorted; for event data, the first records by date and id
    /// (capped: ``reports`` keeps the full count).
    public var evidence: [Evidence]
    /// For a tie made from event data: how many event records report it in all (its evidence may
    /// list fewer); `nil` for a tie read only from documents.
    public var reports: Int?
    /// For a tie made from event data: its events counted per window of time, sorted by window.
    /// The event part of the weight is ``EventWeight`` applied to their totals.
    public var windows: [EventWindow]

    public init(
        source: String, target: String, layer: Layer, polarity: Polarity, weight: Double,
        isSymmetric: Bool = false, evidence: [Evidence] = [], reports: Int? = nil, windows: [EventWindow] = []
    ) {
        self.source = source
        self.target = target
        self.layer = layer
        self.polarity = polarity
        self.weight = weight
        self.isSymmetric = isSymmetric
        self.evidence = evidence.sorted()
        self.reports = reports
        self.windows = windows.sorted()
    }

    /// The identity under which ties merge.
    public var key: TieKey { TieKey(self) }

    /// The valid range of a weight: greater than 0, at most 1.
    public static func isValidWeight(_ weight: Double) -> Bool { weight > 0 && weight <= 1 && weight.isFinite }

    /// The weight rule: two reports of one relation combine as independent pieces of evidence
    /// (noisy-or), `1 − (1 − a)(1 − b)`.
    ///
    /// The result stays in (0, 1], never falls below the stronger report, and grows with every
    /// corroborating report, with diminishing returns. This is the only place weights combine.
    public static func combine(_ a: Double, _ b: Double) -> Double { 1 - (1 - a) * (1 - b) }

    /// Merges another report of the same relation into this tie: text weights combine by
    /// ``combine(_:_:)``, event windows add up (the event part of the weight is recomputed by
    /// ``EventWeight`` from the totals), the two parts combine by ``combine(_:_:)``, and evidence is
    /// the sorted union.
    /// - Precondition: `other.key == key`.
    public mutating func merge(_ other: Tie) {
        precondition(other.key == key, "merging ties with different keys")
        if windows.isEmpty && other.windows.isEmpty {
            weight = Tie.combine(weight, other.weight)
        } else {
            let text: Double? = switch (textWeight, other.textWeight) {
            case let (a?, b?): Tie.combine(a, b)
            case let (a?, nil): a
            case let (nil, b): b
            }
            var byWindow: [String: EventWindow] = Dictionary(uniqueKeysWithValues: windows.map { ($0.window, $0) })
            for w in other.windows { byWindow[w.window, default: EventWindow(window: w.window, events: 0, intensity: 0)].absorb(w) }
            windows = byWindow.values.sorted()
            reports = EventWindow.cappedSum(reports ?? 0, other.reports ?? 0)
            weight = Tie.combine(text ?? 0, eventWeight ?? 0)
        }
        evidence = Array(Set(evidence).union(other.evidence)).sorted()
    }

    /// The part of the weight read from documents: the whole weight for a tie without event windows;
    /// for a tie with windows, what remains once the event part is taken out (`nil` when nothing does).
    public var textWeight: Double? {
        guard let e = eventWeight else { return weight }
        let t = EventWeight.textPart(of: weight, eventPart: e)
        return t > 1e-9 ? t : nil
    }

    /// The part of the weight counted from event data: ``EventWeight`` over every window; `nil` for
    /// a tie without windows.
    public var eventWeight: Double? {
        guard !windows.isEmpty else { return nil }
        let (events, intensity) = windows.reduce((0, 0.0)) { ($0.0 + $1.events, $0.1 + $1.intensity) }
        return EventWeight.weight(events: events, intensity: intensity)
    }

    /// The event types its evidence reports, each with how many records carry it, most frequent first
    /// (ties of equal count by name); records without a type are not counted.
    public var eventTypes: [(type: String, count: Int)] {
        var counts: [String: Int] = [:]
        for e in evidence { if let type = e.eventType { counts[type, default: 0] += 1 } }
        return counts.map { (type: $0.key, count: $0.value) }.sorted { ($1.count, $0.type) < ($0.count, $1.type) }
    }

    /// Whether any of its evidence records reports an event of `type`.
    public func reports(eventType type: String) -> Bool { evidence.contains { $0.eventType == type } }

    /// Whether the tie touches `actor` at either end.
    public func involves(_ actor: String) -> Bool { source == actor || target == actor }

    /// The other end of the tie, seen from `actor`.
    public func otherEnd(from actor: String) -> String { source == actor ? target : source }
}

/// The identity of a tie: (source, target, layer, polarity), with the pair unordered for symmetric ties.
public struct TieKey: Hashable, Sendable, Comparable {
    public let source: String
    public let target: String
    public let layer: Layer
    public let polarity: Polarity
    public let isSymmetric: Bool

    public init(_ tie: Tie) {
        let swap = Self.swapsEnds(source: tie.source, target: tie.target, isSymmetric: tie.isSymmetric)
        source = swap ? tie.target : tie.source
        target = swap ? tie.source : tie.target
        layer = tie.layer
        polarity = tie.polarity
        isSymmetric = tie.isSymmetric
    }

    /// Whether the key lists a tie's ends the other way round: a symmetric pair is keyed in id order.
    public static func swapsEnds(source: String, target: String, isSymmetric: Bool) -> Bool {
        isSymmetric && target < source
    }

    public static func < (lhs: TieKey, rhs: TieKey) -> Bool {
        (lhs.source, lhs.target, lhs.layer, lhs.polarity) < (rhs.source, rhs.target, rhs.layer, rhs.polarity)
    }
}
