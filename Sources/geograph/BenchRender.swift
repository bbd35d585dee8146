import ArgumentParser
import Foundation
import GeoGraph
import GeoGraphRender

/// Times the in-process renderer against spawning Graphviz's `dot` on the same DOT (for
/// Scripts/bench-render.sh and Scripts/leak-check.sh; hidden from help).
struct BenchRender: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-render",
        abstract: "Time in-process rendering against spawning `dot -Tsvg` on the same DOT.",
        discussion: "Example: geograph bench-render --runs 7",
        shouldDisplay: false)

    @OptionGroup var options: GraphOptions
    @Option(help: "Timed runs of each (the median is reported).") var runs: Int = 7
    @Option(help: ArgumentHelp("Render this DOT file instead of the overview.", valueName: "file.dot")) var dot: String?
    @Option(help: "The layout engine.") var layout: LayoutEngine = .neato
    @OptionGroup var routingOptions: RoutingOptions
    @Flag(name: .customLong("in-process-only"), help: "Only render in-process (for leak checks).") var inProcessOnly =
        false
    @Option(name: .customLong("dot-binary"), help: "The `dot` executable to spawn.") var dotBinary: String =
        "/usr/bin/dot"

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        let text: String
        if let dot {
            guard let data = FileManager.default.contents(atPath: dot) else {
                throw ValidationError("cannot read '\(dot)'")
            }
            text = String(decoding: data, as: UTF8.self)
        } else {
            let graph = try reportingDataErrors { try options.load() }
            text = DOTWriter().dot(.overview(of: graph, layout: layout))
        }
        var inProcess: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try reportingDataErrors {
                try GraphvizRenderer.render(dot: text, layout: layout, format: .svg, routing: routingOptions.routing)
            }
            inProcess.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        if inProcessOnly {
            print("in-process: \(runs) renders, median \(format(median(inProcess))) ms")
            return
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("geograph-bench-\(getpid()).dot")
        try reportingDataErrors { try AtomicFile.write(text, to: file.path) }
        defer { try? FileManager.default.removeItem(at: file) }
        var spawned: [Double] = []
        for _ in 0..<runs {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: dotBinary)
            process.arguments = ["-K\(layout.rawValue)", "-Tsvg", file.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let start = DispatchTime.now().uptimeNanoseconds
            try process.run()
            process.waitUntilExit()
            spawned.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            guard process.terminationStatus == 0 else { throw ValidationError("\(dotBinary) failed on the DOT") }
        }
        let ratio = median(spawned) / median(inProcess)
        print(
            "in-process median \(format(median(inProcess))) ms; spawning dot median \(format(median(spawned))) ms; "
                + "ratio \(format(ratio))x (\(runs) runs each, layout \(layout.rawValue), routing \(routingOptions.routing.rawValue))"
        )
    }

    private func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.count % 2 == 1
            ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    private func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
