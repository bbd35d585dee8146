/// The sign of a tie: whether the parties work together or against each other.
public enum Polarity: String, CaseIterable, Codable, Sendable, Comparable {
    /// A positive tie: cooperation, support, exchange.
    case cooperation
    /// A negative tie: pressure, threat, conflict, criticism, blockade.
    case tension

    /// `+1` for cooperation, `-1` for tension.
    public var sign: Int { self == .cooperation ? 1 : -1 }

    /// The one-character form used by TSV edge lists: `+` or `-`.
    public var symbol: String { self == .cooperation ? "+" : "-" }

    public static func < (lhs: Polarity, rhs: Polarity) -> Bool {
        lhs == .cooperation && rhs == .tension
    }
}
