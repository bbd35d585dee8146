/// The kind of relationship a tie describes.
///
/// The three layers are the analyst's standard split of international relations:
/// force and alliances, money and goods, and talk and recognition.
public enum Layer: String, CaseIterable, Codable, Sendable, Comparable {
    /// Bases, troops, drills, arms, border security, alliances such as the CSTO.
    case security
    /// Trade, loans and debt, investment, pipelines, energy, transit routes, remittances.
    case economic
    /// Visits, summits, treaties, votes, recognition, statements of support or criticism.
    case diplomatic

    public static func < (lhs: Layer, rhs: Layer) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
