/// A DOT graph as libcgraph read it: names and attribute values, no layout.
public struct ParsedDOT: Sendable, Equatable {
    /// One node: its name (the DOT ID) and its attributes (declared defaults included).
    public struct Node: Sendable, Equatable {
        public var name: String
        public var attributes: [String: String]
    }

    /// One edge: tail and head node names and the edge's attributes.
    public struct Edge: Sendable, Equatable {
        public var tail: String
        public var head: String
        public var attributes: [String: String]
    }

    /// Whether the graph was declared `digraph`.
    public var isDirected: Bool
    /// The root graph's attributes.
    public var attributes: [String: String]
    /// The nodes, in cgraph's order.
    public var nodes: [Node]
    /// The edges, in cgraph's order (by tail node, then out-edge).
    public var edges: [Edge]
}
