/// Counts the rows that name each actor code the map cannot place, keyed by the code's bytes, so
/// that a row with an unmapped side makes no string (a fifth of the rows of a GDELT file name a
/// region, a business or the media). The codes become strings once, in ``fold(into:)``.
///
/// A code keeps the reason it was first counted with, as ``EventReadReport/unmapped`` does, and the
/// tally keeps no more codes than the report lists (``EventReadReport/unmappedKept`` codes,
/// ``EventReadReport/unmappedBytesKept`` bytes): rows naming a code past them are only counted, so a
/// file of ever new codes does not grow the tally with its rows.
struct UnmappedTally {
    /// The first code of each hash (its index in ``codes``); codes of one hash are chained by ``next``.
    private var first = SlotTable()
    private var codes: [[UInt8]] = []
    private var reasons: [UnmappedReason] = []
    private var rows: [Int] = []
    private var next: [Int32] = []
    private var bytes = 0
    /// Rows naming a code that was not kept (the report's ``EventReadReport/unmappedNotListed``).
    private var notListed = 0

    /// Counts one row naming `code`.
    @inline(__always) mutating func count(_ code: UnsafeBufferPointer<UInt8>, _ reason: UnmappedReason) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in code { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let index = Int32(codes.count)
        let fits = codes.count < EventReadReport.unmappedKept && bytes + code.count <= EventReadReport.unmappedBytesKept
        guard let head = fits ? first.slot(hash, orInsert: index) : first.slot(hash) else {
            notListed += 1
            return
        }
        if head == index {
            add(code, reason, next: -1)
            return
        }
        var i = head
        while i >= 0 {
            if codes[Int(i)].withUnsafeBufferPointer({ bytesEqual($0, code) }) {
                rows[Int(i)] += 1
                return
            }
            i = next[Int(i)]
        }
        // A new code with the hash of another: chained behind the first (which stays the table's entry).
        guard fits else {
            notListed += 1
            return
        }
        add(code, reason, next: next[Int(head)])
        next[Int(head)] = index
    }

    private mutating func add(_ code: UnsafeBufferPointer<UInt8>, _ reason: UnmappedReason, next link: Int32) {
        codes.append(Array(code))
        bytes += code.count
        reasons.append(reason)
        rows.append(1)
        next.append(link)
    }

    /// Adds the counts to the report's, in the order the codes were first seen (through
    /// `EventReadReport.countUnmapped(_:_:rows:)`, which bounds the list), and empties the tally.
    mutating func fold(into report: inout EventReadReport) {
        for i in codes.indices {
            report.countUnmapped(String(decoding: codes[i], as: UTF8.self), reasons[i], rows: rows[i])
        }
        report.unmappedNotListed += notListed
        self = UnmappedTally()
    }
}
