/// A DOT file that cannot become a graph.
public enum DOTImportError: Error, Equatable, Sendable {
    /// Graphviz could not parse the file; `line` when it named one.
    case unreadable(path: String, line: Int?, message: String)
    /// An attribute has a value we cannot use.
    case badAttribute(path: String, element: String, attribute: String, value: String, expected: String)
    /// The file asks for an absurd output size or resolution.
    case absurd(path: String, attribute: String, value: String, limit: String)
    /// The graph is inconsistent (for example two nodes that become the same actor id).
    case inconsistent(path: String, reason: String)
}

extension DOTImportError: CustomStringConvertible {
    public var description: String {
        switch self {
        case .unreadable(let path, let line, let message):
            "\(path)\(line.map { ":\($0)" } ?? ""): cannot read DOT: \(message)"
        case .badAttribute(let path, let element, let attribute, let value, let expected):
            "\(path): \(element): \(attribute)=\"\(value)\" is not valid; expected \(expected)"
        case .absurd(let path, let attribute, let value, let limit):
            "\(path): \(attribute)=\"\(value)\" is beyond the limit (\(limit)); remove it or make it smaller"
        case .inconsistent(let path, let reason):
            "\(path): \(reason)"
        }
    }
}
