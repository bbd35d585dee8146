/// Phrases grouped by their first word, for the matchers that try every phrase a token can open.
///
/// The actor matcher's forms and the lexicon's cues are both kept this way: one array in which each
/// first word's phrases are contiguous and longest first (so the first that matches is the longest),
/// and the range of each first word's group in it.
enum FirstWordGroups {
    /// `items` grouped by the first of their `keys` (items with no keys are left out).
    /// - Returns: The grouped items, and each first word's range in them.
    static func make<Item>(_ items: [Item], keys: (Item) -> [String]) -> (ordered: [Item], ranges: [String: Range<Int>]) {
        var byWord: [String: [Item]] = [:]
        for item in items {
            if let first = keys(item).first { byWord[first, default: []].append(item) }
        }
        var ordered: [Item] = []
        var ranges: [String: Range<Int>] = [:]
        for (word, group) in byWord {
            ranges[word] = ordered.count..<(ordered.count + group.count)
            ordered += group.sorted { keys($0).count > keys($1).count }
        }
        return (ordered, ranges)
    }
}
