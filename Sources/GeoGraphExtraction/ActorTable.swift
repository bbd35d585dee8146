import GeoGraph

/// What the tie rules ask of each actor, by index instead of by id: the rules carry a party's actor as
/// an `Int` and look its kind, its state, its leader up in arrays, where they hashed and compared id
/// strings (callgrind, 50 MB corpus: `profiles[id]`, `members`, `leaders` lookups and string comparisons,
/// with the retains and releases of the strings, ran through the tie rules' 6.7 G instructions). Strings
/// are made only for what a ``TieExtractor/Found`` holds.
///
/// **Indices.** `0..<gazetteerCount` are the gazetteer's actors, in its order (a mention's `actorIndex`
/// is its actor's index here); after them come the ids actors represent that are no actor of the
/// gazetteer. An id a caller's ``TieExtractor/Context`` names that is neither gets an index past
/// `ids.count`, one per call, from the call's `extras` (``code(of:extras:)``). Two indices are equal
/// exactly when their ids are (`==`), and ``precedes(_:_:extras:)`` orders them as their ids' `<` does.
struct ActorTable: Sendable {
    /// Every id known before any sentence: the gazetteer's, then those only represented.
    let ids: [String]
    /// Each id's place in `ids` sorted by `<`.
    let ranks: [Int]
    /// Each id's index.
    let indices: [String: Int]
    let gazetteerCount: Int

    /// By index below `gazetteerCount`: the actor's kind.
    let kinds: [ActorKind]
    /// The index of the state or organisation an actor speaks for: a person's, an agent's ("Wagner" for
    /// Russia, the Taliban for Afghanistan), while in office (``terms``).
    let represents: [Int?]
    /// By index below `gazetteerCount`: the actor's terms of office as day spans (``days(_:)``), empty
    /// when the gazetteer gives none (then the actor speaks for ``represents`` at every date).
    let terms: [[ClosedRange<Int>]]
    /// A person tagged `analyst` or `journalist` (quoted), or a region tagged `place` (a sub-national or
    /// contested place: "a crackdown in Xinjiang", "shelling of Nagorno-Karabakh"): never a party.
    let isNonParty: [Bool]
    /// Tagged `security-bloc` (NATO, the CSTO).
    let isSecurityBloc: [Bool]
    /// A state tagged `historical` (the Soviet Union): its demonym ("Soviet border posts") dates a thing,
    /// it names no party.
    let isHistorical: [Bool]
    /// The regions among the actor's tags (a state tagged `central-asia`), ascending.
    let regionsTagged: [[Int]]
    /// A state's or organisation's one current leader (tag `leader`), when it has exactly one.
    let leader: [Int?]
    /// A state's or organisation's leaders, present and past (tags `leader`, `former-leader`), in
    /// gazetteer order: ``leader(of:on:)`` picks the one in office on a date.
    let leaders: [[Int]]
    /// A region's member states (the states tagged with its id), in gazetteer order.
    let members: [[Int]]

    init(gazetteer: Graph) {
        let actors = gazetteer.actors
        var ids = actors.map(\.id)
        var indices: [String: Int] = [:]
        for (i, id) in ids.enumerated() where indices[id] == nil { indices[id] = i }
        for a in actors {
            if let state = a.represents, indices[state] == nil {
                indices[state] = ids.count
                ids.append(state)
            }
        }
        self.ids = ids
        self.indices = indices
        gazetteerCount = actors.count
        var ranks = [Int](repeating: 0, count: ids.count)
        for (rank, i) in ids.indices.sorted(by: { ids[$0] < ids[$1] }).enumerated() { ranks[i] = rank }
        self.ranks = ranks
        kinds = actors.map(\.kind)
        represents = actors.map { $0.represents.flatMap { indices[$0] } }
        terms = actors.map { $0.terms.compactMap(\.days) }
        isNonParty = actors.map {
            ($0.kind == .person && !Set($0.tags).isDisjoint(with: TieExtractor.nonParties))
                || ($0.kind == .region && $0.tags.contains(TieExtractor.placeTag))
        }
        isSecurityBloc = actors.map { $0.tags.contains("security-bloc") }
        isHistorical = actors.map { $0.tags.contains("historical") }
        let regions = Set(actors.indices.filter { actors[$0].kind == .region })
        regionsTagged = actors.map { a in Set(a.tags.compactMap { indices[$0] }.filter(regions.contains)).sorted() }
        var byState: [String: [Int]] = [:]
        var everByState: [String: [Int]] = [:]
        for (i, a) in actors.enumerated() where a.kind == .person {
            guard let state = a.represents else { continue }
            if a.tags.contains("leader") { byState[state, default: []].append(i) }
            if a.tags.contains("leader") || a.tags.contains("former-leader") { everByState[state, default: []].append(i) }
        }
        leader = actors.map { a in byState[a.id].flatMap { $0.count == 1 ? $0[0] : nil } }
        leaders = actors.map { everByState[$0.id] ?? [] }
        var byTag: [String: [Int]] = [:]
        for (i, a) in actors.enumerated() where a.kind == .state {
            for tag in a.tags { byTag[tag, default: []].append(i) }
        }
        members = actors.map { byTag[$0.id] ?? [] }
    }

    /// The days a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) spans, as ``Term/contains(_:)`` counts
    /// them (``DaySpan``), or `nil` for a date it cannot read.
    static func days(_ date: String) -> ClosedRange<Int>? { DaySpan(date)?.days }

    /// Whether the actor at `i` holds its office on `date` (any of its days): always when the date is
    /// unknown or the gazetteer gives no terms.
    @inline(__always) func inOffice(_ i: Int, on date: ClosedRange<Int>?) -> Bool {
        guard let date, i < gazetteerCount, !terms[i].isEmpty else { return true }
        return terms[i].contains { $0.overlaps(date) }
    }

    /// What the actor at `i` stands for on `date`: followed through ``represents`` while each step is in
    /// office (a Taliban minister → the Taliban → Afghanistan, from the day it took power), else `i` itself.
    /// What `geograph evaluate` rolls an evidence's ends up to on its date (`Actor.represents(on:)`).
    func standsFor(_ i: Int, on date: ClosedRange<Int>?) -> Int {
        var current = i
        var steps = 0
        while current < gazetteerCount, let next = represents[current], next != i, steps < 8, inOffice(current, on: date) {
            current = next
            steps += 1
        }
        return current
    }

    /// The one leader of the state or organisation at `i` on `date`: with a date, the one of its leaders
    /// present and past in office then; without one, its one current leader.
    func leader(of i: Int, on date: ClosedRange<Int>?) -> Int? {
        guard i < gazetteerCount else { return nil }
        guard date != nil else { return leader[i] }
        var found: Int?
        for l in leaders[i] where inOffice(l, on: date) && !terms[l].isEmpty {
            if found != nil { return nil }
            found = l
        }
        return found ?? (leader[i].map { terms[$0].isEmpty ? $0 : nil } ?? nil)
    }

    /// The kind of the actor at `i`, `nil` for an id that is no gazetteer actor.
    @inline(__always) func kind(_ i: Int) -> ActorKind? { i < gazetteerCount ? kinds[i] : nil }

    /// The index of `id`, adding it to `extras` when it is not known.
    func code(of id: String, extras: inout [String]) -> Int {
        if let i = indices[id] { return i }
        if let k = extras.firstIndex(of: id) { return ids.count + k }
        extras.append(id)
        return ids.count + extras.count - 1
    }

    /// The id at `i`.
    func id(_ i: Int, extras: [String]) -> String { i < ids.count ? ids[i] : extras[i - ids.count] }

    /// Whether the id at `a` sorts before the id at `b` (`<` on the ids).
    @inline(__always) func precedes(_ a: Int, _ b: Int, extras: [String]) -> Bool {
        a < ids.count && b < ids.count ? ranks[a] < ranks[b] : id(a, extras: extras) < id(b, extras: extras)
    }

    /// ``TieExtractor``'s rule "a region stands for its states together": whether one of the two is a
    /// region the other is tagged with (`false` when either is no gazetteer actor).
    /// Whether the actor is a state tagged `historical` (the Soviet Union): what it did is background older
    /// than any current text's subject (the conventions leave it out), so it is a party of no tie.
    func isBygone(_ a: Int) -> Bool { a < gazetteerCount && isHistorical[a] }

    func isRegionAndMember(_ a: Int, _ b: Int) -> Bool {
        guard a < gazetteerCount, b < gazetteerCount else { return false }
        return (kinds[a] == .region && regionsTagged[b].contains(a))
            || (kinds[b] == .region && regionsTagged[a].contains(b))
    }
}
