import CFuzzDriver
import Foundation
import GeoGraph

/// libFuzzer entry point for the graph-file readers.
///
/// The first byte picks the reader, the rest is the file: 0 the YAML/JSON decoder
/// (`GraphFileReader.decode`), 1 the TSV reader into a ``Graph`` (`GraphFileReader.decodeTSV`), 2 the
/// TSV fast path into the packed core (`CompactGraph.decodeTSV`). A reader may refuse the input with a
/// ``GraphFileError``; it must not crash or hang. A graph that is read is written back as JSON and
/// YAML, and both must read back to the same JSON.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGraphFiles(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let selector = bytes[0] % 3
    let text = String(decoding: UnsafeBufferPointer(start: bytes + 1, count: count - 1), as: UTF8.self)
    let graph: Graph
    do {
        switch selector {
        case 0: graph = try GraphFileReader.decode(text, path: "fuzz.yaml", baseDirectory: "/nonexistent")
        case 1: graph = try GraphFileReader.decodeTSV(text, path: "fuzz.tsv")
        default:
            _ = try CompactGraph.decodeTSV(text, path: "fuzz.tsv")
            return 0
        }
    } catch is GraphFileError {
        return 0
    } catch {
        fatalError("unexpected error type \(type(of: error)): \(error)")
    }
    let json = GraphFileWriter.json(graph)
    for (written, name) in [(json, "again.json"), (GraphFileWriter.yaml(graph), "again.yaml")] {
        do {
            let again = try GraphFileReader.decode(written, path: name, baseDirectory: "/nonexistent")
            check(GraphFileWriter.json(again) == json, "\(name) does not read back to the same graph")
        } catch {
            fatalError("our own \(name) does not read back: \(error)")
        }
    }
    return 0
}

/// The program's entry point (SwiftPM makes `FuzzGraphFiles_main` the `main`): hands the loop to libFuzzer.
@_cdecl("FuzzGraphFiles_main")
public func fuzzGraphFilesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        guard let bytes else { return 0 }
        return fuzzGraphFiles(bytes, count)
    }
}

/// Stops the fuzzer with `message` when `condition` fails (precondition drops its message in release builds).
func check(_ condition: Bool, _ message: @autoclosure () -> String = "check failed", line: UInt = #line) {
    if !condition { fatalError("\(message()) (line \(line))") }
}
