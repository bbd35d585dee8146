/// Phrases grouped by their first word, for the matchers that try every phrase a token can open.
///
/// The actor matcher's forms and the lexicon's cues are both kept this way: one array in which each
/// first word's phrases are contiguous and longest first (so the first that matches is the longest),
/// and the range of each first word's group in it.
enum FirstWordGroups {
    /// `items` grouped by the first of their `keys` (items with no keys are left out).
    /// - Returns: The grouped items, and each first word's range in them.
    static func make<Item>(_ items: [Item], keys: (Item) -> [String]) -> (ordered: [Item], ranges: [String: Range<Int>]) {
        // Each item's keys asked once (a key path made into a function is slow to call), the groups
        // kept as indices and sorted by the stored lengths: the same stable sort on the same
        // comparisons as sorting the items by their keys' counts.
        var lengths: [Int] = []
        lengths.reserveCapacity(items.count)
        var byWord: [String: [Int]] = [:]
        for (i, item) in items.enumerated() {
            let itemKeys = keys(item)
            lengths.append(itemKeys.count)
            if let first = itemKeys.first { byWord[first, default: []].append(i) }
        }
        var ordered: [Item] = []
        ordered.reserveCapacity(items.count)
        var ranges: [String: Range<Int>] = [:]
        ranges.reserveCapacity(byWord.count)
        for (word, group) in byWord {
            ranges[word] = ordered.count..<(ordered.count + group.count)
            for i in group.sorted(by: { lengths[$0] > lengths[$1] }) { ordered.append(items[i]) }
        }
        return (ordered, ranges)
    }
}
