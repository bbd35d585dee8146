/// A document evidence may point into: one row of a corpus manifest.
public struct Document: Hashable, Codable, Sendable, Comparable {
    /// The file name inside the corpus folder.
    public var file: String
    /// Publication date, `YYYY-MM-DD` or `YYYY-MM`.
    public var date: String?
    public var outlet: String?
    public var title: String?

    public init(file: String, date: String? = nil, outlet: String? = nil, title: String? = nil) {
        self.file = file
        self.date = date
        self.outlet = outlet
        self.title = title
    }

    public static func < (lhs: Document, rhs: Document) -> Bool { lhs.file < rhs.file }

    /// Whether `text` is a date of the form `YYYY-MM-DD` or `YYYY-MM`.
    public static func isValidDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3, parts[0].count == 4,
            parts.dropFirst().allSatisfy({ $0.count == 2 }),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && Int($0) != nil })
        else { return false }
        let month = Int(parts[1])!
        guard (1...12).contains(month) else { return false }
        if parts.count == 3 { return (1...daysIn(month: month, year: Int(parts[0])!)).contains(Int(parts[2])!) }
        return true
    }

    /// The days in a month of the proleptic Gregorian calendar (February has 29 in leap years:
    /// divisible by 4, except centuries not divisible by 400), so 2024-02-30 and 2023-02-29 are refused.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
