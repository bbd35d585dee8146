/// What sort of party an actor is.
public enum ActorKind: String, CaseIterable, Codable, Sendable, Comparable {
    /// A sovereign or de facto state.
    case state
    /// An international organisation, bloc, company or agency.
    case organisation
    /// A leader, official or analyst.
    case person
    /// A region spoken of as a whole ("Central Asia", "Xinjiang").
    case region

    public static func < (lhs: ActorKind, rhs: ActorKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
