/// Leaders and officials rolled up to the state or organisation they speak for.
///
/// A summit of two presidents is a tie between their states; "who balances whom" and the state-level
/// measures are about states, so a person's acts count as their state's when rolled up. A person
/// rolls up to ``Actor/represents`` on the dates of their ``Actor/term`` (at every date when the
/// gazetteer gives no term); a piece of evidence dated outside the term stays the person's own.
///
/// Rolling up a tie maps each end by the date of each piece of evidence, so one tie may split in two
/// (the evidence inside the term and the rest); each part keeps the tie's weight, and parts that land
/// on the same key merge by ``Tie/merge(_:)`` (noisy-or, evidence united), like any two reports of one
/// relation. A part whose two ends become one actor (a president and their own state) is dropped.
extension Graph {
    /// The id `id` stands for on `date` (`YYYY-MM[-DD]`, `nil` when unknown): the represented actor for
    /// a person who represents one that this graph holds, in their term; else `id` itself.
    public func rolledUp(_ id: String, on date: String?) -> String {
        guard let actor = actor(id), actor.kind == .person, let r = actor.represents(on: date), contains(actor: r) else {
            return id
        }
        return r
    }

    /// Whether `id` is a person who rolls up to another actor at some date.
    public func rollsUp(_ id: String) -> Bool {
        guard let actor = actor(id), actor.kind == .person, let r = actor.represents else { return false }
        return contains(actor: r)
    }

    /// `ties` with their ends rolled up, split by the dates of their evidence where a term splits them,
    /// merged where they land on one key, self-ties dropped; in the order their keys first appear.
    /// Ends in `keeping` stay as they are (the people a question names).
    /// - Complexity: O(*e*) for *e* evidence records, plus the merges.
    public func rollingUp(_ ties: [Tie], keeping: Set<String> = []) -> [Tie] {
        func rolls(_ id: String) -> Bool { rollsUp(id) && !keeping.contains(id) }
        func rolled(_ id: String, _ date: String?) -> String { keeping.contains(id) ? id : rolledUp(id, on: date) }
        var merged: [Tie] = []
        var index: [TieKey: Int] = [:]
        func put(_ tie: Tie) {
            guard tie.source != tie.target else { return }
            if let i = index[tie.key] {
                merged[i].merge(tie)
            } else {
                index[tie.key] = merged.count
                merged.append(tie)
            }
        }
        for tie in ties {
            guard rolls(tie.source) || rolls(tie.target) else {
                put(tie)
                continue
            }
            // Group the evidence by the pair it rolls up to; a tie without evidence rolls up undated.
            var groups: [(source: String, target: String, evidence: [Evidence])] = []
            for e in tie.evidence.isEmpty ? [nil] : tie.evidence.map(Optional.some) {
                let s = rolled(tie.source, e?.date), t = rolled(tie.target, e?.date)
                if let g = groups.firstIndex(where: { $0.source == s && $0.target == t }) {
                    if let e { groups[g].evidence.append(e) }
                } else {
                    groups.append((s, t, e.map { [$0] } ?? []))
                }
            }
            for g in groups {
                var part = tie
                part.source = g.source
                part.target = g.target
                if groups.count > 1 {
                    part.evidence = g.evidence
                    part.windows = tie.windows.filter { w in g.evidence.contains { $0.date.map { $0.hasPrefix(w.window) || w.window.hasPrefix($0) } ?? false } }
                }
                put(part)
            }
        }
        return merged
    }

    /// The graph with every tie rolled up (``rollingUp(_:keeping:)``); documents are kept, and every actor but
    /// the people left with no tie of their own.
    public func rolledUp() -> Graph {
        guard actors.contains(where: { rollsUp($0.id) }) else { return self }
        var copy = self
        copy.replaceTies(rollingUp(ties), keepingActors: { !rollsUp($0.id) })
        return copy
    }
}
