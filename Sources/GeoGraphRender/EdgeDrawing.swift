/// How a figure turns its ties into edges.
///
/// Between two actors a graph can hold up to twelve ties (three layers, two polarities, either
/// direction or mutual). Drawn one edge each they fan out into a tangle that buries the labels beside
/// them, so by default a figure draws one edge per pair of actors and layer (``pairs``) and shows the
/// rest by style; ``ties`` keeps one edge per tie.
public enum EdgeDrawing: String, CaseIterable, Sendable, Codable {
    /// One edge per pair of actors and layer (the default): the line is solid for cooperation, dashed
    /// for tension and double for both; each end's arrowhead lists the polarities of the ties that
    /// point at that actor (mutual ties point at both); the width grows with the evidence.
    case pairs
    /// One edge per tie, as the graph holds them.
    case ties
}
