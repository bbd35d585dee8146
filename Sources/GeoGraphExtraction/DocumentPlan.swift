import GeoGraph

/// The files a ``DocumentLoader`` reads for a list of paths, each with its manifest row, and the
/// warnings about the paths themselves (a missing path, a bad manifest, a folder with no
/// documents), in the order the paths give them.
///
/// A plan lets the reading be done file by file where it is used (``GraphBuilder`` reads, extracts
/// and lets go of one document at a time) with the warnings still in ``DocumentLoader/load(_:jobs:)``'s order.
public struct DocumentPlan: Sendable {
    /// A file to read and the document it is.
    public struct File: Sendable {
        public var path: String
        /// The file's manifest row, or its name with no date when it has none.
        public var document: Document
    }

    /// The files, in reading order.
    public private(set) var files: [File] = []
    /// Each path warning, with the number of files planned before it (so that a file's skip warning
    /// can be put in its place among them).
    private var pathWarnings: [(filesBefore: Int, message: String)] = []

    public init() {}

    mutating func warn(_ message: String) { pathWarnings.append((files.count, message)) }

    mutating func add(path: String, document: Document) { files.append(File(path: path, document: document)) }

    /// Every warning in order: the path warnings, and after each file planned before them, the file's
    /// own when it was skipped.
    /// - Parameter skips: Why each file of ``files`` was skipped, `nil` for one that was read.
    public func warnings(skips: [DocumentLoader.Skip?]) -> [String] {
        var out: [String] = []
        var next = 0  // the next path warning
        for (i, skip) in skips.enumerated() {
            while next < pathWarnings.count, pathWarnings[next].filesBefore <= i { out.append(pathWarnings[next].message); next += 1 }
            if let skip { out.append("\(files[i].path): skipped: \(skip.message)") }
        }
        out += pathWarnings[next...].map(\.message)
        return out
    }
}

extension Result where Failure == DocumentLoader.Skip {
    /// Why the document was skipped, or `nil` when it was read.
    var skip: DocumentLoader.Skip? {
        if case .failure(let skip) = self { return skip }
        return nil
    }
}
