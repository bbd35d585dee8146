import GeoGraph

/// A lexicon or curation file that cannot be used: the file, the line and what was wrong.
public struct DataFileError: UserFacingError, Equatable, Sendable {
    public var path: String
    public var line: Int
    public var reason: String

    public init(path: String, line: Int, reason: String) {
        self.path = path
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(path):\(line): \(reason)" }
}

extension CorpusError: UserFacingError {}
