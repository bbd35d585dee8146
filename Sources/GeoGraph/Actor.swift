/// A party in the graph: a state, an organisation, a person or a region.
///
/// Surface forms are kept by role, because extraction treats them differently: a seat such as
/// "Moscow" names Russia only when it acts ("Moscow warned"), a demonym such as "Kazakh" names
/// Kazakhstan when it modifies a noun ("the Kazakh president").
public struct Actor: Hashable, Codable, Sendable, Identifiable {
    /// A slug: lowercase letters and digits in hyphen-separated words (`kazakhstan`, `xi-jinping`).
    public var id: String
    /// The display name.
    public var name: String
    public var kind: ActorKind
    /// Free labels such as `central-asia`, `great-power`, `west`, `analyst`.
    public var tags: [String]
    /// For a leader or official: the id of the state or organisation they speak for.
    public var represents: String?
    /// For a leader or official: the terms of the office that makes them speak for ``represents``, in
    /// order; empty when the gazetteer gives no dates (then they represent it at every date). More than
    /// one for a leader who left office and came back (Trump: 2017–2021 and from 2025).
    public var terms: [Term]
    /// The first of ``terms``, or `nil`; setting it replaces them all.
    public var term: Term? {
        get { terms.first }
        set { terms = newValue.map { [$0] } ?? [] }
    }
    /// Other names: official names, spelling variants, abbreviations, titled forms ("Mr Putin").
    public var names: [String]
    /// Capitals and seats of power used as metonyms ("Moscow", "the Kremlin").
    public var seats: [String]
    /// Adjective and plural forms ("Kazakh", "Kazakhs", "Kazakhstani").
    public var demonyms: [String]

    public init(
        id: String, name: String, kind: ActorKind, tags: [String] = [], represents: String? = nil,
        term: Term? = nil, terms: [Term]? = nil, names: [String] = [], seats: [String] = [], demonyms: [String] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.tags = tags
        self.represents = represents
        self.terms = terms ?? term.map { [$0] } ?? []
        self.names = names
        self.seats = seats
        self.demonyms = demonyms
    }

    /// The state or organisation the actor speaks for on `date` (`YYYY-MM-DD` or `YYYY-MM`): ``represents``
    /// when the date falls in one of the ``terms`` (or the date is unknown, or no term is given), else `nil`.
    public func represents(on date: String?) -> String? {
        guard let represents else { return nil }
        guard !terms.isEmpty, let date else { return represents }
        return terms.contains { $0.contains(date) } ? represents : nil
    }

    /// Every surface form of the actor: its id, name, names, seats and demonyms, in that order.
    public var surfaceForms: [String] { [id, name] + names + seats + demonyms }

    /// The aliases listed by the CSV export and matched by the CLI: all surface forms but the id.
    public var aliases: [String] { names + seats + demonyms }

    /// Whether `tag` is among the actor's tags.
    public func hasTag(_ tag: String) -> Bool { tags.contains(tag) }

    /// Whether `text` is a valid actor id slug.
    public static func isValidID(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isValidID(bytes: $0) }
    }

    /// Whether UTF-8 bytes spell a valid actor id slug: lowercase ASCII letters, digits and single
    /// hyphens, neither first nor last.
    public static func isValidID(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for (i, b) in bytes.enumerated() {
            let hyphen = b == UInt8(ascii: "-")
            guard (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || hyphen,
                  !(hyphen && (i == 0 || previous == UInt8(ascii: "-"))) else { return false }
            previous = b
        }
        return !bytes.isEmpty && previous != UInt8(ascii: "-")
    }
}

/// A term of office: from a date, until a date (either may be open), each `YYYY-MM-DD` or `YYYY-MM`.
///
/// Written `term: [2019-03, 2025-01]` in graph files; `~` for an open end (`term: [2024-05, ~]`); several
/// terms as a list of pairs in order (`term: [[2017-01-20, 2021-01-20], [2025-01-20, ~]]`).
public struct Term: Hashable, Codable, Sendable {
    /// The first day in office, or `nil` when it is not known.
    public var from: String?
    /// The last day in office, or `nil` while in office.
    public var until: String?

    public init(from: String? = nil, until: String? = nil) {
        self.from = from
        self.until = until
    }

    /// Whether `date` falls in the term: a month or a year counts when any of its days does, and a
    /// year-only end stands for the whole year (``days``); a date that cannot be read always counts.
    public func contains(_ date: String) -> Bool {
        guard let span = DaySpan(date) else { return true }
        return days?.overlaps(span.days) ?? false
    }
}
