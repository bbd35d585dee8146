import GeoGraph

/// Why Graphviz could not read, lay out or render a graph.
public enum RenderError: Error, Equatable, Sendable {
    /// Graphviz's plugin list is missing or lacks what we need (Debian writes it on install).
    case pluginsMissing(kind: String, name: String, available: [String])
    /// The DOT text does not parse; `line` when Graphviz names one.
    case syntax(line: Int?, message: String)
    /// The layout engine failed.
    case layoutFailed(engine: LayoutEngine, message: String)
    /// Rendering to the format failed.
    case renderFailed(format: RenderFormat, message: String)
    /// The graph asks for an output larger than we allow (`size` beyond the limit).
    case tooLarge(reason: String)
    /// The graph has more actors or ties than the ``RenderBudget`` allows for the layout engine.
    case overBudget(nodes: Int, edges: Int, layout: LayoutEngine, maximumNodes: Int, maximumEdges: Int)
    /// The layout's estimated time (``LayoutCost``) passes the budget's ``RenderBudget/maximumSeconds``.
    case overEstimate(nodes: Int, edges: Int, layout: LayoutEngine, seconds: Double, maximumSeconds: Double)
    /// The DOT carries an attribute that would make Graphviz read a file or link out.
    case unsafeAttribute(name: String, reason: String)
}

extension RenderError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .pluginsMissing(let kind, let name, let available):
            let list = available.isEmpty ? "none" : available.joined(separator: ", ")
            return "Graphviz has no \(kind) plugin '\(name)' (available: \(list)); "
                + "run 'sudo dot -c' to register the installed plugins"
        case .syntax(let line, let message):
            return (line.map { "line \($0): " } ?? "") + "DOT syntax error: \(message)"
        case .layoutFailed(let engine, let message):
            return "Graphviz layout '\(engine.rawValue)' failed: \(message)"
        case .renderFailed(let format, let message):
            return "Graphviz could not render \(format.rawValue): \(message)"
        case .tooLarge(let reason):
            return "refusing to render: \(reason)"
        case .overBudget(let nodes, let edges, let layout, let maximumNodes, let maximumEdges):
            let alternative = layout == .sfdp ? "" : "use --layout sfdp, or "
            return "refusing to lay out \(nodes) actors and \(edges) ties with \(layout.rawValue) "
                + "(limit \(maximumNodes) actors, \(maximumEdges) ties): \(alternative)draw less with --layer, "
                + "--min-weight or --top N --by pagerank; --force renders anyway"
        case .overEstimate(let nodes, let edges, let layout, let seconds, let maximumSeconds):
            let faster = LayoutEngine.allCases.filter {
                LayoutCost.estimatedSeconds(nodes: nodes, edges: edges, layout: $0) <= maximumSeconds
            }.map(\.rawValue)
            let estimate = seconds < 3_600 ? "\(Int(seconds.rounded())) s" : "\(Int((seconds / 3_600).rounded())) h"
            return "refusing to lay out \(nodes) actors and \(edges) ties with \(layout.rawValue): estimated \(estimate), "
                + "over the \(Int(maximumSeconds)) s budget; "
                + (faster.isEmpty ? "" : "use --layout \(faster.joined(separator: "|")), or ")
                + "draw less with --layer, --min-weight or --top N --by pagerank; --force renders anyway"
        case .unsafeAttribute(let name, let reason):
            return "refusing to render: attribute '\(name)' \(reason)"
        }
    }
}

extension RenderError: UserFacingError {}
extension FigureStyleError: UserFacingError {}
extension DOTImportError: UserFacingError {}
