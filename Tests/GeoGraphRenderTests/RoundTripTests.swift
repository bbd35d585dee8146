import Foundation
import GeoGraph
import Testing

@testable import GeoGraphRender

/// Property test: names built from hostile characters survive our DOT and libcgraph exactly, and no
/// name adds a node, an edge or an attribute.
@Suite struct RoundTripTests {
    /// Pieces names are made of: quotes, backslashes (also before letters Graphviz expands), braces,
    /// semicolons, DOT keywords, HTML, line breaks, emoji, right-to-left text, combining marks.
    static let pieces = [
        "\"", "\\", "\\N", "\\G", "\\l", "\\n", "{", "}", ";", ",", "=", "[", "]", "->", "--", "graph", "node",
        "<b>", "</TD>", "&amp;", "&", "<", ">", "'", "\n", " ", "A", "z", "7", "🇰🇿", "👩‍👩‍👧", "مرحبا", "שלום",
        "\u{202E}", "e\u{301}", "Қазақстан", "中国", "subgraph", "\"; evil [image=\"/etc/passwd\"", "//", "/*", "#",
    ]

    /// Deterministic random names (SplitMix64), so a failure can be replayed.
    static func names(count: Int, seed: UInt64) -> [String] {
        var state = seed
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        return (0..<count).map { _ in
            (0..<(1 + Int(next() % 8))).map { _ in pieces[Int(next() % UInt64(pieces.count))] }.joined()
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func randomNamesRoundTripThroughOurDOTAndLibcgraph(seed: UInt64) throws {
        let names = Self.names(count: 40, seed: seed)
        let graph = try Fixtures.named(names)
        let figure = Figure.overview(of: graph)
        let parsed = try GraphvizRenderer.parse(dot: DOTWriter().dot(figure))
        #expect(parsed.nodes.count == graph.actors.count)
        #expect(parsed.edges.count == figure.edges.count)
        let reference = try GraphvizRenderer.parse(
            dot: DOTWriter().dot(
                .overview(
                    of: try Fixtures.named(
                        names.indices.map { "plain \($0)" }))))
        #expect(Set(parsed.attributes.keys) == Set(reference.attributes.keys))
        for node in parsed.nodes {
            let actor = try #require(graph.actor(node.name))
            // A long plain name is drawn on two lines and carried whole in `name`.
            let shown = DOTLabel.displayed(try #require(node.attributes["label"]))
            #expect((node.attributes["name"] ?? shown) == actor.name)
            #expect(node.attributes["name"] == nil || shown == DOTWriter.breakName(actor.name))
            let plain = try #require(reference.nodes.first { $0.name == node.name })
            #expect(Set(node.attributes.keys).subtracting(["name"]) == Set(plain.attributes.keys))
        }
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func randomNamesRoundTripThroughImport(seed: UInt64) throws {
        let graph = try Fixtures.named(Self.names(count: 30, seed: seed))
        // One edge per tie: the importer reads one tie per edge.
        var figure = Figure.overview(of: graph)
        figure.edgeDrawing = .ties
        let imported = try DOTImporter.importGraph(dot: DOTWriter().dot(figure), path: "t.dot").graph
        let names = Dictionary(uniqueKeysWithValues: imported.actors.map { ($0.id, $0.name) })
        #expect(names == Dictionary(uniqueKeysWithValues: graph.actors.map { ($0.id, $0.name) }))
        #expect(imported.ties.count == graph.ties.count)
    }

    /// Found by the dot-roundtrip fuzz target (crash-a22d5bda…): two reports of one symmetric tie
    /// merge to weight 0.5605, which our DOT writes to three decimals; the importer reads it back
    /// within half a unit of the third decimal, not exactly.
    @Test func mergedWeightComesBackToTheWritersThreeDecimals() throws {
        let graph = try Graph(
            actors: [Actor(id: "a0", name: "A", kind: .person), Actor(id: "a2", name: "B", kind: .person)],
            ties: [
                Tie(source: "a2", target: "a0", layer: .economic, polarity: .cooperation, weight: 0.25, isSymmetric: true),
                Tie(source: "a2", target: "a0", layer: .economic, polarity: .cooperation, weight: 0.414, isSymmetric: true),
            ])
        let drawn = try #require(graph.ties.first)
        #expect(abs(drawn.weight - 0.5605) < 1e-12)
        let imported = try DOTImporter.importGraph(dot: DOTWriter().dot(.overview(of: graph, layout: .fdp)), path: "t.dot")
        let back = try #require(imported.graph.ties.first { $0.key == drawn.key })
        #expect(abs(back.weight - drawn.weight) <= 0.0005 + 1e-9)
        #expect(back.weight == Double(DOTAttributes.number(drawn.weight)))
    }

    @Test func displayedLabelUndoesGraphvizEscapes() {
        #expect(DOTLabel.displayed(#"a\\b\nc\"d"#) == "a\\b\nc\"d")
    }
}
