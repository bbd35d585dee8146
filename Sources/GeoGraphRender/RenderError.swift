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
}

extension RenderError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .pluginsMissing(let kind, let name, let available):
            let list = available.isEmpty ? "none" : available.joined(separator: ", ")
            return "Graphviz has no \(kind) plugin '\(name)' (available: \(list)); "
                + "run `sudo dot -c` to register the installed plugins"
        case .syntax(let line, let message):
            return (line.map { "line \($0): " } ?? "") + "DOT syntax error: \(message)"
        case .layoutFailed(let engine, let message):
            return "Graphviz layout '\(engine.rawValue)' failed: \(message)"
        case .renderFailed(let format, let message):
            return "Graphviz could not render \(format.rawValue): \(message)"
        case .tooLarge(let reason):
            return "refusing to render: \(reason)"
        }
    }
}

extension RenderError: UserFacingError {}
extension FigureStyleError: UserFacingError {}
extension DOTImportError: UserFacingError {}
