/// The candidate forms of a token by its first two words: of the forms that share a first word (a
/// group of the matcher's forms), those whose second word's code is the next token's, with the forms
/// a second word cannot rule out (one word long, or a second word that is not ASCII), in the group's
/// order.
///
/// A common first word ("the") has dozens of forms, and the second word rules out nearly all of them:
/// the matcher tries the few left instead of screening every form of the group.
struct FormPairIndex: Sendable {
    /// Form indices, list after list: each group's whole range, its open forms, and per second code
    /// its forms with that code together with the open ones.
    private let list: [Int32]
    /// By a group's first form: where its whole list and its open list lie in `list`.
    private let whole: [Range<Int32>]
    private let open: [Range<Int32>]
    /// Open-addressed table of (group's first form, second word code) -> list range; a power of two long,
    /// at most half full; code 0 marks an empty slot.
    private let slotCodes: [UInt64]
    private let slotGroups: [Int32]
    private let slotRanges: [Range<Int32>]

    /// - Parameters:
    ///   - groups: The ranges of form indices that share a first word, disjoint, covering `0..<count`.
    ///   - secondCodes: Each form's second word's ``WordCode``, `nil` for a form of one word.
    init(groups: [Range<Int>], secondCodes: [UInt64?]) {
        var list: [Int32] = []
        var whole = [Range<Int32>](repeating: 0..<0, count: secondCodes.count)
        var open = whole
        var entries: [(group: Int, code: UInt64, range: Range<Int32>)] = []
        for group in groups where !group.isEmpty {
            let start = Int32(list.count)
            list += group.map { Int32($0) }
            whole[group.lowerBound] = start..<Int32(list.count)
            let openForms = group.filter { (secondCodes[$0] ?? 0) == 0 }
            let openStart = Int32(list.count)
            list += openForms.map { Int32($0) }
            open[group.lowerBound] = openStart..<Int32(list.count)
            // The forms of each second code, codes ascending: pairs sorted by code, then form (no
            // dictionary per group: most groups hold one or two forms).
            let coded = group.compactMap { f in secondCodes[f].flatMap { $0 == 0 ? nil : ($0, f) } }.sorted { $0 < $1 }
            var k = 0
            while k < coded.count {
                var end = k + 1
                while end < coded.count, coded[end].0 == coded[k].0 { end += 1 }
                let listStart = Int32(list.count)
                list += (coded[k..<end].map(\.1) + openForms).sorted().map { Int32($0) }
                entries.append((group.lowerBound, coded[k].0, listStart..<Int32(list.count)))
                k = end
            }
        }
        var capacity = 16
        while capacity < 2 * entries.count { capacity *= 2 }
        var codes = [UInt64](repeating: 0, count: capacity)
        var groupsBySlot = [Int32](repeating: 0, count: capacity)
        var ranges = [Range<Int32>](repeating: 0..<0, count: capacity)
        for entry in entries {
            var slot = Self.slot(group: entry.group, code: entry.code, mask: capacity - 1)
            while codes[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            codes[slot] = entry.code
            groupsBySlot[slot] = Int32(entry.group)
            ranges[slot] = entry.range
        }
        self.list = list
        self.whole = whole
        self.open = open
        slotCodes = codes
        slotGroups = groupsBySlot
        slotRanges = ranges
    }

    @inline(__always) private static func slot(group: Int, code: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (code ^ UInt64(group) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// Where in ``form(at:)`` the forms of the group starting at form `group` lie that may match when
    /// the next token's lowercase form and key both have the code `second` (not 0); every form of the
    /// group when `second` is `nil`.
    @inline(__always) func candidates(group: Int, second: UInt64?) -> Range<Int> {
        guard let second else { return Int(whole[group].lowerBound)..<Int(whole[group].upperBound) }
        let mask = slotCodes.count - 1
        var slot = Self.slot(group: group, code: second, mask: mask)
        while slotCodes[slot] != 0 {
            if slotCodes[slot] == second, Int(slotGroups[slot]) == group {
                return Int(slotRanges[slot].lowerBound)..<Int(slotRanges[slot].upperBound)
            }
            slot = (slot + 1) & mask
        }
        return Int(open[group].lowerBound)..<Int(open[group].upperBound)
    }

    /// The form index at position `k` of a ``candidates(group:second:)`` range.
    @inline(__always) func form(at k: Int) -> Int { Int(list[k]) }
}
