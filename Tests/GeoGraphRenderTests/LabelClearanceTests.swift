import Foundation
import GeoGraph
import Testing

@testable import GeoGraphRender

/// Edges drawn across labels, found in Graphviz's layout JSON.
@Suite struct LabelClearanceTests {
    /// A layout JSON with three nodes and the given edges (`_draw_` Bézier points per edge).
    /// Node labels are 11 pt text, centred: "West" at (0, 0), "Middle" at (100, 0), "East" at (200, 0),
    /// each 30 pt wide, so a label box spans x ± 15 (+ margin) and y from −2.75 to 8.25 (+ margin).
    static func layout(edges: [(tail: Int, head: Int, points: [[Double]], label: String?)]) -> Data {
        func node(_ id: Int, _ name: String, _ x: Double) -> [String: Any] {
            [
                "_gvid": id, "name": name,
                "_ldraw_": [
                    ["op": "F", "size": 11.0, "face": "Helvetica"],
                    ["op": "T", "pt": [x, 0.0], "align": "c", "width": 30.0, "text": name],
                ],
            ]
        }
        var edgeObjects: [[String: Any]] = []
        for (i, e) in edges.enumerated() {
            var object: [String: Any] = [
                "_gvid": i, "tail": e.tail, "head": e.head,
                "_draw_": [["op": "c", "grad": "none", "color": "#000000"], ["op": "b", "points": e.points]],
            ]
            if let label = e.label {
                object["_ldraw_"] = [
                    ["op": "F", "size": 10.0, "face": "Helvetica"],
                    ["op": "T", "pt": [50.0, 40.0], "align": "l", "width": 20.0, "text": label],
                ]
            }
            edgeObjects.append(object)
        }
        let root: [String: Any] = [
            "name": "g", "objects": [node(0, "west", 0), node(1, "middle", 100), node(2, "east", 200)],
            "edges": edgeObjects,
        ]
        return try! JSONSerialization.data(withJSONObject: root)
    }

    /// A straight cubic from `a` to `b`.
    static func straight(_ a: [Double], _ b: [Double]) -> [[Double]] {
        [
            a, [a[0] + (b[0] - a[0]) / 3, a[1] + (b[1] - a[1]) / 3],
            [a[0] + 2 * (b[0] - a[0]) / 3, a[1] + 2 * (b[1] - a[1]) / 3], b,
        ]
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        var points: [[Double]]
        var crossed: [String]
        var testDescription: String { name }
    }

    @Test(arguments: [
        Case(name: "straight through the middle label", points: straight([0, 0], [200, 0]), crossed: ["middle"]),
        Case(name: "passing above it", points: straight([0, 20], [200, 20]), crossed: []),
        Case(name: "an arc over it", points: [[0, 0], [60, 30], [140, 30], [200, 0]], crossed: []),
        Case(name: "an arc through its top", points: [[0, 0], [60, 8], [140, 8], [200, 0]], crossed: ["middle"]),
        Case(name: "a diagonal clipping a corner", points: straight([80, 20], [120, -20]), crossed: ["middle"]),
        Case(name: "a diagonal missing it", points: straight([60, 40], [140, 20]), crossed: []),
    ])
    func anEdgeFromWestToEast(_ c: Case) throws {
        let json = Self.layout(edges: [(0, 2, c.points, nil)])
        let found = try LabelClearance.crossings(inLayout: json)
        #expect(found.map(\.text) == c.crossed)
        #expect(found.allSatisfy { $0.tail == "west" && $0.head == "east" && $0.owner == .node("middle") })
    }

    @Test func anEdgeDoesNotCrossItsOwnEndsOrItsOwnLabel() throws {
        // Through both end labels and its own label at (50…70, 37.5…48).
        let json = Self.layout(edges: [(0, 1, [[0, 0], [40, 60], [70, 40], [100, 0]], "3")])
        #expect(try LabelClearance.crossings(inLayout: json).isEmpty)
    }

    @Test func anEdgeCrossingAnotherEdgesLabelNamesThatEdge() throws {
        let json = Self.layout(edges: [
            (0, 1, Self.straight([0, 0], [100, 0]), "3"),
            (1, 2, Self.straight([60, 60], [60, 20]), nil),
        ])
        let found = try LabelClearance.crossings(inLayout: json)
        #expect(
            found == [
                LabelCrossing(tail: "middle", head: "east", owner: .edge(tail: "west", head: "middle"), text: "3")
            ])
        #expect(found.first?.description == "edge middle -> east crosses the label \"3\" of edge west -> middle")
    }

    @Test func theMarginWidensEveryBox() throws {
        let json = Self.layout(edges: [(0, 2, Self.straight([0, 10], [200, 10]), nil)])
        #expect(try LabelClearance.crossings(inLayout: json, margin: 0).isEmpty)
        #expect(try LabelClearance.crossings(inLayout: json, margin: 2).map(\.text) == ["middle"])
    }

    @Test func somethingElseThanLayoutJSONIsARenderError() {
        #expect(throws: RenderError.self) { try LabelClearance.crossings(inLayout: Data("digraph {}".utf8)) }
    }

    /// Graphviz draws parallel ties as a fan around a clear straight line without routing around
    /// other nodes: at its default spacing the fan sweeps over a label beside the line; at
    /// ``DOTWriter/parallelTieSpacing`` it does not. GeoGraph's router sees the fan sweep over the
    /// actor and routes the ties around it at either spacing.
    @Test(arguments: [
        (0.25, EdgeRouting.graphviz, 1), (DOTWriter.parallelTieSpacing, .graphviz, 0),
        (0.25, .geograph, 0), (DOTWriter.parallelTieSpacing, .geograph, 0),
    ])
    func aFanOfParallelTiesAndTheLabelBesideIt(spacing: Double, routing: EdgeRouting, crossings: Int) throws {
        let dot = """
            digraph g { graph [splines=true, nodesep=\(spacing)]; node [shape=box, fontsize=11];
            a [pos="0,0!"]; c [pos="4,0!"]; b [pos="2,0.5!", label="Beside"];
            \(String(repeating: "a -> c; ", count: 7)) }
            """
        let json = try GraphvizRenderer.render(dot: dot, layout: .neato, format: .json, routing: routing)
        let found = try LabelClearance.crossings(inLayout: json)
        #expect(found.count == crossings, "\(found)")
        #expect(found.allSatisfy { $0.owner == .node("b") && $0.text == "Beside" })
    }
}
