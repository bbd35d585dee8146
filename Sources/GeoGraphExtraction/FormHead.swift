/// What the actor matcher's code screen reads of one gazetteer form: how many words it has and where
/// their ``WordCode``s start in the matcher's flat code array. Eight bytes, so that the candidates of
/// one first word lie in a few cache lines.
struct FormHead: Sendable, Equatable {
    /// The number of words.
    var length: Int32
    /// The index of the first word's code in the flat array of every form's codes.
    var firstCode: Int32

    /// The heads of forms whose codes are `codes`, in order, for the flat array `codes.joined()`.
    static func heads(of codes: [[UInt64]]) -> [FormHead] {
        var heads: [FormHead] = []
        heads.reserveCapacity(codes.count)
        var start = 0
        for form in codes {
            heads.append(FormHead(length: Int32(form.count), firstCode: Int32(start)))
            start += form.count
        }
        return heads
    }
}
