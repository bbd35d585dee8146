/// A number per actor shown in a figure as the fill of its node (PageRank, betweenness, hedging
/// index…): the input through which the centrality and balance queries reach the DOT writer.
public struct NodeMeasure: Sendable, Equatable {
    /// The measure's name for the legend ("PageRank").
    public var name: String
    /// The value per actor id; actors left out are drawn unfilled.
    public var values: [String: Double]

    public init(name: String, values: [String: Double]) {
        self.name = name
        self.values = values
    }

    /// The value scaled to 0…1 by the largest absolute value, or `nil` when the actor has none.
    public func scaled(_ actor: String) -> Double? {
        guard let value = values[actor], value.isFinite else { return nil }
        let top = values.values.filter(\.isFinite).map(abs).max() ?? 0
        return top > 0 ? abs(value) / top : 0
    }
}
