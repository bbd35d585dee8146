import ArgumentParser
import GeoGraphRender

/// The options that bound how large a graph the drawing commands lay out (`--max-nodes`,
/// `--max-edges`, `--max-seconds`, `--force`).
struct RenderLimitOptions: ParsableArguments {
    @Option(
        name: .customLong("max-nodes"),
        help: ArgumentHelp(
            "Refuse to lay out more actors than this (sfdp: ten times as many).", valueName: "N"))
    var maximumNodes: Int = RenderBudget.defaultMaximumNodes
    @Option(
        name: .customLong("max-edges"),
        help: ArgumentHelp("Refuse to lay out more ties than this (sfdp: ten times as many).", valueName: "N"))
    var maximumEdges: Int = RenderBudget.defaultMaximumEdges
    @Option(
        name: .customLong("max-seconds"),
        help: ArgumentHelp(
            "Refuse a layout estimated to take longer than this (the estimate is per engine: dot and circo grow fastest).",
            valueName: "s"))
    var maximumSeconds: Double = RenderBudget.defaultMaximumSeconds
    @Flag(help: "Lay out however large the graph is (Graphviz may take hours and gigabytes).") var force = false

    func validate() throws {
        guard maximumNodes >= 1 else { throw ValidationError("--max-nodes must be at least 1") }
        guard maximumEdges >= 0 else { throw ValidationError("--max-edges must be 0 or more") }
        guard maximumSeconds > 0, maximumSeconds.isFinite else { throw ValidationError("--max-seconds must be a positive number") }
    }

    /// The budget these options describe; `nil` with `--force`.
    var budget: RenderBudget? {
        force ? nil : RenderBudget(maximumNodes: maximumNodes, maximumEdges: maximumEdges, maximumSeconds: maximumSeconds)
    }
}
