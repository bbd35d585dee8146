/// The pairs of actors whose relation moved most between two periods: the signed weight of a pair
/// (cooperation counts +, tension −, over every layer) in each period, and the change.
///
/// A period is a window label (`2023-05`, `2023-Q2`, `2023`) or a date; each tie is weighed over the
/// period alone (``Tie/selected(source:since:until:before:)``). Pairs are ranked by the size of the
/// change, a change of sign first among equals, then by name.
public struct Shifts: Sendable {
    /// One pair's move.
    public struct Shift: Sendable {
        public var a: String
        public var b: String
        /// Signed weight in the first and the second period.
        public var before: Double
        public var after: Double
        public var change: Double { after - before }
        /// Whether the pair went from cooperation to tension or back.
        public var signChanged: Bool { (before > 0 && after < 0) || (before < 0 && after > 0) }
        /// Event types counted in each period, most first.
        public var typesBefore: [(type: String, count: Int)]
        public var typesAfter: [(type: String, count: Int)]
        /// The events behind the move: the second period's event records (first by date and id),
        /// or the first period's when the pair fell silent.
        public var evidence: [Evidence]
    }

    public var before: (first: String, last: String)
    public var after: (first: String, last: String)
    public var shifts: [Shift]

    /// The shifts between periods `first` and `second`, the `top` largest (all when nil); at most
    /// `evidence` records each.
    public init?(graph: Graph, first: String, second: String, top: Int? = 20, evidence: Int = 3) {
        guard let p = Shifts.period(first), let q = Shifts.period(second) else { return nil }
        before = p
        after = q
        struct Sum { var before = 0.0, after = 0.0; var typesBefore: [String: Int] = [:], typesAfter: [String: Int] = [:]; var evidenceBefore: [Evidence] = [], evidenceAfter: [Evidence] = [] }
        var sums: [String: Sum] = [:]
        for tie in graph.ties {
            let pair = [tie.source, tie.target].sorted()
            let key = pair.joined(separator: "\u{1F}")
            let sign = Double(tie.polarity.sign)
            var sum = sums[key] ?? Sum()
            if let t = tie.selected(since: p.first, until: p.last) {
                sum.before += sign * t.weight
                for w in t.windows { for (type, n) in w.types { sum.typesBefore[type, default: 0] += n } }
                sum.evidenceBefore += t.evidence
            }
            if let t = tie.selected(since: q.first, until: q.last) {
                sum.after += sign * t.weight
                for w in t.windows { for (type, n) in w.types { sum.typesAfter[type, default: 0] += n } }
                sum.evidenceAfter += t.evidence
            }
            sums[key] = sum
        }
        func ranked(_ types: [String: Int]) -> [(type: String, count: Int)] {
            types.map { (type: $0.key, count: $0.value) }.sorted { ($1.count, $0.type) < ($0.count, $1.type) }
        }
        var shifts: [Shift] = []
        for (key, s) in sums where s.before != 0 || s.after != 0 {
            let ends = key.split(separator: "\u{1F}").map(String.init)
            let behind = (s.evidenceAfter.isEmpty ? s.evidenceBefore : s.evidenceAfter).sorted().prefix(evidence)
            shifts.append(Shift(a: ends[0], b: ends[1], before: s.before, after: s.after, typesBefore: ranked(s.typesBefore),
                                typesAfter: ranked(s.typesAfter), evidence: Array(behind)))
        }
        shifts.sort { x, y in
            let (cx, cy) = (abs(x.change), abs(y.change))
            if abs(cx - cy) > 1e-12 { return cx > cy }
            if x.signChanged != y.signChanged { return x.signChanged }
            return (x.a, x.b) < (y.a, y.b)
        }
        self.shifts = top.map { Array(shifts.prefix($0)) } ?? shifts
    }

    /// A window label or a date as its first and last day.
    public static func period(_ text: String) -> (first: String, last: String)? {
        if let first = WindowLabel.firstDay(text), let last = WindowLabel.lastDay(text) { return (first, last) }
        if Document.isValidDate(text) { return (WindowLabel.startOfDate(text), WindowLabel.endOfDate(text)) }
        return nil
    }
}
