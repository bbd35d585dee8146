/// Counts the rows that name each actor code the map cannot place, keyed by the code's bytes, so
/// that a row with an unmapped side makes no string (a fifth of the rows of a GDELT file name a
/// region, a business or the media). The codes become strings once, in ``fold(into:)``.
///
/// A code keeps the reason it was first counted with, as ``EventReadReport/unmapped`` does.
struct UnmappedTally {
    private var first: [UInt64: Int32] = [:]
    private var codes: [[UInt8]] = []
    private var reasons: [UnmappedReason] = []
    private var rows: [Int] = []
    private var next: [Int32] = []

    /// Counts one row naming `code`.
    @inline(__always) mutating func count(_ code: UnsafeBufferPointer<UInt8>, _ reason: UnmappedReason) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in code { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let head = first[hash] ?? -1
        var i = head
        while i >= 0 {
            if codes[Int(i)].elementsEqual(code) {
                rows[Int(i)] += 1
                return
            }
            i = next[Int(i)]
        }
        first[hash] = Int32(codes.count)
        codes.append(Array(code))
        reasons.append(reason)
        rows.append(1)
        next.append(head)
    }

    /// Adds the counts to the report's, in the order the codes were first seen (through
    /// `EventReadReport.countUnmapped(_:_:rows:)`, which bounds the list), and empties the tally.
    mutating func fold(into report: inout EventReadReport) {
        for i in codes.indices {
            report.countUnmapped(String(decoding: codes[i], as: UTF8.self), reasons[i], rows: rows[i])
        }
        self = UnmappedTally()
    }
}
