import CFuzzDriver
import Foundation
import GeoGraph
import GeoGraphEvents

/// libFuzzer entry point for the event mapping files: the first byte picks the loader (even:
/// `EventMapping.decode`, Graphs/event-types.yaml; odd: `EventActorMap.decode`, Graphs/event-actors.yaml),
/// the rest is the file. A loader may refuse the input with an `EventDataError` naming a line; it must
/// not crash or hang, and a mapping that loads must answer every CAMEO code of two to four digits.
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
let gazetteer = try! GraphFileReader.load(path: root.appendingPathComponent("Graphs/actors.yaml").path)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEventMappings(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    guard count > 0 else { return 0 }
    let text = String(decoding: UnsafeBufferPointer(start: bytes + 1, count: count - 1), as: UTF8.self)
    do {
        if bytes[0] % 2 == 0 {
            let mapping = try EventMapping.decode(text, path: "fuzz.yaml")
            for code in ["04", "042", "0311", "99", "1384"] { _ = mapping.meaning(cameo: code) }
            _ = mapping.meaning(plover: "CONSULT", mode: "visit", contexts: ["military"], quad: "2")
        } else {
            let actors = try EventActorMap.decode(text, path: "fuzz.yaml", gazetteer: gazetteer)
            _ = actors.resolve(name: "Government (Russia)", country: "RUS", sectors: ["GOV"])
        }
    } catch let error as EventDataError {
        check(error.description.hasPrefix("fuzz.yaml"), "an error that does not name the file: \(error)")
    } catch {
        fatalError("unexpected error type \(type(of: error)): \(error)")
    }
    return 0
}

@_cdecl("FuzzEventMappings_main")
public func fuzzEventMappingsMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in
        guard let bytes else { return 0 }
        return fuzzEventMappings(bytes, count)
    }
}

/// Stops the fuzzer with `message` when `condition` fails.
func check(_ condition: Bool, _ message: @autoclosure () -> String = "check failed", line: UInt = #line) {
    if !condition { fatalError("\(message()) (line \(line))") }
}
