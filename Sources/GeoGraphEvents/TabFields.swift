/// The columns of one tab-separated line, found without making a string per field.
///
/// The line is scanned eight bytes at a time for tab bytes (SWAR: a byte equal to `\t` becomes a
/// zero byte after `xor`, and zero bytes are found exactly with two adds and masks), and the start of
/// each of the first ``maxColumns`` columns is recorded; columns past those are only counted, so a
/// row with too many columns costs no more than one with the right number. GDELT 2.0's 61 columns
/// took 60 `memchr` calls a row before, about half of the time a row may take (a million rows a second).
struct TabFields {
    static let maxColumns = 64
    /// `starts[k]`: where column k begins, for k ≤ ``limit``; one slot more for writes past it.
    private var starts: [Int32] = Array(repeating: 0, count: TabFields.maxColumns + 2)
    /// The number of columns in the line (tabs + 1).
    private(set) var count = 0
    private var limit = TabFields.maxColumns
    /// Where the last tab is, −1 for none.
    private var lastTab = -1
    private var base: UnsafePointer<UInt8>?
    private var length = 0

    /// Splits `line` (valid until the next call), keeping where the first `wanted` columns and the
    /// last begin; past those, tabs are only counted (a multiply a word), so that a reader
    /// that needs the first 31 of GDELT's 61 columns does not pay for the rest.
    @inline(__always) mutating func split(_ line: UnsafeBufferPointer<UInt8>, columns wanted: Int = TabFields.maxColumns) {
        base = line.baseAddress
        length = line.count
        let limit = min(max(1, wanted), TabFields.maxColumns)
        self.limit = limit
        // The counts live in the closure and come back as its result: variables it captured were kept
        // in memory, stored at every tab.
        let (n, last) = starts.withUnsafeMutableBufferPointer { starts -> (Int, Int) in
            starts[0] = 0
            var n = 1, last = -1
            guard let p = line.baseAddress else { return (n, last) }
            let raw = UnsafeRawPointer(p)
            let spare = TabFields.maxColumns + 1
            var i = 0
            while i &+ 8 <= line.count {
                let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self).littleEndian
                let t = x ^ 0x0909_0909_0909_0909
                var zero = ~(((t & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | t | 0x7F7F_7F7F_7F7F_7F7F)
                if zero != 0 {
                    last = i &+ (63 &- zero.leadingZeroBitCount) >> 3
                    if n > limit {
                        // `zero` has at most the top bit of each byte set: shifted down and multiplied,
                        // the bytes' sum lands in the top byte (one multiply; the baseline x86-64 target
                        // has no popcnt instruction, and its software count was a dozen operations).
                        n &+= Int(truncatingIfNeeded: ((zero >> 7) &* 0x0101_0101_0101_0101) >> 56)
                    } else {
                        repeat {
                            let at = i &+ zero.trailingZeroBitCount >> 3
                            starts[min(n, spare)] = Int32(truncatingIfNeeded: at &+ 1)
                            n &+= 1
                            zero &= zero &- 1
                        } while zero != 0
                    }
                }
                i &+= 8
            }
            while i < line.count {
                if p[i] == 0x09 {
                    starts[min(n, spare)] = Int32(truncatingIfNeeded: i &+ 1)
                    n &+= 1
                    last = i
                }
                i &+= 1
            }
            return (n, last)
        }
        count = n
        lastTab = last
    }

    /// Column `i` (0-based) as bytes; empty when the line has fewer columns, or when `i` is past the
    /// columns ``split(_:columns:)`` was asked to keep and is not the last.
    @inline(__always) subscript(_ i: Int) -> UnsafeBufferPointer<UInt8> {
        guard i < count, let base else { return UnsafeBufferPointer(start: nil, count: 0) }
        if i &+ 1 == count { return last }
        guard i &+ 1 <= limit else { return UnsafeBufferPointer(start: nil, count: 0) }
        let from = Int(starts[i]), to = Int(starts[i &+ 1]) &- 1
        return UnsafeBufferPointer(start: base + from, count: to &- from)
    }

    /// The last column (GDELT's SOURCEURL).
    @inline(__always) var last: UnsafeBufferPointer<UInt8> {
        guard let base else { return UnsafeBufferPointer(start: nil, count: 0) }
        let from = lastTab &+ 1
        return UnsafeBufferPointer(start: base + from, count: length &- from)
    }

    /// Column `i` as a string.
    func string(_ i: Int) -> String { String(decoding: self[i], as: UTF8.self) }
}

/// Numbers and dates read straight from bytes.
enum FieldParse {
    /// A whole number of ASCII digits with an optional leading `-`; `nil` for anything else or an empty field.
    @inline(__always) static func int(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        guard !b.isEmpty, b.count <= 18 else { return nil }
        var i = 0, negative = false
        if b[0] == 0x2D { negative = true; i = 1; guard b.count > 1 else { return nil } }
        var value = 0
        while i < b.count {
            let d = Int(b[i]) &- 48
            guard d >= 0, d <= 9 else { return nil }
            value = value &* 10 &+ d
            i += 1
        }
        return negative ? -value : value
    }

    /// A decimal number (`-3.4`, `7`, `.5`; an exponent is handed to Swift's parser); `nil` when empty or not a number.
    @inline(__always) static func double(_ b: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !b.isEmpty, b.count <= 32 else { return nil }
        var i = 0, negative = false
        if b[0] == 0x2D || b[0] == 0x2B { negative = b[0] == 0x2D; i = 1 }
        var mantissa: UInt64 = 0, digits = 0, fraction = 0, seenPoint = false
        while i < b.count {
            let c = b[i]
            if c == 0x2E {
                if seenPoint { return nil }
                seenPoint = true
            } else if c >= 48, c <= 57 {
                if digits < 18 {
                    mantissa = mantissa &* 10 &+ UInt64(c - 48)
                    digits += 1
                    if seenPoint { fraction += 1 }
                } else if !seenPoint {
                    return Double(String(decoding: b, as: UTF8.self))
                }
            } else {
                return Double(String(decoding: b, as: UTF8.self))
            }
            i += 1
        }
        guard digits > 0 else { return nil }
        let value = Double(mantissa) / powersOfTen[fraction]
        return negative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...18).map { pow10($0) }
    private static func pow10(_ n: Int) -> Double { var x = 1.0; for _ in 0..<n { x *= 10 }; return x }

    /// A date `YYYYMMDD` (GDELT) or `YYYY-MM-DD` (ICEWS, POLECAT) as the number YYYYMMDD, with the year
    /// in 1800…2199, a month 1…12 and a day the month has; `nil` otherwise.
    @inline(__always) static func date(_ b: UnsafeBufferPointer<UInt8>) -> Int32? {
        let y, m, d: Int
        if b.count == 8 {
            guard let v = int(b), v >= 0 else { return nil }
            (y, m, d) = (v / 10000, v / 100 % 100, v % 100)
        } else if b.count == 10, b[4] == 0x2D, b[7] == 0x2D {
            guard let yy = int(UnsafeBufferPointer(rebasing: b[0..<4])), let mm = int(UnsafeBufferPointer(rebasing: b[5..<7])),
                  let dd = int(UnsafeBufferPointer(rebasing: b[8..<10])), yy >= 0, mm >= 0, dd >= 0 else { return nil }
            (y, m, d) = (yy, mm, dd)
        } else {
            return nil
        }
        guard (1800...2199).contains(y), (1...12).contains(m), d >= 1, d <= daysIn(month: m, year: y) else { return nil }
        return Int32(y * 10000 + m * 100 + d)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// YYYYMMDD as `YYYY-MM-DD`.
    static func dateText(_ date: Int32) -> String {
        let v = Int(date)
        if (0...9999_12_31).contains(v) {
            // Ten digits and dashes written in place: a small string, no interpolation (once per kept record).
            return String(unsafeUninitializedCapacity: 10) { out in
                let y = v / 10000, m = v / 100 % 100, d = v % 100
                func digit(_ n: Int) -> UInt8 { UInt8(truncatingIfNeeded: 48 + n) }
                (out[0], out[1], out[2], out[3]) = (digit(y / 1000), digit(y / 100 % 10), digit(y / 10 % 10), digit(y % 10))
                (out[4], out[5], out[6]) = (0x2D, digit(m / 10), digit(m % 10))
                (out[7], out[8], out[9]) = (0x2D, digit(d / 10), digit(d % 10))
                return 10
            }
        }
        func pad(_ n: Int, _ w: Int) -> String { let s = String(n); return String(repeating: "0", count: max(0, w - s.count)) + s }
        return "\(pad(v / 10000, 4))-\(pad(v / 100 % 100, 2))-\(pad(v % 100, 2))"
    }
}
