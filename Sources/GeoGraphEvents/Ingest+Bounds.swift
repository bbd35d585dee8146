/// What one field of an event row may hold, so that memory follows the ties and not a hostile row
/// (review finding R8: unique megabyte-long actor codes, packed a thousand to one in a zip, filled the
/// unmapped list and the resolution cache). A row with a longer actor field is refused as a bad record.
extension Ingest {
    /// GDELT's actor columns: code, country, known group and first type of each side.
    static let gdeltActorColumns = [5, 7, 8, 12, 15, 17, 18, 22]
    /// The longest GDELT actor code read (the codebook's longest are about 15 bytes).
    static let gdeltCodeBytes = 64
    /// The longest actor name, country or sector list read from ICEWS, POLECAT or PLOVER (their
    /// longest names run to a few hundred bytes).
    static let actorFieldBytes = 1024
}

extension TabFields {
    /// Whether every field of `columns` holds at most `bytes` bytes.
    @inline(__always) func fit(_ columns: [Int], _ bytes: Int) -> Bool {
        for c in columns where self[c].count > bytes { return false }
        return true
    }
}
