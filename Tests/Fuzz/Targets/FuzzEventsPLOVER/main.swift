import CFuzzDriver
import Foundation
import GeoGraph
import GeoGraphEvents

/// libFuzzer entry point for the PLOVER reader of `geograph events` (`EventReader.read(bytes:name:)`).
///
/// The first byte picks the options (bits 0-1: window month, quarter or year; bit 2: a line limit of
/// 64 bytes instead of 1 MiB; bits 3-4: 0 to 3 evidence records a tie), the rest is the file. Any
/// input must be read without a crash or a hang; every row must be accounted for (tied, refused or
/// set aside); the graph must be valid and its JSON must read back to the same JSON.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let gazetteer = try! GraphFileReader.load(path: root.appendingPathComponent("Graphs/actors.yaml").path)
let mapping = try! EventMapping.load(path: root.appendingPathComponent("Graphs/event-types.yaml").path)
let actorCodes = try! EventActorMap.load(path: root.appendingPathComponent("Graphs/event-actors.yaml").path, gazetteer: gazetteer)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEventsPLOVER(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    var options = EventReader.Options(format: .plover)
    options.window = [WindowSize.month, .quarter, .year, .month][Int(bytes[0] & 3)]
    options.maxLineBytes = bytes[0] & 4 != 0 ? 64 : 1 << 20
    options.evidence = Int(bytes[0] >> 3 & 3)
    let result = EventReader(mapping: mapping, actors: actorCodes, options: options)
        .read(bytes: Array(UnsafeBufferPointer(start: bytes + 1, count: count - 1)), name: "fuzz.plover")
    let r = result.report
    check(r.tied + r.refused + r.skipped.values.reduce(0, +) == r.rows, "rows not accounted for: \(r.summary())")
    check(result.graph.ties.allSatisfy { Tie.isValidWeight($0.weight) && $0.evidence.count <= options.evidence }, "bad tie")
    let json = GraphFileWriter.json(result.graph)
    do {
        let again = try GraphFileReader.decode(json, path: "again.json")
        check(GraphFileWriter.json(again) == json, "the event graph does not read back to the same graph")
    } catch {
        fatalError("our own event graph does not read back: \(error)")
    }
    return 0
}

@_cdecl("FuzzEventsPLOVER_main")
public func fuzzEventsPLOVERMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        guard let bytes else { return 0 }
        return fuzzEventsPLOVER(bytes, count)
    }
}

/// Stops the fuzzer with `message` when `condition` fails.
func check(_ condition: Bool, _ message: @autoclosure () -> String = "check failed", line: UInt = #line) {
    if !condition { fatalError("\(message()) (line \(line))") }
}
