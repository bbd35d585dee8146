import CGraphviz
import Foundation

/// `neato` layouts with GeoGraph's edge routing (``EdgeRouting/geograph``); called with the owner's
/// lock held, like everything in `Graphviz.swift`, the other file that calls C.
///
/// 1. Lay the graph out with `splines=line`: the actors land exactly where `splines=true` puts them,
///    and every tie is drawn as Graphviz's fan of parallel curves between its two actors.
/// 2. For each pair of actors whose straight line crosses another actor, find the shortest way
///    around the actors (``ObstacleRouter``, the same obstacles `neato` builds: each actor's shape
///    widened by `esep`), fit a curve to it with Graphviz's `Proutespline` against the sides of the
///    obstacles, spread the pair's ties apart (``ParallelCurves``) and install each with Graphviz's
///    `clip_and_install` (clipped to the actors' shapes, arrowheads as usual).
/// 3. Write every position back as attributes (`attach_attrs`) and lay out again with `neato -n2`
///    (Graphviz's `Nop` level 2), which keeps the given positions and curves and computes the bounding
///    box, the title's place and everything else as for any layout.
///
/// Graphs this does not cover are laid out by Graphviz alone: other engines, other `splines` values,
/// ports, `concentrate`, any edge label (Graphviz places those while it routes), overlapping
/// obstacles (then Graphviz itself draws straight lines).
extension GraphvizOwner {
    /// Whether ``layOutWithOwnRouting(_:_:)`` applies to `graph` laid out with `layout`.
    func canRoute(_ graph: UnsafeMutablePointer<Agraph_t>, layout: LayoutEngine) -> Bool {
        guard layout == .neato else { return false }
        let raw = UnsafeMutableRawPointer(graph)
        guard let splines = attribute(raw, "splines")?.lowercased(), ["true", "spline", "yes"].contains(splines)
        else { return false }
        if let concentrate = attribute(raw, "concentrate")?.lowercased(), ["true", "yes", "1"].contains(concentrate) {
            return false
        }
        let edgeAttributes = Set(symbols(graph, kind: cgv_kind_edge()).map(\.0))
        return edgeAttributes.isDisjoint(with: ["headport", "tailport", "label", "xlabel", "headlabel", "taillabel"])
    }

    /// Lays `graph` out with `neato`, routing blocked ties with ``ObstacleRouter``; leaves a layout to
    /// free with ``freeLayout(_:_:keptPositions:)``.
    /// - Returns: Whether the layout was made at `-n2` (then it must be freed at that level).
    /// - Throws: ``RenderError/layoutFailed(engine:message:)``.
    func layOutWithOwnRouting(_ gvc: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>) throws -> Bool {
        let raw = UnsafeMutableRawPointer(graph)
        let splines = attribute(raw, "splines") ?? "true"
        defer { setAttribute(graph, "splines", splines) }
        setAttribute(graph, "splines", "line")
        try layOut(gvc, graph, .neato)
        guard routeBlockedTies(graph) > 0 else { return false }
        attach_attrs(graph)
        _ = gvFreeLayout(gvc, graph)
        // Let -n2 compute the bounding box and the title's place from the new curves.
        setAttribute(graph, "bb", "")
        setAttribute(graph, "lp", "")
        let level = cgv_set_nop(2)
        defer { _ = cgv_set_nop(level) }
        try layOut(gvc, graph, .neato)
        return true
    }

    /// Frees a layout. One made at `-n2` is freed at that level: neato's cleanup frees its node list
    /// only when `Nop` is set (lib/neatogen/neatoinit.c, neato_cleanup_graph), else 8 bytes a node
    /// leak per render (Scripts/leak-check.sh).
    func freeLayout(_ gvc: OpaquePointer, _ graph: UnsafeMutablePointer<Agraph_t>, keptPositions: Bool) {
        let level = keptPositions ? cgv_set_nop(2) : nil
        _ = gvFreeLayout(gvc, graph)
        if let level { _ = cgv_set_nop(level) }
    }

    /// Reroutes, in the laid-out `graph`, the ties whose straight line crosses another actor.
    /// - Returns: How many ties were rerouted.
    private func routeBlockedTies(_ graph: UnsafeMutablePointer<Agraph_t>) -> Int {
        var nodes: [UnsafeMutablePointer<Agnode_t>] = []
        var index: [UnsafeMutablePointer<Agnode_t>: Int] = [:]
        var node = agfstnode(graph)
        while let n = node {
            index[n] = nodes.count
            nodes.append(n)
            node = agnxtnode(graph, n)
        }
        let margin = edgeMargin(graph)
        let centres = nodes.map { n in
            let c = cgv_node_coord(n)
            return RoutePoint(x: c.x, y: c.y)
        }
        // Routers by the points added to neato's margin (to make room for a bundle of ties); nil
        // where the widened obstacles overlap.
        var routers: [Double: ObstacleRouter?] = [:]
        func router(widenedBy extra: Double) -> ObstacleRouter? {
            if let known = routers[extra] { return known }
            let candidate = ObstacleRouter(
                obstacles: nodes.indices.map {
                    ObstacleRouter.Obstacle(corners: obstacleCorners(nodes[$0], centres[$0], margin, extra: extra))
                })
            let usable = candidate.hasOverlap ? nil : candidate
            routers[extra] = .some(usable)
            return usable
        }
        guard let base = router(widenedBy: 0) else { return 0 }
        // The actors' own shapes, to test Graphviz's straight fans against.
        let shapes = ObstacleRouter(
            obstacles: nodes.indices.map {
                ObstacleRouter.Obstacle(
                    corners: obstacleCorners(
                        nodes[$0], centres[$0], (Self.fanClearance, Self.fanClearance, true), extra: 0))
            })

        // Ties grouped by their unordered pair of actors, in Graphviz's order.
        var pairs: [(Int, Int)] = []
        var ties: [Int: [UnsafeMutablePointer<Agedge_t>]] = [:]
        for n in nodes {
            var edge = agfstout(graph, n)
            while let e = edge {
                edge = agnxtout(graph, e)
                guard let a = index[cgv_tail(e)], let b = index[cgv_head(e)], a != b else { continue }
                let key = min(a, b) * nodes.count + max(a, b)
                if ties[key] == nil { pairs.append((min(a, b), max(a, b))) }
                ties[key, default: []].append(e)
            }
        }
        var rerouted = 0
        var info = cgv_spline_info()
        let room = margin.add ? min(margin.x, margin.y) / 2 : 0  // the outer ties keep half the margin
        for (a, b) in pairs {
            let ends: Set<Int> = [a, b]
            let group = ties[a * nodes.count + b] ?? []
            // Graphviz keeps a fan when the straight line between the two centres is clear; we also
            // reroute it when one of the fan's curves sweeps over another actor's shape.
            let fanIsClear = {
                group.allSatisfy { tie in
                    var points: UnsafeMutablePointer<pointf>?
                    let count = Int(cgv_edge_curve(tie, &points))
                    guard let points, count >= 4 else { return true }
                    return shapes.isClear(
                        curve: (0..<count).map { RoutePoint(x: points[$0].x, y: points[$0].y) }, ignoring: ends)
                }
            }
            if base.isClear(centres[a], centres[b], ignoring: ends), fanIsClear() { continue }
            // A bundle of k ties is 2h = (k - 1) × spacing wide: route its middle with the obstacles
            // widened by h, else by h/2, h/4, else not at all (then the bundle is squeezed).
            let half = Double(group.count - 1) / 2 * Self.routedTieSpacing
            var route: (path: [RoutePoint], router: ObstacleRouter, extra: Double)?
            for extra in [half, half / 2, half / 4, 0] where extra == 0 || extra >= 1 {
                if let widened = router(widenedBy: extra),
                    let path = widened.shortestPath(from: centres[a], to: centres[b], ignoring: ends)
                {
                    route = (path, widened, extra)
                    break
                }
            }
            guard let route else { continue }
            let curve = fit(route.path, around: route.router.obstacles, except: ends)
            let offsets = ParallelCurves.offsets(
                count: group.count, spacing: Self.routedTieSpacing, limit: max(0, route.extra + room))
            for (tie, offset) in zip(group, offsets) {
                var points = ParallelCurves.offset(curve, by: offset)
                if index[cgv_tail(tie)] == b { points.reverse() }
                var native = points.map { pointf(x: $0.x, y: $0.y) }
                gv_free_splines(tie)
                clip_and_install(tie, cgv_head(tie), &native, Int32(native.count), &info)
                rerouted += 1
            }
        }
        return rerouted
    }

    /// The sides of the polygon that stands for an elliptic actor.
    static let ellipseSides = 12

    /// Points around an actor's shape that a straight fan must keep clear of.
    static let fanClearance = 1.0

    /// Points between the parallel curves of ties routed together (squeezed to fit the margin).
    static let routedTieSpacing = 4.0

    /// A curve (3m+1 Bézier points) through `path` that touches no side of the obstacles other than
    /// `except`'s, from Graphviz's `Proutespline`; the path's polyline when that fails.
    private func fit(_ path: [RoutePoint], around obstacles: [ObstacleRouter.Obstacle], except: Set<Int>)
        -> [RoutePoint]
    {
        var barriers: [Pedge_t] = []
        for (i, obstacle) in obstacles.enumerated() where !except.contains(i) {
            let c = obstacle.corners
            for j in c.indices {
                let next = c[(j + 1) % c.count]
                barriers.append(Pedge_t(a: pointf(x: c[j].x, y: c[j].y), b: pointf(x: next.x, y: next.y)))
            }
        }
        var input = path.map { pointf(x: $0.x, y: $0.y) }
        var slopes = [Pvector_t(x: 0, y: 0), Pvector_t(x: 0, y: 0)]
        var output = Ppolyline_t()
        let status = input.withUnsafeMutableBufferPointer { points in
            Proutespline(
                &barriers, Int32(barriers.count), Ppolyline_t(ps: points.baseAddress, pn: Int32(points.count)), &slopes,
                &output)
        }
        if status == 0, let ps = output.ps, output.pn >= 4 {
            // The output lives in pathplan's own buffer until the next call: copy it now.
            return (0..<Int(output.pn)).map { RoutePoint(x: ps[$0].x, y: ps[$0].y) }
        }
        // A polyline as a Bézier chain: each leg a straight cubic.
        var chain = [path[0]]
        for leg in path.indices.dropFirst() {
            let from = path[leg - 1]
            let to = path[leg]
            chain += [from + (to - from) * (1.0 / 3), from + (to - from) * (2.0 / 3), to]
        }
        return chain
    }

    /// The margin `neato` leaves around each node when it routes (`esep`, else 0.8 × `sep`, else
    /// +3.2 points): either points added (`+x,y`) or a factor (`x,y` multiplies by 1 + x).
    private func edgeMargin(_ graph: UnsafeMutablePointer<Agraph_t>) -> (x: Double, y: Double, add: Bool) {
        let raw = UnsafeMutableRawPointer(graph)
        func parse(_ text: String?, scale: Double) -> (x: Double, y: Double, add: Bool)? {
            guard var text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            let add = text.hasPrefix("+")
            if add { text.removeFirst() }
            let numbers = text.split(separator: ",").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
            guard let x = numbers.first, x.isFinite, x >= 0 else { return nil }
            let y = numbers.count > 1 && numbers[1].isFinite && numbers[1] >= 0 ? numbers[1] : x
            return add ? (x * scale, y * scale, true) : (1 + x * scale, 1 + y * scale, false)
        }
        return parse(attribute(raw, "esep"), scale: 1) ?? parse(attribute(raw, "sep"), scale: 0.8) ?? (3.2, 3.2, true)
    }

    /// A node's obstacle, as `neato` builds it (lib/neatogen/neatosplines.c, makeObstacle): its polygon
    /// (a record's bounding box) widened by the margin; for an ellipse, a polygon of ``ellipseSides``
    /// sides around the widened ellipse. `extra` points more are added (room for a bundle of ties).
    private func obstacleCorners(
        _ node: UnsafeMutablePointer<Agnode_t>, _ centre: RoutePoint, _ margin: (x: Double, y: Double, add: Bool),
        extra: Double
    ) -> [RoutePoint] {
        var vertices: UnsafeMutablePointer<pointf>?
        let sides = Int(cgv_node_polygon(node, &vertices))
        var corners: [RoutePoint]
        if sides == 0 {
            var a = cgv_node_width(node) * 36
            var b = cgv_node_height(node) * 36
            if margin.add {
                a += margin.x
                b += margin.y
            } else {
                a *= margin.x
                b *= margin.y
            }
            // Circumscribed, so that the whole widened ellipse is inside (Graphviz inscribes an octagon,
            // which lets a tie pass within 0.92 of the margin at the octagon's sides).
            let grow = 1 / cos(Double.pi / Double(Self.ellipseSides))
            corners = (0..<Self.ellipseSides).map { j in
                let angle = Double(j) * 2 * Double.pi / Double(Self.ellipseSides)
                return RoutePoint(x: a * grow * cos(angle), y: b * grow * sin(angle))
            }
        } else {
            if sides > 0, let vertices {
                corners = (0..<sides).map { RoutePoint(x: vertices[$0].x, y: vertices[$0].y) }
            } else {
                // A record or other shape: its bounding box.
                let x = cgv_node_width(node) * 36
                let y = cgv_node_height(node) * 36
                corners = [
                    RoutePoint(x: x, y: y), RoutePoint(x: -x, y: y), RoutePoint(x: -x, y: -y), RoutePoint(x: x, y: -y),
                ]
            }
            corners =
                margin.add
                ? Self.widened(corners, x: margin.x, y: margin.y)
                : corners.map { RoutePoint(x: $0.x * margin.x, y: $0.y * margin.y) }
        }
        return Self.widened(corners, x: extra, y: extra).map { $0 + centre }
    }

    /// `corners` (relative to the centre) moved out by `x` and `y` points as neato adds a margin: a
    /// four-sided shape's corners straight out along both axes, any other's radially.
    private static func widened(_ corners: [RoutePoint], x: Double, y: Double) -> [RoutePoint] {
        guard x > 0 || y > 0 else { return corners }
        if corners.count == 4 {
            return corners.map { RoutePoint(x: $0.x + ($0.x < 0 ? -x : x), y: $0.y + ($0.y < 0 ? -y : y)) }
        }
        return corners.map { v in
            let length = max((v.x * v.x + v.y * v.y).squareRoot(), 1e-9)
            return RoutePoint(x: v.x * (1 + x / length), y: v.y * (1 + y / length))
        }
    }
}
