/// Parallel copies of one routed curve, so that several ties routed around the same nodes stay apart.
///
/// A curve is a piecewise cubic Bézier in Graphviz's form: `3m + 1` points, each segment's last
/// point the next one's first. A copy moves each segment's two end points and their neighbouring
/// control points sideways along the curve's normal at that end (Tiller and Hanson's control-polygon
/// offset); at a joint both segments use the same averaged normal, so a smooth joint stays smooth.
enum ParallelCurves {
    /// The sideways offsets (points) of `count` copies: centred on the curve, `spacing` apart, and
    /// squeezed so that none is more than `limit` from the middle.
    static func offsets(count: Int, spacing: Double, limit: Double) -> [Double] {
        guard count > 1 else { return [0] }
        let step = min(spacing, 2 * limit / Double(count - 1))
        return (0..<count).map { (Double($0) - Double(count - 1) / 2) * step }
    }

    /// `curve` moved `distance` points to its left (negative: to its right).
    static func offset(_ curve: [RoutePoint], by distance: Double) -> [RoutePoint] {
        guard distance != 0, curve.count >= 4, (curve.count - 1) % 3 == 0 else { return curve }
        let segments = (curve.count - 1) / 3
        // The unit normal at each segment's start and end.
        var starts: [RoutePoint] = []
        var ends: [RoutePoint] = []
        for s in 0..<segments {
            let p = Array(curve[(3 * s)...(3 * s + 3)])
            starts.append(normal(direction([p[1] - p[0], p[2] - p[0], p[3] - p[0]])))
            ends.append(normal(direction([p[3] - p[2], p[3] - p[1], p[3] - p[0]])))
        }
        var out = curve
        for s in 0..<segments {
            let first = s == 0 ? starts[s] : unit(starts[s] + ends[s - 1]) ?? starts[s]
            let last = s == segments - 1 ? ends[s] : unit(ends[s] + starts[s + 1]) ?? ends[s]
            out[3 * s] = curve[3 * s] + first * distance
            out[3 * s + 1] = curve[3 * s + 1] + first * distance
            out[3 * s + 2] = curve[3 * s + 2] + last * distance
            out[3 * s + 3] = curve[3 * s + 3] + last * distance
        }
        return out
    }

    /// The first of `candidates` that is not (nearly) zero, or the x axis.
    private static func direction(_ candidates: [RoutePoint]) -> RoutePoint {
        for candidate in candidates { if let u = unit(candidate) { return u } }
        return RoutePoint(x: 1, y: 0)
    }

    private static func unit(_ v: RoutePoint) -> RoutePoint? {
        let length = (v.x * v.x + v.y * v.y).squareRoot()
        return length > 1e-9 ? v * (1 / length) : nil
    }

    /// The left normal of a unit vector.
    private static func normal(_ v: RoutePoint) -> RoutePoint { RoutePoint(x: -v.y, y: v.x) }
}
