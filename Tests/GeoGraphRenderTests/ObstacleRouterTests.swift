import Foundation
import GeoGraph
import Testing

@testable import GeoGraphRender

/// Shortest paths around convex obstacles, against hand-worked cases and a brute-force reference.
@Suite struct ObstacleRouterTests {
    static func p(_ x: Double, _ y: Double) -> RoutePoint { RoutePoint(x: x, y: y) }

    /// The axis-aligned box from (x0, y0) to (x1, y1).
    static func box(_ x0: Double, _ y0: Double, _ x1: Double, _ y1: Double) -> ObstacleRouter.Obstacle {
        ObstacleRouter.Obstacle(corners: [p(x0, y0), p(x1, y0), p(x1, y1), p(x0, y1)])
    }

    struct CrossingCase: Sendable, CustomTestStringConvertible {
        var name: String
        var from: RoutePoint
        var to: RoutePoint
        var crosses: Bool
        var testDescription: String { name }
    }

    @Test(arguments: [
        CrossingCase(name: "straight through", from: p(-5, 1), to: p(5, 1), crosses: true),
        CrossingCase(name: "passing above", from: p(-5, 3), to: p(5, 3), crosses: false),
        CrossingCase(name: "along the top side", from: p(-5, 2), to: p(5, 2), crosses: false),
        CrossingCase(name: "touching a corner", from: p(0, 4), to: p(4, 0), crosses: false),
        CrossingCase(name: "from a corner outwards", from: p(2, 2), to: p(6, 6), crosses: false),
        CrossingCase(name: "the diagonal, corner to corner", from: p(0, 0), to: p(2, 2), crosses: true),
        CrossingCase(name: "ending inside", from: p(-5, 1), to: p(1, 1), crosses: true),
        CrossingCase(name: "wholly inside", from: p(0.5, 0.5), to: p(1.5, 1.5), crosses: true),
        CrossingCase(name: "clipping a corner", from: p(1, 2.5), to: p(2.5, 1), crosses: true),
        CrossingCase(name: "stopping short", from: p(-5, 1), to: p(-0.1, 1), crosses: false),
    ])
    func segmentsCrossTheInteriorOnly(_ c: CrossingCase) {
        let square = Self.box(0, 0, 2, 2)
        #expect(square.isCrossed(from: c.from, to: c.to) == c.crosses)
        #expect(square.isCrossed(from: c.to, to: c.from) == c.crosses, "either direction")
    }

    @Test func cornersInEitherOrientationMakeTheSameObstacle() {
        let clockwise = ObstacleRouter.Obstacle(corners: [Self.p(0, 0), Self.p(0, 2), Self.p(2, 2), Self.p(2, 0)])
        #expect(clockwise.isCrossed(from: Self.p(-5, 1), to: Self.p(5, 1)))
        #expect(!clockwise.isCrossed(from: Self.p(-5, 3), to: Self.p(5, 3)))
    }

    @Test func aClearLineIsTheWholePath() throws {
        let router = ObstacleRouter(obstacles: [Self.box(4, 5, 6, 7)])
        let path = try #require(router.shortestPath(from: Self.p(0, 0), to: Self.p(10, 0), ignoring: []))
        #expect(path == [Self.p(0, 0), Self.p(10, 0)])
    }

    @Test func aBoxInTheWayIsPassedAtItsNearCorners() throws {
        // From (0, 0) to (10, 0) past the box x 4...6, y -1...3: under it (the bottom side is closer).
        let router = ObstacleRouter(obstacles: [Self.box(4, -1, 6, 3)])
        let path = try #require(router.shortestPath(from: Self.p(0, 0), to: Self.p(10, 0), ignoring: []))
        #expect(path == [Self.p(0, 0), Self.p(4, -1), Self.p(6, -1), Self.p(10, 0)])
        #expect(abs(Self.length(path) - (2 * 17.0.squareRoot() + 2)) < 1e-9)
    }

    @Test func theEndsOwnObstaclesDoNotBlockTheFirstAndLastLegs() throws {
        // Both ends sit inside their own obstacles (node centres); the middle box is in the way.
        let obstacles = [Self.box(-1, -1, 1, 1), Self.box(4, -2, 6, 2), Self.box(9, -1, 11, 1)]
        let router = ObstacleRouter(obstacles: obstacles)
        #expect(!router.isClear(Self.p(0, 0), Self.p(10, 0), ignoring: [0, 2]))
        let path = try #require(router.shortestPath(from: Self.p(0, 0), to: Self.p(10, 0), ignoring: [0, 2]))
        #expect(path.count == 4)
        #expect(path[1] == Self.p(4, 2) || path[1] == Self.p(4, -2))
        #expect(Self.legsAreClear(path, router, ignoring: [0, 2]))
    }

    @Test func anEndInsideAnotherObstacleHasNoPath() {
        let router = ObstacleRouter(obstacles: [Self.box(4, -1, 6, 1), Self.box(8, -2, 12, 2)])
        #expect(router.shortestPath(from: Self.p(0, 0), to: Self.p(10, 0), ignoring: []) == nil)
        #expect(router.shortestPath(from: Self.p(0, 0), to: Self.p(10, 0), ignoring: [1]) != nil)
    }

    @Test func overlapIsFound() {
        #expect(ObstacleRouter(obstacles: [Self.box(0, 0, 2, 2), Self.box(1, 1, 3, 3)]).hasOverlap)
        #expect(
            ObstacleRouter(obstacles: [Self.box(0, 0, 4, 4), Self.box(1, 1, 2, 2)]).hasOverlap, "one inside the other")
        #expect(ObstacleRouter(obstacles: [Self.box(0, 0, 2, 2), Self.box(2, 0, 4, 2)]).hasOverlap, "sharing a side")
        #expect(ObstacleRouter(obstacles: [Self.box(0, 0, 2, 2), Self.box(2, 2, 4, 4)]).hasOverlap, "sharing a corner")
        #expect(!ObstacleRouter(obstacles: [Self.box(0, 0, 2, 2), Self.box(2.01, 0, 4, 2)]).hasOverlap, "a gap")
        #expect(!ObstacleRouter(obstacles: [Self.box(0, 0, 2, 2), Self.box(3, 3, 4, 4)]).hasOverlap)
    }

    @Test func curvesAreTestedAlongTheirLength() {
        let router = ObstacleRouter(obstacles: [Self.box(4, -1, 6, 1)])
        let straight = [Self.p(0, 0), Self.p(3, 0), Self.p(7, 0), Self.p(10, 0)]
        let arcOver = [Self.p(0, 0), Self.p(3, 4), Self.p(7, 4), Self.p(10, 0)]
        #expect(!router.isClear(curve: straight))
        #expect(router.isClear(curve: arcOver))
        #expect(router.isClear(curve: straight, ignoring: [0]))
    }

    /// Random boxes: the lazy search finds a path exactly as short as Dijkstra over the whole
    /// visibility graph (every corner pair tested, the way Graphviz builds it), and every leg is clear.
    @Test(arguments: 0..<40)
    func lazySearchMatchesTheFullVisibilityGraph(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed))
        var obstacles: [ObstacleRouter.Obstacle] = []
        while obstacles.count < 12 {
            let x = Double.random(in: 5...95, using: &random)
            let y = Double.random(in: 5...95, using: &random)
            let candidate = Self.box(
                x, y, x + Double.random(in: 2...12, using: &random), y + Double.random(in: 2...12, using: &random))
            if !ObstacleRouter(obstacles: obstacles + [candidate]).hasOverlap { obstacles.append(candidate) }
        }
        let router = ObstacleRouter(obstacles: obstacles)
        let start = Self.p(0, Double.random(in: 0...100, using: &random))
        let end = Self.p(110, Double.random(in: 0...100, using: &random))
        let path = try #require(router.shortestPath(from: start, to: end, ignoring: []))
        #expect(path.first == start && path.last == end)
        #expect(Self.legsAreClear(path, router, ignoring: []))
        let reference = try #require(Self.referenceLength(router, from: start, to: end))
        #expect(abs(Self.length(path) - reference) < 1e-9, "seed \(seed)")
    }

    // MARK: Reference and helpers

    /// Dijkstra over the full visibility graph: start, end and every corner, each pair tested.
    static func referenceLength(_ router: ObstacleRouter, from start: RoutePoint, to end: RoutePoint) -> Double? {
        let points = [start] + router.obstacles.flatMap(\.corners) + [end]
        var distance = [Double](repeating: .infinity, count: points.count)
        var done = [Bool](repeating: false, count: points.count)
        distance[0] = 0
        for _ in points.indices {
            guard let u = points.indices.filter({ !done[$0] }).min(by: { distance[$0] < distance[$1] }),
                distance[u] < .infinity
            else { break }
            done[u] = true
            for v in points.indices where !done[v] && router.isClear(points[u], points[v]) {
                distance[v] = min(distance[v], distance[u] + points[u].distance(to: points[v]))
            }
        }
        return distance[points.count - 1] < .infinity ? distance[points.count - 1] : nil
    }

    static func length(_ path: [RoutePoint]) -> Double {
        zip(path, path.dropFirst()).reduce(0) { $0 + $1.0.distance(to: $1.1) }
    }

    static func legsAreClear(_ path: [RoutePoint], _ router: ObstacleRouter, ignoring: Set<Int>) -> Bool {
        zip(path, path.dropFirst()).enumerated().allSatisfy { index, leg in
            let isEnd = index == 0 || index == path.count - 2
            return router.isClear(leg.0, leg.1, ignoring: isEnd ? ignoring : [])
        }
    }
}
