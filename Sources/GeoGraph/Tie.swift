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
    /// Every sentence that states the tie, sorted.
    public var evidence: [Evidence]

    public init(
        source: String, target: String, layer: Layer, polarity: Polarity, weight: Double,
        isSymmetric: Bool = false, evidence: [Evidence] = []
    ) {
        self.source = source
        self.target = target
        self.layer = layer
        self.polarity = polarity
        self.weight = weight
        self.isSymmetric = isSymmetric
        self.evidence = evidence.sorted()
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

    /// Merges another report of the same relation into this tie: weights combine by
    /// ``combine(_:_:)``, evidence is the sorted union.
    /// - Precondition: `other.key == key`.
    public mutating func merge(_ other: Tie) {
        precondition(other.key == key, "merging ties with different keys")
        weight = Tie.combine(weight, other.weight)
        evidence = Array(Set(evidence).union(other.evidence)).sorted()
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
