/// How the relation between two actors moved over time: one series per direction, layer and
/// polarity, one point per window.
///
/// Event ties give their windows (events, summed intensity, types); text ties give the number of
/// their sentences dated in each window. Each point's weight is the tie's weight over that window
/// alone (``Tie/selected(source:since:until:before:)``).
public struct Timeline: Sendable {
    /// One point of a series.
    public struct Point: Sendable, Equatable {
        public var window: String
        /// Event records in the window.
        public var events: Int
        /// Their mean strength, in (0, 1]; 0 without events.
        public var meanIntensity: Double
        /// Sentences of documents dated in the window.
        public var sentences: Int
        /// The tie's weight over the window alone.
        public var weight: Double
        /// Event types by count, most first.
        public var types: [(type: String, count: Int)]

        public static func == (a: Point, b: Point) -> Bool {
            a.window == b.window && a.events == b.events && a.sentences == b.sentences && a.weight == b.weight
                && a.types.map(\.type) == b.types.map(\.type) && a.types.map(\.count) == b.types.map(\.count)
        }
    }

    /// The points of one tie.
    public struct Series: Sendable {
        public var source: String
        public var target: String
        public var layer: Layer
        public var polarity: Polarity
        public var points: [Point]
        /// `source → target layer polarity`.
        public var label: String { "\(source) -> \(target) \(layer.rawValue) \(polarity.rawValue)" }
    }

    public var a: String
    public var b: String
    /// Every window of any series, in order.
    public var windows: [String]
    public var series: [Series]

    /// The timeline of the ties between `a` and `b` in either direction, in windows of `size` (the
    /// size the event windows were counted in is kept; text evidence is counted in windows of `size`).
    public init(graph: Graph, a: String, b: String, size: WindowSize = .month) {
        self.a = a
        self.b = b
        var all = Set<String>()
        var series: [Series] = []
        for tie in graph.ties(between: a, and: b) {
            var labels = Set(tie.windows.map(\.window))
            var sentences: [String: Int] = [:]
            for e in tie.evidence where !e.isEventRecord {
                guard let d = e.date, let w = WindowLabel.window(of: d, size: size) else { continue }
                sentences[w, default: 0] += 1
                labels.insert(w)
            }
            let byWindow = Dictionary(uniqueKeysWithValues: tie.windows.map { ($0.window, $0) })
            let points = labels.sorted { (WindowLabel.firstDay($0) ?? $0, $0) < (WindowLabel.firstDay($1) ?? $1, $1) }.map { label -> Point in
                let w = byWindow[label]
                let days = (WindowLabel.firstDay(label) ?? label, WindowLabel.lastDay(label) ?? label)
                let weight = tie.selected(since: days.0, until: days.1)?.weight ?? 0
                let types = (w?.types ?? [:]).map { (type: $0.key, count: $0.value) }.sorted { ($1.count, $0.type) < ($0.count, $1.type) }
                return Point(window: label, events: w?.events ?? 0, meanIntensity: w?.meanIntensity ?? 0, sentences: sentences[label] ?? 0,
                             weight: weight, types: types)
            }
            all.formUnion(labels)
            series.append(Series(source: tie.source, target: tie.target, layer: tie.layer, polarity: tie.polarity, points: points))
        }
        self.series = series
        windows = all.sorted { (WindowLabel.firstDay($0) ?? $0, $0) < (WindowLabel.firstDay($1) ?? $1, $1) }
    }

    /// The timeline as CSV: `window,source,target,layer,polarity,events,mean_intensity,sentences,weight,types`.
    public func csv() -> String {
        var out = "window,source,target,layer,polarity,events,mean_intensity,sentences,weight,types\n"
        for (s, p) in rows() {
            out += "\(p.window),\(s.source),\(s.target),\(s.layer.rawValue),\(s.polarity.rawValue),\(p.events),"
            out += "\(JSONValue.format(p.meanIntensity)),\(p.sentences),\(JSONValue.format(p.weight)),"
            out += p.types.map { "\($0.type):\($0.count)" }.joined(separator: " ") + "\n"
        }
        return out
    }

    /// Every point with its series, by window, then series order.
    public func rows() -> [(Series, Point)] {
        let order = Dictionary(uniqueKeysWithValues: windows.enumerated().map { ($1, $0) })
        return series.enumerated().flatMap { i, s in s.points.map { (i, s, $0) } }
            .sorted { (order[$0.2.window] ?? 0, $0.0) < (order[$1.2.window] ?? 0, $1.0) }
            .map { ($0.1, $0.2) }
    }
}
