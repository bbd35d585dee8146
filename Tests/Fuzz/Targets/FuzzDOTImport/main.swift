import CFuzzDriver
import Foundation
import GeoGraph
import GeoGraphRender

/// libFuzzer entry point for the DOT importer: the input is a DOT file, read through libcgraph.
///
/// The importer may refuse it with a ``DOTImportError``; it must not crash or hang, and a graph it
/// accepts must hold only valid actors and ties and keep no attribute off the whitelist.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDOTImport(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: bytes, count: count), as: UTF8.self)
    let result: DOTImporter.Result
    do {
        result = try DOTImporter.importGraph(dot: text, path: "fuzz.dot")
    } catch is DOTImportError {
        return 0
    } catch {
        fatalError("unexpected error type \(type(of: error)): \(error)")
    }
    let graph = result.graph
    check(graph.actors.count <= DOTImporter.maximumNodes)
    check(graph.ties.count <= DOTImporter.maximumEdges)
    for actor in graph.actors { check(Actor.isValidID(actor.id), "bad id \(actor.id)") }
    for tie in graph.ties {
        check(graph.contains(actor: tie.source) && graph.contains(actor: tie.target) && tie.source != tie.target)
        check(Tie.isValidWeight(tie.weight))
    }
    check(result.dropped.allSatisfy { !DOTAttribute.importable.contains($0) })
    return 0
}

/// The program's entry point (SwiftPM makes `FuzzDOTImport_main` the `main`): hands the loop to libFuzzer.
@_cdecl("FuzzDOTImport_main")
public func fuzzDOTImportMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        guard let bytes else { return 0 }
        return fuzzDOTImport(bytes, count)
    }
}

/// Stops the fuzzer with `message` when `condition` fails (precondition drops its message in release builds).
func check(_ condition: Bool, _ message: @autoclosure () -> String = "check failed", line: UInt = #line) {
    if !condition { fatalError("\(message()) (line \(line))") }
}
