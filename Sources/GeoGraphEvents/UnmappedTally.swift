/// Counts the rows that name each actor code the map cannot place, keyed by the code's bytes, so
/// that a row with an unmapped side makes no string (a fifth of the rows of a GDELT file name a
/// region, a business or the media). The codes become strings once, in ``fold(into:)``.
///
/// A code keeps the reason it was first counted with, as ``EventReadReport/unmapped`` does, and the
/// tally keeps no more codes than the report lists (``EventReadReport/unmappedKept`` codes,
/// ``EventReadReport/unmappedBytesKept`` bytes, the caps of its ``ByteKeyIndex``): rows naming a
/// code past them are only counted, so a file of ever new codes does not grow the tally with its rows.
struct UnmappedTally {
    private var codes = ByteKeyIndex(capacity: EventReadReport.unmappedKept, byteCapacity: EventReadReport.unmappedBytesKept)
    private var reasons: [UnmappedReason] = []
    private var rows: [Int] = []
    /// Rows naming a code that was not kept (the report's ``EventReadReport/unmappedNotListed``).
    private var notListed = 0

    /// Counts one row naming `code`.
    @inline(__always) mutating func count(_ code: UnsafeBufferPointer<UInt8>, _ reason: UnmappedReason) {
        guard let (number, isNew) = codes.number(of: code) else {
            notListed += 1
            return
        }
        if isNew {
            reasons.append(reason)
            rows.append(1)
        } else {
            rows[number] += 1
        }
    }

    /// Adds the counts to the report's, in the order the codes were first seen (through
    /// `EventReadReport.countUnmapped(_:_:rows:)`, which bounds the list), and empties the tally.
    mutating func fold(into report: inout EventReadReport) {
        for i in 0..<codes.count {
            report.countUnmapped(String(decoding: codes.key(i), as: UTF8.self), reasons[i], rows: rows[i])
        }
        report.unmappedNotListed += notListed
        self = UnmappedTally()
    }
}
