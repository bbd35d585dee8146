import Testing

@testable import GeoGraphRender

/// Parallel copies of a routed curve.
@Suite struct ParallelCurvesTests {
    static func p(_ x: Double, _ y: Double) -> RoutePoint { RoutePoint(x: x, y: y) }

    @Test(arguments: [
        (1, 4.0, 6.0, [0.0]),
        (2, 4.0, 6.0, [-2.0, 2.0]),
        (3, 4.0, 6.0, [-4.0, 0.0, 4.0]),
        (5, 4.0, 6.0, [-6.0, -3.0, 0.0, 3.0, 6.0]),
        (4, 4.0, 0.0, [0.0, 0.0, 0.0, 0.0]),
    ])
    func offsetsAreCentredAndSqueezedIntoTheLimit(count: Int, spacing: Double, limit: Double, expected: [Double]) {
        #expect(ParallelCurves.offsets(count: count, spacing: spacing, limit: limit) == expected)
    }

    @Test func aStraightCurveMovesAlongItsLeftNormal() {
        let line = [Self.p(0, 0), Self.p(3, 0), Self.p(6, 0), Self.p(9, 0)]
        #expect(ParallelCurves.offset(line, by: 2) == line.map { Self.p($0.x, 2) })
        #expect(ParallelCurves.offset(line, by: -2) == line.map { Self.p($0.x, -2) })
        #expect(ParallelCurves.offset(line, by: 0) == line)
    }

    @Test func aSmoothJointStaysSmooth() {
        // Two segments meeting at (10, 5) with the same tangent (1, 1) on both sides.
        let curve = [
            Self.p(0, 0), Self.p(4, 0), Self.p(8, 3), Self.p(10, 5), Self.p(12, 7), Self.p(16, 10), Self.p(20, 10),
        ]
        let moved = ParallelCurves.offset(curve, by: 3)
        #expect(moved.count == curve.count)
        let before = moved[3] - moved[2]
        let after = moved[4] - moved[3]
        #expect(abs(RoutePoint.cross(before, after)) < 1e-9, "the joint's control points stay on one line")
        #expect(abs(moved[3].distance(to: curve[3]) - 3) < 1e-9)
        #expect(moved[0] == Self.p(0, 3) && moved[6] == Self.p(20, 13), "the ends move along their own normals")
    }

    @Test func degenerateControlPointsFallBackToTheChord() {
        // First control point on the start point: the start's tangent is taken towards the next one.
        let curve = [Self.p(0, 0), Self.p(0, 0), Self.p(0, 6), Self.p(0, 9)]
        #expect(ParallelCurves.offset(curve, by: 1)[0] == Self.p(-1, 0))
    }
}
