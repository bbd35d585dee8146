import CFuzzDriver
import Foundation
import GeoGraph
import GeoGraphRender

/// Reads the fuzzer's bytes as decisions; past the end every decision is 0.
private struct Decisions {
    var bytes: UnsafeBufferPointer<UInt8>
    var position = 0

    mutating func next() -> Int {
        defer { position += 1 }
        return position < bytes.count ? Int(bytes[position]) : 0
    }

    /// A name: printable ASCII from the byte itself, else a hostile piece (quotes, backslashes,
    /// DOT keywords, HTML, line breaks, emoji, right-to-left marks, combining marks).
    mutating func name() -> String {
        let pieces = [
            "\"", "\\", "\\N", "\\G", "\\l", "\\n", "{", "}", ";", "->", "--", "graph", "node", "subgraph",
            "<b>", "</TD>", "&amp;", "&", "<IMG SRC=\"/etc/passwd\"/>", "\n", "\t", "\r", "\u{0}", "🇰🇿",
            "مرحبا", "\u{202E}", "e\u{301}", "Қазақстан", "中国", "/*", "//", "#", "\u{FEFF}", "image=\"/etc/passwd\"",
        ]
        var out = ""
        for _ in 0..<(1 + next() % 12) {
            let byte = next()
            if (0x20..<0x7F).contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(UInt8(byte)))
            } else {
                out += pieces[byte % pieces.count]
            }
        }
        return out
    }
}

private let tagChoices = ["central-asia", "great-power", "west", "caucasus", "analyst"]

/// libFuzzer entry point for the DOT writer round trip: a graph built from the input's bytes is
/// written by ``DOTWriter``, read back by libcgraph and by ``DOTImporter``, and must come back the
/// same: one node per actor with its name as the label, one edge per tie, only whitelisted
/// attributes, and the importer's graph equal to the drawn one (weights to the writer's 3 decimals).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOTRoundTrip(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    var d = Decisions(bytes: UnsafeBufferPointer(start: bytes, count: count))
    let layout = LayoutEngine.allCases[d.next() % LayoutEngine.allCases.count]
    let title = d.name()
    var actors: [Actor] = []
    for i in 0..<(1 + d.next() % 12) {
        let kind = ActorKind.allCases[d.next() % ActorKind.allCases.count]
        let tags = (0..<(d.next() % 3)).map { _ in tagChoices[d.next() % tagChoices.count] }
        actors.append(Actor(id: "a\(i)", name: d.name(), kind: kind, tags: Array(Set(tags)).sorted()))
    }
    var ties: [Tie] = []
    for _ in 0..<(d.next() % 40) {
        let source = actors[d.next() % actors.count].id, target = actors[d.next() % actors.count].id
        let layer = Layer.allCases[d.next() % 3]
        let polarity = Polarity.allCases[d.next() % 2]
        let weight = Double(1 + (d.next() << 8 | d.next()) % 1000) / 1000
        let symmetric = d.next() % 2 == 1
        guard source != target else { continue }
        ties.append(Tie(source: source, target: target, layer: layer, polarity: polarity, weight: weight, isSymmetric: symmetric))
    }
    let graph: Graph
    do {
        graph = try Graph(title: title, actors: actors, ties: ties)
    } catch {
        fatalError("the generator made an invalid graph: \(error)")
    }
    var figure = Figure.overview(of: graph, layout: layout)
    figure.edgeDrawing = .ties  // the importer reads one tie per edge
    let dot = DOTWriter().dot(figure)

    let parsed: ParsedDOT
    do {
        parsed = try GraphvizRenderer.parse(dot: dot)
    } catch {
        fatalError("libcgraph cannot read our DOT: \(error)\n\(dot)")
    }
    check(parsed.nodes.count == figure.actorIDs.count, "node count changed")
    check(parsed.edges.count == figure.ties.count, "edge count changed")
    let whitelist = Set(DOTAttribute.allCases.map(\.rawValue))
    let names = parsed.attributes.keys.map { $0 } + parsed.nodes.flatMap(\.attributes.keys) + parsed.edges.flatMap(\.attributes.keys)
    for name in names { check(whitelist.contains(name), "attribute \(name) is not on the whitelist") }

    let imported: Graph
    do {
        imported = try DOTImporter.importGraph(dot: dot, path: "roundtrip.dot").graph
    } catch {
        fatalError("the importer refuses our DOT: \(error)\n\(dot)")
    }
    check(imported.actors.count == figure.actorIDs.count)
    for id in figure.actorIDs {
        guard let drawn = graph.actor(id), let back = imported.actor(id) else { fatalError("actor \(id) is lost") }
        // DOTEscaping drops control characters other than the line break: the rest must come back.
        var expected = ""
        expected.unicodeScalars.append(
            contentsOf: drawn.name.unicodeScalars.filter { $0 == "\n" || ($0.value >= 0x20 && $0.value != 0x7F) })
        // An empty label is no label: the importer names the actor by its DOT ID.
        if expected.isEmpty { expected = id }
        check(back.name == expected, "name \(String(reflecting: expected)) came back as \(String(reflecting: back.name))")
        check(back.kind == drawn.kind && back.tags == drawn.tags, "kind or tags of \(id) changed")
    }
    check(imported.ties.count == figure.ties.count, "tie count changed")
    for tie in figure.ties {
        guard let back = imported.ties.first(where: { $0.key == tie.key }) else { fatalError("tie \(tie.key) is lost") }
        // The writer keeps three decimals: half a unit of the third, plus rounding error.
        check(
            abs(back.weight - tie.weight) <= 0.0005 + 1e-9 && back.isSymmetric == tie.isSymmetric,
            "tie \(tie.key) came back as weight \(back.weight), symmetric \(back.isSymmetric); drawn \(tie.weight)")
    }
    return 0
}

/// The program's entry point (SwiftPM makes `FuzzDOTRoundTrip_main` the `main`): hands the loop to libFuzzer.
@_cdecl("FuzzDOTRoundTrip_main")
public func fuzzDOTRoundTripMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        guard let bytes else { return 0 }
        return fuzzDOTRoundTrip(bytes, count)
    }
}

/// Stops the fuzzer with `message` when `condition` fails (precondition drops its message in release builds).
func check(_ condition: Bool, _ message: @autoclosure () -> String = "check failed", line: UInt = #line) {
    if !condition { fatalError("\(message()) (line \(line))") }
}
