/// A date typed as the bound of a window (`--since`, `--until`): a year, a month or a day that exists.
///
/// `2022`, `2022-09` and `2022-09-30` are bounds; `2022-9`, `2022-13` and `2023-02-29` are not. A year
/// is kept as its first month (for `--since`) or its last (for `--until`): windows compare dates by
/// prefix, so `since 2022-01` and `until 2022-12` hold every date of 2022, partial or full.
public enum DateBound {
    /// Which end of a window the bound closes.
    public enum End: Sendable { case since, until }

    /// The bound as windows use it (`YYYY-MM` or `YYYY-MM-DD`), or `nil` when `text` is not a real
    /// year, month or day.
    public static func parse(_ text: String, as end: End) -> String? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let year = Int(parts[0])!
        if parts.count == 1 { return end == .since ? "\(text)-01" : "\(text)-12" }
        let month = Int(parts[1])!
        guard (1...12).contains(month) else { return nil }
        if parts.count == 3 {
            guard (1...Document.daysIn(month: month, year: year)).contains(Int(parts[2])!) else { return nil }
        }
        return text
    }
}
