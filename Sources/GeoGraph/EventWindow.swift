/// What event data says about one tie in one window of time: how many events, how intense, of
/// which types.
///
/// Event ties keep one window per month, quarter or year in which they have events, so that
/// `timeline`, `shifts` and `--since/--until` read the full counts even when the tie's evidence list
/// was capped. Written in graph files as `{window: 2023-05, events: 12, intensity: 4.5, types: {consult: 9, agree: 3}}`.
public struct EventWindow: Hashable, Codable, Sendable, Comparable {
    /// `YYYY-MM` (month), `YYYY-Qn` (quarter) or `YYYY` (year).
    public var window: String
    /// The number of events in the window.
    public var events: Int
    /// The summed strength of those events, each in (0, 1] (``EventWeight/strength(magnitude:)``).
    public var intensity: Double
    /// The number of events of each event type.
    public var types: [String: Int]

    public init(window: String, events: Int, intensity: Double, types: [String: Int] = [:]) {
        self.window = window
        self.events = events
        self.intensity = intensity
        self.types = types
    }

    /// The mean strength of the window's events.
    public var meanIntensity: Double { events > 0 ? intensity / Double(events) : 0 }

    /// The largest count a window holds (events, or events of one type): 2^40, about a million times
    /// a year of GDELT. Graph files are refused above it and ``absorb(_:)`` stops there, so the sums
    /// over a tie's windows (at most 12 × 10,000 of them) cannot overflow.
    public static let maximumCount = 1 << 40

    /// `a + b`, at most ``maximumCount``.
    public static func cappedSum(_ a: Int, _ b: Int) -> Int { min(maximumCount, min(a, maximumCount) + min(b, maximumCount)) }

    /// Adds another aggregate of the same window (counts stop at ``maximumCount``; the intensity
    /// stays at most the events).
    public mutating func absorb(_ other: EventWindow) {
        let sum = EventWindow.cappedSum(events, other.events)
        intensity = min(intensity + other.intensity, Double(sum))
        events = sum
        for (type, count) in other.types { types[type] = EventWindow.cappedSum(types[type] ?? 0, count) }
    }

    /// The length of window this label names: `2023-05` a month, `2023-Q2` a quarter, `2023` a year.
    public var size: WindowSize? { WindowLabel.size(of: window) }

    public static func < (lhs: EventWindow, rhs: EventWindow) -> Bool {
        (WindowLabel.firstDay(lhs.window) ?? lhs.window, lhs.window) < (WindowLabel.firstDay(rhs.window) ?? rhs.window, rhs.window)
    }

    /// The window's first and last day (`YYYY-MM-DD`).
    public var days: (first: String, last: String)? {
        guard let first = WindowLabel.firstDay(window), let last = WindowLabel.lastDay(window) else { return nil }
        return (first, last)
    }

    /// Whether the window overlaps the dates from `since` to `until` (either open; `YYYY-MM[-DD]`),
    /// and, with `before`, starts before that date.
    public func overlaps(since: String?, until: String?, before: String? = nil) -> Bool {
        guard let (first, last) = days else { return false }
        if let since, last < WindowLabel.startOfDate(since) { return false }
        if let until, first > WindowLabel.endOfDate(until) { return false }
        if let before, first >= WindowLabel.startOfDate(before) { return false }
        return true
    }
}

/// The length of the windows event data is counted in.
public enum WindowSize: String, CaseIterable, Sendable {
    case month, quarter, year

    /// The label of the window holding the date `yyyymmdd` (as a number).
    public func label(year: Int, month: Int) -> String {
        switch self {
        case .month: return "\(WindowLabel.pad(year, 4))-\(WindowLabel.pad(month, 2))"
        case .quarter: return "\(WindowLabel.pad(year, 4))-Q\((month - 1) / 3 + 1)"
        case .year: return WindowLabel.pad(year, 4)
        }
    }
}

/// Window labels (`2023-05`, `2023-Q2`, `2023`) and the days they span.
public enum WindowLabel {
    /// Whether `text` is a window label.
    public static func isValid(_ text: String) -> Bool { firstDay(text) != nil }

    /// The length of window `label` names, or `nil` when it is not a label.
    public static func size(of label: String) -> WindowSize? {
        guard let (_, first, last) = parse(label) else { return nil }
        return first == last ? .month : last - first == 2 ? .quarter : .year
    }

    /// `2023-05` → `2023-05-01`, `2023-Q2` → `2023-04-01`, `2023` → `2023-01-01`.
    public static func firstDay(_ label: String) -> String? {
        guard let (year, first, _) = parse(label) else { return nil }
        return "\(pad(year, 4))-\(pad(first, 2))-01"
    }

    /// `2023-05` → `2023-05-31`, `2023-Q2` → `2023-06-30`, `2023` → `2023-12-31`.
    public static func lastDay(_ label: String) -> String? {
        guard let (year, _, last) = parse(label) else { return nil }
        return "\(pad(year, 4))-\(pad(last, 2))-\(pad(daysIn(month: last, year: year), 2))"
    }

    /// The window of `size` that holds `date` (`YYYY-MM[-DD]`).
    public static func window(of date: String, size: WindowSize) -> String? {
        let parts = date.split(separator: "-")
        guard parts.count >= 2, let year = Int(parts[0]), let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        return size.label(year: year, month: month)
    }

    static func parse(_ label: String) -> (year: Int, first: Int, last: Int)? {
        let parts = label.split(separator: "-", omittingEmptySubsequences: false)
        guard let yearText = parts.first, yearText.count == 4, yearText.allSatisfy(\.isASCII), let year = Int(yearText), year >= 0 else { return nil }
        if parts.count == 1 { return (year, 1, 12) }
        guard parts.count == 2 else { return nil }
        let rest = parts[1]
        if rest.count == 2, rest.first == "Q", let q = Int(rest.dropFirst()), (1...4).contains(q) { return (year, 3 * q - 2, 3 * q) }
        if rest.count == 2, rest.allSatisfy(\.isASCII), let m = Int(rest), (1...12).contains(m) { return (year, m, m) }
        return nil
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A date's first day: `2023-05` → `2023-05-01`.
    static func startOfDate(_ date: String) -> String { date.count == 7 ? date + "-01" : date }
    /// A date's last day: `2023-05` → `2023-05-31`.
    static func endOfDate(_ date: String) -> String {
        guard date.count == 7, let (year, _, last) = parse(date) else { return date }
        return "\(date)-\(pad(daysIn(month: last, year: year), 2))"
    }

    static func pad(_ n: Int, _ width: Int) -> String {
        let digits = String(n)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
