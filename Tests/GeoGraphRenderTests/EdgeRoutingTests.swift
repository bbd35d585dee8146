import Foundation
import GeoGraph
import Testing

@testable import GeoGraphRender

/// GeoGraph's edge routing inside Graphviz layouts (``EdgeRouting``).
@Suite struct EdgeRoutingTests {
    /// Three actors pinned in a row, 2 in apart; `ties` are edge statements.
    static func row(_ ties: String, splines: String = "true") -> String {
        """
        digraph g {
          graph [layout="neato", splines="\(splines)", esep="+8", overlap="false"];
          node [shape="ellipse", fontname="Helvetica", fontsize="11"];
          west [pos="0,0!"]; middle [pos="2,0!"]; east [pos="4,0!"];
          \(ties)
        }
        """
    }

    static func crossings(_ dot: String, routing: EdgeRouting) throws -> [LabelCrossing] {
        try LabelClearance.crossings(
            inLayout: GraphvizRenderer.render(dot: dot, layout: .neato, format: .json, routing: routing))
    }

    @Test func aTieWhoseLineCrossesAnotherActorGoesAroundIt() throws {
        let dot = Self.row("west -> east; west -> middle; middle -> east;")
        // Drawn straight, west -> east runs through the middle actor's label: the check can fail.
        #expect(
            try Self.crossings(Self.row("west -> east;", splines: "line"), routing: .geograph).map(\.text) == ["middle"]
        )
        #expect(try Self.crossings(dot, routing: .geograph).isEmpty)
        #expect(try Self.crossings(dot, routing: .graphviz).isEmpty)
    }

    @Test func parallelTiesAroundAnActorAreSpreadApart() throws {
        let dot = Self.row(#"west -> east [color="red"]; west -> east [color="blue"]; east -> west [color="green"];"#)
        let json = try GraphvizRenderer.render(dot: dot, layout: .neato, format: .json, routing: .geograph)
        #expect(try LabelClearance.crossings(inLayout: json).isEmpty)
        let root = try #require(JSONSerialization.jsonObject(with: json) as? [String: Any])
        let edges = try #require(root["edges"] as? [[String: Any]])
        let curves = edges.map { edge in
            ((edge["_draw_"] as? [[String: Any]]) ?? []).compactMap { $0["points"] as? [[Double]] }.flatMap { $0 }
        }
        #expect(curves.count == 3 && curves.allSatisfy { $0.count >= 4 })
        #expect(Set(curves.map { $0.map { "\($0)" }.joined() }).count == 3, "three different curves")
        // Each bends away from the middle actor's centre by more than its half height (18 pt) + 2.
        let middle = try #require((root["objects"] as? [[String: Any]])?.first { $0["name"] as? String == "middle" })
        let rowY = try #require((middle["pos"] as? String)?.split(separator: ",").last.flatMap { Double($0) })
        for curve in curves { #expect((curve.map { abs($0[1] - rowY) }.max() ?? 0) > 20) }
    }

    @Test func actorsStayWhereGraphvizPutsThem() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let graph = try GraphFileReader.load(path: root.appendingPathComponent("Graphs/central-asia.yaml").path)
        let dot = DOTWriter().dot(.overview(of: graph))
        func layout(_ routing: EdgeRouting) throws -> (nodes: [String: [Double]], edges: Int) {
            let json = try GraphvizRenderer.render(dot: dot, layout: .neato, format: .json, routing: routing)
            let object = try JSONSerialization.jsonObject(with: json) as? [String: Any] ?? [:]
            var nodes: [String: [Double]] = [:]
            for node in object["objects"] as? [[String: Any]] ?? [] {
                guard let name = node["name"] as? String, let pos = node["pos"] as? String else { continue }
                nodes[name] = pos.split(separator: ",").compactMap { Double($0) }
            }
            return (nodes, (object["edges"] as? [[String: Any]])?.count ?? 0)
        }
        let ours = try layout(.geograph)
        let theirs = try layout(.graphviz)
        #expect(
            ours.nodes.count
                == graph.actors.filter { actor in graph.ties.contains { $0.source == actor.id || $0.target == actor.id }
                }.count)
        #expect(ours.edges == theirs.edges && ours.edges == Figure.overview(of: graph).edges.count)
        // Graphviz translates a layout to its bounding box, and routed curves may widen that box by a
        // fraction of a point: the actors must keep their places relative to one another.
        var shifts: [[Double]] = []
        for (name, position) in theirs.nodes {
            let mine = try #require(ours.nodes[name])
            shifts.append(zip(mine, position).map { $0 - $1 })
        }
        let mean = [0, 1].map { axis in shifts.map { $0[axis] }.reduce(0, +) / Double(max(shifts.count, 1)) }
        #expect(mean.allSatisfy { abs($0) < 1 }, "the whole layout moved by \(mean)")
        for shift in shifts { #expect(zip(shift, mean).allSatisfy { abs($0 - $1) < 0.1 }, "an actor moved by \(shift)") }
    }

    @Test func labelledTiesAreLeftToGraphviz() throws {
        let dot = Self.row(#"west -> east [label="3"]; west -> middle;"#)
        #expect(
            try GraphvizRenderer.render(dot: dot, layout: .neato, format: .svg, routing: .geograph)
                == GraphvizRenderer.render(dot: dot, layout: .neato, format: .svg, routing: .graphviz))
    }

    /// Every node shape Graphviz knows of the kinds that matter here: ellipses, convex and concave
    /// polygons, skewed and distorted ones, records, plain text, points.
    static let shapes =
        [
            "ellipse", "box", "note", "hexagon", "star", "circle", "doublecircle", "record", "Mrecord", "plaintext",
            "diamond", "trapezium", "egg", "triangle", "octagon", "cylinder", "point",
        ].map { "shape=\"\($0)\"" } + [#"shape="polygon", sides=7, skew=0.4, distortion=0.3"#]

    /// Random ties among nine actors of random shapes on a 3 × 3 grid: every tie is drawn, as a curve
    /// from its tail to its head, and none crosses another actor's label.
    @Test(arguments: 0..<12)
    func randomShapesAndTiesAreAllDrawnClearOfTheLabels(seed: Int) throws {
        var random = SplitMix64(seed: UInt64(seed) &* 7919)
        var lines: [String] = []
        for i in 0..<9 {
            let shape = Self.shapes[Int(random.next(below: UInt64(Self.shapes.count)))]
            lines.append("n\(i) [\(shape), label=\"Actor \(i)\", pos=\"\(i % 3 * 2),\(i / 3 * 2)!\"];")
        }
        var ties = 0
        for _ in 0..<(10 + Int(random.next(below: 15))) {
            let a = Int(random.next(below: 9))
            let b = Int(random.next(below: 9))
            guard a != b else { continue }
            lines.append("n\(a) -> n\(b);")
            ties += 1
        }
        let dot = """
            digraph g {
              graph [layout="neato", splines="true", esep="+8", overlap="false", nodesep="0.12"];
              node [fontname="Helvetica", fontsize="11"];
              \(lines.joined(separator: "\n  "))
            }
            """
        let json = try GraphvizRenderer.render(dot: dot, layout: .neato, format: .json, routing: .geograph)
        let root = try #require(JSONSerialization.jsonObject(with: json) as? [String: Any])
        let edges = root["edges"] as? [[String: Any]] ?? []
        #expect(edges.count == ties)
        for edge in edges {
            let points = ((edge["_draw_"] as? [[String: Any]]) ?? []).compactMap { $0["points"] as? [[Double]] }.flatMap { $0 }
            #expect(points.count >= 4, "seed \(seed): an edge without a curve")
        }
        let crossings = try LabelClearance.crossings(inLayout: json).filter { if case .node = $0.owner { true } else { false } }
        #expect(crossings.isEmpty, "seed \(seed): \(crossings.map(\.description))\n\(dot)")
        _ = try GraphvizRenderer.render(dot: dot, layout: .neato, format: .svg, routing: .geograph)
    }
}
