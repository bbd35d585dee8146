extension Tie {
    /// This tie as a report of a symmetric tie in `mutual`, when it is a directed event tie (it has
    /// windows) of the same pair, layer and polarity; `nil` otherwise.
    public func foldedIntoMutual(_ mutual: Set<TieKey>) -> Tie? {
        guard !isSymmetric, !windows.isEmpty, !mutual.isEmpty else { return nil }
        var folded = self
        folded.isSymmetric = true
        return mutual.contains(folded.key) ? folded : nil
    }
}
