extension Tie {
    /// The tie narrowed to the evidence that reports one of `types` (``Evidence/eventType``), its weight
    /// kept; `nil` when none does. An empty set keeps the tie as it is.
    public func narrowed(toEventTypes types: Set<String>) -> Tie? {
        guard !types.isEmpty else { return self }
        let kept = evidence.filter { $0.eventType.map(types.contains) ?? false }
        guard !kept.isEmpty else { return nil }
        var copy = self
        copy.evidence = kept
        return copy
    }
}

extension Graph {
    /// The graph with only the ties that report one of `types`, their evidence narrowed to those
    /// reports (``Tie/narrowed(toEventTypes:)``); actors and documents kept.
    public func selecting(eventTypes types: Set<String>) -> Graph {
        guard !types.isEmpty else { return self }
        return mappingTies { $0.narrowed(toEventTypes: types) }
    }
}
