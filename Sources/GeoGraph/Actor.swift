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
    /// Other names: official names, spelling variants, abbreviations, titled forms ("Mr Putin").
    public var names: [String]
    /// Capitals and seats of power used as metonyms ("Moscow", "the Kremlin").
    public var seats: [String]
    /// Adjective and plural forms ("Kazakh", "Kazakhs", "Kazakhstani").
    public var demonyms: [String]

    public init(
        id: String, name: String, kind: ActorKind, tags: [String] = [], represents: String? = nil,
        names: [String] = [], seats: [String] = [], demonyms: [String] = []
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.tags = tags
        self.represents = represents
        self.names = names
        self.seats = seats
        self.demonyms = demonyms
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
