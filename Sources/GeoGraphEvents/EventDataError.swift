import GeoGraph

/// A mapping file or an event file that cannot be used, with the place to fix it.
///
/// The description is one line: `path:line: problem` (the line left out when there is none).
public struct EventDataError: Error, Equatable, Sendable, CustomStringConvertible, UserFacingError {
    public var path: String
    /// The 1-based line, or 0 when the problem is not at a line.
    public var line: Int
    public var problem: String

    public init(path: String, line: Int, problem: String) {
        self.path = path
        self.line = line
        self.problem = problem
    }

    public var description: String { GraphFileError.visible(line > 0 ? "\(path):\(line): \(problem)" : "\(path): \(problem)") }
}
