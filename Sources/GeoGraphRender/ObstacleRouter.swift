/// A point in a laid-out drawing, in Graphviz's coordinates (points, y up).
struct RoutePoint: Hashable, Sendable {
    var x: Double
    var y: Double

    static func + (a: RoutePoint, b: RoutePoint) -> RoutePoint { RoutePoint(x: a.x + b.x, y: a.y + b.y) }
    static func - (a: RoutePoint, b: RoutePoint) -> RoutePoint { RoutePoint(x: a.x - b.x, y: a.y - b.y) }
    static func * (a: RoutePoint, k: Double) -> RoutePoint { RoutePoint(x: a.x * k, y: a.y * k) }

    /// The Euclidean distance to `other`.
    func distance(to other: RoutePoint) -> Double {
        ((x - other.x) * (x - other.x) + (y - other.y) * (y - other.y)).squareRoot()
    }

    /// The z component of the cross product of two vectors.
    static func cross(_ a: RoutePoint, _ b: RoutePoint) -> Double { a.x * b.y - a.y * b.x }
}

/// Shortest paths around convex polygonal obstacles (the nodes of a drawing, each widened by a margin).
///
/// This is what Graphviz's `neato` does with `splines=true` before it fits a curve: the shortest path
/// between two node centres through the visibility graph of the obstacles' corners, ignoring the two
/// end nodes' own obstacles. Graphviz builds the whole visibility graph first (`Pobsopen`, cubic in
/// the number of corners: about 1 s for the 60-actor overview); here the graph is searched lazily, A*
/// with the straight-line distance as its estimate, so a corner's sight lines are tested only when
/// the search reaches it and only towards corners that could shorten a path.
struct ObstacleRouter: Sendable {
    /// One convex obstacle: its corners counter-clockwise, and its bounding box.
    struct Obstacle: Sendable {
        let corners: [RoutePoint]
        let minX: Double, maxX: Double, minY: Double, maxY: Double

        /// The convex hull of `corners` (any order; a star becomes its hull, which covers it).
        init(corners: [RoutePoint]) {
            self.corners = Self.convexHull(corners)
            minX = corners.map(\.x).min() ?? 0
            maxX = corners.map(\.x).max() ?? 0
            minY = corners.map(\.y).min() ?? 0
            maxY = corners.map(\.y).max() ?? 0
        }

        /// The convex hull, counter-clockwise, without collinear points (Andrew's monotone chain).
        static func convexHull(_ points: [RoutePoint]) -> [RoutePoint] {
            let sorted = Set(points).sorted { ($0.x, $0.y) < ($1.x, $1.y) }
            guard sorted.count > 2 else { return sorted }
            func chain(_ points: [RoutePoint]) -> [RoutePoint] {
                var out: [RoutePoint] = []
                for p in points {
                    while out.count >= 2,
                        RoutePoint.cross(out[out.count - 1] - out[out.count - 2], p - out[out.count - 2]) <= 0
                    {
                        out.removeLast()
                    }
                    out.append(p)
                }
                return out
            }
            let lower = chain(sorted)
            let upper = chain(sorted.reversed())
            return Array(lower.dropLast() + upper.dropLast())
        }

        /// Whether the segment from `a` to `b` passes through this polygon's interior (touching a
        /// corner or running along a side does not count). Cyrus–Beck clipping against each side.
        /// - Parameter touching: Also count a segment that touches the polygon (within the tolerance).
        func isCrossed(from a: RoutePoint, to b: RoutePoint, touching: Bool = false) -> Bool {
            let slack = touching ? ObstacleRouter.tolerance : 0
            if max(a.x, b.x) < minX - slack || min(a.x, b.x) > maxX + slack || max(a.y, b.y) < minY - slack
                || min(a.y, b.y) > maxY + slack
            {
                return false
            }
            let d = b - a
            var enter = 0.0
            var leave = 1.0
            for i in corners.indices {
                let p = corners[i]
                let side = corners[(i + 1) % corners.count] - p
                let length = (side.x * side.x + side.y * side.y).squareRoot()
                guard length > 0 else { continue }
                // Signed distance of a + t·d inside this side, less a tolerance: inside means > 0.
                let start = RoutePoint.cross(side, a - p) / length + (touching ? 1 : -1) * ObstacleRouter.tolerance
                let slope = RoutePoint.cross(side, d) / length
                if abs(slope) < 1e-12 {
                    if start <= 0 { return false }
                } else if slope > 0 {
                    enter = max(enter, -start / slope)
                } else {
                    leave = min(leave, -start / slope)
                }
                if enter >= leave { return false }
            }
            return touching ? leave >= enter : leave - enter > 1e-9
        }
    }

    /// How far (points) inside an obstacle a segment must go to count as crossing it.
    static let tolerance = 1e-6

    let obstacles: [Obstacle]
    /// Every obstacle's corners.
    private let corners: [RoutePoint]

    init(obstacles: [Obstacle]) {
        self.obstacles = obstacles
        corners = obstacles.flatMap(\.corners)
    }

    /// Whether any two obstacles overlap or touch (then Graphviz draws straight lines, and so do we:
    /// a path could slip through the seam between two touching obstacles).
    var hasOverlap: Bool {
        for i in obstacles.indices {
            for j in obstacles.indices where j > i {
                let a = obstacles[i]
                let b = obstacles[j]
                guard a.minX <= b.maxX, b.minX <= a.maxX, a.minY <= b.maxY, b.minY <= a.maxY else { continue }
                if Self.sides(of: a).contains(where: { b.isCrossed(from: $0.0, to: $0.1, touching: true) })
                    || Self.sides(of: b).contains(where: { a.isCrossed(from: $0.0, to: $0.1, touching: true) })
                {
                    return true
                }
            }
        }
        return false
    }

    private static func sides(of obstacle: Obstacle) -> [(RoutePoint, RoutePoint)] {
        obstacle.corners.indices.map { (obstacle.corners[$0], obstacle.corners[($0 + 1) % obstacle.corners.count]) }
    }

    /// Whether the segment from `a` to `b` crosses no obstacle except those in `ignoring`.
    func isClear(_ a: RoutePoint, _ b: RoutePoint, ignoring: Set<Int> = []) -> Bool {
        for index in obstacles.indices where !ignoring.contains(index) {
            if obstacles[index].isCrossed(from: a, to: b) { return false }
        }
        return true
    }

    /// Whether a piecewise cubic Bézier curve (3m+1 points, Graphviz's form) crosses no obstacle
    /// except those in `ignoring`, sampled at `samples` points a segment.
    func isClear(curve: [RoutePoint], ignoring: Set<Int> = [], samples: Int = 16) -> Bool {
        guard curve.count >= 4 else {
            return curve.count < 2 || isClear(curve[0], curve[curve.count - 1], ignoring: ignoring)
        }
        var last = curve[0]
        for start in stride(from: 0, to: curve.count - 3, by: 3) {
            let (p0, p1, p2, p3) = (curve[start], curve[start + 1], curve[start + 2], curve[start + 3])
            for step in 1...samples {
                let t = Double(step) / Double(samples)
                let u = 1 - t
                let point = p0 * (u * u * u) + p1 * (3 * u * u * t) + p2 * (3 * u * t * t) + p3 * (t * t * t)
                if !isClear(last, point, ignoring: ignoring) { return false }
                last = point
            }
        }
        return true
    }

    /// The shortest path from `start` to `end` that crosses no obstacle, as its corner points
    /// (`start` first, `end` last; two points when the straight line is clear).
    ///
    /// The obstacles in `ignoring` (the end nodes' own) do not block the first and last legs, as in
    /// Graphviz's `Pobspath`; every other leg keeps clear of all obstacles.
    /// - Returns: `nil` when no path exists (an end boxed in).
    func shortestPath(from start: RoutePoint, to end: RoutePoint, ignoring: Set<Int>) -> [RoutePoint]? {
        if isClear(start, end, ignoring: ignoring) { return [start, end] }
        // Search nodes: 0..<corners.count are corners, `goal` is `end`; the start is implicit.
        let goal = corners.count
        var cost = [Double](repeating: .infinity, count: corners.count + 1)
        var previous = [Int](repeating: -1, count: corners.count + 1)  // -1: reached from the start
        var closed = [Bool](repeating: false, count: corners.count + 1)
        func point(_ node: Int) -> RoutePoint { node == goal ? end : corners[node] }
        for (index, corner) in corners.enumerated() where isClear(start, corner, ignoring: ignoring) {
            cost[index] = start.distance(to: corner)
        }
        while true {
            var best = -1
            var bestEstimate = Double.infinity
            for node in 0...goal where !closed[node] && cost[node] < .infinity {
                let estimate = cost[node] + point(node).distance(to: end)
                if estimate < bestEstimate {
                    bestEstimate = estimate
                    best = node
                }
            }
            guard best >= 0 else { return nil }
            if best == goal { break }
            closed[best] = true
            let here = corners[best]
            for node in 0...goal where !closed[node] {
                let there = point(node)
                let candidate = cost[best] + here.distance(to: there)
                guard candidate < cost[node] else { continue }
                let clear = node == goal ? isClear(here, there, ignoring: ignoring) : isClear(here, there)
                if clear {
                    cost[node] = candidate
                    previous[node] = best
                }
            }
        }
        var path = [end]
        var node = previous[goal]
        while node >= 0 {
            path.append(corners[node])
            node = previous[node]
        }
        path.append(start)
        return path.reversed()
    }
}
