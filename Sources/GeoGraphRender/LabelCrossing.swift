/// An edge of a laid-out figure drawn across a label that is not its own: a node's (other than the
/// edge's two ends), another edge's, a cluster's or the figure's title block.
public struct LabelCrossing: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// What a label belongs to.
    public enum Owner: Sendable, Equatable, Hashable {
        /// A node, by its DOT name.
        case node(String)
        /// Another edge, by its tail and head names.
        case edge(tail: String, head: String)
        /// A cluster or the root graph (its title and legend), by name.
        case graph(String)
    }

    /// The crossing edge's tail node name.
    public var tail: String
    /// The crossing edge's head node name.
    public var head: String
    /// Whose label it crosses.
    public var owner: Owner
    /// The label text it crosses (one line of it).
    public var text: String

    public init(tail: String, head: String, owner: Owner, text: String) {
        self.tail = tail
        self.head = head
        self.owner = owner
        self.text = text
    }

    public var description: String {
        let whose: String
        switch owner {
        case .node(let name): whose = "node \(name)"
        case .edge(let tail, let head): whose = "edge \(tail) -> \(head)"
        case .graph(let name): whose = "graph \(name)"
        }
        return "edge \(tail) -> \(head) crosses the label \"\(text)\" of \(whose)"
    }
}
