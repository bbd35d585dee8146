/// Where a tie's weight comes from, for views that keep only one kind.
public enum TieSource: String, CaseIterable, Sendable {
    /// Sentences of documents read by `build`.
    case text
    /// Coded event data read by `events`.
    case events
    /// Both, combined by noisy-or.
    case all
}

extension Tie {
    /// The tie as a view sees it: only the evidence of `source`, only evidence dated and windows
    /// falling between `since` and `until` (and, with `before`, starting before that date), with its
    /// weight recomputed from what is kept; `nil` when nothing is left.
    ///
    /// With no date bounds the text part keeps its weight; with bounds, a text tie is kept (at its
    /// weight) when one of its sentences is dated inside them, and an event tie's windows outside
    /// them are dropped before ``EventWeight`` is applied, so a month of events weighs what that
    /// month says, not what five years do.
    public func selected(source: TieSource = .all, since: String? = nil, until: String? = nil, before: String? = nil) -> Tie? {
        let dated = since != nil || until != nil || before != nil
        if !dated && source == .all { return self }
        let window = GraphView(since: since, until: until)
        func keepDate(_ date: String?) -> Bool {
            guard dated else { return true }
            guard let date else { return false }
            return window.dateIsInWindow(date) && (before.map { date < $0 && !$0.hasPrefix(date) } ?? true)
        }
        var text: Double? = source == .events ? nil : textWeight
        var kept = evidence.filter { e in
            (e.isEventRecord ? source != .text : source != .events) && keepDate(e.date)
        }
        if dated, !kept.contains(where: { !$0.isEventRecord }) { text = nil }
        var keptWindows: [EventWindow] = []
        if source != .text {
            keptWindows = dated ? windows.filter { $0.overlaps(since: since, until: until, before: before) } : windows
        }
        if keptWindows.isEmpty { kept.removeAll { $0.isEventRecord } }
        let events = keptWindows.isEmpty ? nil : EventWeight.weight(
            events: keptWindows.reduce(0) { $0 + $1.events }, intensity: keptWindows.reduce(0) { $0 + $1.intensity })
        guard text != nil || events != nil else { return nil }
        var copy = self
        copy.evidence = kept
        copy.windows = keptWindows
        copy.reports = keptWindows.isEmpty ? nil : keptWindows.reduce(0) { $0 + $1.events }
        copy.weight = Tie.combine(text ?? 0, events ?? 0)
        guard Tie.isValidWeight(copy.weight) else { return nil }
        return copy
    }
}

extension Graph {
    /// The graph with every tie replaced by ``Tie/selected(source:since:until:before:)``; ties with
    /// nothing left are dropped, actors and documents kept.
    public func selecting(source: TieSource = .all, since: String? = nil, until: String? = nil) -> Graph {
        if source == .all && since == nil && until == nil { return self }
        return mappingTies { $0.selected(source: source, since: since, until: until) }
    }
}
