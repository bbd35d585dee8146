/// The days a date stands for, as `yyyymmdd` numbers (which order as the days do): a day is itself,
/// a month runs from its 1st to its 31st, a year from 1 January to 31 December.
///
/// A month is taken to its 31st whatever its length: spans are only compared with each other, and
/// no real day falls between a month's last day and its 31st. ``Term`` (``Term/contains(_:)``, the
/// graph reader's order checks) and the extractor's actor table both count terms of office in it.
public struct DaySpan: Hashable, Sendable {
    /// The first and last day, as `yyyymmdd`.
    public let days: ClosedRange<Int>

    /// The span of `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or `nil` for text it cannot read.
    ///
    /// Only the shape is checked (a four-digit year, numbers after it), not that the month or day
    /// exists: `Document.isValidDate(_:)` and ``DateBound`` check dates as typed.
    public init?(_ date: String) {
        let parts = date.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) }),
              let year = Int(parts[0]), parts[0].count == 4 else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        if parts.count > 1, month == nil { return nil }
        if parts.count > 2, day == nil { return nil }
        let base = year * 10_000
        switch (month, day) {
        case let (m?, d?): days = (base + m * 100 + d)...(base + m * 100 + d)
        case let (m?, nil): days = (base + m * 100 + 1)...(base + m * 100 + 31)
        default: days = (base + 101)...(base + 1231)
        }
    }
}

extension Term {
    /// The days in office, from the first day of ``from`` to the last of ``until`` (``DaySpan``); an
    /// end that is open, or that cannot be read, is unbounded. `nil` when the term ends before it starts.
    public var days: ClosedRange<Int>? {
        let first = from.flatMap(DaySpan.init)?.days.lowerBound ?? Int.min
        let last = until.flatMap(DaySpan.init)?.days.upperBound ?? Int.max
        return first <= last ? first...last : nil
    }
}
