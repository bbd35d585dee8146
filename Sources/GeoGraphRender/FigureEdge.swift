import GeoGraph

/// One edge of a figure: the ties it draws, all between the same two actors on one layer.
///
/// The edge runs from ``tail`` to ``head``, the ends of its strongest tie (so a path or a single
/// directed tie keeps its direction); each tie points at the head, at the tail, or at both (mutual).
public struct FigureEdge: Sendable, Equatable {
    /// The actor id the edge leaves.
    public var tail: String
    /// The actor id the edge enters.
    public var head: String
    /// The layer of every tie the edge draws.
    public var layer: Layer
    /// The positions in ``Figure/ties`` of the ties the edge draws, ascending.
    public var ties: [Int]

    public init(tail: String, head: String, layer: Layer, ties: [Int]) {
        self.tail = tail
        self.head = head
        self.layer = layer
        self.ties = ties
    }

    /// The same edge drawn the other way: tail and head swap, so do the arrowheads.
    public var reversed: FigureEdge { FigureEdge(tail: head, head: tail, layer: layer, ties: ties) }

    /// The edges that draw `ties` under `drawing`, in the order of their first tie.
    /// - Complexity: O(ties × log ties).
    public static func edges(drawing ties: [Tie], as drawing: EdgeDrawing) -> [FigureEdge] {
        switch drawing {
        case .ties:
            return ties.enumerated().map { FigureEdge(tail: $1.source, head: $1.target, layer: $1.layer, ties: [$0]) }
        case .pairs:
            struct Group: Hashable {
                var low: String, high: String, layer: Layer
            }
            var order: [Group] = []
            var members: [Group: [Int]] = [:]
            for (index, tie) in ties.enumerated() {
                let group = Group(low: min(tie.source, tie.target), high: max(tie.source, tie.target), layer: tie.layer)
                if members[group] == nil { order.append(group) }
                members[group, default: []].append(index)
            }
            return order.map { group in
                let indices = members[group]!
                // The strongest tie (then the first by key) sets the direction.
                let lead = indices.max { (ties[$0].weight, -$0) < (ties[$1].weight, -$1) }!
                return FigureEdge(tail: ties[lead].source, head: ties[lead].target, layer: group.layer, ties: indices)
            }
        }
    }

    /// The polarities of the ties among `ties` that point at the head (mutual ties included), in
    /// `Polarity` order.
    public func polaritiesTowardsHead(in ties: [Tie]) -> [Polarity] {
        Polarity.allCases.filter { p in
            self.ties.contains { ties[$0].polarity == p && (ties[$0].isSymmetric || ties[$0].target == head) }
        }
    }

    /// The polarities of the ties among `ties` that point at the tail (mutual ties included).
    public func polaritiesTowardsTail(in ties: [Tie]) -> [Polarity] {
        Polarity.allCases.filter { p in
            self.ties.contains { ties[$0].polarity == p && (ties[$0].isSymmetric || ties[$0].target == tail) }
        }
    }

    /// The evidence behind the edge: every tie's sentences, and for event data its full report count.
    public func evidenceCount(in ties: [Tie]) -> Int {
        self.ties.reduce(0) { total, index in
            let tie = ties[index]
            let sentences = tie.evidence.filter { $0.eventID == nil }.count
            return total + (tie.reports.map { sentences + $0 } ?? tie.evidence.count)
        }
    }
}
